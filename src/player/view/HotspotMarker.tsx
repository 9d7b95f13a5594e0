import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { CanvasTexture, LinearMipmapLinearFilter, SRGBColorSpace, type Group, type Texture } from 'three';
import type { Hotspot } from '../../story/schema/index.ts';
import { directionOf } from '../../story/angles.ts';
import { drawMarker, iconFor } from './markerArt.ts';

/** Markers stand this far from the viewer (inside the panorama sphere, drawn over it). */
export const MARKER_DISTANCE = 10;
/** A pointer that moved more than this many pixels between press and release was dragging, not choosing. */
const CLICK_SLOP_PX = 8;

interface Props {
  hotspot: Hotspot;
  label: string;
  highlighted: boolean;
  scale: number;
  ring: Texture;
  fontsReady: boolean;
  onChoose(id: string): void;
  onHover(id: string | null): void;
}

/**
 * One hotspot in the 3D scene: an icon and its label, facing the viewer, with pointer events
 * (mouse, touch, and later headset controllers through the same R3F events).
 */
export function HotspotMarker({ hotspot, label, highlighted, scale, ring, fontsReady, onChoose, onHover }: Props) {
  const group = useRef<Group>(null);
  const gl = useThree((s) => s.gl);
  const [hovered, setHovered] = useState(false);
  const kind = hotspot.action.type;
  const icon = iconFor(hotspot);

  const art = useMemo(() => {
    void fontsReady; // redraw once the font has loaded
    const layout = drawMarker(label, kind, icon);
    const texture = new CanvasTexture(layout.canvas);
    texture.colorSpace = SRGBColorSpace;
    texture.minFilter = LinearMipmapLinearFilter;
    texture.name = 'marker';
    return { layout, texture };
  }, [label, kind, icon, fontsReady]);
  useEffect(() => () => art.texture.dispose(), [art]);

  useLayoutEffect(() => {
    const [x, y, z] = directionOf(hotspot.yaw, hotspot.pitch);
    group.current?.position.set(x * MARKER_DISTANCE, y * MARKER_DISTANCE, z * MARKER_DISTANCE);
    group.current?.lookAt(0, 0, 0);
  }, [hotspot.yaw, hotspot.pitch]);

  useEffect(() => {
    if (!hovered) return;
    const canvas = gl.domElement;
    canvas.style.cursor = 'pointer';
    return () => {
      canvas.style.cursor = '';
    };
  }, [hovered, gl]);

  const { layout } = art;
  const lit = highlighted || hovered;
  const size = (hotspot.style?.size ?? 1) * scale * (lit ? 1.1 : 1);
  return (
    <group ref={group} name={`hotspot:${hotspot.id}`}>
      <group scale={size}>
        <mesh
          renderOrder={10}
          onClick={(e: ThreeEvent<MouseEvent>) => {
            e.stopPropagation();
            // Headset rays (@react-three/xr) send their own events, which have no screen delta.
            const dragged = e.nativeEvent instanceof MouseEvent && e.delta > CLICK_SLOP_PX;
            if (!dragged) onChoose(hotspot.id);
          }}
          onPointerOver={(e: ThreeEvent<PointerEvent>) => {
            e.stopPropagation();
            setHovered(true);
            onHover(hotspot.id);
          }}
          onPointerOut={() => {
            setHovered(false);
            onHover(null);
          }}
        >
          <planeGeometry args={[layout.width, layout.height]} />
          <meshBasicMaterial map={art.texture} transparent depthTest={false} depthWrite={false} toneMapped={false} />
        </mesh>
        {lit && (
          <mesh position={[0, layout.iconY, 0.01]} renderOrder={11} raycast={() => null}>
            <planeGeometry args={[layout.iconRadius * 2.5, layout.iconRadius * 2.5]} />
            <meshBasicMaterial map={ring} transparent depthTest={false} depthWrite={false} toneMapped={false} />
          </mesh>
        )}
      </group>
    </group>
  );
}
