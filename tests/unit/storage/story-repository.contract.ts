import { describe, expect, it } from 'vitest';
import { BLOB_GRACE_MS, type StoryRepository } from '../../../src/storage/repository.ts';
import { StorageError } from '../../../src/storage/errors.ts';
import { hashBlob } from '../../../src/story/hash.ts';
import { fakeImageAsset, fakeStory } from '../../../src/story/fake.ts';

/**
 * What every StoryRepository promises (src/storage/repository.ts), as one suite that each
 * implementation runs: the in-memory one and IndexedDB (tests/unit/storage/story-repository.test.ts),
 * and any later one (a hub-backed library). `make` gives a new, empty repository on the clock `now`.
 */
export type MakeRepository = (now: () => Date) => StoryRepository | Promise<StoryRepository>;

const START = Date.parse('2025-03-01T10:00:00Z');

async function setUp(make: MakeRepository) {
  const clock = { t: START };
  const repo = await make(() => new Date(clock.t));
  return { repo, tick: (ms = 1000) => (clock.t += ms), iso: () => new Date(clock.t).toISOString() };
}

async function photo(text: string) {
  const blob = new Blob([text], { type: 'image/jpeg' });
  return { blob, hash: await hashBlob(blob) };
}

async function notFound(work: Promise<unknown>) {
  const e = await work.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(StorageError);
  expect((e as StorageError).kind).toBe('not-found');
}

export function storyRepositoryContract(name: string, make: MakeRepository) {
  describe(`StoryRepository contract: ${name}`, () => {
    it('saves, lists and reads stories; every save is one revision', async () => {
      const { repo, tick } = await setUp(make);
      const story = fakeStory({ scenes: 5, id: 'round-trip' });
      const first = await repo.save(story);
      tick();
      const second = await repo.save({ ...story, meta: { ...story.meta, title: { en: 'Changed' } } });
      const got = await repo.get('round-trip');
      expect(first.revision).toBe(1);
      expect(second.revision).toBe(2);
      expect(second.createdAt).toBe(first.createdAt);
      expect(got?.story.meta.title).toEqual({ en: 'Changed' });
      expect(got?.story.scenes).toHaveLength(5);
      expect(got?.problems).toEqual([]);
      expect(got?.listing).toEqual(second);
      expect((await repo.list()).map((l) => l.id)).toEqual(['round-trip']);
      expect(await repo.get('nope')).toBeNull();
      expect(await repo.getListing('nope')).toBeNull();
    });

    it('keeps the card the library shows beside the document, with its times', async () => {
      const { repo, tick, iso } = await setUp(make);
      const story = fakeStory({ scenes: 3, id: 'card' });
      const created = iso();
      await repo.save(story);
      tick(60_000);
      const listing = await repo.save(story);
      expect(listing).toEqual({
        id: 'card',
        title: story.meta.title,
        language: story.meta.defaultLanguage,
        sceneCount: 3,
        thumbnail: story.scenes.find((s) => s.id === story.startSceneId)!.panorama,
        createdAt: created,
        updatedAt: iso(),
        lastExportedAt: null,
        deletedAt: null,
        revision: 2,
      });
      expect(await repo.getListing('card')).toEqual(listing);
      expect((await repo.get('card'))?.story.meta.updatedAt).toBe(iso());
    });

    it('lists the newest change first (the bin is not a change), stories in the bin included', async () => {
      const { repo, tick } = await setUp(make);
      for (const id of ['a', 'b', 'c']) {
        await repo.save(fakeStory({ id }));
        tick();
      }
      await repo.moveToBin('b');
      tick();
      await repo.rename('a', 'Renamed last');
      expect((await repo.list()).map((l) => l.id)).toEqual(['a', 'c', 'b']);
    });

    it('stores copies: changing a story after saving or reading it changes nothing stored', async () => {
      const { repo } = await setUp(make);
      const story = fakeStory({ id: 'copies' });
      await repo.save(story);
      story.meta.title.en = 'Changed outside';
      story.scenes.pop();
      const read = (await repo.get('copies'))!;
      read.story.meta.title.en = 'Changed after reading';
      read.listing.title.en = 'Changed after reading';
      const again = (await repo.get('copies'))!;
      expect(again.story.meta.title.en).toBe('A generated story');
      expect(again.story.scenes).toHaveLength(3);
      expect((await repo.getListing('copies'))?.title.en).toBe('A generated story');
    });

    it('stores asset blobs once, shares them with duplicates and deletes them with the last story that uses them', async () => {
      const { repo, tick } = await setUp(make);
      const { blob, hash } = await photo('pretend this is a 360 photo');
      const asset = fakeImageAsset(1, { id: hash });
      const story = fakeStory({ scenes: 2, id: 'with-photo', panoramas: [asset] });
      await repo.save(story, { assets: [[hash, blob]] });
      await repo.save(story, { assets: [[hash, new Blob(['a second copy is never stored'])]] });
      const copy = await repo.duplicate('with-photo', { title: { en: 'Copy' } });
      expect(await repo.assetBytes()).toBe(blob.size);
      expect(copy.id).not.toBe('with-photo');
      expect(copy.thumbnail).toBe(hash);
      expect(await repo.hasAssets([hash, 'f'.repeat(64)])).toEqual(new Set([hash]));
      tick(BLOB_GRACE_MS * 2);
      expect(await repo.purge('with-photo')).toEqual({ blobsDeleted: 0 });
      expect(await (await repo.getAsset(hash))?.text()).toBe('pretend this is a 360 photo');
      expect(await repo.purge(copy.id)).toEqual({ blobsDeleted: 1 });
      expect(await repo.getAsset(hash)).toBeNull();
      expect(await repo.list()).toEqual([]);
      expect(await repo.assetBytes()).toBe(0);
    });

    it('keeps blobs stored without a story for the grace period, then lets a purge collect them', async () => {
      const { repo, tick } = await setUp(make);
      const { blob, hash } = await photo('an import in progress');
      await repo.putAssets([[hash, blob]]);
      await repo.putThumbnail(hash, new Blob(['small']));
      await repo.save(fakeStory({ id: 'other' }));
      await repo.save(fakeStory({ id: 'another' }));
      expect(await repo.purge('other')).toEqual({ blobsDeleted: 0 });
      expect(await repo.getAsset(hash)).not.toBeNull();
      tick(BLOB_GRACE_MS + 1000);
      expect(await repo.purge('another')).toEqual({ blobsDeleted: 1 });
      expect(await repo.getAsset(hash)).toBeNull();
      expect(await repo.getThumbnail(hash)).toBeNull();
    });

    it('keeps thumbnails by hash', async () => {
      const { repo } = await setUp(make);
      const hash = 'e'.repeat(64);
      expect(await repo.getThumbnail(hash)).toBeNull();
      await repo.putThumbnail(hash, new Blob(['small jpeg'], { type: 'image/jpeg' }));
      const thumb = await repo.getThumbnail(hash);
      expect(thumb?.type).toBe('image/jpeg');
      expect(await thumb?.text()).toBe('small jpeg');
    });

    it('bin and restore keep the story; rename changes the document too, in the language asked', async () => {
      const { repo, tick, iso } = await setUp(make);
      const story = fakeStory({ id: 'binned', languages: ['en', 'nb'] });
      await repo.save(story);
      tick();
      const binned = await repo.moveToBin('binned');
      expect(binned.deletedAt).toBe(iso());
      expect((await repo.get('binned'))?.story.id).toBe('binned');
      const restored = await repo.restore('binned');
      expect(restored.deletedAt).toBeNull();
      const renamed = await repo.rename('binned', 'New name');
      expect(renamed.title.en).toBe('New name');
      expect(renamed.revision).toBe(2);
      const inNorwegian = await repo.rename('binned', 'Nytt navn', 'nb');
      expect(inNorwegian.title).toEqual({ ...story.meta.title, en: 'New name', nb: 'Nytt navn' });
      expect(inNorwegian.revision).toBe(3);
      expect((await repo.get('binned'))?.story.meta.title).toEqual(inNorwegian.title);
    });

    it('records exports, at the time given or now', async () => {
      const { repo, iso } = await setUp(make);
      await repo.save(fakeStory({ id: 'exported' }));
      expect((await repo.markExported('exported')).lastExportedAt).toBe(iso());
      const at = new Date('2025-04-01T08:00:00Z');
      expect((await repo.markExported('exported', at)).lastExportedAt).toBe(at.toISOString());
      expect((await repo.getListing('exported'))?.lastExportedAt).toBe(at.toISOString());
    });

    it('duplicates under a new id, new from now, with the title asked for', async () => {
      const { repo, tick, iso } = await setUp(make);
      await repo.save(fakeStory({ id: 'original' }));
      await repo.markExported('original');
      tick(5000);
      const copy = await repo.duplicate('original', { title: { en: 'Copy of it' } });
      expect(copy).toMatchObject({ title: { en: 'Copy of it' }, createdAt: iso(), updatedAt: iso(), revision: 1, lastExportedAt: null, deletedAt: null });
      const got = await repo.get(copy.id);
      expect(got?.story.id).toBe(copy.id);
      expect(got?.story.meta.title).toEqual({ en: 'Copy of it' });
      const plain = await repo.duplicate('original');
      expect(plain.title).toEqual({ en: 'A generated story' });
      expect(new Set([copy.id, plain.id, 'original']).size).toBe(3);
    });

    it('says not-found for a story that is not there, and changes nothing', async () => {
      const { repo } = await setUp(make);
      await notFound(repo.rename('ghost', 'Title'));
      await notFound(repo.duplicate('ghost'));
      await notFound(repo.moveToBin('ghost'));
      await notFound(repo.restore('ghost'));
      await notFound(repo.markExported('ghost'));
      expect(await repo.list()).toEqual([]);
    });

    it('tells listeners about each write, until they stop listening', async () => {
      const { repo } = await setUp(make);
      const heard: string[] = [];
      const stop = repo.onChange((id) => heard.push(id));
      await repo.save(fakeStory({ id: 'told' }));
      await repo.rename('told', 'Again');
      await repo.putAssets([['a'.repeat(64), new Blob(['x'])]]);
      await notFound(repo.restore('ghost'));
      await new Promise((r) => setTimeout(r, 0));
      expect(heard).toEqual(['told', 'told', '*']);
      stop();
      await repo.moveToBin('told');
      await new Promise((r) => setTimeout(r, 0));
      expect(heard).toHaveLength(3);
    });
  });
}
