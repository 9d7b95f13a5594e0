import type { IDBPTransaction, StoreNames } from 'idb';
import type { Story } from '../story/schema/story.ts';
import { loadStory } from '../story/io/load.ts';
import { newId } from '../story/graph/ops.ts';
import { openStoryscapeDb, type Db, type StoryListing, type StoryscapeDB } from './db.ts';
import { StorageError, toStorageError } from './errors.ts';
import { announceLibraryChange } from './library-channel.ts';
import { listingFor, referencedHashes } from './records.ts';
import { BLOB_GRACE_MS, BrokenStoryError, type StoredStory, type StoryRepository } from './repository.ts';

export interface RepositoryOptions {
  /** Database name (tests use their own). */
  name?: string;
  now?: () => Date;
  /** Told after every write, with the story id ('*' for blobs only). Defaults to a BroadcastChannel. */
  onChange?: (id: string) => void;
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

export function createIdbRepository(options: RepositoryOptions = {}): StoryRepository {
  const now = options.now ?? (() => new Date());
  const changed = options.onChange ?? announceLibraryChange;
  let dbPromise: Promise<Db> | null = null;
  const db = () => {
    dbPromise ??= openStoryscapeDb(options.name).catch((e) => {
      dbPromise = null;
      throw e;
    });
    return dbPromise;
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
    const loaded = loadStory(record.doc);
    if (!loaded.ok) throw new BrokenStoryError(listing, loaded.problems, record.doc);
    return { listing, story: loaded.story, problems: loaded.problems };
  }

  return {
    list: () =>
      guard(async () => {
        const all = await (await db()).getAll('stories');
        return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
      }),

    getListing: (id) => guard(async () => (await (await db()).get('stories', id)) ?? null),

    get: (id) => guard(() => read(id)),

    async save(story, saveOptions = {}) {
      const at = now().toISOString();
      const assets = [...(saveOptions.assets ?? [])];
      const listing = await write(['stories', 'documents', 'blobs'], async (tx) => {
        const stories = tx.objectStore('stories');
        const blobs = tx.objectStore('blobs');
        const old = await stories.get(story.id);
        const listing = listingFor(story, {
          createdAt: old?.createdAt ?? at,
          updatedAt: at,
          lastExportedAt: old?.lastExportedAt ?? null,
          deletedAt: old?.deletedAt ?? null,
          revision: (old?.revision ?? 0) + 1,
        });
        const doc: Story = { ...story, meta: { ...story.meta, createdAt: story.meta.createdAt ?? listing.createdAt, updatedAt: at } };
        const writes: Promise<unknown>[] = [stories.put(listing), tx.objectStore('documents').put({ id: story.id, doc })];
        for (const [hash, blob] of assets) {
          writes.push(
            blobs.getKey(hash).then((have) =>
              have === undefined ? blobs.put({ hash, blob, mime: blob.type, bytes: blob.size, addedAt: at }) : undefined,
            ),
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
        const lang = language ?? record.doc.meta.defaultLanguage;
        const at = now().toISOString();
        const doc: Story = { ...record.doc, meta: { ...record.doc.meta, title: { ...record.doc.meta.title, [lang]: title }, updatedAt: at } };
        await docs.put({ id, doc });
        return { ...l, title: { ...doc.meta.title }, updatedAt: at, revision: l.revision + 1 };
      }),

    async duplicate(id, dupOptions = {}) {
      const at = now().toISOString();
      const listing = await write(['stories', 'documents'], async (tx) => {
        const record = await tx.objectStore('documents').get(id);
        const old = await tx.objectStore('stories').get(id);
        if (!record || !old) throw new StorageError('not-found', { detail: id });
        const taken = new Set(await tx.objectStore('stories').getAllKeys());
        const copyId = newId('story', undefined, taken);
        const doc: Story = {
          ...record.doc,
          id: copyId,
          meta: { ...record.doc.meta, title: dupOptions.title ?? record.doc.meta.title, createdAt: at, updatedAt: at },
        };
        const listing = listingFor(doc, { createdAt: at, updatedAt: at });
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
      const cutoff = new Date(now().getTime() - BLOB_GRACE_MS).toISOString();
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

    getAsset: (hash) => guard(async () => (await (await db()).get('blobs', hash))?.blob ?? null),

    hasAssets: (hashes) =>
      guard(async () => {
        const tx = (await db()).transaction('blobs');
        const list = [...hashes];
        const keys = await Promise.all(list.map((h) => tx.store.getKey(h)));
        return new Set(list.filter((_, i) => keys[i] !== undefined));
      }),

    async putAssets(assets) {
      const at = now().toISOString();
      const list = [...assets];
      await write(['blobs'], async (tx) => {
        const blobs = tx.objectStore('blobs');
        await Promise.all(
          list.map(([hash, blob]) =>
            blobs.getKey(hash).then((have) =>
              have === undefined ? blobs.put({ hash, blob, mime: blob.type, bytes: blob.size, addedAt: at }) : undefined,
            ),
          ),
        );
      });
      changed('*');
    },

    getThumbnail: (hash) => guard(async () => (await (await db()).get('thumbs', hash))?.blob ?? null),

    putThumbnail: (hash, blob) =>
      // A cache: a failure to store a thumbnail (e.g. quota) is never worth bothering anyone about.
      write(['thumbs'], async (tx) => {
        await tx.objectStore('thumbs').put({ hash, blob });
      }).catch(() => undefined),

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

    close() {
      void dbPromise?.then((d) => d.close()).catch(() => undefined);
      dbPromise = null;
    },
  };
}

let shared: StoryRepository | null = null;
/** The app's one repository (tests make their own with createIdbRepository). */
export function storyRepository(): StoryRepository {
  shared ??= createIdbRepository();
  return shared;
}
