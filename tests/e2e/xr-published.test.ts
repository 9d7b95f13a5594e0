/**
 * The headset on what readers get: the production build (the app's /play route) and a published
 * site (`storyscape publish`), each opened in Chromium with Meta's WebXR emulator (iwer, a Quest 3)
 * installed before the page loads. What is checked is what the headset is shown: the pixels of the
 * XR layer, before and after a choice made by looking at a link.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runCli } from '../../src/cli/main.ts';
import { launch, newPage } from './lib/browser.ts';
import { ROOT, serveApp } from './lib/app.ts';
import { INSTALL_HEADSET, lookAt } from './lib/headset.ts';
import { distinctColours } from './lib/pixels.ts';
import { serveStatic, type StaticServer } from './lib/server.ts';

const SLOW = { timeout: 120_000 };
let browser: Browser;
let work: string;
let app: StaticServer;
let site: StaticServer;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'storyscape-xr-published-'));
  let said = '';
  const code = await runCli(['publish', join(ROOT, 'assets/sample'), '-o', join(work, 'site')], {
    out: (t) => void (said += t),
    err: (t) => void (said += t),
    cwd: ROOT,
    stdin: async () => Buffer.alloc(0),
  });
  assert.equal(code, 0, said);
  app = await serveApp();
  site = await serveStatic(work);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The XR layer's pixels: iwer draws the session into its own canvas, the last one on the page. */
const xrColours = (page: Page) => distinctColours(page.locator('canvas').last());
const xrFrames = (page: Page) => page.evaluate(() => window.__storyXR!.state().poses);

async function headsetReads(url: string, shots: string) {
  const { page, context, errors } = await newPage(browser);
  try {
    await context.addInitScript(INSTALL_HEADSET);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0 && !!window.__story, null, SLOW);
    const enter = page.locator('[data-testid="enter-vr"]');
    await enter.waitFor(SLOW);
    await enter.click();
    await page.waitForFunction(() => window.__storyXR?.state().presenting === true, null, SLOW);
    const start = await xrFrames(page);
    await page.waitForFunction((n) => window.__storyXR!.state().poses > n + 5, start, SLOW);

    // The square is drawn in the headset: a detailed picture, not a cleared layer (1–3 colours).
    const square = await xrColours(page);
    await page.locator('canvas').last().screenshot({ path: join(ROOT, 'tests/e2e/.out', `${shots}-square.png`) });
    assert.ok(square > 40, `the headset shows the square (${square} colours)`);

    // Without controllers the reader chooses by looking: turn the head onto "Walk to the park".
    await page.evaluate(() => {
      const d = (window as unknown as { __xrDevice: { controllers: Record<string, { connected: boolean }> } }).__xrDevice;
      for (const c of Object.values(d.controllers)) c.connected = false;
    });
    await page.waitForFunction(() => window.__storyXR!.state().gaze.settled, null, SLOW);
    await lookAt(page, 63, -2);
    await page.waitForFunction(() => window.__story!.state().sceneId === 'park', null, SLOW);
    await page.waitForFunction(() => performance.getEntriesByName('story:scene-shown').length > 0, null, SLOW);
    const shown = await xrFrames(page);
    await page.waitForFunction((n) => window.__storyXR!.state().poses > n + 5, shown, SLOW);
    const park = await xrColours(page);
    await page.locator('canvas').last().screenshot({ path: join(ROOT, 'tests/e2e/.out', `${shots}-park.png`) });
    assert.ok(park > 40, `the headset shows the park (${park} colours)`);

    // Leaving VR: the page shows the park again, with no errors.
    await page.evaluate(() => window.__storyXR!.exit());
    await page.waitForFunction(() => window.__storyXR?.state().presenting !== true, null, SLOW);
    assert.equal(await page.evaluate(() => window.__story!.state().sceneId), 'park');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
}

test('the production build in a headset: the sample is drawn in VR, and a look at a link walks on', async () => {
  await headsetReads(`${app.url}play/sample?debug`, 'xr-build');
});

test('a published site in a headset: the sample is drawn in VR, and a look at a link walks on', async () => {
  await headsetReads(`${site.url}site/?debug`, 'xr-site');
});
