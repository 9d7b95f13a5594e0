/**
 * A scene video's own sound in the story's mix (pure): the scene's level for it, under the reader's
 * master volume, lowered while narration speaks as the soundscape's beds are (the engine's duck).
 * An HTMLVideoElement's volume is set by hand, so the duck's ramp is walked here in small steps.
 */

/** The element's volume, 0..1, for the scene's level, the master volume and the duck now. */
export function videoVolume(level: number, master: number, duck: number): number {
  const v = level * master * duck;
  return Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
}

/** Where a linear glide from `from` to `to` over `seconds` is after `elapsed` seconds. */
export function glideAt(from: number, to: number, seconds: number, elapsed: number): number {
  if (!(seconds > 0) || elapsed >= seconds) return to;
  return from + (to - from) * Math.max(0, elapsed / seconds);
}

/** How often the element's volume is stepped during a glide (ms): smooth to the ear, cheap. */
const GLIDE_STEP_MS = 30;

/** Glides an element's volume (a new target starts from where it is). */
export class VolumeGlide {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly el: { volume: number }) {}

  to(target: number, seconds: number): void {
    this.stop();
    const from = this.el.volume;
    if (!(seconds > 0) || from === target) {
      this.el.volume = target;
      return;
    }
    const start = performance.now();
    this.timer = setInterval(() => {
      const elapsed = (performance.now() - start) / 1000;
      this.el.volume = glideAt(from, target, seconds, elapsed);
      if (elapsed >= seconds) this.stop();
    }, GLIDE_STEP_MS);
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
