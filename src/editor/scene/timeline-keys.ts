/**
 * The timeline's keys (pure): on a handle, the arrow keys move it 1 second (5 with Shift), Page
 * Up/Down 5 seconds, Home and End to the ends of the range it may take.
 */
export const STEP_SECONDS = 1;
export const SHIFT_STEP_SECONDS = 5;

/** Where a key moves a handle at `value` within [min, max], or null for keys it leaves alone. */
export function timelineKey(key: string, shift: boolean, value: number, min: number, max: number): number | null {
  const step = shift ? SHIFT_STEP_SECONDS : STEP_SECONDS;
  let to: number;
  if (key === 'ArrowRight' || key === 'ArrowUp') to = value + step;
  else if (key === 'ArrowLeft' || key === 'ArrowDown') to = value - step;
  else if (key === 'PageUp') to = value + SHIFT_STEP_SECONDS;
  else if (key === 'PageDown') to = value - SHIFT_STEP_SECONDS;
  else if (key === 'Home') to = min;
  else if (key === 'End') to = max;
  else return null;
  return Math.max(min, Math.min(max, to));
}

/** Seconds at a pointer's x on a track (tenths), within [min, max]. */
export function timeAtX(x: number, left: number, width: number, length: number, min = 0, max = length): number {
  const t = width > 0 ? ((x - left) / width) * length : 0;
  return Math.max(min, Math.min(max, Math.round(t * 10) / 10));
}
