import { StorageError, toStorageError } from './errors.ts';

/**
 * Autosave: every change reaches storage within `maxWait` (1 s by default), one save at a time,
 * always the newest version. A save that fails (e.g. the disk is full) keeps the document in memory,
 * reports the error, and is tried again on the next change, on `retry()`, and after a back-off.
 * Pure logic over injected timers, so unit tests run it with a fake clock and a fake repository.
 */
export type AutosaveState =
  /** Everything is saved. */
  | 'saved'
  /** A change is waiting for its save. */
  | 'pending'
  /** A save is running. */
  | 'saving'
  /** The last save failed; the newest version is only in memory. */
  | 'failed';

export interface AutosaveStatus {
  state: AutosaveState;
  /** When the last successful save finished (ms since epoch), or null. */
  savedAt: number | null;
  error: StorageError | null;
  /** Saves done since start (for tests and the bench). */
  saves: number;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface AutosaveOptions<T> {
  save(doc: T): Promise<void>;
  /** Quiet time after the last change before saving (ms). */
  delay?: number;
  /** Longest a change waits, however busy the typing (ms). */
  maxWait?: number;
  /** Back-off before retrying a failed save without a new change (ms). */
  retryDelays?: number[];
  timers?: Timers;
  onStatus?(status: AutosaveStatus): void;
}

export interface Autosave<T> {
  /** Tells autosave about the newest document. */
  change(doc: T): void;
  /** Saves now (if anything is unsaved) and resolves when storage has the newest version. */
  flush(): Promise<void>;
  /** Tries a failed save again now. */
  retry(): Promise<void>;
  status(): AutosaveStatus;
  /** True when the newest version is not in storage yet. */
  dirty(): boolean;
  /** Stops timers. Does not flush: call flush() first. */
  dispose(): void;
}

/** Longest a due save waits for the browser to be idle (ms). */
const IDLE_WAIT = 200;

/**
 * Timers whose callbacks, once due, wait for an idle moment (at most IDLE_WAIT ms) where the
 * browser has one: copying a big story into storage takes tens of milliseconds, and done between a
 * keystroke and its frame it delays the frame.
 */
const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const handle = { timer: undefined as ReturnType<typeof setTimeout> | undefined, idle: undefined as number | undefined };
    handle.timer = globalThis.setTimeout(() => {
      handle.timer = undefined;
      if (typeof requestIdleCallback === 'function') handle.idle = requestIdleCallback(fn, { timeout: IDLE_WAIT });
      else fn();
    }, ms);
    return handle;
  },
  clearTimeout: (h) => {
    const handle = h as { timer?: ReturnType<typeof setTimeout>; idle?: number } | undefined;
    if (handle?.timer !== undefined) globalThis.clearTimeout(handle.timer);
    if (handle?.idle !== undefined) cancelIdleCallback(handle.idle);
  },
  now: () => Date.now(),
};

export function createAutosave<T>(options: AutosaveOptions<T>): Autosave<T> {
  const delay = options.delay ?? 300;
  const maxWait = options.maxWait ?? 800;
  const retryDelays = options.retryDelays ?? [2000, 5000, 15000, 30000];
  const timers = options.timers ?? realTimers;

  let latest: { doc: T } | null = null; // newest version not yet known to be saved
  let firstChangeAt = 0;
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let failures = 0;
  let disposed = false;
  let status: AutosaveStatus = { state: 'saved', savedAt: null, error: null, saves: 0 };

  const set = (patch: Partial<AutosaveStatus>) => {
    status = { ...status, ...patch };
    options.onStatus?.(status);
  };
  const clear = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const arm = (ms: number) => {
    clear();
    if (!disposed) timer = timers.setTimeout(() => void run(), Math.max(0, ms));
  };

  /** Saves the newest version; loops while changes arrive during a save. */
  function run(): Promise<void> {
    clear();
    if (running) return running;
    if (!latest) return Promise.resolve();
    running = (async () => {
      while (latest) {
        const taking: { doc: T } = latest;
        set({ state: 'saving' });
        try {
          await options.save(taking.doc);
          failures = 0;
          if (latest === taking) latest = null;
          set({ state: latest ? 'pending' : 'saved', savedAt: timers.now(), error: null, saves: status.saves + 1 });
        } catch (e) {
          const error = toStorageError(e);
          set({ state: 'failed', error });
          arm(retryDelays[Math.min(failures, retryDelays.length - 1)] ?? 30000);
          failures++;
          return;
        }
      }
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    change(doc) {
      if (disposed) return;
      const now = timers.now();
      if (!latest) firstChangeAt = now;
      latest = { doc };
      if (status.state !== 'failed' && status.state !== 'saving') set({ state: 'pending' });
      if (running) return; // the running save loops on to the newest version
      const wait = status.state === 'failed' ? 0 : Math.min(delay, firstChangeAt + maxWait - now);
      arm(wait);
    },
    async flush() {
      if (running) await running;
      if (latest) await run();
      if (status.state === 'failed' && status.error) throw status.error;
    },
    retry: () => run(),
    status: () => status,
    dirty: () => latest !== null || status.state === 'saving',
    dispose() {
      disposed = true;
      clear();
    },
  };
}

/** Flushes when the page is hidden or closed (tab switch, logout, closing the laptop). */
export function flushOnPageHide(flush: () => unknown): () => void {
  if (typeof window === 'undefined') return () => {};
  const onHide = () => void Promise.resolve(flush()).catch(() => undefined);
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onHide();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
