import type { Story } from '../story/schema/story.ts';
import type { LocalizedText } from '../story/schema/common.ts';
import { loadStory } from '../story/io/load.ts';
import type { BlobRecord } from './db.ts';
import type { Storable } from './stored-bytes.ts';
import { BLOB_GRACE_MS, BrokenStoryError, type StoredStory, type StoryListing } from './repository.ts';

/**
 * Pure helpers for what is stored, shared by every StoryRepository: no IndexedDB here, so Node
 * tests and the bench can use them, and each implementation writes the same cards and documents.
 */

/** The library card of a story, from its document and its times. */
export function listingFor(
  story: Story,
  times: { createdAt: string; updatedAt: string; lastExportedAt?: string | null; deletedAt?: string | null; revision?: number },
): StoryListing {
  const start = story.scenes.find((s) => s.id === story.startSceneId) ?? story.scenes[0];
  return {
    id: story.id,
    title: { ...story.meta.title },
    language: story.meta.defaultLanguage,
    sceneCount: story.scenes.length,
    thumbnail: start?.panorama ?? null,
    createdAt: times.createdAt,
    updatedAt: times.updatedAt,
    lastExportedAt: times.lastExportedAt ?? null,
    deletedAt: times.deletedAt ?? null,
    revision: times.revision ?? 1,
  };
}

const HASH = /^[0-9a-f]{64}$/;

/**
 * Every asset hash a document mentions anywhere (its media list, panoramas, sounds, info pictures,
 * narration...). Deliberately generous: a blob that is mentioned is never garbage-collected.
 */
export function referencedHashes(doc: unknown, into: Set<string> = new Set()): Set<string> {
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.length === 64 && HASH.test(v)) into.add(v);
    } else if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k.length === 64 && HASH.test(k)) into.add(k);
        stack.push(x);
      }
    }
  }
  return into;
}

/**
 * Whether the library should remind to export the story: 'changed' after it was last exported (or
 * opened from a file), 'never' when it was never in a file and someone worked on it (a fresh copy
 * of a template or the sample, saved once, is no one's work yet), else null.
 */
export function needsExport(listing: StoryListing): 'changed' | 'never' | null {
  if (listing.deletedAt) return null;
  if (!listing.lastExportedAt) return listing.revision > 1 ? 'never' : null;
  return listing.updatedAt > listing.lastExportedAt ? 'changed' : null;
}

/** The library's order: newest change first. */
export const newestFirst = (a: StoryListing, b: StoryListing): number => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

/** What a save writes at `at`: the card (times and revision carried on from `old`) and the document. */
export function savedRecords(story: Story, old: StoryListing | undefined, at: string): { listing: StoryListing; doc: Story } {
  const listing = listingFor(story, {
    createdAt: old?.createdAt ?? at,
    updatedAt: at,
    lastExportedAt: old?.lastExportedAt ?? null,
    deletedAt: old?.deletedAt ?? null,
    revision: (old?.revision ?? 0) + 1,
  });
  const doc: Story = { ...story, meta: { ...story.meta, createdAt: story.meta.createdAt ?? listing.createdAt, updatedAt: at } };
  return { listing, doc };
}

/** The document and card after a rename: the title in `language` (the story's default when not given). */
export function renamedRecords(listing: StoryListing, old: Story, title: string, language: string | undefined, at: string): { listing: StoryListing; doc: Story } {
  const lang = language ?? old.meta.defaultLanguage;
  const doc: Story = { ...old, meta: { ...old.meta, title: { ...old.meta.title, [lang]: title }, updatedAt: at } };
  return { doc, listing: { ...listing, title: { ...doc.meta.title }, updatedAt: at, revision: listing.revision + 1 } };
}

/** A copy of a document under a new id (with a new title, when given), new at `at`. */
export function duplicatedRecords(old: Story, copyId: string, title: LocalizedText | undefined, at: string): { listing: StoryListing; doc: Story } {
  const doc: Story = { ...old, id: copyId, meta: { ...old.meta, title: title ?? old.meta.title, createdAt: at, updatedAt: at } };
  return { doc, listing: listingFor(doc, { createdAt: at, updatedAt: at }) };
}

/** A stored document read back as a story (migrated and checked like any loaded file), or BrokenStoryError. */
export function storedStory(listing: StoryListing, raw: unknown): StoredStory {
  const loaded = loadStory(raw);
  if (!loaded.ok) throw new BrokenStoryError(listing, loaded.problems, raw);
  return { listing, story: loaded.story, problems: loaded.problems };
}

/** A blob's record, stored at `at`. */
export const blobRecord = (hash: string, blob: Storable, at: string): BlobRecord => ({
  hash,
  blob,
  mime: blob.type,
  bytes: blob instanceof Blob ? blob.size : blob.buffer.byteLength,
  addedAt: at,
});

/** Blobs stored before this time and mentioned by no story may go when a story is purged. */
export const purgeCutoff = (now: Date): string => new Date(now.getTime() - BLOB_GRACE_MS).toISOString();
