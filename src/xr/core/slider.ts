/** The pure maths of a world-space slider (src/xr/r3f/ui/Slider3D.tsx): values, steps and places. */

/** Decimals a step has (0.05 -> 2), so snapped values come out as 0.15, not 0.15000000000000002. */
export function stepDecimals(step: number): number {
  if (!(step > 0) || Number.isInteger(step)) return 0;
  const s = String(step);
  const e = s.match(/e-(\d+)$/);
  if (e) return Math.min(20, Number(e[1]));
  return s.split('.')[1]?.length ?? 0;
}

/** `value` kept in [min, max] and put on the nearest step counted from `min`. */
export function snapValue(value: number, min: number, max: number, step: number): number {
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  if (!Number.isFinite(value)) return lo;
  let v = Math.min(hi, Math.max(lo, value));
  if (step > 0) {
    v = lo + Math.round((v - lo) / step) * step;
    if (v > hi + 1e-9) v -= step;
    v = Number(v.toPrecision(12));
  }
  return Math.min(hi, Math.max(lo, v));
}

/** Where `value` sits along the track, 0 (at min) to 1 (at max). */
export function fractionOf(value: number, min: number, max: number): number {
  if (max === min) return 0;
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

/**
 * The value under a point of the track: `x` is the point's distance (metres) from the track's
 * centre along it, `width` the track's length; points past either end give min or max.
 */
export function valueAt(x: number, width: number, min: number, max: number, step: number): number {
  const f = width > 0 ? Math.min(1, Math.max(0, x / width + 0.5)) : 0;
  return snapValue(min + f * (max - min), min, max, step);
}

/** One step up (+1) or down (-1) from `value`, snapped and kept in range. */
export function stepBy(value: number, dir: 1 | -1, min: number, max: number, step: number): number {
  const s = step > 0 ? step : (max - min) / 20;
  return snapValue(value + dir * s, min, max, step);
}

/** The value as text, with as many decimals as the step has. */
export function formatSliderValue(value: number, step: number): string {
  return value.toFixed(stepDecimals(step));
}
