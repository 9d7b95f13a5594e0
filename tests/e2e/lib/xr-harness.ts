import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import { serveDev } from './app.ts';
import { shot } from '../pages/player-testing.ts';
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
  await page.goto(`${h.url}tests/e2e/pages/xr.html`, { timeout: 120_000 }).catch(() => {});
  await page.locator('[data-testid="enter-vr"]').waitFor({ timeout: 120_000 }).catch(() => {});
  await context.close();
  return h;
}

export const SLOW = { timeout: 90_000 };

/**
 * Starts the harness before a test file's tests and closes it after them (node:test hooks); the
 * returned getter gives the running harness inside a test.
 */
export function withXrHarness(): () => XRHarness {
  let h: XRHarness | undefined;
  before(async () => {
    h = await startXrHarness();
  });
  after(async () => {
    await h?.close();
  });
  return () => {
    if (!h) throw new Error('the headset harness did not start');
    return h;
  };
}

/** Opens the headset test page with a query and waits for the player's first frame and `ready`. */
export async function openXrPage(h: XRHarness, query: string, ready: () => unknown = () => true) {
  const { page, context, errors } = await newPage(h.browser);
  await page.goto(`${h.url}tests/e2e/pages/xr.html?${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0 && !!window.__story, null, SLOW);
  await page.waitForFunction(ready, null, SLOW);
  return { page, context, errors };
}

/** A screenshot of what the headset shows (the page's own buttons and dialogs hidden). */
export async function shotVr(page: Page, name: string) {
  const style = await page.addStyleTag({
    content: '.ssp-root > :not(.ssp-view), dialog { visibility: hidden !important } dialog::backdrop { display: none !important }',
  });
  await shot(page, name);
  await style.evaluate((el) => (el as Element).remove());
}

/**
 * Like page.waitForFunction, but a timeout keeps a screenshot (`<prefix>-<what>`) and says what
 * `describe` found on the page then.
 */
export async function untilOr(
  page: Page,
  fn: (arg: string | null) => unknown,
  arg: string | null,
  what: string,
  prefix: string,
  describe: (page: Page) => Promise<unknown>,
) {
  try {
    await page.waitForFunction(fn, arg, SLOW);
  } catch (e) {
    const seen = await describe(page).catch((err: unknown) => String(err));
    await shotVr(page, `${prefix}-${what.replace(/\W+/g, '-')}`).catch(() => {});
    throw new Error(`timed out waiting for ${what}: ${JSON.stringify(seen)}`, { cause: e });
  }
}
