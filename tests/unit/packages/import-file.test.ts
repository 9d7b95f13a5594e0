import { describe, expect, it } from 'vitest';
import { ImportSaveError, saveImport, type ImportPlan } from '../../../src/packages/import-file.ts';
import { createMemoryRepository } from '../../../src/storage/memory-repository.ts';
import { StorageError } from '../../../src/storage/errors.ts';
import type { StoryRepository } from '../../../src/storage/repository.ts';
import { fakeStory } from '../../../src/story/fake.ts';
import { needsExport } from '../../../src/storage/records.ts';

const plan = (ids: string[], conflicts: string[] = []): ImportPlan => {
  const stories = ids.map((id) => fakeStory({ id }));
  return { stories, assets: new Map(), conflicts: stories.filter((s) => conflicts.includes(s.id)), notes: [] };
};

/** A library whose disk fills up when the story `full` is saved. */
function fillsUpAt(repo: StoryRepository, full: string): StoryRepository {
  return { ...repo, save: (story, options) => (story.id === full ? Promise.reject(new StorageError('quota')) : repo.save(story, options)) };
}

describe('opening a package or backup into the library', () => {
  it('saves every story of a backup', async () => {
    const repo = createMemoryRepository();
    expect(await saveImport(repo, plan(['one', 'two']), 'keep-both')).toEqual(['one', 'two']);
    expect((await repo.list()).map((l) => l.id).sort()).toEqual(['one', 'two']);
  });

  it('keeps both under a new id, or replaces the story with the same id, as asked', async () => {
    const repo = createMemoryRepository();
    await repo.save({ ...fakeStory({ id: 'same' }), meta: { ...fakeStory().meta, title: { en: 'Mine' } } });
    const [copy] = await saveImport(repo, plan(['same'], ['same']), 'keep-both');
    expect(copy).not.toBe('same');
    expect((await repo.get('same'))?.story.meta.title).toEqual({ en: 'Mine' });
    // A kept copy is told apart by its title when another story has it ("… (2)", then "(3)").
    expect((await repo.get(copy!))?.story.meta.title).toEqual({ en: 'A generated story' });
    const [second] = await saveImport(repo, plan(['same'], ['same']), 'keep-both');
    expect((await repo.get(second!))?.story.meta.title).toEqual({ en: 'A generated story (2)' });
    const [third] = await saveImport(repo, plan(['same'], ['same']), 'keep-both');
    expect((await repo.get(third!))?.story.meta.title).toEqual({ en: 'A generated story (3)' });
    await saveImport(repo, plan(['same'], ['same']), 'replace');
    expect((await repo.get('same'))?.story.meta.title).toEqual({ en: 'A generated story' });
  });

  it('a story opened from a file is in that file: no reminder to export it until it changes', async () => {
    let clock = Date.parse('2026-01-01T10:00:00Z');
    const repo = createMemoryRepository({ now: () => new Date((clock += 1000)) });
    const [id] = await saveImport(repo, plan(['opened']), 'keep-both');
    expect(needsExport((await repo.getListing(id!))!)).toBeNull();
    await repo.save({ ...fakeStory({ id: 'opened' }), meta: { ...fakeStory().meta, title: { en: 'Changed' } } });
    expect(needsExport((await repo.getListing(id!))!)).toBe('changed');
  });

  it('takes back what it saved when the disk fills up half-way, so the library is as it was', async () => {
    const memory = createMemoryRepository();
    await memory.save({ ...fakeStory({ id: 'kept' }), meta: { ...fakeStory().meta, title: { en: 'Before' } } });
    const repo = fillsUpAt(memory, 'third');
    const error = await saveImport(repo, plan(['kept', 'new', 'third'], ['kept']), 'replace').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportSaveError);
    expect((error as ImportSaveError).messages).toHaveLength(1);
    expect((await memory.list()).map((l) => l.id)).toEqual(['kept']);
    expect((await memory.get('kept'))?.story.meta.title).toEqual({ en: 'Before' });
  });
});
