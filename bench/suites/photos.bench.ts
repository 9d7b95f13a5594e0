/**
 * Adding photos in the editor: three 4096x2048 JPEG panoramas and a sound chosen at once in a new
 * story, in the built app in headless Chromium (SwiftShader).
 *
 * - photos-import-3: from choosing the files until the import's progress line is gone.
 * - photos-thumbnails-3: from choosing the files until all three map cards show their small
 *   pictures (made in a worker during the import, kept in IndexedDB by the photo's hash).
 * - photos-longest-task-3: the longest main-thread task meanwhile (how long the page could not
 *   answer a click or a key), from a PerformanceObserver of long tasks (50 ms or more; 0 if none).
 *
 * The app is built into a temporary folder first (vite build); set BENCH_EDITOR_DIST to a built
 * app folder to skip that.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { launch, newPage } from '../../tests/e2e/lib/browser.ts';
import { buildApp } from '../build-app.ts';
import { serveStatic } from '../../tests/e2e/lib/server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_PHOTOS_RUNS ?? 3);
const W = 4096;
const H = 2048;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (n: number) => Math.round(n);
const log = (...a: unknown[]) => process.stderr.write(`[photos bench] ${a.join(' ')}\n`);

/** A photo-like 4096x2048 JPEG (detail everywhere, so decoding costs what a real one does); `seed` makes each run's files new. */
async function panorama(seed: number): Promise<Buffer> {
  const raw = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const o = (y * W + x) * 3;
      raw[o] = (x * seed + y) & 255;
      raw[o + 1] = (y * 3 + seed * 40) & 255;
      raw[o + 2] = ((x ^ y) * seed) & 255;
    }
  }
  return sharp(raw, { raw: { width: W, height: H, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

export async function run() {
  const app = await buildApp(log);
  const server = await serveStatic(app.dir, { spa: true });
  const browser = await launch();
  const sound = readFileSync(resolve(ROOT, 'tests/fixtures/media/tone.wav'));
  const imported: number[] = [];
  const thumbs: number[] = [];
  const longest: number[] = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      const files = [];
      for (let k = 1; k <= 3; k++) files.push({ name: `place-${k}.jpg`, mimeType: 'image/jpeg', buffer: await panorama(i * 3 + k) });
      const { page, context } = await newPage(browser);
      await page.goto(server.url);
      await page.getByRole('button', { name: 'New story', exact: true }).click();
      await page.locator('.story-map[data-ready="true"]').waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { __tasks: Array<[number, number]> };
        w.__tasks = [];
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) w.__tasks.push([e.startTime, e.duration]);
        }).observe({ type: 'longtask' });
      });
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Add photos and sounds', exact: true }).click();
      const t0 = await page.evaluate(() => performance.now());
      await (await chooser).setFiles([...files, { name: 'tone.wav', mimeType: 'audio/wav', buffer: sound }]);
      await page.locator('#media-import-progress').waitFor({ state: 'attached', timeout: 60_000 });
      const t1 = await page.evaluate(
        () =>
          new Promise<number>((ok) => {
            const check = () => (document.getElementById('media-import-progress') ? requestAnimationFrame(check) : ok(performance.now()));
            check();
          }),
      );
      const t2 = await page.evaluate(
        () =>
          new Promise<number>((ok) => {
            const check = () => {
              const imgs = [...document.querySelectorAll<HTMLImageElement>('.react-flow__node .scene-node-thumb img')];
              if (imgs.length === 3 && imgs.every((img) => img.complete && img.naturalWidth > 0)) ok(performance.now());
              else requestAnimationFrame(check);
            };
            check();
          }),
      );
      const tasks = await page.evaluate(
        (t0) => (window as unknown as { __tasks: Array<[number, number]> }).__tasks.filter(([start]) => start >= t0).map(([, d]) => d),
        t0,
      );
      await context.close();
      const long = Math.max(0, ...tasks);
      log(`run ${i}: imported ${round(t1 - t0)} ms, thumbnails ${round(t2 - t0)} ms, longest task ${round(long)} ms`);
      if (i === 0) continue; // warm-up
      imported.push(t1 - t0);
      thumbs.push(t2 - t0);
      longest.push(long);
    }
  } finally {
    await browser.close();
    await server.close();
    app.cleanup();
  }
  const note = `median of ${RUNS}; three ${W}x${H} JPEG panoramas and a 44 kB WAV chosen at once in a new story; built app, headless Chromium (SwiftShader)`;
  return {
    'photos-import-3': { value: round(median(imported)), unit: 'ms', note: `choosing the files until the progress line is gone; ${note}` },
    'photos-thumbnails-3': { value: round(median(thumbs)), unit: 'ms', note: `choosing the files until the three map cards show their small pictures; ${note}` },
    'photos-longest-task-3': { value: round(median(longest)), unit: 'ms', note: `longest main-thread task meanwhile (long tasks >= 50 ms; 0 if none); ${note}` },
  };
}
