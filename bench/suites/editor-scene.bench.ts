/**
 * The editor's 360° scene view next to the player, on the same scene: a 4096x2048 panorama with 20
 * hotspots and 8 positional sounds (tests/e2e/pages/editor-scene.html, Vite dev server), in
 * headless Chromium with SwiftShader (CPU WebGL), a 1000x750 view in both.
 *
 * - rotation: each view is opened twice (player, editor, editor, player: background load hits both
 *   alike); after a short warm-up drag, the view is dragged left and right with the mouse (180
 *   moves, one every 16 ms, the same path in both); p50/p95 of requestAnimationFrame-to-
 *   requestAnimationFrame intervals of the frames that drew (WebGL draw calls counted). The editor draws the player's panorama and markers plus its own sound markers
 *   and crosshair: the difference between the two is what the editor's overlays cost.
 *
 * Absolute times are CPU-rendering times (see /work/shared/bench/README.md): compare with earlier
 * runs of this suite and between the two modes, not with phones. Contract: see bench/run.mjs.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/lib/browser.ts';
import { serveDev } from '../../tests/e2e/lib/app.ts';

const MOVES = 180;
const log = (msg: string) => process.stderr.write(`editor-scene bench: ${msg}\n`);
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const round = (v: number) => Math.round(v * 10) / 10;

type Figures = Record<string, { value: number; unit: string; note?: string }>;

/** Counts WebGL draw calls, so only rAF intervals in which the view actually drew are kept. */
const COUNT_DRAWS = `(() => {
  globalThis.__name = (f) => f;
  globalThis.__draws = 0;
  for (const C of [WebGLRenderingContext, WebGL2RenderingContext]) {
    for (const m of ['drawElements', 'drawArrays']) {
      const orig = C.prototype[m];
      C.prototype[m] = function (...a) { globalThis.__draws++; return orig.apply(this, a); };
    }
  }
})();`;

/** Drags the view left and right; returns the intervals (ms) of frames that drew something. */
async function drag(page: Page, moves: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean; __draws: number };
    w.__frames = [];
    w.__stop = false;
    let last = performance.now();
    let draws = w.__draws;
    const tick = (now: number) => {
      if (w.__draws !== draws) w.__frames.push(now - last);
      draws = w.__draws;
      last = now;
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  });
  const [x0, y0] = [500, 560];
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 0; i < moves; i++) {
    const phase = Math.floor(i / 45) % 2 ? -1 : 1; // 45 moves right, 45 left, ...
    await page.mouse.move(x0 + phase * ((i % 45) * 6 - 135), y0 + Math.sin(i / 9) * 20);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames;
  });
}

export async function run(): Promise<Figures> {
  const dev = await serveDev();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const figures: Figures = {};
  try {
    const pooled: Record<'player' | 'editor', number[]> = { player: [], editor: [] };
    for (const mode of ['player', 'editor', 'editor', 'player'] as const) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 750 }, deviceScaleFactor: 1 });
      await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|data:|blob:)/, (r) => r.abort());
      const page = await context.newPage();
      // tsx keeps function names with a `__name` helper that the page does not have.
      await page.addInitScript({ content: COUNT_DRAWS });
      log(`${mode}: loading…`);
      await page.goto(`${dev.url}tests/e2e/pages/editor-scene.html?mode=${mode}`);
      if (mode === 'editor') await page.locator('.scene-viewport-frame[data-ready="true"]').waitFor({ timeout: 60_000 });
      else await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, undefined, { timeout: 60_000 });
      await page.waitForTimeout(1000);
      await drag(page, 30); // warm-up: textures uploaded, marker art drawn
      log(`${mode}: dragging…`);
      const frames = await drag(page, MOVES);
      if (frames.length < 20) throw new Error(`${mode}: only ${frames.length} frames were drawn while dragging: the drag did not turn the view.`);
      pooled[mode].push(...frames);
      await context.close();
    }
    for (const mode of ['player', 'editor'] as const) {
      const frames = pooled[mode];
      const note = `${frames.length} drawn frames over two drags, 20 hotspots + 8 sounds, 4096x2048, 1000x750, SwiftShader`;
      figures[`${mode}RotateFrameP50`] = { value: round(percentile(frames, 50)), unit: 'ms', note };
      figures[`${mode}RotateFrameP95`] = { value: round(percentile(frames, 95)), unit: 'ms', note };
    }
    figures.editorOverheadP95 = {
      value: round(figures.editorRotateFrameP95!.value - figures.playerRotateFrameP95!.value),
      unit: 'ms',
      note: 'editor p95 minus player p95 (same scene, same drags)',
    };
    figures.editorOverheadP50 = {
      value: round(figures.editorRotateFrameP50!.value - figures.playerRotateFrameP50!.value),
      unit: 'ms',
      note: 'editor p50 minus player p50 (same scene, same drag)',
    };
    return figures;
  } finally {
    await browser.close();
    await dev.close();
  }
}
