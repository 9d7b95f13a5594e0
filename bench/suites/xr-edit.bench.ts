/**
 * The VR editor next to the player's headset view, on the same busy scene: the sample story's town
 * square (its 360° picture) with 20 hotspots and 8 positional sounds, in headless Chromium with
 * Meta's WebXR emulator (iwer, a Quest 3, one 1280 x 720 view) over a Vite dev server.
 *
 * - VR editor (tests/e2e/pages/xr-edit.html, "Edit in VR"): its menu open, one hotspot selected
 *   (its card shows), two controllers with rays; then the same while a hotspot is dragged (the
 *   controller turns a little every few frames with the trigger held).
 * - Player (tests/e2e/pages/xr.html?stored=…, the same stored story): two controllers, one
 *   pointing at the same place.
 * - Per mode: the interval between XR frames (p50/p95) and the main-thread work per XR frame
 *   (R3F update + render submission, p50/p95), and the editor/player ratios. The work figures show
 *   what the editor's overlays (menu, card, sound markers, pointing) cost a frame.
 * WebGL here is SwiftShader (software rendering on the CPU): absolute times are far from a
 * headset's; compare ratios, and figures across commits on the same machine.
 * Contract: see bench/run.mjs. Progress goes to stderr.
 */
import type { Page } from 'playwright-core';
import { serveDev } from '../../tests/e2e/lib/app.ts';
import { launch, newPage } from '../../tests/e2e/lib/browser.ts';
// The page handles (window.xrTest, __storyXR, __storyXREdit) as the VR editor's browser tests declare them.
import type {} from '../../tests/e2e/lib/xr-edit.ts';
import type { Story } from '../../src/story/schema/story.ts';

const MEASURE_MS = 12_000;
const MIN_FRAMES = 20;
const HOTSPOTS = 20;
const SOUNDS = 8;
const WAIT = { timeout: 180_000 };
const log = (msg: string) => process.stderr.write(`xr-edit bench: ${msg}\n`);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;
type Stats = { intervals: number[]; work: number[] };

/** A copy of the sample story in this browser's library whose town square has 20 hotspots and 8 sounds. */
async function busyStory(page: Page): Promise<string> {
  return page.evaluate(
    async ([nh, ns]) => {
      const stories = (await import('/src/app/stories.ts' as string)) as typeof import('../../src/app/stories.ts');
      const repo = ((await import('/src/storage/idb-repository.ts' as string)) as typeof import('../../src/storage/idb-repository.ts')).createIdbRepository();
      const { id } = await stories.createFromSample(repo, (t) => t);
      const story = (await repo.get(id))!.story as Story;
      const square = story.scenes.find((s) => s.id === 'square')!;
      const others = story.scenes.filter((s) => s !== square);
      const audio = story.assets.filter((a) => a.kind === 'audio');
      square.hotspots = Array.from({ length: nh }, (_, i) => ({
        id: `busy-${i}`,
        yaw: -170 + i * 17,
        pitch: i % 2 ? 12 : -8,
        label: { en: `Place ${i + 1}` },
        action: { type: 'goto' as const, sceneId: others[i % others.length]!.id },
      }));
      square.soundscape.sources = Array.from({ length: ns }, (_, i) => ({
        id: `busy-sound-${i}`,
        asset: audio[i % audio.length]!.id,
        yaw: -160 + i * 45,
        pitch: 3,
        distance: 5,
        volume: 0.8,
        loop: true,
      }));
      story.startSceneId = 'square';
      await repo.save(story);
      return id;
    },
    [HOTSPOTS, SOUNDS] as const,
  );
}

async function measure(page: Page, handle: '__storyXR' | '__storyXREdit', during?: () => Promise<void>): Promise<Stats> {
  await page.evaluate((h) => window[h]!.resetFrameStats(), handle);
  const started = Date.now();
  if (during) await during();
  else await page.waitForTimeout(MEASURE_MS);
  await page.waitForFunction(([h, n]) => window[h]!.frameStats().intervals.length >= n, [handle, MIN_FRAMES] as const, WAIT);
  const s = await page.evaluate((h) => window[h]!.frameStats(), handle);
  log(`${s.intervals.length} XR frames in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return s;
}

export async function run() {
  const dev = await serveDev();
  const browser = await launch();
  try {
    const { context, page, errors } = await newPage(browser);
    // Vite bundles the editor and the XR code the first time they are imported: a warm-up visit.
    await page.goto(`${dev.url}tests/e2e/pages/xr-edit.html?debug`);
    await page.locator('.react-flow__node').first().waitFor(WAIT);
    const id = await busyStory(page);

    log('VR editor…');
    await page.goto(`${dev.url}tests/e2e/pages/xr-edit.html?debug&story=${id}`);
    await page.locator('.react-flow__node', { hasText: 'The Town Square' }).click(WAIT);
    await page.locator('[data-testid="edit-in-vr"]:not([disabled])').click(WAIT);
    await page.waitForFunction(() => (window.__storyXREdit?.state().inputs.controllers ?? 0) === 2 && window.__storyXREdit!.state().poses > 5, null, WAIT);
    await page.waitForFunction(() => !!window.__storyXREdit!.locate('xr-button:vr-undo'), null, WAIT);
    // Select a hotspot (its card shows), the controller left pointing at it.
    const target = await page.evaluate(() => window.__storyXREdit!.locate('hotspot:busy-10'));
    if (!target) throw new Error('the busy hotspot is not in the scene');
    await page.evaluate(([y, p]) => window.xrTest.point('right', y, p), [target.yaw, target.pitch] as const);
    await page.waitForTimeout(500);
    await page.evaluate(() => window.xrTest.squeeze('right', 1));
    await page.waitForTimeout(500);
    await page.evaluate(() => window.xrTest.squeeze('right', 0));
    await page.waitForFunction(() => window.__storyXREdit!.state().selected?.id === 'busy-10', null, WAIT);
    await page.waitForTimeout(3000); // text laid out, textures up
    const editor = await measure(page, '__storyXREdit');

    log('VR editor, dragging…');
    const dragging = await measure(page, '__storyXREdit', async () => {
      await page.evaluate(([y, p]) => window.xrTest.point('right', y, p), [target.yaw, target.pitch] as const);
      await page.evaluate(() => window.xrTest.squeeze('right', 1));
      const end = Date.now() + MEASURE_MS;
      for (let i = 0; Date.now() < end; i++) {
        await page.evaluate(([y, p]) => window.xrTest.point('right', y, p), [target.yaw + 10 * Math.sin(i / 10), target.pitch] as const);
        await page.waitForTimeout(50);
      }
      await page.evaluate(() => window.xrTest.squeeze('right', 0));
    });
    await page.evaluate(() => window.xrTest.end());
    await page.locator('[data-testid="vr-editor"]').waitFor({ state: 'detached', ...WAIT });

    log('player…');
    await page.goto(`${dev.url}tests/e2e/pages/xr.html?stored=${id}&transition=none`);
    await page.locator('[data-testid="enter-vr"]:not([disabled])').click(WAIT);
    await page.waitForFunction(() => (window.__storyXR?.state().inputs.controllers ?? 0) === 2 && window.__storyXR!.state().poses > 5, null, WAIT);
    await page.evaluate(([y, p]) => window.xrTest.point('right', y, p), [target.yaw, target.pitch] as const);
    await page.waitForTimeout(3000);
    const player = await measure(page, '__storyXR');
    await page.evaluate(() => window.xrTest.end());
    if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
    await context.close();

    const note = `${HOTSPOTS} hotspots, ${SOUNDS} sounds; SwiftShader (software WebGL), iwer Quest 3 emulation, one 1280x720 view; compare ratios`;
    const fig = (s: Stats, what: string) => ({
      frameP50: { value: round(pct(s.intervals, 50)), unit: 'ms', note: `interval between XR frames, ${what}; ${note}` },
      frameP95: { value: round(pct(s.intervals, 95)), unit: 'ms', note: `interval between XR frames, ${what}` },
      workP50: { value: round(pct(s.work, 50), 2), unit: 'ms', note: `main-thread work per XR frame (update + render submission), ${what}` },
      workP95: { value: round(pct(s.work, 95), 2), unit: 'ms', note: `main-thread work per XR frame, ${what}` },
    });
    const e = fig(editor, 'VR editor: menu open, a hotspot selected (its card), 2 controllers');
    const d = fig(dragging, 'VR editor while a hotspot is dragged');
    const p = fig(player, 'player in the headset, same scene, 2 controllers');
    return {
      'editor-frame-p50': e.frameP50,
      'editor-frame-p95': e.frameP95,
      'editor-work-p50': e.workP50,
      'editor-work-p95': e.workP95,
      'editor-drag-frame-p50': d.frameP50,
      'editor-drag-frame-p95': d.frameP95,
      'editor-drag-work-p50': d.workP50,
      'editor-drag-work-p95': d.workP95,
      'player-frame-p50': p.frameP50,
      'player-frame-p95': p.frameP95,
      'player-work-p50': p.workP50,
      'player-work-p95': p.workP95,
      'editor-vs-player-frame-p50': { value: round(pct(editor.intervals, 50) / pct(player.intervals, 50), 2), unit: 'ratio', note: 'VR editor XR frame p50 / player XR frame p50' },
      'editor-vs-player-work-p50': { value: round(pct(editor.work, 50) / pct(player.work, 50), 2), unit: 'ratio', note: 'VR editor work per frame p50 / player work per frame p50' },
      'editor-overlay-work-p50': { value: round(pct(editor.work, 50) - pct(player.work, 50), 2), unit: 'ms', note: 'what the editor adds to the work per frame (p50 editor - p50 player)' },
      'editor-drag-overlay-work-p50': { value: round(pct(dragging.work, 50) - pct(player.work, 50), 2), unit: 'ms', note: 'the same while dragging a hotspot' },
    };
  } finally {
    await browser.close();
    await dev.close();
  }
}
