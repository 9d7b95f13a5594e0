import type { Story } from '../../story/schema/story.ts';

/**
 * What the room outbox keeps between page loads (IndexedDB in the browser: idb-outbox-store.ts;
 * memory in tests). Two kinds of record, both keyed by story id:
 * - `OutboxEntry`: the newest version of a room story that the hub has not acknowledged yet. A
 *   newer save replaces it (only the newest version is worth sending).
 * - `SyncRecord`: a story that belongs to the room, and the hub version this laptop's copy
 *   descends from (sent with the next save, so the hub can tell a stale save from a fresh one).
 */
export interface OutboxEntry {
  storyId: string;
  doc: Story;
  /** Unique per queued version: the sender removes the entry only if it is still the one it sent. */
  seq: string;
  /** The local revision (StoryListing.revision) of this version. */
  revision: number;
  queuedAt: string;
  /** The hub refused this version (in words): it is not sent again until the story changes. */
  refused: { code: string; message: string } | null;
}

export interface SyncRecord {
  storyId: string;
  /** The hub version the local copy is based on; null while the hub has never had the story. */
  version: number | null;
  /** The local revision the hub has (sent and acknowledged, or copied from the hub). */
  revision: number;
  /** The session the story was last saved in. */
  roomId: string;
}

export interface OutboxStore {
  entries(): Promise<OutboxEntry[]>;
  entry(storyId: string): Promise<OutboxEntry | null>;
  put(entry: OutboxEntry): Promise<void>;
  /** Removes the entry (only when it is still `seq`, if given). True when something was removed. */
  remove(storyId: string, seq?: string): Promise<boolean>;
  /** The hub took version `seq`: records `sync` and removes the entry if no newer one replaced it (one transaction). */
  acknowledge(sync: SyncRecord, seq: string | null): Promise<void>;
  sync(storyId: string): Promise<SyncRecord | null>;
  syncs(): Promise<SyncRecord[]>;
  putSync(record: SyncRecord): Promise<void>;
  /** Forgets the story altogether (entry and sync record). */
  forget(storyId: string): Promise<void>;
  close(): void;
}

/** An OutboxStore in memory (tests; and where IndexedDB cannot be used, for the page's life). */
export function memoryOutboxStore(): OutboxStore {
  const entries = new Map<string, OutboxEntry>();
  const syncs = new Map<string, SyncRecord>();
  const copy = <T>(v: T): T => structuredClone(v);
  return {
    entries: async () => [...entries.values()].map(copy),
    entry: async (id) => copy(entries.get(id) ?? null),
    async put(entry) {
      entries.set(entry.storyId, copy(entry));
    },
    async remove(id, seq) {
      const e = entries.get(id);
      if (!e || (seq !== undefined && e.seq !== seq)) return false;
      entries.delete(id);
      return true;
    },
    async acknowledge(sync, seq) {
      syncs.set(sync.storyId, copy(sync));
      if (seq !== null && entries.get(sync.storyId)?.seq === seq) entries.delete(sync.storyId);
    },
    sync: async (id) => copy(syncs.get(id) ?? null),
    syncs: async () => [...syncs.values()].map(copy),
    async putSync(record) {
      syncs.set(record.storyId, copy(record));
    },
    async forget(id) {
      entries.delete(id);
      syncs.delete(id);
    },
    close() {},
  };
}

/** A new entry's seq: unique enough to tell two versions of one story apart. */
export function newSeq(): string {
  const rand = globalThis.crypto?.randomUUID?.() ?? `${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  return `${Date.now().toString(36)}-${rand}`;
}
