import { DEG, directionOf, yawPitchOf } from '../../story/angles.ts';

/**
 * Screen points <-> document directions for the editor's 360° view, without three.js: the same
 * camera the player's CameraRig builds (vertical `fov`, Euler order YXZ with x = pitch, y = -yaw,
 * see angles.ts), a perspective projection onto a `width` x `height` canvas (CSS pixels, origin
 * top-left).
 */
export interface CameraAngles {
  yaw: number;
  pitch: number;
  /** Vertical field of view, degrees. */
  fov: number;
}

export interface Viewport {
  width: number;
  height: number;
}

type Vec = [number, number, number];

/** Camera space -> world: rotate about X by pitch, then about Y by -yaw (Euler YXZ). */
function toWorld([x, y, z]: Vec, cam: CameraAngles): Vec {
  const p = cam.pitch * DEG;
  const b = -cam.yaw * DEG;
  const y1 = y * Math.cos(p) - z * Math.sin(p);
  const z1 = y * Math.sin(p) + z * Math.cos(p);
  return [x * Math.cos(b) + z1 * Math.sin(b), y1, -x * Math.sin(b) + z1 * Math.cos(b)];
}

/** World -> camera space (the inverse rotation). */
function toCamera([x, y, z]: Vec, cam: CameraAngles): Vec {
  const p = -cam.pitch * DEG;
  const b = cam.yaw * DEG;
  const x1 = x * Math.cos(b) + z * Math.sin(b);
  const z1 = -x * Math.sin(b) + z * Math.cos(b);
  return [x1, y * Math.cos(p) - z1 * Math.sin(p), y * Math.sin(p) + z1 * Math.cos(p)];
}

/** The yaw/pitch (degrees) seen at a screen point. */
export function screenToYawPitch(x: number, y: number, view: Viewport, cam: CameraAngles): { yaw: number; pitch: number } {
  const w = Math.max(1, view.width);
  const h = Math.max(1, view.height);
  const t = Math.tan((cam.fov * DEG) / 2);
  const nx = (2 * x) / w - 1;
  const ny = 1 - (2 * y) / h;
  const d = toWorld([nx * t * (w / h), ny * t, -1], cam);
  const r = yawPitchOf(d[0], d[1], d[2]);
  return { yaw: round(r.yaw), pitch: round(r.pitch) };
}

/** Where a direction appears on screen, or null when it is behind the viewer. */
export function yawPitchToScreen(yaw: number, pitch: number, view: Viewport, cam: CameraAngles): { x: number; y: number } | null {
  const w = Math.max(1, view.width);
  const h = Math.max(1, view.height);
  const t = Math.tan((cam.fov * DEG) / 2);
  const [cx, cy, cz] = toCamera(directionOf(yaw, pitch), cam);
  if (cz > -1e-6) return null;
  const nx = cx / -cz / (t * (w / h));
  const ny = cy / -cz / t;
  return { x: ((nx + 1) / 2) * w, y: ((1 - ny) / 2) * h };
}

/** Document angles are kept to a hundredth of a degree (short JSON, no visible difference). */
const round = (v: number) => {
  const r = Math.round(v * 100) / 100;
  return r === -180 ? 180 : r === 0 ? 0 : r;
};
