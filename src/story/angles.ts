/**
 * The one place where document angles (degrees, see src/story/schema/common.ts) become three.js
 * directions. yaw 0 = panorama centre = looking toward -Z; yaw +90 = right = +X; pitch +90 = up = +Y.
 */
export const DEG = Math.PI / 180;

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

/** Yaw in (-180, 180]. */
export function normalizeYaw(yaw: number): number {
  const y = ((((yaw + 180) % 360) + 360) % 360) - 180;
  return y === -180 ? 180 : y;
}

/** The signed smallest turn (degrees) from one yaw to another, in (-180, 180]. */
export function yawDelta(from: number, to: number): number {
  return normalizeYaw(to - from);
}

/** Euler angles (radians, order YXZ) that point a three.js camera at a document yaw/pitch. */
export function cameraEuler(yawDeg: number, pitchDeg: number): { x: number; y: number; z: number } {
  return { x: pitchDeg * DEG, y: -yawDeg * DEG, z: 0 };
}

/** Horizontal field of view (degrees) for a vertical one at an aspect ratio. */
export function horizontalFov(vfovDeg: number, aspect: number): number {
  return (2 * Math.atan(Math.tan((vfovDeg * DEG) / 2) * aspect)) / DEG;
}
