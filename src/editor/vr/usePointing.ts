import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { Quaternion, Raycaster, Vector3, type Object3D } from 'three';
import { gazeKeyOf } from '../../xr/r3f/Gaze.tsx';
import { aimOnSphere, angleBetween, dragged, nearest } from './aim.ts';

export type MarkerKind = 'hotspot' | 'sound';
export interface Marker {
  id: string;
  yaw: number;
  pitch: number;
}
export interface Aim {
  yaw: number;
  pitch: number;
}

export interface PointingHandlers {
  /** The scene's markers now (hotspots are also hit by their drawn shape). */
  markers(): { hotspots: readonly Marker[]; sounds: readonly Marker[] };
  /** Trigger or pinch on a marker: select it (a drag may follow). */
  onPick(kind: MarkerKind, id: string): void;
  /** While held and moved: where the marker is now (drawn only, not a change yet). */
  onDrag(kind: MarkerKind, id: string, at: Aim): void;
  /** Let go after moving: the one change (one undo step). */
  onDragEnd(kind: MarkerKind, id: string, at: Aim): void;
  /** Trigger or pinch on the photo itself, away from markers and panels. */
  onPlace(at: Aim): void;
}

/** Roots of the world-space UI: a ray on them is for a button or panel, never the photo. */
const UI_ROOTS = ['xr-ui', 'xr-world'];
/** A sound marker is about 5° across. */
const SOUND_RADIUS_DEG = 4;
/** Moving less than this while held is a press, not a drag. */
const DRAG_DEG = 0.6;

type Press =
  | { kind: 'ui' }
  | { kind: 'empty'; at: Aim }
  | { kind: 'grab'; marker: MarkerKind; id: string; start: Aim; grab: Aim; at: Aim; moved: boolean };

/**
 * Editing with controllers and hands: the trigger or a pinch ("select" in WebXR) on the photo
 * places, on a marker picks it and, held, drags it along the sphere. Buttons and panels are left
 * to their own ray events. Each input source's ray is read from the frame, in the story world
 * (after the seated rig has moved the XR origin).
 */
export function usePointing(origin: RefObject<Object3D | null>, handlers: PointingHandlers) {
  const session = useXR((s) => s.session);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const latest = useRef(handlers);
  latest.current = handlers;
  const queue = useRef<Array<{ source: XRInputSource; down: boolean }>>([]);
  const presses = useRef(new Map<XRInputSource, Press>());
  const tmp = useMemo(() => ({ pos: new Vector3(), dir: new Vector3(), q: new Quaternion(), wq: new Quaternion(), ray: new Raycaster() }), []);

  useEffect(() => {
    if (!session) return;
    const start = (e: XRInputSourceEvent) => queue.current.push({ source: e.inputSource, down: true });
    const end = (e: XRInputSourceEvent) => queue.current.push({ source: e.inputSource, down: false });
    session.addEventListener('selectstart', start);
    session.addEventListener('selectend', end);
    const live = presses.current;
    const pending = queue.current;
    return () => {
      session.removeEventListener('selectstart', start);
      session.removeEventListener('selectend', end);
      pending.length = 0;
      live.clear();
    };
  }, [session]);

  useFrame((_s, _d, frame: XRFrame | undefined) => {
    const space = gl.xr.getReferenceSpace();
    const o = origin.current;
    if (!frame || !space || !o) return;

    /** The ray of an input source in the story world, or null without a pose. */
    const rayOf = (source: XRInputSource) => {
      const pose = frame.getPose(source.targetRaySpace, space);
      if (!pose) return null;
      const p = pose.transform.position;
      const r = pose.transform.orientation;
      o.updateWorldMatrix(true, false);
      tmp.pos.set(p.x, p.y, p.z).applyMatrix4(o.matrixWorld);
      o.getWorldQuaternion(tmp.wq);
      tmp.dir.set(0, 0, -1).applyQuaternion(tmp.q.set(r.x, r.y, r.z, r.w)).applyQuaternion(tmp.wq).normalize();
      return { origin: tmp.pos, dir: tmp.dir, aim: aimOnSphere(tmp.pos.toArray(), tmp.dir.toArray()) };
    };
    const firstKey = (rootNames: string[]) => {
      const roots = rootNames.map((n) => scene.getObjectByName(n)).filter((x): x is Object3D => !!x);
      for (const hit of tmp.ray.intersectObjects(roots, true)) {
        const k = gazeKeyOf(hit.object);
        if (k !== undefined) return k;
      }
      return undefined;
    };

    const h = latest.current;
    for (const { source, down } of queue.current.splice(0)) {
      if (down) {
        const ray = rayOf(source);
        if (!ray) continue;
        tmp.ray.set(ray.origin, ray.dir);
        tmp.ray.near = 0.02;
        tmp.ray.far = 60;
        if (firstKey(UI_ROOTS) !== undefined) {
          presses.current.set(source, { kind: 'ui' });
          continue;
        }
        const { hotspots, sounds } = h.markers();
        const key = firstKey(['hotspots']);
        const hotspot = key?.startsWith('hotspot:') ? hotspots.find((x) => x.id === key.slice(8)) : undefined;
        const sound = hotspot ? null : nearest(sounds, ray.aim, SOUND_RADIUS_DEG);
        const marker = hotspot ? { kind: 'hotspot' as const, m: hotspot } : sound ? { kind: 'sound' as const, m: sound } : null;
        if (marker) {
          const start = { yaw: marker.m.yaw, pitch: marker.m.pitch };
          presses.current.set(source, { kind: 'grab', marker: marker.kind, id: marker.m.id, start, grab: ray.aim, at: start, moved: false });
          h.onPick(marker.kind, marker.m.id);
        } else presses.current.set(source, { kind: 'empty', at: ray.aim });
      } else {
        const press = presses.current.get(source);
        presses.current.delete(source);
        if (press?.kind === 'empty') h.onPlace(press.at);
        else if (press?.kind === 'grab' && press.moved) h.onDragEnd(press.marker, press.id, press.at);
      }
    }

    for (const [source, press] of presses.current) {
      if (press.kind !== 'grab') continue;
      const ray = rayOf(source);
      if (!ray) continue;
      const at = dragged(press.start, press.grab, ray.aim);
      if (!press.moved && angleBetween(at, press.start) < DRAG_DEG) continue;
      if (press.moved && at.yaw === press.at.yaw && at.pitch === press.at.pitch) continue;
      press.moved = true;
      press.at = at;
      h.onDrag(press.marker, press.id, at);
    }
  }, -900);

  /** Whether a trigger or pinch is dragging a marker now. */
  return { dragging: () => [...presses.current.values()].some((p) => p.kind === 'grab' && p.moved) };
}
