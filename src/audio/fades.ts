/**
 * Gain curves for fades, crossfades and ducking (pure).
 *
 * Crossfades are EQUAL-POWER: while one bed falls from a to 0 and the next rises from 0 to b,
 *   out(t) = a·cos(πt/2), in(t) = b·sin(πt/2)
 * so for uncorrelated sounds (two different ambiences) the summed power a²cos² + b²sin² moves
 * smoothly from a² to b² with no dip in the middle, unlike a linear crossfade (-3 dB at t = ½).
 * A fade that starts from an arbitrary level (an interrupted fade) uses the same weights in the
 * power domain: g(t) = √(from²·cos²(πt/2) + to²·sin²(πt/2)). Its slope is zero at both ends, so
 * there is no click when a fade starts or stops.
 *
 * The curves are scheduled on AudioParams as short linear ramps between points of the curve
 * (see fadeSchedule) rather than setValueCurveAtTime, because ramps can follow a setValueAtTime at
 * the same instant (an interrupted fade) whereas a value curve may not overlap another event.
 */

export type FadeShape = 'equal-power' | 'linear';

/** Seconds for the crossfade between two scenes' ambiences (and the first fade-in). */
export const CROSSFADE_SECONDS = 1.5;
/** Seconds for sounds that stop for another reason (dispose, a removed source). */
export const QUICK_FADE_SECONDS = 0.25;
/** Bed level while narration speaks (relative to the bed's own volume). */
export const DUCK_LEVEL = 0.35;
/** Seconds for the beds to go down when the narration starts, and back up after it. */
export const DUCK_ATTACK_SECONDS = 0.3;
export const DUCK_RELEASE_SECONDS = 1.0;
/** Line segments per fade: 1.5 s / 24 ≈ 62 ms per segment, within 0.5 % of the true curve. */
export const FADE_SEGMENTS = 24;

/** Gain at progress t ∈ [0, 1] of a fade from `from` to `to`. */
export function fadeGainAt(from: number, to: number, t: number, shape: FadeShape = 'equal-power'): number {
  const x = t <= 0 ? 0 : t >= 1 ? 1 : t;
  if (shape === 'linear') return from + (to - from) * x;
  const c = Math.cos((Math.PI / 2) * x);
  const s = Math.sin((Math.PI / 2) * x);
  return Math.sqrt(from * from * c * c + to * to * s * s);
}

/** Power (sum of squared gains) of an equal-power crossfade between levels a (out) and b (in) at t. */
export function crossfadePower(a: number, b: number, t: number, shape: FadeShape = 'equal-power'): number {
  const out = fadeGainAt(a, 0, t, shape);
  const inn = fadeGainAt(0, b, t, shape);
  return out * out + inn * inn;
}

export interface FadeSchedule {
  /** Seconds after the start of the fade (the last one is the duration). */
  times: number[];
  values: number[];
}

/**
 * Points to reach with linear ramps, after holding `from` at time 0, to follow the fade curve.
 * A zero (or negative) duration gives a single point: jump to `to`.
 */
export function fadeSchedule(
  from: number,
  to: number,
  seconds: number,
  shape: FadeShape = 'equal-power',
  segments = FADE_SEGMENTS,
): FadeSchedule {
  if (!(seconds > 0)) return { times: [0], values: [to] };
  const n = shape === 'linear' ? 1 : Math.max(1, Math.round(segments));
  const times: number[] = [];
  const values: number[] = [];
  for (let i = 1; i <= n; i++) {
    const t = i / n;
    times.push(t * seconds);
    values.push(i === n ? to : fadeGainAt(from, to, t, shape));
  }
  return { times, values };
}

/** Minimal AudioParam surface used by scheduleFade (so it can be tested without Web Audio). */
export interface ParamLike {
  value: number;
  setValueAtTime(value: number, time: number): unknown;
  linearRampToValueAtTime(value: number, time: number): unknown;
  cancelScheduledValues(time: number): unknown;
}

/**
 * Starts a fade on an AudioParam at `now` from wherever it is (even in the middle of another fade)
 * to `to`. Returns the level it started from.
 *
 * The current level is pinned with an explicit setValueAtTime, never with cancelAndHoldAtTime:
 * Chromium works out the held value on the audio thread, and when that thread is rendering while
 * the page schedules (a busy machine) it sometimes holds 0 instead, so an interrupted fade dropped
 * towards silence and climbed back over one segment (about 1 in 10 reversals under load; see
 * tests/e2e/audio.test.ts, "turning back in the middle of a crossfade"). Firefox has no
 * cancelAndHoldAtTime at all, and cancelling alone drops an active ramp back to its start value.
 */
export function scheduleFade(param: ParamLike, now: number, to: number, seconds: number, shape: FadeShape = 'equal-power'): number {
  const from = param.value;
  param.cancelScheduledValues(now);
  if (!(seconds > 0)) {
    param.setValueAtTime(to, now);
    return from;
  }
  param.setValueAtTime(from, now);
  const { times, values } = fadeSchedule(from, to, seconds, shape);
  for (let i = 0; i < times.length; i++) param.linearRampToValueAtTime(values[i]!, now + times[i]!);
  return from;
}

/** Seconds for the master level to follow the volume slider or mute (a step would click). */
export const MASTER_GLIDE_SECONDS = 0.05;

/**
 * Replaces whatever the param was doing with a straight ramp from `from` (where it is now, as
 * heard) to `to` over `seconds`.
 */
export function glide(param: ParamLike, now: number, from: number, to: number, seconds: number): void {
  param.cancelScheduledValues(now);
  param.setValueAtTime(from, now);
  param.linearRampToValueAtTime(to, now + seconds);
}
