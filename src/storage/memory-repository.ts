import type { Story } from '../story/schema/story.ts';
import { newId } from '../story/graph/ops.ts';
import type { BlobRecord } from './db.ts';
import { StorageError } from './errors.ts';
import { localChannel, type LibraryChannel } from './library-channel.ts';
import { asBlob } from './stored-bytes.ts';
import { blobRecord, duplicatedRecords, newestFirst, purgeCutoff, referencedHashes, renamedRecords, savedRecords, storedStory } from './records.ts';
import type { StoryListing, StoryRepository } from './repository.ts';

export interface MemoryRepositoryOptions {
  now?: () => Date;
  /** Where writes are announced and heard: a channel of its own unless given. */
  channel?: LibraryChannel;
}

/**
 * A StoryRepository in memory, keeping the same promises as IndexedDB: copies in and out, each write
 * whole or not at all, the same cards, revisions and blob collection (records.ts). For unit tests,
 * and for anything that must not touch the disk. Nothing survives the page.
 */
export function createMemoryRepository(options: MemoryRepositoryOptions = {}): StoryRepository {
  const now = options.now ?? (() => new Date());
  const channel = options.channel ?? localChannel();
  const stories = new Map<string, StoryListing>();
  const documents = new Map<string, Story>();
  const blobs = new Map<string, BlobRecord>();
  const thumbs = new Map<string, Blob>();

  // Blobs are immutable; everything else is copied on the way in and out, as IndexedDB does.
  const copy = <T>(value: T): T => structuredClone(value);
  const found = (id: string): { listing: StoryListing; doc: Story } => {
    const listing = stories.get(id);
    const doc = documents.get(id);
    if (!listing || !doc) throw new StorageError('not-found', { detail: id });
    return { listing, doc };
  };
  /** Runs a write (synchronous, so whole or not at all), then tells the channel. */
  const write = async <T>(id: string, work: () => T): Promise<T> => {
    const result = work();
    channel.announce(id);
    return copy(result);
  };
  const addBlobs = (assets: Iterable<readonly [string, Blob]>, at: string) => {
    for (const [hash, blob] of assets) if (!blobs.has(hash)) blobs.set(hash, blobRecord(hash, blob, at));
  };
  const update = (id: string, change: (l: StoryListing) => StoryListing) =>
    write(id, () => {
      const next = change(found(id).listing);
      stories.set(id, next);
      return next;
    });

  return {
    list: async () => [...stories.values()].sort(newestFirst).map(copy),
    getListing: async (id) => copy(stories.get(id) ?? null),
    async get(id) {
      const listing = stories.get(id);
      const doc = documents.get(id);
      return listing && doc ? storedStory(copy(listing), copy(doc)) : null;
    },

    async save(story, saveOptions = {}) {
      const at = now().toISOString();
      const { listing, doc } = savedRecords(copy(story), stories.get(story.id), at);
      const assets = [...(saveOptions.assets ?? [])];
      return write(story.id, () => {
        stories.set(story.id, listing);
        documents.set(story.id, doc);
        addBlobs(assets, at);
        return listing;
      });
    },

    rename: (id, title, language) =>
      write(id, () => {
        const old = found(id);
        const { listing, doc } = renamedRecords(old.listing, old.doc, title, language, now().toISOString());
        stories.set(id, listing);
        documents.set(id, doc);
        return listing;
      }),

    async duplicate(id, dupOptions = {}) {
      const old = found(id);
      const copyId = newId('story', undefined, new Set(stories.keys()));
      const { listing, doc } = duplicatedRecords(copy(old.doc), copyId, dupOptions.title, now().toISOString());
      return write(copyId, () => {
        stories.set(copyId, listing);
        documents.set(copyId, doc);
        return listing;
      });
    },

    moveToBin: (id) => update(id, (l) => ({ ...l, deletedAt: now().toISOString() })),
    restore: (id) => update(id, (l) => ({ ...l, deletedAt: null })),
    markExported: (id, at) => update(id, (l) => ({ ...l, lastExportedAt: (at ?? now()).toISOString() })),

    purge: (id) =>
      write(id, () => {
        stories.delete(id);
        documents.delete(id);
        const keep = new Set<string>();
        for (const doc of documents.values()) referencedHashes(doc, keep);
        const cutoff = purgeCutoff(now());
        let blobsDeleted = 0;
        for (const { hash, addedAt } of [...blobs.values()]) {
          if (keep.has(hash) || addedAt >= cutoff) continue;
          blobs.delete(hash);
          thumbs.delete(hash);
          blobsDeleted++;
        }
        return { blobsDeleted };
      }),

    getAsset: async (hash) => {
      const record = blobs.get(hash);
      return record ? asBlob(record.blob) : null;
    },
    hasAssets: async (hashes) => new Set([...hashes].filter((h) => blobs.has(h))),
    async putAssets(assets) {
      const list = [...assets];
      await write('*', () => addBlobs(list, now().toISOString()));
    },
    getThumbnail: async (hash) => thumbs.get(hash) ?? null,
    async putThumbnail(hash, blob) {
      thumbs.set(hash, blob);
    },
    assetBytes: async () => [...blobs.values()].reduce((n, b) => n + b.bytes, 0),
    onChange: (listener) => channel.listen(listener),
    close() {},
  };
}
