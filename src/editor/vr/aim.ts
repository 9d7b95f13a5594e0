/**
 * Where a controller or hand ray points in the scene, in document degrees (pure: no three.js, no
 * React). The head is always at the world origin (the seated rig), the panorama a sphere around it:
 * a ray from the hand meets that sphere where the reader sees it point, and that direction from the
 * head is where a hotspot or sound goes.
 */
import { DEG, directionOf, normalizeYaw, yawPitchOf } from '../../story/angles.ts';

type V3 = readonly [number, number, number];

/** Just inside the panorama (radius 50): what the ray visibly reaches. */
export const AIM_RADIUS = 48;

/** The yaw/pitch where a ray (world origin and unit direction) leaves a sphere of `radius` around the head. */
export function aimOnSphere(origin: V3, dir: V3, radius = AIM_RADIUS): { yaw: number; pitch: number } {
  const [ox, oy, oz] = origin;
  const [dx, dy, dz] = dir;
  const b = ox * dx + oy * dy + oz * dz;
  const c = ox * ox + oy * oy + oz * oz - radius * radius;
  // Inside the sphere c < 0, so the root is always real and positive.
  const t = -b + Math.sqrt(Math.max(0, b * b - c));
  const p = yawPitchOf(ox + dx * t, oy + dy * t, oz + dz * t);
  return { yaw: round2(p.yaw), pitch: round2(p.pitch) };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The angle (degrees) between two document directions. */
export function angleBetween(a: { yaw: number; pitch: number }, b: { yaw: number; pitch: number }): number {
  const [ax, ay, az] = directionOf(a.yaw, a.pitch);
  const [bx, by, bz] = directionOf(b.yaw, b.pitch);
  return Math.acos(Math.max(-1, Math.min(1, ax * bx + ay * by + az * bz))) / DEG;
}

/** The nearest of `items` within `radiusDeg` of a direction, or null. */
export function nearest<T extends { id: string; yaw: number; pitch: number }>(items: readonly T[], at: { yaw: number; pitch: number }, radiusDeg: number): T | null {
  let best: T | null = null;
  let bestAngle = radiusDeg;
  for (const it of items) {
    const a = angleBetween(it, at);
    if (a <= bestAngle) {
      best = it;
      bestAngle = a;
    }
  }
  return best;
}

/**
 * A marker dragged from where it was grabbed: it moves by as much as the ray has turned since the
 * grab (so it does not jump to the ray), pitch kept on the sphere.
 */
export function dragged(start: { yaw: number; pitch: number }, grab: { yaw: number; pitch: number }, now: { yaw: number; pitch: number }): { yaw: number; pitch: number } {
  const yaw = normalizeYaw(start.yaw + normalizeYaw(now.yaw - grab.yaw));
  const pitch = Math.max(-89, Math.min(89, start.pitch + now.pitch - grab.pitch));
  return { yaw: round2(yaw), pitch: round2(pitch) };
}
