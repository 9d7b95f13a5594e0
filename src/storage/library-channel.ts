/**
 * The library channel: every tab of this browser hears that a story was written (or opened or
 * closed for editing), so libraries and read-only editors stay fresh.
 */
export const LIBRARY_CHANNEL = 'storyscape-library';

/** Listens to writes made by this and other tabs. Returns an unsubscribe function. */
export function onLibraryChange(cb: (id: string) => void): () => void {
  if (typeof BroadcastChannel === 'undefined' || typeof window === 'undefined') return () => {};
  const ch = new BroadcastChannel(LIBRARY_CHANNEL);
  const local = (e: Event) => cb((e as CustomEvent<string>).detail);
  ch.onmessage = (e: MessageEvent<{ id: string }>) => cb(e.data.id);
  window.addEventListener(LIBRARY_CHANNEL, local);
  return () => {
    ch.close();
    window.removeEventListener(LIBRARY_CHANNEL, local);
  };
}

/** Tells every tab's library that a story changed (or was opened or closed for editing). */
export function announceLibraryChange(id: string): void {
  if (typeof BroadcastChannel !== 'undefined') {
    const ch = new BroadcastChannel(LIBRARY_CHANNEL);
    ch.postMessage({ id });
    ch.close();
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(LIBRARY_CHANNEL, { detail: id }));
}

/** Where a repository announces its writes and hears them (its own and, if shared, others'). */
export interface LibraryChannel {
  announce(id: string): void;
  listen(listener: (id: string) => void): () => void;
}

/** Every tab of this browser (the IndexedDB library is shared by them all). */
export const tabsChannel: LibraryChannel = { announce: announceLibraryChange, listen: onLibraryChange };

/** A channel of its own: only the repository it is given to hears it (tests, in-memory libraries). */
export function localChannel(): LibraryChannel {
  const listeners = new Set<(id: string) => void>();
  return {
    announce: (id) => [...listeners].forEach((l) => l(id)),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
