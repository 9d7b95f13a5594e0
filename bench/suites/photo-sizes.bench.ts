/**
 * Photos of any size (#21): published story sites with one photo-like panorama of 4096 x 2048,
 * 8192 x 4096 and 12000 x 6000 (made with sharp), in headless Chromium (SwiftShader), and the
 * 12000 one in the headset emulator.
 *
 * - first-frame-<size>: navigation start until the player's `story:first-frame` mark (median).
 * - gpu-mb-<size>: panorama texture memory once the start view has settled: the whole picture's
 *   texture (or a tiled picture's 4096-px whole, as the player counts it: w*h*4*4/3) plus the
 *   full-resolution tiles in view (w*h*4 each, at most 24).
 * - the same two for 12000 on a GPU made to take at most 4096-px textures (`?maxTexture=4096`,
 *   phones), and the tiles uploaded.
 * - xr-turn-12000-frame-p50/p95: the interval between XR frames while the head turns 30°/s in
 *   iwer's Quest 3 (tests/e2e/pages/xr.html?story=big), tiles loading as they come into view.
 * Side by side with Pannellum, Marzipano and Photo Sphere Viewer on the same pictures:
 * sizes-compare.bench.ts.
 * Contract: bench/run.mjs. SwiftShader renders on the CPU: compare figures within one machine.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { runCli } from '../../src/cli/main.ts';
import { buildPlayerSite, PLAYER_SITE_DIR } from '../../src/build/player-build.ts';
import { fakeImageAsset, fakeStory } from '../../src/story/fake.ts';
import { serializeStory } from '../../src/story/io/load.ts';
import { launch, newPage } from '../../tests/e2e/lib/browser.ts';
import { serveStatic } from '../../tests/e2e/lib/server.ts';
import { serveDev } from '../../tests/e2e/lib/app.ts';
import type { StoryDebugHandle } from '../../src/player/debug/debugHandle.ts';
import type { StoryXRDebugHandle } from '../../src/player/xr/XRLayer.tsx';
import type { XRTestApi } from '../../tests/e2e/pages/xr-page.ts';

declare global {
  interface Window {
    __story?: StoryDebugHandle;
    __storyXR?: StoryXRDebugHandle;
    xrTest: XRTestApi;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_PHOTO_SIZES_RUNS ?? 2);
const SIZES = [4096, 8192, 12000] as const;
const TURN_MS = 8000;
const log = (m: string) => process.stderr.write(`[photo-sizes] ${m}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
const MB = 1024 * 1024;

/** A photo-like panorama (detail everywhere, so it decodes and compresses like a photo). */
async function photo(w: number): Promise<Buffer> {
  const h = w / 2;
  const raw = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 3;
      raw[o] = ((x * 7) ^ (y * 3)) & 255;
      raw[o + 1] = (y * 255) / h;
      raw[o + 2] = ((x >> 3) * 37 + (y >> 3) * 11) & 255;
    }
  }
  return sharp(raw, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

async function publishSite(work: string, w: number): Promise<string> {
  const bytes = await photo(w);
  const dir = join(work, `story-${w}`);
  mkdirSync(dir, { recursive: true });
  const id = createHash('sha256').update(bytes).digest('hex');
  const story = fakeStory({ scenes: 1, panoramas: [fakeImageAsset(1, { id, bytes: bytes.length, width: w, height: w / 2 })] });
  story.scenes[0]!.panorama = id;
  writeFileSync(join(dir, 'story.json'), serializeStory(story));
  writeFileSync(join(dir, `${id}.jpg`), bytes);
  const out = join(work, `site-${w}`);
  let said = '';
  const code = await runCli(['publish', dir, '-o', out], { out: (t) => void (said += t), err: (t) => void (said += t), cwd: ROOT, stdin: async () => Buffer.alloc(0) });
  if (code !== 0) throw new Error(said);
  return out;
}

/** First frame, then the settled start view's texture memory. */
async function openOnce(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0 && !!window.__story, null, { timeout: 180_000 });
  const first = await page.evaluate(() => performance.getEntriesByName('story:first-frame')[0]!.startTime);
  // Tiles (if any) in view: settled when none loads and the count stays the same for 2 s (bounded).
  let same = 0;
  let lastLoaded = -1;
  for (let i = 0; i < 360 && same < 8; i++) {
    const t = await page.evaluate(() => window.__story!.tileStats());
    if (!t) break;
    same = t.loading === 0 && t.loaded > 0 && t.loaded === lastLoaded ? same + 1 : 0;
    lastLoaded = t.loaded;
    await page.waitForTimeout(250);
  }
  const s = await page.evaluate(() => ({ base: window.__story!.textureStats().bytes, tiles: window.__story!.tileStats() }));
  return { first, base: s.base, tileBytes: s.tiles?.bytes ?? 0, tiles: s.tiles?.onGpu ?? 0 };
}

async function xrTurn(browser: Awaited<ReturnType<typeof launch>>) {
  const dev = await serveDev();
  try {
    const warm = await newPage(browser);
    await warm.page.goto(`${dev.url}tests/e2e/pages/xr.html?story=big`);
    await warm.page.locator('[data-testid="enter-vr"]').waitFor({ timeout: 180_000 }).catch(() => {});
    await warm.context.close();
    const { page, context } = await newPage(browser);
    await page.goto(`${dev.url}tests/e2e/pages/xr.html?story=big&transition=none`);
    await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0 && !!window.__story, null, { timeout: 180_000 });
    await page.locator('[data-testid="enter-vr"]:not([disabled])').click({ timeout: 180_000 });
    await page.waitForFunction(() => (window.__storyXR?.state().poses ?? 0) > 5, null, { timeout: 180_000 });
    await page.evaluate(() => window.__storyXR!.resetFrameStats());
    await page.evaluate(async (ms) => {
      const t0 = performance.now();
      while (performance.now() - t0 < ms) {
        window.xrTest.look((((performance.now() - t0) / 1000) * 30) % 360, 0);
        await new Promise((ok) => setTimeout(ok, 16));
      }
    }, TURN_MS);
    const s = await page.evaluate(() => window.__storyXR!.frameStats());
    const tiles = await page.evaluate(() => window.__story!.tileStats());
    await page.evaluate(() => window.xrTest.end());
    await context.close();
    return { intervals: s.intervals, tiles };
  } finally {
    await dev.close();
  }
}

export async function run() {
  const work = mkdtempSync(join(tmpdir(), 'storyscape-photo-sizes-'));
  const load = loadavg()[0]!;
  log('building the published player…');
  await buildPlayerSite(ROOT, join(ROOT, 'dist', PLAYER_SITE_DIR));
  const browser = await launch();
  const figures: Record<string, { value: number; unit: string; note?: string }> = {};
  try {
    const cases: Array<{ name: string; size: number; query: string }> = [
      ...SIZES.map((size) => ({ name: String(size), size, query: '?debug' })),
      { name: '12000-gpu4096', size: 12000, query: '?debug&maxTexture=4096' },
    ];
    const sites = new Map<number, string>();
    for (const size of SIZES) {
      log(`making and publishing a ${size}-pixel photo…`);
      sites.set(size, await publishSite(work, size));
    }
    for (const c of cases) {
      const server = await serveStatic(sites.get(c.size)!);
      const got: Array<Awaited<ReturnType<typeof openOnce>>> = [];
      try {
        for (let i = 0; i <= RUNS; i++) {
          const { page, context } = await newPage(browser);
          const r = await openOnce(page, `${server.url}${c.query}`);
          await context.close();
          log(`${c.name} run ${i}: first frame ${round(r.first)} ms, base ${round(r.base / MB, 1)} MB, ${r.tiles} tiles ${round(r.tileBytes / MB, 1)} MB`);
          if (i > 0) got.push(r); // run 0 warms up
        }
      } finally {
        await server.close();
      }
      const last = got[got.length - 1]!;
      const where = c.name.endsWith('gpu4096') ? 'a GPU limited to 4096-px textures (?maxTexture=4096)' : 'SwiftShader (its own texture limit)';
      figures[`first-frame-${c.name}`] = { value: round(median(got.map((r) => r.first))), unit: 'ms', note: `published site, one ${c.size}x${c.size / 2} JPEG; navigation start to story:first-frame; median of ${RUNS}; ${where}; load ${load.toFixed(1)}` };
      figures[`gpu-mb-${c.name}`] = { value: round((last.base + last.tileBytes) / MB, 1), unit: 'MB', note: `panorama textures once the start view settled: whole ${round(last.base / MB, 1)} MB + ${last.tiles} tiles ${round(last.tileBytes / MB, 1)} MB; ${where}` };
    }
    log('turning in the headset emulator with a 12000-pixel photo…');
    const xr = await xrTurn(browser);
    figures['xr-turn-12000-frame-p50'] = { value: round(pct(xr.intervals, 50), 1), unit: 'ms', note: `interval between XR frames, head turning 30°/s for ${TURN_MS / 1000} s, 12000x6000 picture (tiled); iwer Quest 3, SwiftShader; load ${load.toFixed(1)}` };
    figures['xr-turn-12000-frame-p95'] = { value: round(pct(xr.intervals, 95), 1), unit: 'ms', note: 'the same, 95th percentile' };
    figures['xr-turn-12000-tiles'] = { value: xr.tiles?.loaded ?? 0, unit: 'tiles', note: `tiles uploaded while turning (at most ${xr.tiles?.max ?? 24} kept; ${xr.tiles?.onGpu ?? 0} at the end)` };
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  return figures;
}
