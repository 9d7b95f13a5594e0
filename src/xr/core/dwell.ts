/**
 * Gaze-and-dwell selection as a small state machine (no React, no three.js): feed it what the head
 * ray rests on every frame; it reports how full the reticle is and, once, when to select.
 *
 * - A target is chosen after it has been looked at for `dwellMs` without a break.
 * - Short breaks (head tremor, a marker's edge) up to `graceMs` pause the fill instead of resetting it.
 * - After a selection nothing more is chosen until the gaze leaves that target (or `reset()`), so
 *   resting on a button never repeats it, and a new scene never selects on its own: `reset(now)`
 *   also holds every fill back for `settleMs`.
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
  private holdUntil = -Infinity;

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
    if (now !== undefined) this.holdUntil = now + this.settleMs;
  }

  update(seen: string | null, now: number): DwellFrame {
    // Leaving a selected target re-arms it.
    if (this.spent !== null && seen !== this.spent) this.spent = null;

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
    if (now < this.holdUntil) {
      this.started = this.holdUntil;
      return { target: this.target, progress: 0, fire: null };
    }
    const progress = this.progressAt(now);
    if (progress >= 1) {
      this.spent = this.target;
      return { target: this.target, progress: 1, fire: this.target };
    }
    return { target: this.target, progress, fire: null };
  }

  private progressAt(now: number): number {
    return Math.min(1, Math.max(0, (now - this.started - this.paused) / this.dwellMs));
  }
}
