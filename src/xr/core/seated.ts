/**
 * Seated-mode geometry in document degrees (see src/story/schema/common.ts: yaw 0 = panorama
 * centre toward -Z, positive to the right; pitch positive up). No React, no three.js.
 *
 * The headset reports the head in its own tracking space ("local" yaw/pitch). The story world is
 * turned about the vertical axis by `turn` degrees relative to it, so that
 *   worldYaw = localYaw - turn.
 * Recentring picks `turn` so that where the head looks now shows a chosen world yaw (the scene's
 * initial view); turning by a step (snap turn) changes `turn` only. Height and position are never
 * used: the panorama is centred on the head, whatever its height.
 */
import { normalizeYaw, yawDelta } from '../../story/angles.ts';

export function worldYawOf(localYaw: number, turn: number): number {
  return normalizeYaw(localYaw - turn);
}

export function localYawOf(worldYaw: number, turn: number): number {
  return normalizeYaw(worldYaw + turn);
}

/** The turn that makes the head, now looking at `localYaw`, see `targetWorldYaw`. */
export function recentreTurn(localYaw: number, targetWorldYaw: number): number {
  return normalizeYaw(localYaw - targetWorldYaw);
}

/** The turn after stepping the view by `stepDeg` (positive: the view moves to the right). */
export function stepTurn(turn: number, stepDeg: number): number {
  return normalizeYaw(turn - stepDeg);
}

/**
 * "Tag-along" placement for things that should stay near the reader (menu, captions): they keep
 * their yaw while the head turns less than `slackDeg` away, then glide after it at `degPerSec`
 * until they are within `settleDeg`. `moving` keeps the glide going between frames.
 */
export function tagAlong(
  state: { yaw: number; moving: boolean },
  headYaw: number,
  dtSec: number,
  options: { slackDeg?: number; settleDeg?: number; degPerSec?: number } = {},
): { yaw: number; moving: boolean } {
  const slack = options.slackDeg ?? 40;
  const settle = options.settleDeg ?? 4;
  const speed = options.degPerSec ?? 120;
  const d = yawDelta(state.yaw, headYaw);
  const moving = state.moving ? Math.abs(d) > settle : Math.abs(d) > slack;
  if (!moving) return { yaw: state.yaw, moving: false };
  const glide = Number.isFinite(speed) ? speed * Math.min(Math.max(dtSec, 0), 0.1) : Infinity; // Infinity: jump (reduced motion)
  const step = Math.sign(d) * Math.min(Math.abs(d), Math.max(glide, Math.abs(d) * 0.08));
  return { yaw: normalizeYaw(state.yaw + step), moving: true };
}

export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
