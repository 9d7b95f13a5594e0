import { useRef, useState } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { Vector3, type Group, type Object3D } from 'three';
import { formatSliderValue, fractionOf, snapValue, stepBy, valueAt } from '../../core/slider.ts';
import { COLOURS, ORDER } from '../config.ts';
import { roundedRect } from './shapes.ts';
import { UIText } from './text.tsx';
import { Button3D } from './widgets.tsx';

type Vec3 = [number, number, number];

export interface SliderProps {
  /** Unique key: tests find it by `xr-slider:<id>`, its step buttons by `xr-button:<id>-less|more`. */
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** While dragging (and on each step button press): the value under the pointer. */
  onChange(value: number): void;
  /** Once when a drag ends (or a step button is pressed), with the final value: one undo step. */
  onCommit(value: number): void;
  position?: Vec3;
  /** Length of the track (metres). */
  width?: number;
  /** How the value is written beside the label (default: the number, e.g. "0.75"). */
  format?(value: number): string;
}

/** The parts of a pointer event the slider reads (XR rays add `pointOnFace` while captured). */
type SliderEvent = ThreeEvent<PointerEvent> & { pointOnFace?: Vector3 };

const TRACK_H = 0.03;
const KNOB = 0.075;
const HIT_H = 0.14;
const STEP_W = 0.12;
const FONT = 0.052;

/**
 * A world-space slider: drag the knob, or point at the track and pull the trigger (or pinch),
 * with a controller or hand ray; the − and + buttons step it (also by looking at them, for gaze
 * users). The knob follows the pointer even off the track (pointer capture). Centred on its
 * origin, facing +Z, in the style of Button3D.
 */
export function Slider3D({ id, label, value, min, max, step, onChange, onCommit, position, width = 0.8, format }: SliderProps) {
  const track = useRef<Group>(null);
  const drag = useRef<{ pointerId: number; start: number; last: number } | null>(null);
  const [dragValue, setDragValue] = useState<number | null>(null);
  const [hover, setHover] = useState(false);
  const shown = snapValue(dragValue ?? value, min, max, step);
  const f = fractionOf(shown, min, max);
  const knobX = (f - 0.5) * width;
  const lit = hover || dragValue !== null;

  const read = (e: SliderEvent) => {
    const p = (e.pointOnFace ?? e.point).clone();
    const local = track.current ? track.current.worldToLocal(p) : p;
    return valueAt(local.x, width, min, max, step);
  };
  const move = (e: SliderEvent) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    e.stopPropagation();
    const v = read(e);
    if (v === d.last) return;
    d.last = v;
    setDragValue(v);
    onChange(v);
  };
  const end = (e: SliderEvent) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    e.stopPropagation();
    drag.current = null;
    (e.target as unknown as Object3D).releasePointerCapture?.(e.pointerId);
    setDragValue(null);
    if (d.last !== d.start) onCommit(d.last);
  };
  const press = (dir: 1 | -1) => {
    const v = stepBy(shown, dir, min, max, step);
    if (v === shown) return;
    onChange(v);
    onCommit(v);
  };

  const labelY = HIT_H / 2 + FONT * 0.55;
  const tx = -width / 2;
  return (
    <group position={position} name={`xr-slider:${id}`} userData={{ xrKey: `slider:${id}`, value: shown }}>
      <UIText bold fontSize={FONT} color={COLOURS.text} anchorX="left" anchorY="middle" position={[tx - STEP_W, labelY, 0.004]} renderOrder={ORDER.buttonText} maxWidth={width * 0.75}>
        {label}
      </UIText>
      <UIText fontSize={FONT} color={lit ? COLOURS.accent : COLOURS.muted} anchorX="right" anchorY="middle" position={[-tx + STEP_W, labelY, 0.004]} renderOrder={ORDER.buttonText}>
        {format ? format(shown) : formatSliderValue(shown, step)}
      </UIText>
      <Button3D id={`${id}-less`} label="−" width={STEP_W * 0.8} height={0.1} position={[tx - STEP_W * 0.55, 0, 0.004]} onSelect={() => press(-1)} />
      <Button3D id={`${id}-more`} label="+" width={STEP_W * 0.8} height={0.1} position={[-tx + STEP_W * 0.55, 0, 0.004]} onSelect={() => press(1)} />
      <group ref={track}>
        <mesh
          name={`xr-slider-track:${id}`}
          geometry={roundedRect(width + KNOB, HIT_H, 0.02)}
          renderOrder={ORDER.button}
          onPointerDown={(e: SliderEvent) => {
            e.stopPropagation();
            (e.target as unknown as Object3D).setPointerCapture?.(e.pointerId);
            drag.current = { pointerId: e.pointerId, start: shown, last: shown };
            setDragValue(shown);
            move(e);
          }}
          onPointerMove={move}
          onPointerUp={end}
          onPointerCancel={end}
          onClick={(e: ThreeEvent<MouseEvent>) => e.stopPropagation()}
          onPointerOver={(e: SliderEvent) => {
            e.stopPropagation();
            setHover(true);
          }}
          onPointerOut={() => setHover(false)}
        >
          <meshBasicMaterial visible={false} />
        </mesh>
        <mesh geometry={roundedRect(width, TRACK_H)} position={[0, 0, 0.002]} renderOrder={ORDER.button} raycast={() => null}>
          <meshBasicMaterial color={COLOURS.border} transparent toneMapped={false} />
        </mesh>
        {f > 0.001 && (
          <mesh geometry={roundedRect(width * f, TRACK_H)} position={[tx + (width * f) / 2, 0, 0.003]} renderOrder={ORDER.button} raycast={() => null}>
            <meshBasicMaterial color={COLOURS.accent} transparent toneMapped={false} />
          </mesh>
        )}
        <mesh geometry={roundedRect(KNOB + (lit ? 0.026 : 0.012), KNOB + (lit ? 0.026 : 0.012))} position={[knobX, 0, 0.004]} renderOrder={ORDER.buttonText} raycast={() => null}>
          <meshBasicMaterial color={lit ? COLOURS.focus : COLOURS.border} transparent toneMapped={false} />
        </mesh>
        <mesh geometry={roundedRect(KNOB, KNOB)} position={[knobX, 0, 0.005]} renderOrder={ORDER.buttonText} raycast={() => null}>
          <meshBasicMaterial color={COLOURS.text} transparent toneMapped={false} />
        </mesh>
      </group>
    </group>
  );
}
