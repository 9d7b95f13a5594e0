/**
 * The player in headless Chromium with SwiftShader (CPU WebGL), on a production build of
 * player.html alone (tests/e2e/pages/player-build.ts), served from 127.0.0.1 with no-store.
 *
 * - first picture: navigation start -> 'story:first-paint' (the start picture drawn by the page's
 *   first small script before the player has loaded) and -> 'story:first-frame' (set after the
 *   player's own frame that drew the panorama), for a published story (story.json) whose first scene is a 4096x2048
 *   or 8192x4096 JPEG. Fresh browser per run (cold caches). Median of RUNS.
 * - scene switch: 'story:choice' -> 'story:scene-shown' on the published 4096x2048 story (player.html?debug,
 *   window.__story.goTo), to the preloaded neighbour (uploaded ahead, as the player always does) and
 *   to one whose picture had not arrived yet (its download held back until the choice, as on a slow
 *   connection: fetch, decode and upload after the choice). Median of RUNS.
 * - rotation: yaw set every requestAnimationFrame for 3 s (60°/s, after 0.5 s warm-up) on the
 *   published 4096x2048 story; p50/p95 of rAF-to-rAF intervals.
 * - JS bytes: every script response of player.html's first load, raw and gzip -6 (node:zlib), split
 *   by when it was asked for: before the player's first frame (js-gzip, js-raw: what the first frame
 *   waits for) and after it, until the story's full check is done and the network is idle
 *   (js-gzip-after-first-frame: the story check, and whatever else the player loads later).
 *
 * SwiftShader renders on the CPU, so absolute times are far slower than on a GPU (see
 * /work/shared/bench/README.md): compare these figures with earlier runs of this suite, not with
 * phones. Contract: see bench/run.mjs. Progress goes to stderr.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { fakeImageAsset, fakeStory } from '../../src/story/fake.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/lib/browser.ts';
import { serveStatic } from '../../tests/e2e/lib/server.ts';
import { buildStandalonePlayer, drawJpegs, publishSite } from '../../tests/e2e/pages/player-build.ts';

const RUNS = 3;
const log = (msg: string) => process.stderr.write(`player bench: ${msg}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;

type Figures = Record<string, { value: number; unit: string; note?: string }>;

async function withBrowser<T>(fn: (b: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

async function newPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|data:|blob:)/, (r) => r.abort());
  return { context, page: await context.newPage() };
}

export async function run(): Promise<Figures> {
  log('building player.html…');
  const playerDir = await buildStandalonePlayer();
  const dirs: string[] = [playerDir];
  try {
    log('drawing panoramas…');
    const [a4, a8, b4] = await withBrowser((b) =>
      drawJpegs(b, [
        { width: 4096, hue: 15, label: 'A' },
        { width: 8192, hue: 15, label: 'A' },
        { width: 4096, hue: 215, label: 'B' },
      ]),
    );
    const storySite = (first: Buffer, width: number) => {
      const bytes = [first, b4!];
      const assets = bytes.map((b, i) =>
        fakeImageAsset(i + 1, { id: createHash('sha256').update(b).digest('hex'), width: i === 0 ? width : 4096, height: i === 0 ? width / 2 : 2048, bytes: b.length }),
      );
      const story = fakeStory({ scenes: 2, panoramas: assets });
      const dir = publishSite(playerDir, story, Object.fromEntries(assets.map((a, i) => [`${a.id}.jpg`, bytes[i]!])));
      dirs.push(dir);
      return dir;
    };
    const site4 = await serveStatic(storySite(a4!, 4096));
    const site8 = await serveStatic(storySite(a8!, 8192));
    const secondPicture = `assets/${createHash('sha256').update(b4!).digest('hex')}.jpg`;
    const figures: Figures = {};
    try {
      // First frame of a published story: the early picture (drawn by the page's first small script,
      // src/player/standalone/firstPaint.ts) and the player's own first frame.
      for (const [name, site] of [['4k', site4], ['8k', site8]] as const) {
        const paint: number[] = [];
        const frame: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const t = await withBrowser(async (b) => {
            const { page } = await newPage(b);
            await page.goto(`${site.url}player.html`);
            await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, null, { timeout: 120_000 });
            return page.evaluate(() => ({
              paint: performance.getEntriesByName('story:first-paint')[0]?.startTime ?? null,
              frame: performance.getEntriesByName('story:first-frame')[0]!.startTime,
            }));
          });
          frame.push(t.frame);
          paint.push(t.paint ?? t.frame); // no early picture (it came too late): the reader first saw the player's
          log(`${name} run ${i + 1}: first picture ${Math.round(paint.at(-1)!)} ms, player's first frame ${Math.round(t.frame)} ms`);
        }
        const size = name === '8k' ? '8192x4096' : '4096x2048';
        figures[`first-paint-${name}`] = { value: round(median(paint), 0), unit: 'ms', note: `navigation start -> story:first-paint (the start picture drawn before the player has loaded), ${size} JPEG, median of ${RUNS} cold loads (SwiftShader)` };
        figures[`first-frame-${name}`] = { value: round(median(frame), 0), unit: 'ms', note: `navigation start -> story:first-frame (the player's own first frame), ${size} JPEG, median of ${RUNS} cold loads (SwiftShader)` };
      }

      // Scene switches.
      for (const [name, preload] of [['switch-preloaded', 1], ['switch-cold', 0]] as const) {
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          times.push(
            await withBrowser(async (b) => {
              const { page } = await newPage(b);
              let release = () => {};
              const released = new Promise<void>((ok) => (release = ok));
              if (!preload) {
                await page.route((u) => u.pathname.endsWith(secondPicture), async (route) => {
                  await released;
                  await route.continue();
                });
              }
              await page.goto(`${site4.url}player.html?debug`);
              await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0 && !!window.__story, null, { timeout: 120_000 });
              if (preload) await page.waitForFunction(() => window.__story!.textureStats().ready === 2, null, { timeout: 120_000 });
              await page.waitForTimeout(1000);
              await page.evaluate(() => window.__story!.goTo('scene-2'));
              release();
              await page.waitForFunction(() => performance.getEntriesByName('story:scene-shown').length > 0, null, { timeout: 120_000 });
              return page.evaluate(() => {
                const shown = performance.getEntriesByName('story:scene-shown')[0]!.startTime;
                const chose = performance.getEntriesByName('story:choice').at(-1)!.startTime;
                return shown - chose;
              });
            }),
          );
          log(`${name} run ${i + 1}: ${Math.round(times.at(-1)!)} ms`);
        }
        figures[name] = {
          value: round(median(times), 0),
          unit: 'ms',
          note: `story:choice -> story:scene-shown, published 4096x2048 story, ${preload ? 'neighbour uploaded ahead' : "neighbour's download held until the choice: fetch + decode + upload after it"}, median of ${RUNS} (SwiftShader)`,
        };
      }

      // Rotation.
      const intervals = await withBrowser(async (b) => {
        const { page } = await newPage(b);
        await page.goto(`${site4.url}player.html?debug`);
        await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0 && !!window.__story, null, { timeout: 120_000 });
        await page.waitForTimeout(1000);
        return (await page.evaluate(`(async () => {
          const s = window.__story; const out = []; const t0 = performance.now();
          await new Promise((ok) => {
            let last = null;
            const tick = (t) => {
              const el = t - t0;
              s.setYaw((el / 1000) * 60 * Math.PI / 180);
              if (last !== null && el > 500) out.push(t - last);
              last = t;
              if (el < 3500) requestAnimationFrame(tick); else ok();
            };
            requestAnimationFrame(tick);
          });
          return out;
        })()`)) as number[];
      });
      log(`rotation: ${intervals.length} frames`);
      const rot = 'yaw set every rAF at 60°/s for 3 s, published 4096x2048 story, 1280x720 (SwiftShader)';
      figures['rotate-frame-p50'] = { value: round(percentile(intervals, 50)), unit: 'ms', note: `rAF-to-rAF interval p50, ${rot}` };
      figures['rotate-frame-p95'] = { value: round(percentile(intervals, 95)), unit: 'ms', note: `rAF-to-rAF interval p95, ${rot}` };

      // JS bytes of the first load, split at the player's first frame (by when each script was asked for).
      const js = await withBrowser(async (b) => {
        const { page } = await newPage(b);
        const scripts: Array<Promise<{ url: string; body: Buffer } | null>> = [];
        const onResponse = (r: import('playwright-core').Response) => {
          // A body asked for as the page closes is not there any more: left out (never a crash).
          if (r.request().resourceType() === 'script') scripts.push(r.body().then((body) => ({ url: r.url(), body }), () => null));
        };
        page.on('response', onResponse);
        await page.goto(`${site4.url}player.html`, { waitUntil: 'networkidle' });
        await page.waitForFunction(() => performance.getEntriesByName('story:checked').length > 0, null, { timeout: 120_000 });
        await page.waitForLoadState('networkidle');
        const after = new Set(
          await page.evaluate(() => {
            const frame = performance.getEntriesByName('story:first-frame')[0]!.startTime;
            return performance.getEntriesByType('resource').filter((r) => r.startTime >= frame).map((r) => r.name);
          }),
        );
        page.off('response', onResponse);
        // A script with no entry in the page's timeline (a worker's) counts as before the first frame.
        const bodies = (await Promise.all(scripts)).filter((x) => x !== null);
        const sum = (xs: typeof bodies) => ({
          raw: xs.reduce((n, x) => n + x.body.length, 0),
          gzip: xs.reduce((n, x) => n + gzipSync(x.body, { level: 6 }).length, 0),
          files: xs.length,
        });
        return { before: sum(bodies.filter((x) => !after.has(x.url))), after: sum(bodies.filter((x) => after.has(x.url))) };
      });
      figures['js-gzip'] = { value: round(js.before.gzip / 1024), unit: 'KiB', note: `player.html first load, scripts asked for before the player's first frame: ${js.before.files} script(s), gzip -6 (raw ${round(js.before.raw / 1024)} KiB)` };
      figures['js-raw'] = { value: round(js.before.raw / 1024), unit: 'KiB', note: "player.html first load before the player's first frame, uncompressed" };
      figures['js-gzip-after-first-frame'] = { value: round(js.after.gzip / 1024), unit: 'KiB', note: `scripts asked for after the first frame until the story's full check is done and the network idle: ${js.after.files} script(s), gzip -6 (raw ${round(js.after.raw / 1024)} KiB)` };
    } finally {
      await Promise.all([site4.close(), site8.close()]);
    }
    return figures;
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}
