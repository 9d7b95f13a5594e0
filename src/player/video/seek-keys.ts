/**
 * Moving through a scene's video by keyboard (pure), as on video sites: on the position slider the
 * arrow keys jump 5 s (left/right follow the reading direction), Page Up/Down 10 s, Home and End to
 * the start and the end; anywhere in the player J and L jump 10 s back and on.
 */

export const ARROW_JUMP_SECONDS = 5;
export const BIG_JUMP_SECONDS = 10;

/** Where a key on the slider moves to (seconds, within 0..length), or null for keys it leaves alone. */
export function sliderSeek(key: string, time: number, length: number, rtl = false): number | null {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  let to: number;
  if (key === forward || key === 'ArrowUp') to = time + ARROW_JUMP_SECONDS;
  else if (key === back || key === 'ArrowDown') to = time - ARROW_JUMP_SECONDS;
  else if (key === 'PageUp') to = time + BIG_JUMP_SECONDS;
  else if (key === 'PageDown') to = time - BIG_JUMP_SECONDS;
  else if (key === 'Home') to = 0;
  else if (key === 'End') to = length;
  else return null;
  return clampTime(to, length);
}

/** J (back) and L (on) anywhere in the player: 10 s; null for other keys. */
export function jumpKey(key: string, time: number, length: number): number | null {
  const k = key.toLowerCase();
  if (k === 'j') return clampTime(time - BIG_JUMP_SECONDS, length);
  if (k === 'l') return clampTime(time + BIG_JUMP_SECONDS, length);
  return null;
}

/** Seconds within the video (an unknown length: only not before the start). */
export function clampTime(t: number, length: number): number {
  const max = Number.isFinite(length) && length > 0 ? length : Infinity;
  return Math.max(0, Math.min(max, Number.isFinite(t) ? t : 0));
}

/** The video's length: the element's own when it knows it, else the one measured at import. */
export function videoLength(elementDuration: number, known: number | undefined): number {
  if (Number.isFinite(elementDuration) && elementDuration > 0) return elementDuration;
  return known && known > 0 ? known : 0;
}
