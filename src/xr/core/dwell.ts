/**
 * Gaze-and-dwell selection as a small state machine (no React, no three.js): feed it what the head
 * ray rests on every frame; it reports how full the reticle is and, once, when to select.
 *
 * - A target is chosen after it has been looked at for `dwellMs` without a break.
 * - Short breaks (head tremor, a marker's edge) up to `graceMs` pause the fill instead of resetting it.
 * - After a selection nothing more is chosen until the gaze leaves that target for longer than the
 *   grace period (or `reset()`), so resting on a button never repeats it.
 * - Only a target the head MOVES onto is chosen: after `reset(now)` (a new scene, entering the
 *   headset) nothing fills for `settleMs` nor while the caller reports the head still where it was
 *   (`headStill`), and whatever the gaze rests on meanwhile counts as already chosen until the head
 *   leaves it. A link that happens to be straight ahead on arrival (or appears there after a fade)
 *   is never followed while the reader keeps still.
 */
export interface DwellOptions {
  dwellMs?: number;
  graceMs?: number;
  settleMs?: number;
}

export interface DwellFrame {
  /** What the gaze rests on (null: nothing selectable). */
  target: string | null;
  /** 0..1: how full the reticle is. */
  progress: number;
  /** The target to select in this frame, or null. */
  fire: string | null;
}

export const DWELL_MS = 1500;

export class Dwell {
  readonly dwellMs: number;
  readonly graceMs: number;
  readonly settleMs: number;
  private target: string | null = null;
  private started = 0;
  /** Time spent looking away inside the grace period (not counted as dwell time). */
  private paused = 0;
  private lostAt: number | null = null;
  private spent: string | null = null;
  /** When the gaze left the spent target (it re-arms after `graceMs` away). */
  private spentLeftAt: number | null = null;
  private holdUntil = -Infinity;
  /** Since the last reset(now), the head has not moved yet. */
  private settling = false;

  constructor(options: DwellOptions = {}) {
    this.dwellMs = options.dwellMs ?? DWELL_MS;
    this.graceMs = options.graceMs ?? 200;
    this.settleMs = options.settleMs ?? 600;
  }

  /** Forgets the current target; with `now`, also waits `settleMs` before filling again. */
  reset(now?: number) {
    this.target = null;
    this.lostAt = null;
    this.paused = 0;
    this.spent = null;
    this.spentLeftAt = null;
    if (now !== undefined) {
      this.holdUntil = now + this.settleMs;
      this.settling = true;
    }
  }

  /** `headStill`: the head still looks where it did at the last reset (the caller measures it). */
  update(seen: string | null, now: number, headStill = false): DwellFrame {
    if (this.settling && headStill) {
      // Settling: what the head rests on now was not looked at on purpose. (A head that turned onto
      // a target during the first moment has chosen it: its dwell starts when the moment is over.)
      this.spent = seen;
      this.spentLeftAt = null;
      this.target = seen;
      this.started = this.holdUntil;
      this.paused = 0;
      this.lostAt = null;
      return { target: seen, progress: 0, fire: null };
    }
    this.settling = false;
    // Leaving a spent target (for longer than a tremor) re-arms it.
    if (this.spent !== null) {
      if (seen === this.spent) this.spentLeftAt = null;
      else if (this.spentLeftAt === null) this.spentLeftAt = now;
      if (this.spentLeftAt !== null && now - this.spentLeftAt > this.graceMs) {
        this.spent = null;
        this.spentLeftAt = null;
      }
    }

    if (seen === null && this.target !== null) {
      if (this.lostAt === null) this.lostAt = now;
      if (now - this.lostAt <= this.graceMs) {
        return { target: this.target, progress: this.progressAt(this.lostAt), fire: null };
      }
      this.target = null;
      this.lostAt = null;
    }
    if (seen !== null && seen === this.target && this.lostAt !== null) {
      this.paused += now - this.lostAt; // back within the grace period: resume where it was
      this.lostAt = null;
    }
    if (seen !== this.target && seen !== null) {
      this.target = seen;
      this.started = Math.max(now, this.holdUntil);
      this.paused = 0;
      this.lostAt = null;
    }
    if (this.target === null) return { target: null, progress: 0, fire: null };
    if (this.target === this.spent) return { target: this.target, progress: 0, fire: null };
    const progress = this.progressAt(now);
    if (progress >= 1) {
      this.spent = this.target;
      this.spentLeftAt = null;
      return { target: this.target, progress: 1, fire: this.target };
    }
    return { target: this.target, progress, fire: null };
  }

  private progressAt(now: number): number {
    return Math.min(1, Math.max(0, (now - this.started - this.paused) / this.dwellMs));
  }
}
