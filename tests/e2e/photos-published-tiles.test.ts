import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { newPage } from './lib/browser.ts';
import { builtAppForTests } from './lib/editor.ts';
import { serveStatic } from './lib/server.ts';
import { publishOnePhoto } from './lib/publish-photo.ts';

/**
 * Tiles made at publish (#21): `storyscape publish` of a story with an 8192 x 4096 photo writes its
 * small whole and 8 x 4 tile files; the published player shows the photo from them, asking for the
 * tiles in view and never for the full photo, with the right colours where it looks and the
 * full-resolution detail that only the tiles have.
 */
const W = 8192;
const H = 4096;
/** Eight bands of colour across the photo, 1024 px each. */
const BANDS = [[200, 30, 30], [30, 200, 30], [30, 30, 200], [200, 200, 30], [200, 30, 200], [30, 200, 200], [230, 120, 30], [120, 30, 230]] as const;
/** In the middle, 1 px black and white columns: grey in the 4096 px small whole, stripes in the tiles. */
const STRIPES = { x0: 4000, x1: 4200, y0: 1948, y1: 2148 };

const app = builtAppForTests();
let work: string;
let bytes: Buffer;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'storyscape-tiles-'));
  const raw = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 3;
      if (x >= STRIPES.x0 && x < STRIPES.x1 && y >= STRIPES.y0 && y < STRIPES.y1) raw[i] = raw[i + 1] = raw[i + 2] = x & 1 ? 255 : 0;
      else raw.set(BANDS[x >> 10]!, i);
    }
  }
  bytes = await sharp(raw, { raw: { width: W, height: H, channels: 3 } }).jpeg({ quality: 95, chromaSubsampling: '4:4:4' }).toBuffer();
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('tiles made at publish', () => {
  test('the published player fetches the tiles in view, never the full photo, and shows its colours and detail', async () => {
    const { id, out } = await publishOnePhoto(work, { bytes, width: W, height: H, name: 'bands.jpg' });
    assert.ok(existsSync(join(out, 'assets', `tiles-${id}`, '0', '0-0.jpg')), 'the small whole is in the site');
    assert.equal(readdirSync(join(out, 'assets', `tiles-${id}`, '1')).length, 8 * 4, 'the 8 x 4 tiles are in the site');

    const server = await serveStatic(out);
    const asked: string[] = [];
    server.server.on('request', (req) => asked.push(req.url ?? ''));
    const { page, context, errors } = await newPage(app.browser);
    const pageAsked: string[] = [];
    page.on('request', (r) => pageAsked.push(new URL(r.url()).pathname));
    try {
      await page.goto(`${server.url}?debug`);
      await page.waitForFunction(() => (window.__story?.shown.length ?? 0) > 0, null, { timeout: 120_000 });
      // Looking at the sixth band (x 5120..6144: yaw 45°..90°), zoomed in: its tiles come, its colour is on screen.
      await page.evaluate(() => window.__story!.setView({ yaw: 67.5, pitch: 0, fov: 30 }));
      await page.waitForFunction(() => window.__story!.tileStats()!.keys.includes('5_1'), null, { timeout: 60_000, polling: 250 });
      const colour = (await page.evaluate(() => window.__story!.sample(0.5, 0.5)))!;
      for (let c = 0; c < 3; c++) assert.ok(Math.abs(colour[c]! - BANDS[5][c]!) <= 40, `the sixth band's colour in view: ${JSON.stringify(colour)}`);

      // The middle, where only the full-resolution tiles have the 1 px columns.
      await page.evaluate(() => window.__story!.setView({ yaw: 0, pitch: 0, fov: 30 }));
      await page.waitForFunction(
        () => {
          const t = window.__story!.tileStats()!;
          return t.loading === 0 && t.keys.includes('3_1') && t.keys.includes('4_1');
        },
        null,
        { timeout: 60_000, polling: 250 },
      );
      const row = await page.evaluate(() => Array.from({ length: 48 }, (_, k) => window.__story!.sample(0.5 + k / 1280, 0.5)![0]));
      const dark = row.filter((v) => v < 70).length;
      const light = row.filter((v) => v > 185).length;
      assert.ok(dark >= 4 && light >= 4, `full-resolution columns on screen: ${JSON.stringify(row)}`);

      const tiles = `/assets/tiles-${id}/`;
      assert.ok(pageAsked.includes(`${tiles}0/0-0.jpg`), 'the page asked for the small whole');
      const tileFiles = pageAsked.filter((p) => p.startsWith(`${tiles}1/`));
      assert.ok(tileFiles.includes(`${tiles}1/5-1.jpg`) && tileFiles.includes(`${tiles}1/3-1.jpg`), `the page asked for the tiles in view: ${tileFiles.join(' ')}`);
      assert.ok(tileFiles.length < 8 * 4, `not every tile: ${tileFiles.length}`);
      const full = `/assets/${id}.jpg`;
      assert.ok(!asked.some((u) => u.startsWith(full)), `nobody (page, workers, offline copy) asked for the full photo: ${asked.filter((u) => u.includes(id)).slice(0, 5).join(' ')}`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
