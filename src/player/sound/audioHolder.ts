import { createSoundscapeEngine, type SoundscapeEngine, type SoundscapeEngineOptions } from '../../audio/index.ts';

/**
 * Owns the soundscape engine of one mounted player as an external store: created when React
 * first subscribes, disposed shortly after the last unsubscribe (so React StrictMode's
 * unsubscribe/subscribe in development keeps the same engine).
 */
export class AudioHolder {
  private engine: SoundscapeEngine | null = null;
  private listeners = new Set<() => void>();
  private disposeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private options: SoundscapeEngineOptions) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    clearTimeout(this.disposeTimer);
    if (!this.engine) this.engine = createSoundscapeEngine(this.options);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.disposeTimer = setTimeout(() => {
        if (this.listeners.size > 0) return;
        this.engine?.dispose();
        this.engine = null;
      }, 0);
    };
  };

  get = (): SoundscapeEngine | null => this.engine;
}
