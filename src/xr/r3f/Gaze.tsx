import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { DoubleSide, Raycaster, RingGeometry, Vector3, type Group, type Mesh, type Object3D } from 'three';
import { Dwell } from '../core/dwell.ts';
import { COLOURS, DIST, ORDER } from './config.ts';
import type { Rig } from './rig.ts';
import type { Targets } from './context.ts';

const ZERO = new Vector3();
const AHEAD = new Vector3(0, 0, -1);
/** How far (degrees) the head must turn after an arrival before the gaze may choose anything. */
const MOVED_DEG = 6;
const SEGMENTS = 48;
/** Roots the gaze can rest on (by name): the markers and the headset UI. */
export const GAZE_ROOTS = ['hotspots', 'xr-ui', 'xr-world'];

/** What a hit object means: a key, null (a panel that blocks), or undefined (look further). */
export function gazeKeyOf(object: Object3D | null): string | null | undefined {
  for (let o = object; o; o = o.parent) {
    if (!o.visible) return undefined;
    const key = o.userData?.xrKey;
    if (typeof key === 'string') return key;
    if (o.userData?.xrBlock) return null;
    if (o.name.startsWith('hotspot:')) return o.name;
  }
  return undefined;
}

export interface GazeState {
  target: string | null;
  progress: number;
  /** The gaze has noted where the head looked since the last arrival: from now on, turning chooses. */
  settled: boolean;
}

interface Props {
  rig: Rig;
  targets: Targets;
  /** Changes on every scene arrival: the dwell starts again (and waits a moment). */
  arrival: number;
  onChoose(hotspotId: string): void;
  onHover?(hotspotId: string | null): void;
  /** Mirror of the state for the debug handle. */
  state?: GazeState;
}

/**
 * Gaze and dwell: a reticle in front of the head that fills while the head ray rests on a hotspot
 * or a button, and selects it when full (about 1.5 s).
 */
export function Gaze({ rig, targets, arrival, onChoose, onHover, state }: Props) {
  const scene = useThree((s) => s.scene);
  const dwell = useMemo(() => new Dwell(), []);
  const raycaster = useMemo(() => new Raycaster(), []);
  const reticle = useRef<Group>(null);
  const fill = useRef<Mesh>(null);
  const geo = useMemo(() => {
    const ring = new RingGeometry(0.011, 0.015, SEGMENTS, 1);
    const progress = new RingGeometry(0.017, 0.026, SEGMENTS, 1, Math.PI / 2, Math.PI * 2);
    const dot = new RingGeometry(0, 0.0035, 16, 1);
    return { ring, progress, dot };
  }, []);
  useEffect(() => () => Object.values(geo).forEach((g) => g.dispose()), [geo]);
  const hovered = useRef<string | null>(null);
  const latest = useRef({ onChoose, onHover });
  latest.current = { onChoose, onHover };

  // Where the head looked (in the headset's own space, so a recentre is not a move) at the last arrival.
  const anchor = useRef<Vector3 | null>(null);
  const looking = useMemo(() => new Vector3(), []);
  useEffect(() => {
    dwell.reset(performance.now());
    anchor.current = null;
    if (state) state.settled = false;
  }, [arrival, dwell, state]);

  useEffect(
    () => () => {
      if (state) state.settled = false;
      targets.setGazed(null);
      if (hovered.current) latest.current.onHover?.(null);
    },
    [targets, state],
  );

  useFrame(() => {
    const group = reticle.current;
    if (!group) return;
    if (!rig.head.known) {
      // Entering the headset: the dwell's pause starts when the head is first seen.
      group.visible = false;
      dwell.reset(performance.now());
      anchor.current = null;
      if (state) state.settled = false;
      return;
    }
    raycaster.set(ZERO, rig.gaze);
    raycaster.near = 0.05;
    raycaster.far = 60;
    const roots: Object3D[] = [];
    for (const name of GAZE_ROOTS) {
      const o = scene.getObjectByName(name);
      if (o) roots.push(o);
    }
    const scrim = scene.getObjectByName('xr-scrim');
    if (scrim) roots.push(scrim);
    let key: string | null = null;
    let distance: number = DIST.reticle;
    for (const hit of raycaster.intersectObjects(roots, true)) {
      const k = gazeKeyOf(hit.object);
      if (k === undefined) continue;
      key = k;
      distance = hit.distance;
      break;
    }
    const now = performance.now();
    looking.copy(AHEAD).applyQuaternion(rig.headQuaternion);
    anchor.current ??= looking.clone();
    const still = looking.angleTo(anchor.current) < MOVED_DEG * (Math.PI / 180);
    const f = dwell.update(key, now, still);
    targets.setGazed(f.target);
    if (state) {
      state.target = f.target;
      state.progress = f.progress;
      state.settled = true;
    }
    const hotspot = f.target?.startsWith('hotspot:') ? f.target.slice(8) : null;
    if (hotspot !== hovered.current) {
      hovered.current = hotspot;
      latest.current.onHover?.(hotspot);
    }

    // The reticle sits on what is looked at (never further than the markers), the same size at any distance.
    const d = Math.min(Math.max(distance * 0.97, 0.5), 9.5);
    group.visible = true;
    group.position.copy(rig.gaze).multiplyScalar(d);
    group.quaternion.copy(rig.worldQuaternion);
    group.scale.setScalar(d);
    const count = Math.round(f.progress * SEGMENTS) * 6;
    geo.progress.setDrawRange(0, count);
    if (fill.current) fill.current.visible = count > 0;

    if (f.fire) {
      if (f.fire.startsWith('hotspot:')) latest.current.onChoose(f.fire.slice(8));
      else targets.run(f.fire);
    }
  });

  return (
    <group ref={reticle} name="xr-reticle" visible={false}>
      <ReticlePart geometry={geo.ring} color="#000000" opacity={0.55} scale={1.35} order={ORDER.reticle - 1} />
      <ReticlePart geometry={geo.ring} color="#ffffff" opacity={0.95} />
      <ReticlePart geometry={geo.dot} color="#ffffff" opacity={0.95} />
      <mesh ref={fill} geometry={geo.progress} scale={[-1, 1, 1]} renderOrder={ORDER.reticle + 1} raycast={() => null}>
        <meshBasicMaterial color={COLOURS.accent} side={DoubleSide} transparent depthTest={false} depthWrite={false} toneMapped={false} />
      </mesh>
    </group>
  );
}

function ReticlePart({ geometry, color, opacity, scale = 1, order = ORDER.reticle }: { geometry: RingGeometry; color: string; opacity: number; scale?: number; order?: number }) {
  return (
    <mesh geometry={geometry} scale={scale} renderOrder={order} raycast={() => null}>
      <meshBasicMaterial color={color} transparent opacity={opacity} depthTest={false} depthWrite={false} toneMapped={false} />
    </mesh>
  );
}
