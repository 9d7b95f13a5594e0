import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useFrame } from '@react-three/fiber';
import { BackSide, type Group, type Object3D } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import { cameraEuler, directionOf } from '../../../story/angles.ts';
import { clamp, tagAlong } from '../../core/seated.ts';
import { COLOURS, DIST, ORDER } from '../config.ts';
import { useRig } from '../context.ts';

/** Where a panel opens: in front of the head, at a comfortable height. */
export function useOpenDirection() {
  const rig = useRig();
  const [dir] = useState(() => ({ yaw: rig?.head.localYaw ?? 0, pitch: clamp(rig?.head.pitch ?? 0, -10, 15) }));
  return dir;
}

/** Puts an object `distance` m away at yaw/pitch (degrees), its +Z facing the head. */
export function placeAt(obj: Object3D, yaw: number, pitch: number, distance: number) {
  const [x, y, z] = directionOf(yaw, pitch);
  obj.position.set(x * distance, y * distance, z * distance);
  const e = cameraEuler(yaw, pitch);
  obj.rotation.set(e.x, e.y, e.z, 'YXZ');
}

/** Fixed at a direction (in the space of its parent group), facing the head. */
export function Placed({ yaw, pitch, distance, children }: { yaw: number; pitch: number; distance: number; children: ReactNode }) {
  const ref = useRef<Group>(null);
  useLayoutEffect(() => {
    if (ref.current) placeAt(ref.current, yaw, pitch, distance);
  }, [yaw, pitch, distance]);
  return <group ref={ref}>{children}</group>;
}

/**
 * Stays near the reader: keeps its place while the head turns a little, glides after it when the
 * head turns further (menu, captions). `snap` (any changing value) brings it straight ahead.
 */
export function TagAlong({ pitch, distance, slackDeg = 40, snap, children }: { pitch: number; distance: number; slackDeg?: number; snap?: unknown; children: ReactNode }) {
  const rig = useRig();
  const ref = useRef<Group>(null);
  const st = useRef({ yaw: rig?.head.localYaw ?? 0, moving: false, last: 0 });
  useLayoutEffect(() => {
    st.current = { yaw: rig?.head.localYaw ?? 0, moving: false, last: performance.now() };
    if (ref.current) placeAt(ref.current, st.current.yaw, pitch, distance);
  }, [rig, snap, pitch, distance]);
  useFrame(() => {
    if (!rig?.head.known || !ref.current) return;
    const now = performance.now();
    const dt = st.current.last ? (now - st.current.last) / 1000 : 0;
    const next = tagAlong(st.current, rig.head.localYaw, dt, { slackDeg, degPerSec: rig.reducedMotion ? Infinity : undefined });
    st.current = { ...next, last: now };
    placeAt(ref.current, next.yaw, pitch, distance);
  });
  return <group ref={ref}>{children}</group>;
}

/** Dims the world behind a panel and keeps rays and the gaze off the markers while it is open. */
export function Scrim() {
  return (
    <mesh
      name="xr-scrim"
      renderOrder={ORDER.scrim}
      userData={{ xrBlock: true }}
      onClick={(e: ThreeEvent<MouseEvent>) => e.stopPropagation()}
    >
      <sphereGeometry args={[DIST.scrim, 32, 16]} />
      <meshBasicMaterial color={COLOURS.panel} side={BackSide} transparent opacity={0.6} depthTest={false} depthWrite={false} toneMapped={false} />
    </mesh>
  );
}
