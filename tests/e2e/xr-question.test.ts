/**
 * A question in the emulated headset (iwer), answered by gaze alone: large answer buttons on a
 * panel, feedback on the card, and a closed door that shows its message.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { serveDev } from './lib/app.ts';
import { launch, newPage } from './lib/browser.ts';
import { untilOr } from './lib/xr-harness.ts';
import { shot } from './pages/player-testing.ts';
import type { XRTestApi } from './pages/xr-page.ts';
import type { StoryXRDebugHandle } from '../../src/player/xr/XRLayer.tsx';
import type { StoryDebugHandle } from '../../src/player/debug/debugHandle.ts';

declare global {
  interface Window {
    xrTest: XRTestApi;
    __storyXR?: StoryXRDebugHandle;
    __story?: StoryDebugHandle;
  }
}

let dev: Awaited<ReturnType<typeof serveDev>>;
let browser: Awaited<ReturnType<typeof launch>>;
before(async () => {
  dev = await serveDev();
  browser = await launch().catch(async (e) => {
    await dev.close();
    throw e;
  });
});
after(async () => {
  await browser?.close();
  await dev?.close();
});

const SLOW = { timeout: 90_000 };
/** Like page.waitForFunction, but a timeout keeps a screenshot and says what the headset and the story were doing. */
const until = (page: Page, fn: (arg: string | null) => unknown, arg: string | null = null) =>
  untilOr(page, fn, arg, fn.toString().replace(/\s+/g, ' ').slice(0, 80), 'xr-question-failed', (p) =>
    p.evaluate(() => ({ xr: window.__storyXR?.state(), story: window.__story?.state() })),
  );

/** Looks away, then at a named thing (the gaze chooses only what the head turns onto), and waits for `done`. */
async function gazeAt(page: Page, name: string, done: () => unknown) {
  await until(page, (n) => !!window.__storyXR!.locate(n!), name);
  const at = (await page.evaluate((n) => window.__storyXR!.locate(n), name))!;
  await page.evaluate(([y, p]) => window.xrTest.look(y + 50, p), [at.yaw, at.pitch] as const);
  const poses = await page.evaluate(() => window.__storyXR!.state().poses);
  await until(page, (p) => window.__storyXR!.state().poses > Number(p) + 3, String(poses));
  await page.evaluate(([y, p]) => window.xrTest.look(y, p), [at.yaw, at.pitch] as const);
  await until(page, done);
}

const texts = (page: Page, name: string) => page.evaluate((n) => window.__storyXR!.locate(n)?.texts.join(' ') ?? '', name);

test('in a headset, by gaze: the question panel has a large button per answer; feedback shows; a closed door says why', async () => {
  const { page, context, errors } = await newPage(browser);
  await page.goto(`${dev.url}tests/e2e/pages/xr.html?story=question&transition=none`);
  await until(page, () => performance.getEntriesByName('story:first-frame').length > 0 && !!window.__story);
  await page.locator('[data-testid="enter-vr"]:not([disabled])').click(SLOW);
  await until(page, () => !!window.__xrDevice?.activeSession && (window.__storyXR?.state().poses ?? 0) > 2);
  await until(page, () => window.__storyXR!.state().recentred === window.__story!.state().arrival);
  await page.evaluate(() => window.xrTest.controllers(false));
  await until(page, () => window.__storyXR!.state().gaze.settled);

  // The door is closed: looking at it shows the author's message, not the garden.
  await gazeAt(page, 'hotspot:to-garden', () => window.__storyXR!.state().panel === 'closed');
  await until(page, () => /Find one word first\./.test(window.__storyXR!.locate('xr-info')?.texts.join(' ') ?? ''));
  assert.equal((await page.evaluate(() => window.__story!.state())).sceneId, 'cafe');
  await gazeAt(page, 'xr-button:info-close', () => window.__storyXR!.state().panel === null);

  // The question: one large button per answer, under the prompt.
  await gazeAt(page, 'hotspot:cup-word', () => window.__storyXR!.state().panel === 'question');
  for (const id of ['kopp', 'krus', 'kanne']) await until(page, (n) => !!window.__storyXR!.locate(n!), `xr-button:answer-${id}`);
  assert.match(await texts(page, 'xr-question'), /What is a cup called in Norwegian\?/);
  await gazeAt(page, 'xr-button:answer-krus', () => /A “krus” is a mug\./.test(window.__storyXR!.locate('xr-question')?.texts.join(' ') ?? ''));
  assert.match(await texts(page, 'xr-question'), /You can try again\./);
  await gazeAt(page, 'xr-button:answer-kopp', () => /Yes, a cup is “en kopp”\./.test(window.__storyXR!.locate('xr-question')?.texts.join(' ') ?? ''));
  await shot(page, 'xr-question-answered');
  assert.deepEqual((await page.evaluate(() => window.__story!.state())).variables, { score: 0 }, 'a right answer after a wrong one does not score');
  await gazeAt(page, 'xr-button:question-close', () => window.__storyXR!.state().panel === null);
  assert.deepEqual(errors, []);
  await context.close();
});
