import type { SoundscapeEngine, SoundscapeEngineOptions } from '../../audio/index.ts';

/** Fetches the soundscape engine's code (howler and src/audio): a chunk of its own, not in the first load. */
const loadEngine = () => import('../../audio/engine.ts');

/**
 * Owns the soundscape engine of one mounted player as an external store: created when React
 * first subscribes (once its code has loaded: until then `get` gives null), disposed shortly
 * after the last unsubscribe (so React StrictMode's unsubscribe/subscribe in development keeps
 * the same engine). With `wanted` false (a story without any sound) the code is never loaded.
 */
export class AudioHolder {
  private engine: SoundscapeEngine | null = null;
  private loading = false;
  private listeners = new Set<() => void>();
  private disposeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private options: SoundscapeEngineOptions,
    private wanted = true,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    clearTimeout(this.disposeTimer);
    this.start();
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

  private start() {
    if (this.engine || this.loading || !this.wanted) return;
    this.loading = true;
    loadEngine().then(
      (m) => {
        this.loading = false;
        if (this.engine || this.listeners.size === 0) return; // nobody listens any more
        this.engine = m.createSoundscapeEngine(this.options);
        for (const l of [...this.listeners]) l();
      },
      () => {
        this.loading = false; // offline: the story plays without sound
      },
    );
  }
}
