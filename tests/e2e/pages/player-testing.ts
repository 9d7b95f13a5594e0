/**
 * Node-side helpers shared by tests/e2e/player*.test.ts (not loaded by the browser page).
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT, serveDev } from '../lib/app.ts';
import { launch, newPage } from '../lib/browser.ts';

export const SHOTS = resolve(ROOT, 'tests/e2e/.out');

export interface PlayerHarness {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

export async function startHarness(): Promise<PlayerHarness> {
  const dev = await serveDev();
  const browser = await launch().catch(async (e) => {
    await dev.close();
    throw e;
  });
  return {
    browser,
    url: dev.url,
    close: async () => {
      await browser.close();
      await dev.close();
    },
  };
}

/** Opens the player test page and waits until its first panorama frame has been drawn. */
export async function openPlayer(h: PlayerHarness, query: string, options: { reducedMotion?: boolean } = {}) {
  const { page, context, errors } = await newPage(h.browser, options);
  await page.goto(`${h.url}tests/e2e/pages/player.html?${query}`);
  const webgl = await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'));
  assert.ok(webgl, 'WebGL 2 is not available in this Chromium: the player cannot be tested (check the SwiftShader flags).');
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0 && !!window.__story, null, {
    timeout: 60_000,
  });
  return { page, context, errors };
}

/** Waits until `count` scenes (first frame included) have been shown. */
export async function waitShown(page: Page, count: number) {
  await page.waitForFunction((n) => (window.__story?.shown.length ?? 0) >= n, count, { timeout: 60_000 });
}

export async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: options.fullPage ?? false });
}

export function assertNoErrors(errors: string[]) {
  assert.deepEqual(errors, [], `the page reported errors:\n${errors.join('\n')}`);
}

/** Records every text the aria-live announcer gets, from now on (the current one first). */
export async function recordAnnouncements(page: Page) {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="announcer"]')!;
    const log: string[] = [region.textContent ?? ''];
    (window as unknown as { __announced: string[] }).__announced = log;
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text && text !== log[log.length - 1]) log.push(text);
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced.slice());
}

/** Presses Tab until the focused element's text includes `text` (at most `max` presses). */
export async function tabTo(page: Page, text: string, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused.includes(text)) return;
  }
  throw new Error(`Tab never reached an element with the text “${text}”`);
}

export async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}
