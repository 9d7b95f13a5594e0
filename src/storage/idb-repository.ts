import { unwrap, type IDBPTransaction, type StoreNames } from 'idb';
import { newId } from '../story/graph/ops.ts';
import { openStoryscapeDb, type Db, type StoryscapeDB } from './db.ts';
import { StorageError, toStorageError } from './errors.ts';
import { tabsChannel, type LibraryChannel } from './library-channel.ts';
import { blobRecord, duplicatedRecords, newestFirst, purgeCutoff, referencedHashes, renamedRecords, savedRecords, storedStory } from './records.ts';
import type { StoredStory, StoryListing, StoryRepository } from './repository.ts';
import { asBlob, keepsBlobs, storable, type Storable } from './stored-bytes.ts';

export interface RepositoryOptions {
  /** Database name (tests use their own). */
  name?: string;
  now?: () => Date;
  /** Where writes are announced and heard: every tab of this browser unless given (tests give their own). */
  channel?: LibraryChannel;
  /** Whether the database keeps Blobs; asked of the browser unless given (tests store bytes with false). */
  keepsBlobs?: boolean;
}

type RwTx = IDBPTransaction<StoryscapeDB, Array<StoreNames<StoryscapeDB>>, 'readwrite'>;

/** Runs `work` and maps every failure to a StorageError. */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toStorageError(e);
  }
}

/** The browser's library: a StoryRepository in IndexedDB (see db.ts), one transaction per write. */
export function createIdbRepository(options: RepositoryOptions = {}): StoryRepository {
  const now = options.now ?? (() => new Date());
  const channel = options.channel ?? tabsChannel;
  const changed = channel.announce;
  let dbPromise: Promise<Db> | null = null;
  const db = () => {
    dbPromise ??= openStoryscapeDb(options.name).catch((e) => {
      dbPromise = null;
      throw e;
    });
    return dbPromise;
  };

  /** Whether this database keeps Blobs (asked once; WebKit's private windows do not). */
  let blobsKept: Promise<boolean> | null = null;
  const prepared = async <K>(entries: ReadonlyArray<readonly [K, Blob]>) => {
    if (entries.length === 0) return [];
    blobsKept ??= options.keepsBlobs === undefined ? db().then((d) => keepsBlobs(unwrap(d))) : Promise.resolve(options.keepsBlobs);
    return storable(entries, await blobsKept.catch(() => true));
  };

  /** A readwrite transaction over `stores`; aborted (nothing written) when `work` throws. */
  async function write<T>(stores: Array<StoreNames<StoryscapeDB>>, work: (tx: RwTx) => Promise<T>): Promise<T> {
    return guard(async () => {
      const tx: RwTx = (await db()).transaction(stores, 'readwrite');
      // Keep the rejection handled until we await it (an abort would otherwise be "unhandled").
      const done = tx.done.then(
        () => null,
        (e: unknown) => e ?? tx.error ?? new Error('aborted'),
      );
      let result: T;
      try {
        result = await work(tx);
      } catch (e) {
        try {
          tx.abort();
        } catch {
          // already finished
        }
        await done;
        throw e;
      }
      const failure = await done;
      if (failure) throw failure;
      return result;
    });
  }

  async function update(id: string, change: (l: StoryListing, tx: RwTx) => Promise<StoryListing> | StoryListing) {
    const listing = await write(['stories', 'documents'], async (tx) => {
      const stories = tx.objectStore('stories');
      const old = await stories.get(id);
      if (!old) throw new StorageError('not-found', { detail: id });
      const next = await change(old, tx);
      await stories.put(next);
      return next;
    });
    changed(id);
    return listing;
  }

  async function read(id: string): Promise<StoredStory | null> {
    const tx = (await db()).transaction(['stories', 'documents'], 'readonly');
    const [listing, record] = await Promise.all([tx.objectStore('stories').get(id), tx.objectStore('documents').get(id)]);
    if (!listing || !record) return null;
    return storedStory(listing, record.doc);
  }

  return {
    list: () =>
      guard(async () => {
        const all = await (await db()).getAll('stories');
        return all.sort(newestFirst);
      }),

    getListing: (id) => guard(async () => (await (await db()).get('stories', id)) ?? null),

    get: (id) => guard(() => read(id)),

    async save(story, saveOptions = {}) {
      const at = now().toISOString();
      const assets = await prepared([...(saveOptions.assets ?? [])]);
      const listing = await write(['stories', 'documents', 'blobs'], async (tx) => {
        const stories = tx.objectStore('stories');
        const blobs = tx.objectStore('blobs');
        const { listing, doc } = savedRecords(story, await stories.get(story.id), at);
        const writes: Promise<unknown>[] = [stories.put(listing), tx.objectStore('documents').put({ id: story.id, doc })];
        for (const [hash, blob] of assets) {
          writes.push(
            blobs.getKey(hash).then((have) => (have === undefined ? blobs.put(blobRecord(hash, blob, at)) : undefined)),
          );
        }
        await Promise.all(writes);
        return listing;
      });
      changed(story.id);
      return listing;
    },

    rename: (id, title, language) =>
      update(id, async (l, tx) => {
        const docs = tx.objectStore('documents');
        const record = await docs.get(id);
        if (!record) throw new StorageError('not-found', { detail: id });
        const { listing, doc } = renamedRecords(l, record.doc, title, language, now().toISOString());
        await docs.put({ id, doc });
        return listing;
      }),

    async duplicate(id, dupOptions = {}) {
      const at = now().toISOString();
      const listing = await write(['stories', 'documents'], async (tx) => {
        const record = await tx.objectStore('documents').get(id);
        const old = await tx.objectStore('stories').get(id);
        if (!record || !old) throw new StorageError('not-found', { detail: id });
        const taken = new Set(await tx.objectStore('stories').getAllKeys());
        const copyId = newId('story', undefined, taken);
        const { listing, doc } = duplicatedRecords(record.doc, copyId, dupOptions.title, at);
        await Promise.all([tx.objectStore('stories').put(listing), tx.objectStore('documents').put({ id: copyId, doc })]);
        return listing;
      });
      changed(listing.id);
      return listing;
    },

    moveToBin: (id) => update(id, (l) => ({ ...l, deletedAt: now().toISOString() })),
    restore: (id) => update(id, (l) => ({ ...l, deletedAt: null })),
    markExported: (id, at) => update(id, (l) => ({ ...l, lastExportedAt: (at ?? now()).toISOString() })),

    async purge(id) {
      const cutoff = purgeCutoff(now());
      const result = await write(['stories', 'documents', 'blobs', 'thumbs'], async (tx) => {
        await Promise.all([tx.objectStore('stories').delete(id), tx.objectStore('documents').delete(id)]);
        const keep = new Set<string>();
        let cursor = await tx.objectStore('documents').openCursor();
        while (cursor) {
          if (cursor.value.id !== id) referencedHashes(cursor.value.doc, keep);
          cursor = await cursor.continue();
        }
        let blobsDeleted = 0;
        let bc = await tx.objectStore('blobs').openCursor();
        while (bc) {
          const { hash, addedAt } = bc.value;
          if (!keep.has(hash) && addedAt < cutoff) {
            await Promise.all([bc.delete(), tx.objectStore('thumbs').delete(hash)]);
            blobsDeleted++;
          }
          bc = await bc.continue();
        }
        return { blobsDeleted };
      });
      changed(id);
      return result;
    },

    getAsset: (hash) =>
      guard(async () => {
        const record = await (await db()).get('blobs', hash);
        return record ? asBlob(record.blob) : null;
      }),

    hasAssets: (hashes) =>
      guard(async () => {
        const tx = (await db()).transaction('blobs');
        const list = [...hashes];
        const keys = await Promise.all(list.map((h) => tx.store.getKey(h)));
        return new Set(list.filter((_, i) => keys[i] !== undefined));
      }),

    async putAssets(assets) {
      const at = now().toISOString();
      const list = await prepared([...assets]);
      await write(['blobs'], async (tx) => {
        const blobs = tx.objectStore('blobs');
        await Promise.all(
          list.map(([hash, blob]) =>
            blobs.getKey(hash).then((have) => (have === undefined ? blobs.put(blobRecord(hash, blob, at)) : undefined)),
          ),
        );
      });
      changed('*');
    },

    getThumbnail: (hash) =>
      guard(async () => {
        const record = await (await db()).get('thumbs', hash);
        return record ? asBlob(record.blob) : null;
      }),

    putThumbnail: async (hash, blob) => {
      // A cache: a failure to store a thumbnail (e.g. quota) is never worth bothering anyone about.
      try {
        const [[, stored]] = (await prepared([[hash, blob]])) as [[string, Storable]];
        await write(['thumbs'], async (tx) => {
          await tx.objectStore('thumbs').put({ hash, blob: stored });
        });
      } catch {
        // a cache
      }
    },

    assetBytes: () =>
      guard(async () => {
        let total = 0;
        let c = await (await db()).transaction('blobs').store.openCursor();
        while (c) {
          total += c.value.bytes;
          c = await c.continue();
        }
        return total;
      }),

    onChange: (listener) => channel.listen(listener),

    close() {
      void dbPromise?.then((d) => d.close()).catch(() => undefined);
      dbPromise = null;
    },
  };
}
