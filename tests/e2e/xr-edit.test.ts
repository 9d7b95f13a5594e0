/**
 * "Edit in VR": the editor on a copy of the sample story in real Chromium, with Meta's WebXR
 * emulator (iwer, a Quest 3 with Touch controllers and hand tracking) installed before the page
 * loads (tests/e2e/pages/xr-edit.html). Everything placed in the headset is read back from
 * IndexedDB, as the editor saved it.
 * Run: node --import tsx --test tests/e2e/xr-edit.test.ts
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { serveDev } from './lib/app.ts';
import { launch, newPage } from './lib/browser.ts';
import { shot } from './pages/player-testing.ts';
import type { XRTestApi } from './pages/xr-page.ts';
import type { StoryXREditHandle } from '../../src/xr/edit/debug.ts';
import type { Story } from '../../src/story/schema/story.ts';

declare global {
  interface Window {
    xrTest: XRTestApi;
    __storyXREdit?: StoryXREditHandle;
  }
}

type Harness = { url: string; browser: Awaited<ReturnType<typeof launch>>; close(): Promise<void> };
let h: Harness;
const SLOW = { timeout: 90_000 };

before(async () => {
  const dev = await serveDev();
  const browser = await launch().catch(async (e) => {
    await dev.close();
    throw e;
  });
  h = { url: dev.url, browser, close: async () => (await browser.close(), await dev.close()) };
  // Warm-up: the dev server bundles the editor and the XR chunks the first time they are imported.
  const { page, context } = await newPage(browser);
  await page.goto(`${h.url}tests/e2e/pages/xr-edit.html?debug`);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 }).catch(() => {});
  await page.locator('.react-flow__node').first().click().catch(() => {});
  await page.locator('[data-testid="edit-in-vr"]').waitFor({ timeout: 120_000 }).catch(() => {});
  await context.close();
});
after(async () => {
  await h?.close();
});

const edit = (page: Page) => page.evaluate(() => window.__storyXREdit!.state());

/** Like page.waitForFunction, but a timeout says what the VR editor was doing. */
async function until(page: Page, fn: (arg: string | null) => unknown, arg: string | null, what: string) {
  try {
    await page.waitForFunction(fn, arg, SLOW);
  } catch (e) {
    const state = await page.evaluate(() => window.__storyXREdit?.state()).catch((err: unknown) => String(err));
    await shot(page, `xr-edit-failed-${what.replace(/\W+/g, '-')}`).catch(() => {});
    throw new Error(`timed out waiting for ${what}: ${JSON.stringify(state)}`, { cause: e });
  }
}

/** Waits for `n` more XR frames, so the emulator's new input state has been seen. */
async function frames(page: Page, n = 2) {
  const start = (await page.evaluate(() => window.__storyXREdit?.state().poses)) ?? 0;
  // Leaving VR takes the handle away: then there is nothing more to wait for.
  await page.waitForFunction(([s, k]) => !window.__storyXREdit || window.__storyXREdit.state().poses >= s + k, [start, n] as const, SLOW);
}

type Kind = 'controller' | 'hand';
const point = async (page: Page, yaw: number, pitch: number, kind: Kind = 'controller') => {
  await page.evaluate(([y, p, k]) => window.xrTest.point('right', y, p, k), [yaw, pitch, kind] as const);
  await frames(page, 2);
};
const squeeze = async (page: Page, value: number, kind: Kind = 'controller') => {
  await page.evaluate(([v, k]) => window.xrTest.squeeze('right', v, k), [value, kind] as const);
  await frames(page, 3);
};
async function pointAndClick(page: Page, yaw: number, pitch: number, kind: Kind = 'controller') {
  await point(page, yaw, pitch, kind);
  await squeeze(page, 1, kind);
  await squeeze(page, 0, kind);
}
/** Points at a world-space button and clicks it (trigger or pinch), as a person would. */
async function clickButton(page: Page, key: string, kind: Kind = 'controller') {
  const name = `xr-button:${key}`;
  await until(page, (n) => !!window.__storyXREdit!.locate(n!), name, name);
  await frames(page, 3); // laid out
  const at = (await page.evaluate((n) => window.__storyXREdit!.locate(n), name))!;
  await pointAndClick(page, at.yaw, at.pitch, kind);
}

/** The story as saved in IndexedDB (after the editor's autosave). */
async function stored(page: Page): Promise<Story> {
  return page.evaluate(async () => {
    const id = new URLSearchParams(location.search).get('story')!;
    const m = (await import('/src/storage/repository.ts' as string)) as typeof import('../../src/storage/repository.ts');
    return (await m.storyRepository().get(id))!.story;
  });
}
/** Waits until the saved story passes `check` (autosave is debounced), and returns it. */
async function storedWhen(page: Page, check: (s: Story) => boolean, what: string): Promise<Story> {
  const end = Date.now() + 30_000;
  let last: Story | null = null;
  while (Date.now() < end) {
    last = await stored(page);
    if (check(last)) return last;
    await page.waitForTimeout(250);
  }
  throw new Error(`the saved story never showed ${what}: ${JSON.stringify(last?.scenes[0]?.hotspots)}`);
}
const square = (s: Story) => s.scenes.find((x) => x.id === 'square')!;
const near = (a: number, b: number, tol = 2) => Math.abs(((a - b + 540) % 360) - 180) <= tol;

async function openSquare(page: Page) {
  const node = page.locator('.react-flow__node', { hasText: 'The Town Square' });
  await node.waitFor(SLOW);
  await node.click();
  await page.locator('.scene-viewport-frame[data-scene="square"]').waitFor(SLOW);
}

test('edit in VR: place, drag and undo a hotspot with a controller, place one with a pinch, place a sound; the editor keeps it all', async () => {
  const { page, context, errors } = await newPage(h.browser);
  page.on('console', (m) => m.text().startsWith('VRDBG') && console.log(m.text()));
  await page.goto(`${h.url}tests/e2e/pages/xr-edit.html?debug`);
  await openSquare(page);
  const before = square(await stored(page));

  const button = page.locator('[data-testid="edit-in-vr"]');
  await button.waitFor(SLOW);
  assert.match(await button.innerText(), /Edit in VR/);
  await button.click();
  await until(page, () => !!window.__xrDevice?.activeSession && (window.__storyXREdit?.state().poses ?? 0) > 2, null, 'the VR editor');
  await until(page, () => window.__storyXREdit!.state().inputs.controllers === 2, null, 'two controllers');
  let state = await edit(page);
  assert.equal(state.presenting, true);
  assert.equal(state.sceneId, 'square');
  assert.equal(state.tool, 'hotspot');
  assert.equal(state.menuOpen, true);
  await frames(page, 5);
  await shot(page, 'xr-edit-menu');

  // Trigger on an empty direction: a hotspot there, saved.
  await pointAndClick(page, 30, -10);
  let saved = await storedWhen(page, (s) => square(s).hotspots.length === before.hotspots.length + 1, 'a new hotspot');
  const added = square(saved).hotspots.find((x) => !before.hotspots.some((b) => b.id === x.id))!;
  assert.ok(near(added.yaw, 30) && Math.abs(added.pitch + 10) <= 2, `placed at yaw ${added.yaw}, pitch ${added.pitch}`);
  state = await edit(page);
  assert.deepEqual(state.selected, { kind: 'hotspot', id: added.id }, 'the new hotspot is selected');
  await until(page, (id) => !!window.__storyXREdit!.locate(`xr-card:${id}`), added.id, 'the hotspot card');
  await frames(page, 4);
  await shot(page, 'xr-edit-hotspot-card');

  // Hold the trigger on it and drag: it moves by about the drag (one history entry).
  await point(page, 30, -10);
  await squeeze(page, 1);
  for (const [y, p] of [[34, -8], [40, -4], [45, 0]] as const) await point(page, y, p);
  await squeeze(page, 0);
  saved = await storedWhen(page, (s) => square(s).hotspots.some((x) => x.id === added.id && !near(x.yaw, 30)), 'the dragged hotspot');
  const moved = square(saved).hotspots.find((x) => x.id === added.id)!;
  assert.ok(near(moved.yaw, 45) && Math.abs(moved.pitch - 0) <= 2, `dragged to yaw ${moved.yaw}, pitch ${moved.pitch}`);
  await page.getByRole('button', { name: 'Undo move hotspot' }).waitFor({ state: 'attached', ...SLOW });

  // Undo from the VR menu: back where it was placed.
  await clickButton(page, 'vr-undo');
  saved = await storedWhen(page, (s) => square(s).hotspots.some((x) => x.id === added.id && near(x.yaw, added.yaw, 0.01)), 'the undone move');
  assert.equal(square(saved).hotspots.find((x) => x.id === added.id)!.pitch, added.pitch);

  // Hands: a pinch on an empty direction places a hotspot too.
  await page.evaluate(() => window.xrTest.inputMode('hand'));
  await until(page, () => window.__storyXREdit!.state().inputs.hands === 2, null, 'two hands');
  await pointAndClick(page, -35, 8, 'hand');
  saved = await storedWhen(page, (s) => square(s).hotspots.length === before.hotspots.length + 2, 'the pinched hotspot');
  const pinched = square(saved).hotspots.find((x) => near(x.yaw, -35) && Math.abs(x.pitch - 8) <= 2);
  assert.ok(pinched, `a hotspot at yaw -35, pitch 8: ${JSON.stringify(square(saved).hotspots.map((x) => [x.yaw, x.pitch]))}`);

  // The Sound tool (chosen by pinching its button): a positional sound where the hand points.
  await clickButton(page, 'vr-tool-sound', 'hand');
  await until(page, () => window.__storyXREdit!.state().tool === 'sound', null, 'the sound tool');
  await pointAndClick(page, 110, 5, 'hand');
  saved = await storedWhen(page, (s) => square(s).soundscape.sources.length === before.soundscape.sources.length + 1, 'a placed sound');
  const source = square(saved).soundscape.sources.find((x) => !before.soundscape.sources.some((b) => b.id === x.id))!;
  assert.ok(near(source.yaw, 110) && Math.abs(source.pitch - 5) <= 2, `sound at yaw ${source.yaw}, pitch ${source.pitch}`);
  assert.deepEqual((await edit(page)).selected, { kind: 'sound', id: source.id });
  await frames(page, 4);
  await shot(page, 'xr-edit-sound');

  // Exit VR from the menu: the desktop editor, same scene.
  await clickButton(page, 'vr-menu-exit', 'hand');
  await page.waitForFunction(() => !window.__xrDevice?.activeSession, null, SLOW);
  await page.locator('[data-testid="vr-editor"]').waitFor({ state: 'detached', ...SLOW });
  await page.locator('.scene-viewport-frame[data-scene="square"]').waitFor(SLOW);

  // Reload: the editor opens the stored story with everything placed in the headset.
  await page.reload();
  await openSquare(page);
  const after = square(await stored(page));
  assert.deepEqual(
    after.hotspots.map((x) => x.id).sort(),
    [...before.hotspots.map((x) => x.id), added.id, pinched!.id].sort(),
  );
  assert.ok(after.soundscape.sources.some((x) => x.id === source.id));
  // The desktop view lists the sound placed in the headset.
  await page.waitForFunction((n) => document.querySelectorAll('.sound-list li').length === n, after.soundscape.sources.length, SLOW);
  assert.deepEqual(errors, []);
  await context.close();
});
