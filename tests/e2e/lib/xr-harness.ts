import { serveDev } from './app.ts';
import { launch, newPage } from './browser.ts';
import type { XRTestApi } from '../pages/xr-page.ts';
import type { StoryXRDebugHandle } from '../../../src/player/xr/XRLayer.tsx';
import type { StoryDebugHandle } from '../../../src/player/debug/debugHandle.ts';

// The handles the headset test page installs (tests/e2e/pages/xr-page.ts, the player's `debug`).
declare global {
  interface Window {
    xrTest: XRTestApi;
    __storyXR?: StoryXRDebugHandle;
    __story?: StoryDebugHandle;
  }
}

export type XRHarness = { url: string; browser: Awaited<ReturnType<typeof launch>>; close(): Promise<void> };

/**
 * Vite dev and Chromium for the headset test page (tests/e2e/pages/xr.html), after one warm-up
 * visit: the dev server bundles the XR dependencies the first time they are imported (the XR chunk
 * is loaded on demand), so the tests then get one consistent set of modules.
 */
export async function startXrHarness(): Promise<XRHarness> {
  const dev = await serveDev();
  const browser = await launch().catch(async (e) => {
    await dev.close();
    throw e;
  });
  const h: XRHarness = { url: dev.url, browser, close: async () => (await browser.close(), await dev.close()) };
  const { page, context } = await newPage(browser);
  await page.goto(`${h.url}tests/e2e/pages/xr.html`);
  await page.locator('[data-testid="enter-vr"]').waitFor({ timeout: 120_000 }).catch(() => {});
  await context.close();
  return h;
}
