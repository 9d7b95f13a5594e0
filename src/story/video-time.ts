import type { HotspotTime } from './schema/video.ts';

/**
 * Video time for people and for the player (pure): whether a hotspot's time window holds at a
 * moment of its scene's video, and times written as "1:05" (minutes:seconds) or "65".
 */

/** Whether the window holds `t` seconds into the video (no window: always). From is in, to is out. */
export function inTimeWindow(time: HotspotTime | undefined, t: number): boolean {
  if (!time) return true;
  return t >= time.from && (time.to === undefined || t < time.to);
}

/** "0:07", "1:05", "1:02:03" (tenths when there are any: "0:12.5"). */
export function formatClock(seconds: number): string {
  const whole = Math.floor(seconds);
  const tenths = Math.round((seconds - whole) * 10);
  const [s, carry] = tenths === 10 ? [whole + 1, 0] : [whole, tenths];
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}${carry ? `.${carry}` : ''}`;
}

/** Seconds from "1:05", "0:12.5", "65" or "1:02:03"; null for anything else (empty too). */
export function parseClock(text: string): number | null {
  const parts = text.trim().replace(',', '.').split(':');
  if (parts.length > 3 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p))) return null;
  const nums = parts.map(Number);
  if (nums.slice(0, -1).some((n) => !Number.isInteger(n)) || nums.slice(1).some((n) => n >= 60)) return null;
  return nums.reduce((total, n) => total * 60 + n, 0);
}

/** The window as written: a start and an optional end; null for no window (always shown). */
export function timeWindow(from: number | null, to: number | null): HotspotTime | null {
  if (from === null && to === null) return null;
  return to === null ? { from: from ?? 0 } : { from: from ?? 0, to };
}
