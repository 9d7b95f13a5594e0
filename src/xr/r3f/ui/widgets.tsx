import { useState, type ReactNode } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { COLOURS, ORDER, PANEL_OPACITY } from '../config.ts';
import { useGazeTarget } from '../context.ts';
import { roundedRect } from './shapes.ts';
import { UIText } from './text.tsx';

type Vec3 = [number, number, number];

/** Rough width of a bold label (Atkinson Hyperlegible averages about 0.56 em per character). */
export function labelWidth(label: string, fontSize: number, min = 0.3): number {
  return Math.max(min, label.length * fontSize * 0.58 + fontSize * 2);
}

export interface ButtonProps {
  /** Unique key: the gaze selects it by this, tests find it by `xr-button:<id>`. */
  id: string;
  label: string;
  onSelect(): void;
  width?: number;
  height?: number;
  fontSize?: number;
  primary?: boolean;
  /** Shown as switched on (toggle buttons). */
  pressed?: boolean;
  position?: Vec3;
}

/**
 * A world-space button: chosen with a controller or hand ray (trigger / pinch), or by looking at
 * it until the reticle fills. Lights up while pointed or looked at.
 */
export function Button3D({ id, label, onSelect, width, height = 0.13, fontSize = 0.058, primary, pressed, position }: ButtonProps) {
  const w = width ?? labelWidth(label, fontSize);
  const fill = primary || pressed ? COLOURS.accent : COLOURS.raised;
  return (
    <Pressable id={id} onSelect={onSelect} position={position}>
      {(lit) => {
        const ring = lit ? 0.026 : 0.012;
        return (
          <>
            <mesh geometry={roundedRect(w + ring, height + ring)} position={[0, 0, -0.002]} renderOrder={ORDER.button}>
              <meshBasicMaterial color={lit ? COLOURS.focus : COLOURS.border} transparent toneMapped={false} />
            </mesh>
            <mesh geometry={roundedRect(w, height)} renderOrder={ORDER.button}>
              <meshBasicMaterial color={fill} transparent toneMapped={false} />
            </mesh>
            <UIText
              bold
              fontSize={fontSize}
              color={primary || pressed ? COLOURS.accentText : COLOURS.text}
              position={[0, 0, 0.004]}
              renderOrder={ORDER.buttonText}
              maxWidth={w - fontSize}
              textAlign="center"
            >
              {label}
            </UIText>
          </>
        );
      }}
    </Pressable>
  );
}

/**
 * Something in the world chosen like a button: a controller or hand ray (trigger / pinch), or the
 * gaze until the reticle fills. `children` draws it, lit while pointed at or looked at.
 */
export function Pressable({ id, onSelect, position, children }: { id: string; onSelect(): void; position?: Vec3; children(lit: boolean): ReactNode }) {
  const [hover, setHover] = useState(false);
  const gazed = useGazeTarget(id, onSelect);
  return (
    <group
      position={position}
      name={`xr-button:${id}`}
      userData={{ xrKey: id }}
      onClick={(e: ThreeEvent<MouseEvent>) => {
        e.stopPropagation();
        onSelect();
      }}
      onPointerOver={(e: ThreeEvent<PointerEvent>) => {
        e.stopPropagation();
        setHover(true);
      }}
      onPointerOut={() => setHover(false)}
    >
      {children(hover || gazed)}
    </group>
  );
}

/** The dark backing of a panel. It catches rays and the gaze, so nothing behind it is chosen. */
export function PanelBox({ width, height, children, position }: { width: number; height: number; children?: ReactNode; position?: Vec3 }) {
  return (
    <group position={position}>
      <mesh
        geometry={roundedRect(width + 0.012, height + 0.012, 0.07)}
        position={[0, 0, -0.003]}
        renderOrder={ORDER.panel}
        userData={{ xrBlock: true }}
        onClick={(e: ThreeEvent<MouseEvent>) => e.stopPropagation()}
      >
        <meshBasicMaterial color={COLOURS.border} transparent toneMapped={false} />
      </mesh>
      <mesh geometry={roundedRect(width, height, 0.065)} renderOrder={ORDER.panel} userData={{ xrBlock: true }}>
        <meshBasicMaterial color={COLOURS.panel} transparent opacity={PANEL_OPACITY} toneMapped={false} />
      </mesh>
      {children}
    </group>
  );
}

/** Lays out buttons in centred rows no wider than `maxWidth`; returns rows of [button, x]. */
export function flowRows<T extends { width: number }>(items: T[], maxWidth: number, gap: number): Array<Array<{ item: T; x: number }>> {
  const rows: T[][] = [];
  let row: T[] = [];
  let used = 0;
  for (const it of items) {
    const add = row.length ? gap + it.width : it.width;
    if (row.length && used + add > maxWidth) {
      rows.push(row);
      row = [];
      used = 0;
    }
    used += row.length ? gap + it.width : it.width;
    row.push(it);
  }
  if (row.length) rows.push(row);
  return rows.map((r) => {
    const total = r.reduce((s, it) => s + it.width, 0) + gap * (r.length - 1);
    let x = -total / 2;
    return r.map((item) => {
      const out = { item, x: x + item.width / 2 };
      x += item.width + gap;
      return out;
    });
  });
}
