import type { Story } from '../story/schema/story.ts';
import type { StoryListing } from './db.ts';

/** Pure helpers for what is stored: no IndexedDB here, so Node tests and the bench can use them. */

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

/** True when the story changed after it was last exported (or was never exported but has work in it). */
export function needsExport(listing: StoryListing): boolean {
  if (listing.deletedAt) return false;
  if (!listing.lastExportedAt) return listing.revision > 1 || listing.sceneCount > 1;
  return listing.updatedAt > listing.lastExportedAt;
}
