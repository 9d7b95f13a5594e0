/**
 * The one place where angles are converted (the convention itself is written down in
 * src/story/schema/common.ts): degrees, yaw 0 = panorama centre, positive to the right, in (-180, 180];
 * pitch positive up, in [-90, 90]; fov vertical.
 *
 * three.js directions: yaw 0 = panorama centre = looking toward -Z; yaw +90 = right = +X; pitch +90 = up = +Y.
 *
 * Other tools' conventions (for the importers), each checked in its source:
 * - Pannellum: degrees, yaw positive right, pitch positive up; `hfov` is HORIZONTAL.
 * - Marzipano: radians, yaw positive right; pitch positive is DOWN (RectilinearView.coordinatesToScreen
 *   builds the ray with y = -sin(pitch)), whatever its docs say; `fov` is vertical.
 * - Photo Sphere Viewer 5: radians or strings ("90deg", "1.2rad"), yaw positive right, pitch positive up.
 */
export const DEG = Math.PI / 180;
export const RAD = 180 / Math.PI;

/** Wraps any finite yaw into (-180, 180]. A yaw already in range is kept exactly, and never -0. */
export function normalizeYaw(deg: number): number {
  // In range already: keep it exactly (the arithmetic below can move a valid value by a rounding step).
  if (deg > -180 && deg <= 180) return deg === 0 ? 0 : deg;
  let y = ((deg % 360) + 360) % 360; // [0, 360)
  if (y > 180) y -= 360;
  return y; // never -0: the modulo above yields +0 for every multiple of 360
}

/** The signed smallest turn (degrees) from one yaw to another, in (-180, 180]. */
export function yawDelta(from: number, to: number): number {
  return normalizeYaw(to - from);
}

/** Unit vector for a document yaw/pitch (degrees). */
export function directionOf(yawDeg: number, pitchDeg: number): [number, number, number] {
  const y = yawDeg * DEG;
  const p = pitchDeg * DEG;
  return [Math.sin(y) * Math.cos(p), Math.sin(p), -Math.cos(y) * Math.cos(p)];
}

/** Document yaw/pitch (degrees) of a direction vector. */
export function yawPitchOf(x: number, y: number, z: number): { yaw: number; pitch: number } {
  const len = Math.hypot(x, y, z) || 1;
  return { yaw: normalizeYaw(Math.atan2(x, -z) / DEG), pitch: Math.asin(Math.max(-1, Math.min(1, y / len))) / DEG };
}

/** Euler angles (radians, order YXZ) that point a three.js camera at a document yaw/pitch. */
export function cameraEuler(yawDeg: number, pitchDeg: number): { x: number; y: number; z: number } {
  return { x: pitchDeg * DEG, y: -yawDeg * DEG, z: 0 };
}

/** Horizontal field of view (degrees) for a vertical one at an aspect ratio. */
export function horizontalFov(vfovDeg: number, aspect: number): number {
  return (2 * Math.atan(Math.tan((vfovDeg * DEG) / 2) * aspect)) / DEG;
}

// ---- angles from other tools (importers): anything in, a tidy document value out ----

const round6 = (deg: number): number => Math.round(deg * 1e6) / 1e6 || 0;

/** Any angle in degrees to (-180, 180], rounded to a millionth of a degree; not a number gives 0. */
export function wrapYaw(deg: number): number {
  return Number.isFinite(deg) ? round6(normalizeYaw(deg)) : 0;
}

/** Any pitch in degrees to [-90, 90], rounded to a millionth of a degree; not a number gives 0. */
export function clampPitch(deg: number): number {
  return Number.isFinite(deg) ? round6(Math.max(-90, Math.min(90, deg))) : 0;
}

export const clampFov = (deg: number): number => Math.max(30, Math.min(110, Math.round(deg * 100) / 100));

/** Pannellum's horizontal field of view to our vertical one, for a 16:9 view. */
export function hfovToVfov(hfovDeg: number, aspect = 16 / 9): number {
  return (2 * Math.atan(Math.tan(hfovDeg / 2 / RAD) / aspect)) * RAD;
}

/** A Photo Sphere Viewer angle: a number in radians or a string "90deg", "1.5rad", "1.5". */
export function psvAngle(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v * RAD : null;
  if (typeof v !== 'string') return null;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(deg|degs|rad|rads)?\s*$/i.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2]?.toLowerCase().startsWith('deg') ? n : n * RAD;
}
