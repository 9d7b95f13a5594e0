import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { toStorageError } from '../errors.ts';
import type { OutboxEntry, OutboxStore, SyncRecord } from './outbox-store.ts';

/**
 * The room outbox in IndexedDB: a database of its own beside the library's (`storyscape`), so the
 * library's schema never changes for the room. Survives reloads and a closed laptop lid: what was
 * saved while the hub was away is sent when it is back.
 */
export const OUTBOX_DB_NAME = 'storyscape-room';
const OUTBOX_DB_VERSION = 1;

interface OutboxDB extends DBSchema {
  outbox: { key: string; value: OutboxEntry };
  sync: { key: string; value: SyncRecord };
}

export function idbOutboxStore(name = OUTBOX_DB_NAME): OutboxStore {
  let dbPromise: Promise<IDBPDatabase<OutboxDB>> | null = null;
  const db = () => {
    dbPromise ??= openDB<OutboxDB>(name, OUTBOX_DB_VERSION, {
      upgrade(d, oldVersion) {
        if (oldVersion < 1) {
          d.createObjectStore('outbox', { keyPath: 'storyId' });
          d.createObjectStore('sync', { keyPath: 'storyId' });
        }
      },
    }).catch((e) => {
      dbPromise = null;
      throw toStorageError(e);
    });
    return dbPromise;
  };
  const guard = async <T>(work: (d: IDBPDatabase<OutboxDB>) => Promise<T>): Promise<T> => {
    try {
      return await work(await db());
    } catch (e) {
      throw toStorageError(e);
    }
  };

  return {
    entries: () => guard((d) => d.getAll('outbox')),
    entry: (id) => guard(async (d) => (await d.get('outbox', id)) ?? null),
    put: (entry) => guard(async (d) => void (await d.put('outbox', entry))),
    remove: (id, seq) =>
      guard(async (d) => {
        const tx = d.transaction('outbox', 'readwrite');
        const e = await tx.store.get(id);
        const gone = !!e && (seq === undefined || e.seq === seq);
        if (gone) await tx.store.delete(id);
        await tx.done;
        return gone;
      }),
    acknowledge: (sync, seq) =>
      guard(async (d) => {
        const tx = d.transaction(['outbox', 'sync'], 'readwrite');
        const outbox = tx.objectStore('outbox');
        const writes: Promise<unknown>[] = [tx.objectStore('sync').put(sync)];
        if (seq !== null) {
          const e = await outbox.get(sync.storyId);
          if (e?.seq === seq) writes.push(outbox.delete(sync.storyId));
        }
        await Promise.all([...writes, tx.done]);
      }),
    sync: (id) => guard(async (d) => (await d.get('sync', id)) ?? null),
    syncs: () => guard((d) => d.getAll('sync')),
    putSync: (record) => guard(async (d) => void (await d.put('sync', record))),
    forget: (id) =>
      guard(async (d) => {
        const tx = d.transaction(['outbox', 'sync'], 'readwrite');
        await Promise.all([tx.objectStore('outbox').delete(id), tx.objectStore('sync').delete(id), tx.done]);
      }),
    close() {
      void dbPromise?.then((d) => d.close()).catch(() => undefined);
      dbPromise = null;
    },
  };
}
