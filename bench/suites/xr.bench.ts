/**
 * The player in an emulated headset: headless Chromium with Meta's WebXR emulator (iwer, a Quest 3,
 * one 1280 x 720 view) on tests/e2e/pages/xr.html over a Vite dev server, with a sample-like story
 * (4096 x 2048 panoramas, three hotspots).
 *
 * - Frame time in the immersive session (XR's own frame loop renders every frame): the interval
 *   between XR frames, p50 and p95, with two controllers (rays) and with gaze and dwell (no
 *   controllers: the head ray is cast every frame).
 * - The main-thread work per XR frame (R3F update + render submission), p50 and p95.
 * - The same view rendered continuously on the desktop (no XR), and the XR/desktop ratio.
 * WebGL here is SwiftShader (software rendering on the CPU): absolute times are far from a
 * headset's; compare ratios, and figures across commits on the same machine.
 * Contract: see bench/run.mjs. Progress goes to stderr.
 */
import type { Page } from 'playwright-core';
import { serveDev } from '../../tests/e2e/lib/app.ts';
import { launch, newPage } from '../../tests/e2e/lib/browser.ts';
import type { XRTestApi } from '../../tests/e2e/pages/xr-page.ts';
import type { StoryXRDebugHandle } from '../../src/player/xr/XRLayer.tsx';
import type { StoryDebugHandle } from '../../src/player/debug/debugHandle.ts';

declare global {
  interface Window {
    xrTest: XRTestApi;
    __storyXR?: StoryXRDebugHandle;
    __story?: StoryDebugHandle;
  }
}

const MEASURE_MS = 12_000;
const MIN_FRAMES = 20;
const log = (msg: string) => process.stderr.write(`xr bench: ${msg}\n`);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;

async function measureXr(page: Page) {
  await page.evaluate(() => window.__storyXR!.resetFrameStats());
  const started = Date.now();
  await page.waitForTimeout(MEASURE_MS);
  await page.waitForFunction((n) => window.__storyXR!.frameStats().intervals.length >= n, MIN_FRAMES, { timeout: 120_000 });
  const s = await page.evaluate(() => window.__storyXR!.frameStats());
  log(`${s.intervals.length} XR frames in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return s;
}

/** Desktop: turns the view a little every animation frame, so every frame renders. */
async function measureDesktop(page: Page) {
  return page.evaluate(
    async ([ms, min]) => {
      const s = window.__story!;
      const out: number[] = [];
      let last = 0;
      const t0 = performance.now();
      let yaw = 0;
      while (performance.now() - t0 < ms || out.length < min) {
        yaw = (yaw + 0.5) % 360;
        s.setView({ yaw, pitch: 0 });
        await new Promise((ok) => requestAnimationFrame(ok));
        const now = performance.now();
        if (last) out.push(now - last);
        last = now;
      }
      return out;
    },
    [MEASURE_MS, MIN_FRAMES] as const,
  );
}

export async function run() {
  const dev = await serveDev();
  const browser = await launch();
  try {
    // Warm-up visit: Vite bundles the XR dependencies the first time they are imported.
    {
      const { context, page } = await newPage(browser);
      await page.goto(`${dev.url}tests/e2e/pages/xr.html?story=bench`);
      await page.locator('[data-testid="enter-vr"]').waitFor({ timeout: 120_000 }).catch(() => {});
      await context.close();
    }
    const { context, page, errors } = await newPage(browser);
    await page.goto(`${dev.url}tests/e2e/pages/xr.html?story=bench&transition=none`);
    await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0 && !!window.__story, null, {
      timeout: 120_000,
    });
    log('desktop…');
    const desktop = await measureDesktop(page);

    log('entering VR…');
    await page.locator('[data-testid="enter-vr"]:not([disabled])').click({ timeout: 120_000 });
    await page.waitForFunction(() => (window.__storyXR?.state().inputs.controllers ?? 0) === 2 && window.__storyXR!.state().poses > 5, null, {
      timeout: 120_000,
    });
    // Point a controller at a hotspot (its label shows) and let the text settle.
    await page.evaluate(() => window.xrTest.point('right', 35, -5));
    await page.waitForTimeout(3000);
    log('controllers…');
    const withControllers = await measureXr(page);

    await page.evaluate(() => window.xrTest.controllers(false));
    await page.waitForFunction(() => window.__storyXR!.state().gaze.active, null, { timeout: 120_000 });
    await page.evaluate(() => window.xrTest.look(0, 10)); // nothing to select there: dwell never fires
    await page.waitForTimeout(2000);
    log('gaze…');
    const withGaze = await measureXr(page);
    await page.evaluate(() => window.xrTest.end());
    if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
    await context.close();

    const p50Desk = pct(desktop, 50);
    const p50Xr = pct(withControllers.intervals, 50);
    const note = 'SwiftShader (software WebGL), iwer Quest 3 emulation, one 1280x720 view; compare ratios';
    return {
      'xr-frame-p50': { value: round(p50Xr), unit: 'ms', note: `interval between XR frames, 2 controllers; ${note}` },
      'xr-frame-p95': { value: round(pct(withControllers.intervals, 95)), unit: 'ms', note: 'interval between XR frames, 2 controllers' },
      'xr-gaze-frame-p50': { value: round(pct(withGaze.intervals, 50)), unit: 'ms', note: 'interval between XR frames, gaze and dwell (no controllers)' },
      'xr-gaze-frame-p95': { value: round(pct(withGaze.intervals, 95)), unit: 'ms', note: 'interval between XR frames, gaze and dwell' },
      'xr-work-p50': { value: round(pct(withControllers.work, 50), 2), unit: 'ms', note: 'main-thread work per XR frame (update + render submission), 2 controllers' },
      'xr-work-p95': { value: round(pct(withControllers.work, 95), 2), unit: 'ms', note: 'main-thread work per XR frame, 2 controllers' },
      'xr-gaze-work-p50': { value: round(pct(withGaze.work, 50), 2), unit: 'ms', note: 'main-thread work per XR frame with the gaze ray cast' },
      'desktop-frame-p50': { value: round(p50Desk), unit: 'ms', note: 'same story, desktop view turning every frame (no XR)' },
      'xr-vs-desktop-p50': { value: round(p50Xr / p50Desk, 2), unit: 'ratio', note: 'XR frame p50 / desktop frame p50' },
    };
  } finally {
    await browser.close();
    await dev.close();
  }
}
