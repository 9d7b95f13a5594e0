import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { newPage } from './lib/browser.ts';
import { newStory, builtAppForTests } from './lib/editor.ts';
import { serveStatic } from './lib/server.ts';
import { publishOnePhoto } from './lib/publish-photo.ts';

/**
 * Photos of any size (#21): a 12000 x 6000 JPEG is imported in the editor without blocking the page
 * (the page keeps drawing frames, the progress bar moves), kept whole; published, the player shows
 * it as a low-resolution whole plus full-resolution tiles, here on a GPU made to take at most
 * 2048-pixel textures (`?debug&maxTexture=2048`), and zoomed in, the tile's fine stripes are on screen.
 */
const W = 12000;
const H = 6000;
/** The fine pattern in the middle of the picture: 4 px black, 4 px white, columns. */
const STRIPES = { x0: 5400, x1: 6600, y0: 2700, y1: 3300 };

const app = builtAppForTests();
let work: string;
let jpeg: string;
let bytes: Buffer;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'storyscape-big-photo-'));
  const raw = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 3;
      if (x >= STRIPES.x0 && x < STRIPES.x1 && y >= STRIPES.y0 && y < STRIPES.y1) {
        const v = (x >> 2) & 1 ? 255 : 0;
        raw[i] = raw[i + 1] = raw[i + 2] = v;
      } else {
        // A recognisable whole: red across, green down, blue in bands.
        raw[i] = Math.floor((x / W) * 255);
        raw[i + 1] = Math.floor((y / H) * 255);
        raw[i + 2] = (Math.floor(x / 500) % 2) * 160 + 40;
      }
    }
  }
  bytes = await sharp(raw, { raw: { width: W, height: H, channels: 3 } }).jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toBuffer();
  jpeg = join(work, 'big-360.jpg');
  writeFileSync(jpeg, bytes);
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('photos of any size', () => {
  test('a 12000 x 6000 photo is imported without freezing the editor, with progress, and kept whole', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await newStory(page, app.server.url);
      // A heartbeat: frames drawn while the import runs, and the progress values seen.
      await page.evaluate(() => {
        const w = window as unknown as { __beat: { importing: number; parts: number[] } };
        w.__beat = { importing: 0, parts: [] };
        const tick = () => {
          const bar = document.querySelector<HTMLProgressElement>('#media-import-progress');
          if (bar) {
            w.__beat.importing++;
            if (!w.__beat.parts.includes(bar.value)) w.__beat.parts.push(bar.value);
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Add photos and sounds', exact: true }).click();
      await (await chooser).setFiles(jpeg);
      await page.getByRole('region', { name: 'Adding media' }).getByText('Added “big-360.jpg”.').waitFor({ timeout: 120_000 });
      const beat = await page.evaluate(() => (window as unknown as { __beat: { importing: number; parts: number[] } }).__beat);
      assert.ok(beat.importing >= 5, `the page kept drawing frames while the photo was read (${beat.importing} frames)`);
      assert.ok(beat.parts.some((v) => v > 0 && v < 1), `the progress bar moved within the photo: ${JSON.stringify(beat.parts)}`);
      await page.getByRole('button', { name: /^Media \(\d+\)$/ }).click();
      await page.getByRole('complementary', { name: 'Media' }).getByText(`Picture · ${W}×${H}`, { exact: false }).waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('published, the player shows a low-resolution whole plus full-resolution tiles in view (GPU limit 2048)', async () => {
    const { id, out } = await publishOnePhoto(work, { bytes, width: W, height: H, name: 'big-360.jpg' });
    assert.equal(statSync(join(out, 'assets', `${id}.jpg`)).size, bytes.length, 'the site keeps the whole picture');
    // As a site published before tiles were made at publish (no list of them on the page): the
    // player cuts the tiles itself (photos-published-tiles.test.ts has the site's own tiles).
    const index = join(out, 'index.html');
    const html = readFileSync(index, 'utf8');
    assert.match(html, /<meta name="ssp-tiles"[^>]*>/);
    writeFileSync(index, html.replace(/<meta name="ssp-tiles"[^>]*>/, ''));

    const server = await serveStatic(out);
    const { page, context, errors } = await newPage(app.browser);
    try {
      await page.goto(`${server.url}?debug&maxTexture=2048`);
      await page.waitForFunction(() => (window.__story?.shown.length ?? 0) > 0, null, { timeout: 120_000 });
      const base = await page.evaluate(() => window.__story!.textureStats());
      assert.equal(base.maxSize, 2048);
      assert.ok(base.bytes > 0 && base.bytes <= Math.ceil(2048 * 1024 * 4 * (4 / 3)), `the whole is at most 2048 x 1024 (${base.bytes} bytes)`);

      // Zoomed in on the middle: the tiles in view are cut, uploaded and drawn.
      await page.evaluate(() => window.__story!.setView({ yaw: 0, pitch: 0, fov: 30 }));
      await page.waitForFunction(
        () => {
          const t = window.__story?.tileStats();
          return !!t && t.loaded > 0 && t.loading === 0 && t.keys.includes('5_2') && t.keys.includes('6_2');
        },
        null,
        { timeout: 120_000, polling: 250 },
      );
      const tiles = (await page.evaluate(() => window.__story!.tileStats()))!;
      assert.ok(tiles.onGpu <= tiles.max, `at most ${tiles.max} tiles on the GPU (${tiles.onGpu})`);
      // 24 pixels in a row across the stripes: full resolution shows black and white, the
      // 2048-pixel whole alone only grey (8-pixel stripes are 1.4 pixels there).
      const row = await page.evaluate(() => Array.from({ length: 24 }, (_, k) => window.__story!.sample(0.5 + k / 1280, 0.5)![0]));
      const dark = row.filter((v) => v < 70).length;
      const light = row.filter((v) => v > 185).length;
      assert.ok(dark >= 4 && light >= 4, `full-resolution stripes on screen: ${JSON.stringify(row)}`);

      // Turned right round, other tiles come; the LRU keeps at most its bound on the GPU.
      for (const yaw of [60, 120, 180, 240, 300]) {
        await page.evaluate((y) => window.__story!.setView({ yaw: y, pitch: 0, fov: 30 }), yaw);
        // The tile just above the middle of the view: columns are 30° wide, from yaw -180.
        const key = `${Math.floor(((yaw + 180) % 360) / 30 + 0.5) % 12}_2`;
        await page.waitForFunction((k) => window.__story!.tileStats()!.keys.includes(k), key, { timeout: 60_000, polling: 250 });
      }
      const after = (await page.evaluate(() => window.__story!.tileStats()))!;
      assert.ok(after.loaded > tiles.loaded, 'turning loads the tiles that come into view');
      assert.ok(after.onGpu <= after.max, `still at most ${after.max} tiles on the GPU (${after.onGpu})`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
