import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage } from './lib/browser.ts';
import { serveDev } from './lib/app.ts';

/**
 * The storage layer in real Chromium IndexedDB (src/ modules loaded through the Vite dev server):
 * transactions, content-addressed blobs shared between stories and collected on purge, quota
 * failures as typed errors with nothing half-written, object URLs, Web Locks.
 */
let dev: Awaited<ReturnType<typeof serveDev>>;
let browser: Browser;

before(async () => {
  dev = await serveDev();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await dev?.close();
});

async function storagePage(): Promise<{ page: Page; close(): Promise<void>; errors: string[] }> {
  const { page, context, errors } = await newPage(browser);
  await page.goto(`${dev.url}favicon.svg`);
  return { page, errors, close: () => context.close() };
}

describe('storage (IndexedDB)', () => {
  test('saves, lists and reads stories; every save is one revision', async () => {
    const { page, close, errors } = await storagePage();
    try {
      const r = await page.evaluate(async () => {
        const { createIdbRepository } = (await import('/src/storage/idb-repository.ts' as string)) as typeof import('../../src/storage/idb-repository.ts');
        const { fakeStory } = (await import('/src/story/fake.ts' as string)) as typeof import('../../src/story/fake.ts');
        const repo = createIdbRepository({ name: 'test-roundtrip', channel: { announce() {}, listen: () => () => {} } });
        const story = fakeStory({ scenes: 5, id: 'round-trip' });
        const first = await repo.save(story);
        const second = await repo.save({ ...story, meta: { ...story.meta, title: { en: 'Changed' } } });
        const got = await repo.get('round-trip');
        const list = await repo.list();
        return { first, second, title: got?.story.meta.title, scenes: got?.story.scenes.length, listed: list.map((l) => l.id), missing: await repo.get('nope') };
      });
      assert.equal(r.first.revision, 1);
      assert.equal(r.second.revision, 2);
      assert.equal(r.second.createdAt, r.first.createdAt);
      assert.deepEqual(r.title, { en: 'Changed' });
      assert.equal(r.scenes, 5);
      assert.deepEqual(r.listed, ['round-trip']);
      assert.equal(r.missing, null);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('asset blobs are stored once, shared by duplicates, and deleted with the last story that uses them', async () => {
    const { page, close, errors } = await storagePage();
    try {
      const r = await page.evaluate(async () => {
        const { createIdbRepository } = (await import('/src/storage/idb-repository.ts' as string)) as typeof import('../../src/storage/idb-repository.ts');
        const { BLOB_GRACE_MS } = (await import('/src/storage/repository.ts' as string)) as typeof import('../../src/storage/repository.ts');
        const { hashBlob } = (await import('/src/story/hash.ts' as string)) as typeof import('../../src/story/hash.ts');
        const { fakeStory, fakeImageAsset } = (await import('/src/story/fake.ts' as string)) as typeof import('../../src/story/fake.ts');
        let now = Date.parse('2025-03-01T10:00:00Z');
        const repo = createIdbRepository({ name: 'test-blobs', now: () => new Date(now), channel: { announce() {}, listen: () => () => {} } });
        const blob = new Blob(['pretend this is a 360 photo'], { type: 'image/jpeg' });
        const hash = await hashBlob(blob);
        const asset = fakeImageAsset(1, { id: hash });
        const story = { ...fakeStory({ scenes: 2, id: 'with-photo', panoramas: [asset] }) };
        await repo.save(story, { assets: [[hash, blob]] });
        await repo.save(story, { assets: [[hash, blob]] }); // again: still stored once
        const copy = await repo.duplicate('with-photo', { title: { en: 'Copy' } });
        const afterCopy = await repo.assetBytes();
        now += BLOB_GRACE_MS * 2;
        const purgeOriginal = await repo.purge('with-photo');
        const stillThere = await repo.getAsset(hash);
        const purgeCopy = await repo.purge(copy.id);
        const gone = await repo.getAsset(hash);
        return {
          hash,
          expected: blob.size,
          afterCopy,
          copyId: copy.id,
          copyThumb: copy.thumbnail,
          purgeOriginal,
          stillThere: stillThere ? await stillThere.text() : null,
          purgeCopy,
          gone,
          left: (await repo.list()).length,
        };
      });
      assert.match(r.hash, /^[0-9a-f]{64}$/);
      assert.equal(r.afterCopy, r.expected, 'one blob, not one per story or per save');
      assert.notEqual(r.copyId, 'with-photo');
      assert.equal(r.copyThumb, r.hash);
      assert.deepEqual(r.purgeOriginal, { blobsDeleted: 0 });
      assert.equal(r.stillThere, 'pretend this is a 360 photo');
      assert.deepEqual(r.purgeCopy, { blobsDeleted: 1 });
      assert.equal(r.gone, null);
      assert.equal(r.left, 0);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('a full disk fails the whole save with a quota StorageError, leaving the last good version', async () => {
    const { page, close, errors } = await storagePage();
    try {
      const r = await page.evaluate(async () => {
        const { createIdbRepository } = (await import('/src/storage/idb-repository.ts' as string)) as typeof import('../../src/storage/idb-repository.ts');
        const { fakeStory } = (await import('/src/story/fake.ts' as string)) as typeof import('../../src/story/fake.ts');
        const repo = createIdbRepository({ name: 'test-quota', channel: { announce() {}, listen: () => () => {} } });
        const story = fakeStory({ scenes: 2, id: 'quota' });
        await repo.save(story);
        const put = IDBObjectStore.prototype.put;
        // The document write works; the blob write hits the quota: nothing of the save may stay.
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (this.name === 'blobs') throw new DOMException('Quota exceeded', 'QuotaExceededError');
          return put.apply(this, args);
        } as IDBObjectStore['put'];
        let error: { name: string; kind: string; message: string } | null = null;
        try {
          await repo.save({ ...story, meta: { ...story.meta, title: { en: 'Never saved' } } }, { assets: [['a'.repeat(64), new Blob(['x'])]] });
        } catch (e) {
          const se = e as { name: string; kind: string; message: string };
          error = { name: se.name, kind: se.kind, message: se.message };
        } finally {
          IDBObjectStore.prototype.put = put;
        }
        const got = await repo.get('quota');
        const listing = await repo.getListing('quota');
        return { error, title: got?.story.meta.title, revision: listing?.revision };
      });
      assert.deepEqual(r.error, { name: 'StorageError', kind: 'quota', message: 'There is no more room to save on this computer.' });
      assert.deepEqual(r.title, { en: 'A generated story' });
      assert.equal(r.revision, 1);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('bin and restore keep the story; rename changes the document too', async () => {
    const { page, close, errors } = await storagePage();
    try {
      const r = await page.evaluate(async () => {
        const { createIdbRepository } = (await import('/src/storage/idb-repository.ts' as string)) as typeof import('../../src/storage/idb-repository.ts');
        const { fakeStory } = (await import('/src/story/fake.ts' as string)) as typeof import('../../src/story/fake.ts');
        const repo = createIdbRepository({ name: 'test-bin', channel: { announce() {}, listen: () => () => {} } });
        await repo.save(fakeStory({ id: 'binned' }));
        const binned = await repo.moveToBin('binned');
        const restored = await repo.restore('binned');
        const renamed = await repo.rename('binned', 'New name');
        const doc = await repo.get('binned');
        const exported = await repo.markExported('binned');
        return { binned: binned.deletedAt !== null, restored: restored.deletedAt, renamed: renamed.title, doc: doc?.story.meta.title, exported: exported.lastExportedAt !== null };
      });
      assert.deepEqual(r, { binned: true, restored: null, renamed: { en: 'New name' }, doc: { en: 'New name' }, exported: true });
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('the IndexedDB AssetSource makes object URLs on demand and revokes them on release', async () => {
    const { page, close, errors } = await storagePage();
    try {
      const r = await page.evaluate(async () => {
        const { createIdbRepository } = (await import('/src/storage/idb-repository.ts' as string)) as typeof import('../../src/storage/idb-repository.ts');
        const { idbAssetSource } = (await import('/src/storage/idb-asset-source.ts' as string)) as typeof import('../../src/storage/idb-asset-source.ts');
        const repo = createIdbRepository({ name: 'test-urls', channel: { announce() {}, listen: () => () => {} } });
        const hash = 'b'.repeat(64);
        await repo.putAssets([[hash, new Blob(['sound bytes'], { type: 'audio/mpeg' })]]);
        const pending = new Map([['c'.repeat(64), new Blob(['not saved yet'])]]);
        const source = idbAssetSource(repo, pending);
        const url = await source.getUrl(hash);
        const again = await source.getUrl(hash);
        const text = await (await fetch(url!)).text();
        const pendingText = await (await fetch((await source.getUrl('c'.repeat(64)))!)).text();
        const missing = await source.getUrl('d'.repeat(64));
        const live = source.liveUrls();
        source.release(hash);
        const stillLive = source.liveUrls();
        source.release(hash);
        await new Promise((r) => setTimeout(r, 10));
        let revoked = false;
        try {
          await fetch(url!);
        } catch {
          revoked = true;
        }
        source.dispose();
        return { same: url === again, blob: url?.startsWith('blob:'), text, pendingText, missing, live, stillLive, revoked, end: source.liveUrls() };
      });
      assert.deepEqual(r, { same: true, blob: true, text: 'sound bytes', pendingText: 'not saved yet', missing: null, live: 2, stillLive: 2, revoked: true, end: 0 });
      // Fetching the revoked URL on purpose logs one failed load.
      assert.deepEqual(errors.filter((e) => !e.includes('ERR_FILE_NOT_FOUND')), []);
    } finally {
      await close();
    }
  });

  test('thumbnails: a small JPEG made once from a panorama and kept in IndexedDB', async () => {
    const { page, close, errors } = await storagePage();
    try {
      const r = await page.evaluate(async () => {
        const { createIdbRepository } = (await import('/src/storage/idb-repository.ts' as string)) as typeof import('../../src/storage/idb-repository.ts');
        const { idbAssetSource } = (await import('/src/storage/idb-asset-source.ts' as string)) as typeof import('../../src/storage/idb-asset-source.ts');
        const canvas = new OffscreenCanvas(2048, 1024);
        const g = canvas.getContext('2d')!;
        g.fillStyle = '#3a7'; g.fillRect(0, 0, 2048, 1024);
        const pano = await canvas.convertToBlob({ type: 'image/png' });
        const repo = createIdbRepository({ name: 'test-thumbs', channel: { announce() {}, listen: () => () => {} } });
        const hash = 'e'.repeat(64);
        await repo.putAssets([[hash, pano]]);
        const source = idbAssetSource(repo);
        const url = await source.getThumbnailUrl(hash);
        const img = new Image();
        img.src = url!;
        await img.decode();
        await new Promise((ok) => setTimeout(ok, 100)); // the cache write is not awaited
        const cached = await repo.getThumbnail(hash);
        source.releaseThumbnail(hash);
        return { width: img.naturalWidth, height: img.naturalHeight, type: cached?.type, smaller: (cached?.size ?? Infinity) < pano.size, live: source.liveUrls() };
      });
      assert.deepEqual(r, { width: 320, height: 160, type: 'image/jpeg', smaller: true, live: 0 });
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('one tab edits a story at a time (Web Locks); the next in line takes over', async () => {
    const { page, close, errors } = await storagePage();
    try {
      const r = await page.evaluate(async () => {
        const { lockStory, storiesOpenElsewhere } = (await import('/src/storage/locks.ts' as string)) as typeof import('../../src/storage/locks.ts');
        let acquired = false;
        const first = await lockStory('s1');
        const second = await lockStory('s1', () => (acquired = true));
        const other = await lockStory('s2');
        const open = [...(await storiesOpenElsewhere())].sort();
        first.release();
        await new Promise((r) => setTimeout(r, 50));
        second.release();
        other.release();
        return { first: first.editable, second: second.editable, other: other.editable, open, acquired };
      });
      assert.deepEqual(r, { first: true, second: false, other: true, open: ['s1', 's2'], acquired: true });
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
