/**
 * Angle conversions. Our convention (src/story/schema/common.ts): degrees, yaw 0 = panorama centre,
 * positive to the right, pitch positive up, fov vertical. Each tool's own convention, checked in its source:
 * - Pannellum: degrees, yaw positive right, pitch positive up; `hfov` is HORIZONTAL.
 * - Marzipano: radians, yaw positive right; pitch positive is DOWN (RectilinearView.coordinatesToScreen
 *   builds the ray with y = -sin(pitch)), whatever its docs say; `fov` is vertical.
 * - Photo Sphere Viewer 5: radians or strings ("90deg", "1.2rad"), yaw positive right, pitch positive up.
 */
export const RAD = 180 / Math.PI;

/** Any angle in degrees to (-180, 180]. */
export function wrapYaw(deg: number): number {
  if (!Number.isFinite(deg)) return 0;
  let y = deg % 360;
  if (y <= -180) y += 360;
  if (y > 180) y -= 360;
  return Math.round(y * 1e6) / 1e6 || 0;
}

export function clampPitch(deg: number): number {
  if (!Number.isFinite(deg)) return 0;
  return Math.round(Math.max(-90, Math.min(90, deg)) * 1e6) / 1e6 || 0;
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
