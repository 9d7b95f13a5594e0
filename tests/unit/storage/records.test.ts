import { describe, expect, it } from 'vitest';
import { listingFor, needsExport, referencedHashes } from '../../../src/storage/records.ts';
import { fakeStory, fakeHash } from '../../../src/story/fake.ts';
import { isQuotaError, toStorageError } from '../../../src/storage/errors.ts';

describe('storage records', () => {
  it('makes a library card from a story', () => {
    const l = listingFor(fakeStory({ scenes: 4 }), { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z' });
    expect(l).toMatchObject({ id: 'fake-story', sceneCount: 4, thumbnail: fakeHash(1), lastExportedAt: null, deletedAt: null, revision: 1 });
  });
  it('finds every asset hash a document mentions', () => {
    const story = fakeStory({ scenes: 10 });
    const hashes = referencedHashes(story);
    for (const a of story.assets) expect(hashes.has(a.id)).toBe(true);
    expect(referencedHashes({ narration: { recordings: { en: fakeHash(77) } } }).has(fakeHash(77))).toBe(true);
  });
  it('reminds to export after changes, and not before anyone worked on the story', () => {
    const base = listingFor(fakeStory({ scenes: 4 }), { createdAt: 'a', updatedAt: '2025-01-02' });
    expect(needsExport(base)).toBeNull(); // a fresh copy of a template, saved once
    expect(needsExport({ ...base, revision: 5 })).toBe('never');
    expect(needsExport({ ...base, lastExportedAt: '2025-01-03' })).toBeNull();
    expect(needsExport({ ...base, lastExportedAt: '2025-01-01' })).toBe('changed');
    expect(needsExport({ ...base, revision: 5, deletedAt: 'x' })).toBeNull();
  });
  it('recognises quota errors in their different shapes', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(toStorageError(new DOMException('x', 'QuotaExceededError')).kind).toBe('quota');
    expect(toStorageError(new DOMException('The disk is full', 'UnknownError')).kind).toBe('quota');
    expect(toStorageError(new DOMException('x', 'AbortError')).kind).toBe('failed');
  });
});
