import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { streamToBytes, writePackage } from '../../src/story/io/package/index.ts';
import { fakeImageAsset, fakeStory } from '../../src/story/fake.ts';
import { Story } from '../../src/story/schema/index.ts';
import { formatTilesMeta, tileBasePath, tilePath, TILES_META } from '../../src/story/io/package/tile-path.ts';
import { launch, newPage } from './lib/browser.ts';
import { serveApp } from './lib/app.ts';
import type { StaticServer } from './lib/server.ts';

/**
 * Publish in the app (#21): a story with a 6000 x 3000 photo is published as a zip with the photo's
 * tiles, cut in a worker (the page keeps drawing frames meanwhile), each tile of its size and colour.
 */
const W = 6000;
const H = 3000;
/** Quarters: red, green (top), blue, white (bottom). */
const QUARTERS = [[220, 20, 20], [20, 220, 20], [20, 20, 220], [240, 240, 240]] as const;

let browser: Browser;
let app: StaticServer;
let packageBytes: Buffer;
let id: string;

before(async () => {
  [browser, app] = await Promise.all([launch(), serveApp()]);
  const raw = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) raw.set(QUARTERS[(x < W / 2 ? 0 : 1) + (y < H / 2 ? 0 : 2)]!, (y * W + x) * 3);
  const jpeg = await sharp(raw, { raw: { width: W, height: H, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
  id = createHash('sha256').update(jpeg).digest('hex');
  const s = fakeStory({ scenes: 1, id: 'big-walk', panoramas: [fakeImageAsset(1, { id, bytes: jpeg.length, width: W, height: H, name: 'quarters.jpg' })] });
  s.scenes[0]!.panorama = id;
  s.meta.title = { en: 'Big walk' };
  const story = Story.parse(s);
  packageBytes = Buffer.from(await streamToBytes(writePackage(story, async (a) => (a === id ? new Uint8Array(jpeg) : null))));
});
after(async () => {
  await browser?.close();
  app?.server.closeAllConnections();
  await app?.close();
});

async function middle(bytes: Uint8Array) {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const o = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
  return { width: info.width, height: info.height, rgb: [data[o]!, data[o + 1]!, data[o + 2]!] };
}

test('Publish in the app cuts a large photo into tiles in a worker, and the zip has them', async () => {
  const { page, context, errors } = await newPage(browser);
  try {
    await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
    await page.goto(app.url);
    await page.getByTestId('story-file-input').setInputFiles({ name: 'big-walk.storyscape', mimeType: 'application/zip', buffer: packageBytes });
    await page.getByRole('dialog', { name: '“Big walk” is in your library' }).getByRole('button', { name: 'OK' }).click();
    await page.getByRole('button', { name: 'Publish “Big walk”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish “Big walk”' });
    // A heartbeat: frames the page draws while the website is made.
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number };
      w.__frames = 0;
      const tick = () => (w.__frames++, requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    });
    const download = page.waitForEvent('download', { timeout: 180_000 });
    await dialog.getByRole('button', { name: 'Download the website (.zip)' }).click();
    const zip = await download;
    await dialog.getByRole('status').filter({ hasText: 'Done: the website is saved as' }).waitFor({ timeout: 60_000 });
    const frames = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
    assert.ok(frames >= 5, `the page kept drawing while the photo was cut (${frames} frames)`);

    const files = unzipSync(new Uint8Array(readFileSync(await zip.path())));
    const html = new TextDecoder().decode(files['index.html']);
    assert.ok(html.includes(`<meta name="${TILES_META}" content="${formatTilesMeta([id])}">`), 'the page lists the photo as tiled');
    const tiles = Object.keys(files).filter((f) => f.startsWith(`assets/tiles-${id}/1/`));
    assert.equal(tiles.length, 6 * 3, `6 x 3 tiles: ${tiles.join(' ')}`);
    const base = await middle(files[tileBasePath(id)]!);
    assert.deepEqual([base.width, base.height], [4096, 2048]);
    const checks: Array<[number, number, readonly number[], [number, number]]> = [
      [0, 0, QUARTERS[0], [1000, 1000]],
      [5, 0, QUARTERS[1], [1000, 1000]],
      [0, 2, QUARTERS[2], [1000, 1000]],
      [5, 2, QUARTERS[3], [1000, 1000]],
    ];
    for (const [col, row, rgb, size] of checks) {
      const t = await middle(files[tilePath(id, 1, col, row)]!);
      assert.deepEqual([t.width, t.height], size, `tile ${col}-${row} size`);
      for (let c = 0; c < 3; c++) assert.ok(Math.abs(t.rgb[c]! - rgb[c]!) <= 30, `tile ${col}-${row} colour ${JSON.stringify(t.rgb)}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
