import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { serveStatic } from './lib/server.ts';
import type { Browser, Page } from 'playwright-core';
import { readPackage, streamToBytes, writePackage } from '../../src/story/io/package/index.ts';
import { fakeAudio, fakeImage } from '../../src/story/io/package/fake-media.ts';
import { fakeStory } from '../../src/story/fake.ts';
import { Story } from '../../src/story/schema/index.ts';
import { launch, newPage } from './lib/browser.ts';
import { serveApp } from './lib/app.ts';
import type { StaticServer } from './lib/server.ts';

/** Export, import (replace / keep both) and bad packages, in the built app's library. */
let browser: Browser;
let app: StaticServer;

before(async () => {
  [browser, app] = await Promise.all([launch(), serveApp()]);
});
after(async () => {
  await browser?.close();
  app?.server.closeAllConnections();
  await app?.close();
});

/** Every story document in IndexedDB, by id. */
const documents = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((ok, fail) => {
        const req = indexedDB.open('storyscape');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('documents').objectStore('documents').getAll();
          all.onsuccess = () => {
            ok(Object.fromEntries((all.result as Array<{ id: string; doc: unknown }>).map((r) => [r.id, r.doc])));
            req.result.close();
          };
        };
      }),
  );

/** Saving stamps meta.createdAt/updatedAt; everything else must come back exactly. */
const unstamped = (docs: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(docs).map(([id, d]) => {
      const { createdAt: _c, updatedAt: _u, ...meta } = (d as { meta: Record<string, unknown> }).meta;
      return [id, { ...(d as object), meta }];
    }),
  );

/** A package made in Node: a two-scene story with a real JPEG and a real MP3. */
const image = fakeImage();
const sound = fakeAudio();
const story = (() => {
  const s = fakeStory({ scenes: 2, panoramas: [image.asset], id: 'park-walk' });
  s.meta.title = { en: 'Park walk' };
  s.assets.push(sound.asset);
  return Story.parse(s);
})();
let packageBytes: Buffer;
before(async () => {
  packageBytes = Buffer.from(await streamToBytes(writePackage(story, async (id) => (id === image.asset.id ? image.bytes : id === sound.asset.id ? sound.bytes : null))));
});

/** The library with the package above opened into it (a new story: nothing to ask). */
async function libraryWithStory(): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const { page, context, errors } = await newPage(browser);
  // No "Save as" window in a test: the exporter falls back to an ordinary download.
  await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
  await page.goto(app.url);
  await page.getByTestId('story-file-input').setInputFiles({ name: 'park-walk.storyscape', mimeType: 'application/zip', buffer: packageBytes });
  const done = page.getByRole('dialog', { name: '“Park walk” is in your library' });
  await done.getByRole('button', { name: 'OK' }).click();
  await page.locator('.story-card h3', { hasText: 'Park walk' }).waitFor();
  assert.deepEqual(unstamped(await documents(page)), unstamped({ [story.id]: JSON.parse(JSON.stringify(story)) }));
  return { page, errors, close: () => context.close() };
}

test('export a story, import it back (replace, then keep both): the same story', async () => {
  const { page, errors, close } = await libraryWithStory();
  const before = await documents(page);
  const [id] = Object.keys(before);
  assert.ok(id);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export “/ }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^[\p{L}\p{N}-]+\.storyscape$/u);
  const path = await file.path();
  const read = await readPackage(new Uint8Array(readFileSync(path)));
  assert.ok(read.ok, JSON.stringify(read.problems));
  assert.deepEqual(JSON.parse(JSON.stringify(read.story)), before[id]);

  // Same id: asked. Replace keeps one story, equal to what was exported.
  await page.getByTestId('story-file-input').setInputFiles(path);
  const ask = page.getByRole('dialog', { name: 'You already have this story' });
  await ask.waitFor();
  await page.screenshot({ path: '/tmp/package-conflict.png' });
  await ask.getByRole('button', { name: 'Replace mine' }).click();
  await page.getByRole('dialog', { name: /is in your library/ }).getByRole('button', { name: 'OK' }).click();
  assert.deepEqual(unstamped(await documents(page)), unstamped(before));

  // Keep both: a second story with a new id, named "… (2)", and otherwise the same content.
  await page.getByTestId('story-file-input').setInputFiles(path);
  await page.getByRole('dialog', { name: 'You already have this story' }).getByRole('button', { name: 'Keep both' }).click();
  await page.getByRole('dialog', { name: /“Park walk \(2\)” is in your library/ }).getByRole('button', { name: 'OK' }).click();
  const after = await documents(page);
  const ids = Object.keys(after);
  assert.equal(ids.length, 2);
  const copyId = ids.find((x) => x !== id)!;
  const copy = after[copyId] as { meta: { title: Record<string, string> } };
  assert.deepEqual(copy.meta.title, { en: 'Park walk (2)' });
  const original = before[id] as { meta: object };
  assert.deepEqual(unstamped({ [id]: { ...copy, id, meta: original.meta } }), unstamped(before));
  await page.locator('.story-card h3', { hasText: 'Park walk (2)' }).waitFor();
  // Both came from the file: neither card says it changed since it was exported.
  assert.equal(await page.locator('.export-reminder').count(), 0);
  assert.deepEqual(errors, []);
  await close();
});

test('a bad package shows its own message and leaves the library as it was', async () => {
  const { page, errors, close } = await libraryWithStory();
  const before = await documents(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export “/ }).click();
  const good = readFileSync(await (await download).path());
  // Cut off half-way, as a broken download would be.
  const cut = good.subarray(0, Math.floor(good.length / 2));
  const expected = await readPackage(new Uint8Array(cut));
  assert.equal(expected.ok, false);
  const message = expected.problems.find((p) => p.severity === 'error')!.message;

  await page.getByTestId('story-file-input').setInputFiles({ name: 'half.storyscape', mimeType: 'application/zip', buffer: cut });
  const dialog = page.getByRole('alertdialog', { name: '“half.storyscape” could not be opened' });
  await dialog.waitFor();
  assert.ok((await dialog.innerText()).includes(message), `${await dialog.innerText()}\n---\n${message}`);
  assert.match(await dialog.innerText(), /Nothing was added or changed in your library/);
  await page.screenshot({ path: '/tmp/package-bad.png' });
  await dialog.getByRole('button', { name: 'OK' }).click();
  assert.deepEqual(await documents(page), before);
  assert.equal(await page.locator('.story-card').count(), 2, 'the sample and the one story');
  assert.deepEqual(errors, []);
  await close();
});

test('Publish from the library: a website zip that plays from a subfolder, an embed snippet and a QR code', async () => {
  const { page, errors, close } = await libraryWithStory();
  await page.getByRole('button', { name: 'Publish “Park walk”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish “Park walk”' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /https:\/\/ \(or localhost\)/);
  assert.match(await dialog.innerText(), /needs a web server/);

  const download = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Download the website (.zip)' }).click();
  const zip = await download;
  assert.equal(zip.suggestedFilename(), 'Park-walk-website.zip');
  // The dialog says it is done, and where to look.
  await dialog.getByRole('status').filter({ hasText: 'Done: the website is saved as “Park-walk-website.zip”' }).waitFor();
  const files = unzipSync(new Uint8Array(readFileSync(await zip.path())));
  for (const f of ['index.html', 'story.json', 'sw.js', 'site.js', `assets/${image.asset.id}.jpg`, `assets/${sound.asset.id}.mp3`]) assert.ok(files[f], f);
  assert.ok(!files['player.html'] && !files['files.json']);
  const published = JSON.parse(new TextDecoder().decode(files['story.json'])) as Story;
  assert.deepEqual(unstamped({ s: published }), unstamped({ s: JSON.parse(JSON.stringify(story)) }));

  // Unzipped on a static host, in a subfolder, it plays.
  const dir = mkdtempSync(join(tmpdir(), 'storyscape-zip-site-'));
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  const site = await serveStatic(dir, { prefix: '/class-7b/park/' });
  const player = await page.context().newPage();
  await player.goto(site.url);
  await player.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, null, { timeout: 60_000 });
  await player.close();
  site.server.closeAllConnections();
  await site.close();
  rmSync(dir, { recursive: true, force: true });

  // Share: the address gives an embed snippet and a QR code.
  await dialog.getByLabel('Where will the website live?').fill('not an address');
  assert.match(await dialog.innerText(), /That is not a web address/);
  await dialog.getByLabel('Where will the website live?').fill('https://library.example.org/stories/park');
  const snippet = await dialog.getByLabel('Embed code (for a web page)').inputValue();
  assert.match(snippet, /^<iframe src="https:\/\/library\.example\.org\/stories\/park\/"[^>]*allow="xr-spatial-tracking; fullscreen[^"]*"[^>]*allowfullscreen/);
  const qr = dialog.getByRole('img', { name: 'QR code for https://library.example.org/stories/park/' });
  assert.equal(await qr.locator('svg').count(), 1);
  await page.screenshot({ path: '/tmp/publish-dialog.png' });
  const png = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download QR code (PNG)' }).click();
  const pngBytes = readFileSync(await (await png).path());
  assert.deepEqual([...pngBytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  assert.deepEqual(errors, []);
  await close();
});

test('Back up everything, then open the backup: every story comes back', async () => {
  const { page, errors, close } = await libraryWithStory();
  const before = await documents(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up everything' }).click();
  const backup = await download;
  assert.match(backup.suggestedFilename(), /^storyscape-backup-\d{4}-\d{2}-\d{2}\.storyscape-backup$/);
  await page.getByTestId('story-file-input').setInputFiles(await backup.path());
  await page.getByRole('dialog', { name: 'You already have this story' }).getByRole('button', { name: 'Replace mine' }).click();
  await page.getByRole('dialog', { name: /is in your library/ }).getByRole('button', { name: 'OK' }).click();
  assert.deepEqual(unstamped(await documents(page)), unstamped(before));
  assert.deepEqual(errors, []);
  await close();
});

test('dropping a .storyscape file on the library opens it', async () => {
  const { page, context, errors } = await newPage(browser);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Open a story file…' }).waitFor();
  await page.evaluate((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'park-walk.storyscape', { type: 'application/zip' }));
    for (const type of ['dragenter', 'dragover', 'drop']) document.querySelector('main')!.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, packageBytes.toString('base64'));
  await page.getByRole('dialog', { name: '“Park walk” is in your library' }).getByRole('button', { name: 'OK' }).click();
  await page.locator('.story-card h3', { hasText: 'Park walk' }).waitFor();
  assert.deepEqual(Object.keys(await documents(page)), [story.id]);
  assert.deepEqual(errors, []);
  await context.close();
});
