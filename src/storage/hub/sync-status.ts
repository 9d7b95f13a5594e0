/**
 * Where a room story stands with the hub, per story, for the editor's save status and the
 * library: words are the UI's (i18n `room.save.*`); these are the facts.
 */
export type SyncStatus =
  /** The hub has the newest version: "Saved to the room". */
  | { state: 'sent'; version: number }
  /** On its way: "Sending…" (with how many photos and sounds are still going). */
  | { state: 'sending'; media?: { done: number; total: number } }
  /** Saved here; the hub is away (or full, or busy): "Saved on this laptop — will send when the room is back". */
  | { state: 'waiting'; reason: 'unreachable' | 'hub-full' | 'busy'; retryAt: number | null }
  /** Saved here; this device is not in the room (any more): sent once it joins again. */
  | { state: 'not-joined' }
  /** Saved here; the hub refused this version, in words. Sent again after the next change. */
  | { state: 'refused'; code: string; message: string };

/** Someone else saved the story first: this laptop's version now lives on as a copy. */
export interface KeptBoth {
  /** The story that was being edited (the hub keeps the other person's version under this id). */
  storyId: string;
  copyId: string;
  copyTitle: Record<string, string>;
}

/** A small observable map of statuses (for useSyncExternalStore). */
export class SyncStatusMap {
  private readonly statuses = new Map<string, SyncStatus>();
  private readonly listeners = new Set<(storyId: string) => void>();

  get(storyId: string): SyncStatus | null {
    return this.statuses.get(storyId) ?? null;
  }

  set(storyId: string, status: SyncStatus | null): void {
    const old = this.statuses.get(storyId);
    if (status === null) {
      if (!old) return;
      this.statuses.delete(storyId);
    } else {
      if (old && JSON.stringify(old) === JSON.stringify(status)) return;
      this.statuses.set(storyId, status);
    }
    for (const l of [...this.listeners]) l(storyId);
  }

  ids(): string[] {
    return [...this.statuses.keys()];
  }

  subscribe(listener: (storyId: string) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
