import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyPatches, diff, type Patch } from './patches.ts';

/**
 * Undo/redo over document patches. Each step keeps the patches that made the change and their
 * inverse (from a structural diff, never hand-written inverse actions), a label for people
 * ("Move hotspot") and, outside the document, what was selected before and after.
 *
 * Steps with the same `coalesce` key that follow each other within `window` ms (a drag, typing
 * in one field, arrow-key nudges) merge into one step.
 */
export interface HistoryStep<S = unknown> {
  label: string;
  patches: Patch[];
  inverse: Patch[];
  coalesce?: string;
  at: number;
  selectionBefore?: S;
  selectionAfter?: S;
}

export interface HistoryState<S = unknown> {
  past: HistoryStep<S>[];
  future: HistoryStep<S>[];
}

export interface RecordOptions<S> {
  coalesce?: string;
  selectionBefore?: S;
  selectionAfter?: S;
  now?: number;
}

export interface History<D, S = unknown> {
  store: StoreApi<HistoryState<S>>;
  /** Records the change from `before` to `after`. Returns false when nothing changed. */
  record(before: D, after: D, label: string, options?: RecordOptions<S>): boolean;
  /** The document with the last step undone, and the step; null when there is nothing to undo. */
  undo(current: D): { doc: D; step: HistoryStep<S> } | null;
  redo(current: D): { doc: D; step: HistoryStep<S> } | null;
  /** Ends coalescing: the next change starts a new step even with the same key. */
  seal(): void;
  clear(): void;
}

export interface HistoryOptions {
  /** Steps kept (the oldest are dropped). */
  limit?: number;
  /** Merge window for steps with the same coalesce key (ms). */
  window?: number;
  now?: () => number;
}

export function createHistory<D, S = unknown>(options: HistoryOptions = {}): History<D, S> {
  const limit = options.limit ?? 300;
  const windowMs = options.window ?? 1500;
  const clock = options.now ?? (() => Date.now());
  const store = createStore<HistoryState<S>>(() => ({ past: [], future: [] }));
  /** The document before the newest step, kept only while that step may still grow by coalescing. */
  let open: { base: D; step: HistoryStep<S> } | null = null;

  return {
    store,
    record(before, after, label, opts = {}) {
      if (Object.is(before, after)) return false;
      const now = opts.now ?? clock();
      const { past } = store.getState();
      const top = past[past.length - 1];
      if (
        open &&
        top &&
        open.step === top &&
        opts.coalesce !== undefined &&
        top.coalesce === opts.coalesce &&
        now - top.at <= windowMs
      ) {
        // Re-diff from the base: one compact step however many changes were merged.
        const { patches, inverse } = diff(open.base, after);
        const merged: HistoryStep<S> = { ...top, patches, inverse, at: now, selectionAfter: opts.selectionAfter ?? top.selectionAfter };
        if (patches.length === 0) {
          // Back where the step started (e.g. dragged back): the step disappears.
          open = null;
          store.setState({ past: past.slice(0, -1), future: [] });
          return true;
        }
        open = { base: open.base, step: merged };
        store.setState({ past: [...past.slice(0, -1), merged], future: [] });
        return true;
      }
      const { patches, inverse } = diff(before, after);
      if (patches.length === 0) return false;
      const step: HistoryStep<S> = { label, patches, inverse, at: now };
      if (opts.coalesce !== undefined) step.coalesce = opts.coalesce;
      if (opts.selectionBefore !== undefined) step.selectionBefore = opts.selectionBefore;
      if (opts.selectionAfter !== undefined) step.selectionAfter = opts.selectionAfter;
      open = { base: before, step };
      const nextPast = past.length >= limit ? [...past.slice(past.length - limit + 1), step] : [...past, step];
      store.setState({ past: nextPast, future: [] });
      return true;
    },
    undo(current) {
      const { past, future } = store.getState();
      const step = past[past.length - 1];
      if (!step) return null;
      open = null;
      const doc = applyPatches(current, step.inverse);
      store.setState({ past: past.slice(0, -1), future: [...future, step] });
      return { doc, step };
    },
    redo(current) {
      const { past, future } = store.getState();
      const step = future[future.length - 1];
      if (!step) return null;
      open = null;
      const doc = applyPatches(current, step.patches);
      store.setState({ past: [...past, step], future: future.slice(0, -1) });
      return { doc, step };
    },
    seal() {
      open = null;
    },
    clear() {
      open = null;
      store.setState({ past: [], future: [] });
    },
  };
}
