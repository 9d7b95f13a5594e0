import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { newPage } from './lib/browser.ts';
import { ROOT } from './lib/app.ts';
import { builtAppForTests, newStory } from './lib/editor.ts';

/**
 * Adding several full-size 360° photos at once, as a person does: the import says how far it has
 * got (and says it to screen readers), and each map card shows a small copy of its photo, made
 * once in a worker and kept in IndexedDB by the photo's hash, never the 4096 px panorama itself.
 */
const app = builtAppForTests();

/** A 4096x2048 JPEG of one colour (each photo a different one, so each is a new file). */
const panorama = async (n: number) => ({
  name: `place-${n}.jpg`,
  mimeType: 'image/jpeg',
  buffer: await sharp({ create: { width: 4096, height: 2048, channels: 3, background: { r: 40 * n, g: 120, b: 200 - 40 * n } } })
    .jpeg({ quality: 85 })
    .toBuffer(),
});

describe('adding photos', () => {
  test('three 4096 px photos and a sound: progress is shown and read out; map cards show small thumbnails kept by hash', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await newStory(page, app.server.url);
      // Every progress line the page shows, as it shows them (the import may be quick).
      await page.evaluate(() => {
        const w = window as unknown as { __progress: Array<{ text: string; role: string | null }> };
        w.__progress = [];
        new MutationObserver(() => {
          const line = document.getElementById('media-import-progress-text');
          const text = line?.textContent ?? '';
          if (line && w.__progress.at(-1)?.text !== text) w.__progress.push({ text, role: line.getAttribute('role') });
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const files = [await panorama(1), await panorama(2), await panorama(3)];
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Add photos and sounds', exact: true }).click();
      const sound = { name: 'tone.wav', mimeType: 'audio/wav', buffer: readFileSync(resolve(ROOT, 'tests/fixtures/media/tone.wav')) };
      await (await chooser).setFiles([...files, sound]);

      const list = page.getByRole('region', { name: 'Adding media' });
      for (const name of ['place-1.jpg', 'place-2.jpg', 'place-3.jpg', 'tone.wav']) await list.getByText(`Added “${name}”.`).waitFor({ timeout: 60_000 });
      await page.locator('#media-import-progress').waitFor({ state: 'detached' });
      const progress = await page.evaluate(() => (window as unknown as { __progress: Array<{ text: string; role: string | null }> }).__progress);
      assert.deepEqual(
        progress.map((p) => p.text),
        ['Adding 1 of 4: place-1.jpg', 'Adding 2 of 4: place-2.jpg', 'Adding 3 of 4: place-3.jpg', 'Adding 4 of 4: tone.wav'],
      );
      assert.ok(progress.every((p) => p.role === 'status'), 'the progress line is a live region');

      // Three cards (the new story's empty scene took the first photo), each with a small picture.
      const cards = () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLImageElement>('.react-flow__node .scene-node-thumb img')].map((i) => ({
            loaded: i.complete && i.naturalWidth > 0,
            width: i.naturalWidth,
            height: i.naturalHeight,
            blob: i.src.startsWith('blob:'),
          })),
        );
      await page.waitForFunction(() => {
        const imgs = [...document.querySelectorAll<HTMLImageElement>('.react-flow__node .scene-node-thumb img')];
        return imgs.length === 3 && imgs.every((i) => i.complete && i.naturalWidth > 0);
      });
      for (const card of await cards()) assert.deepEqual(card, { loaded: true, width: 320, height: 160, blob: true });

      // Kept beside the story by each photo's hash (a cache), not inside the saved story.
      // Autosave writes the story a moment after the import: read until it holds all three photos (bounded).
      const readKept = () => page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((ok, no) => {
          const req = indexedDB.open('storyscape');
          req.onsuccess = () => ok(req.result);
          req.onerror = () => no(req.error);
        });
        const all = <T,>(store: string) =>
          new Promise<T[]>((ok) => {
            const req = db.transaction(store).objectStore(store).getAll();
            req.onsuccess = () => ok(req.result as T[]);
          });
        const thumbs = await all<{ hash: string; blob: Blob }>('thumbs');
        const docs = await all<{ doc: { assets: Array<{ id: string; kind: string }> } }>('documents');
        db.close();
        return {
          thumbs: thumbs.map((t) => t.hash).sort(),
          types: [...new Set(thumbs.map((t) => t.blob.type))],
          photos: docs[0]!.doc.assets.filter((a) => a.kind === 'image').map((a) => a.id).sort(),
          docText: JSON.stringify(docs),
        };
      });
      let kept = await readKept();
      for (let i = 0; i < 40 && (kept.photos.length < 3 || kept.thumbs.length < 3); i++) {
        await page.waitForTimeout(500);
        kept = await readKept();
      }
      assert.equal(kept.photos.length, 3);
      assert.deepEqual(kept.thumbs, kept.photos);
      assert.deepEqual(kept.types, ['image/jpeg']);
      assert.ok(!/thumb/i.test(kept.docText), 'the saved story holds no thumbnails');

      // Opened again: the cards show the kept copies.
      await page.reload();
      await page.waitForFunction(() => {
        const imgs = [...document.querySelectorAll<HTMLImageElement>('.react-flow__node .scene-node-thumb img')];
        return imgs.length === 3 && imgs.every((i) => i.complete && i.naturalWidth > 0);
      });
      for (const card of await cards()) assert.equal(card.width, 320);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
