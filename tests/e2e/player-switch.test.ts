import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoErrors, openPlayer, startHarness, type PlayerHarness } from './pages/player-testing.ts';

let h: PlayerHarness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

/**
 * What a reader sees right after choosing a scene whose picture is already loaded: the new
 * picture at once, with the old one only showing through while the crossfade runs. Counted in
 * frames, never in milliseconds. The walk story's scene 1 is red (hue 0) and scene 2 amber
 * (hue 47): at the horizon their green channels are about 50 and 148, and 116 in the fade's first
 * frame (70 % of the new picture).
 */
test('a preloaded neighbour is on screen in the first frames after the choice, while the fade runs, without a new shader', async (t) => {
  const { page, context, errors } = await openPlayer(h, 'story=walk&n=3');
  // The neighbour is on the GPU, and the crossfade's shader has been used once while nothing happened.
  await page.waitForFunction(() => window.__story!.textureStats().ready >= 2, null, { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('story:fade-warmed').length > 0, null, { timeout: 60_000 }).catch(() => {
    throw new Error('the crossfade was never made ready ahead (no story:fade-warmed mark in 60 s after the first frame)');
  });
  const programs = await page.evaluate(() => window.__story!.rendererInfo().programs);
  const frames = await page.evaluate(async () => {
    const s = window.__story!;
    const view = document.querySelector<HTMLCanvasElement>('.ssp-canvas canvas')!;
    const small = document.createElement('canvas');
    small.width = 64;
    small.height = 36;
    const g = small.getContext('2d', { willReadFrequently: true })!;
    /** The green channel at the horizon, left and right of the picture's big digit. */
    const green = () => {
      g.drawImage(view, 0, 0, 64, 36);
      return [6, 58].map((x) => g.getImageData(x, 19, 1, 1).data[1]!);
    };
    // Each frame's picture, read right after the frame's own callbacks drew it (before it is shown
    // and its buffer let go): every requestAnimationFrame callback of the page is followed by a read.
    // (A frame's last read counts: after all its callbacks.)
    const seen = new Map<number, { green: number[]; fading: number }>();
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) =>
      raf((t) => {
        cb(t);
        if (seen.size < 4 || seen.has(t)) seen.set(t, { green: green(), fading: s.fading() });
      });
    s.choose('scene-1-next');
    for (let i = 0; i < 100 && seen.size < 4; i++) await new Promise((ok) => setTimeout(ok, 50));
    window.requestAnimationFrame = raf;
    return [...seen.values()];
  });
  const show = JSON.stringify(frames);
  t.diagnostic(`frames after the choice: ${show}`);
  // The first two frames the page drew after the choice: the new picture, mostly.
  const early = frames.slice(0, 2);
  assert.ok(
    early.some((f) => f.green.every((v) => v > 85)),
    `within two frames of the choice, the screen shows the new (amber) scene, not the old (red) one: ${show}`,
  );
  assert.ok(early.some((f) => f.fading > 0), `the old picture still shows through while the new one fades in: ${show}`);
  await page.waitForFunction(() => window.__story!.fading() === 0, null, { timeout: 60_000 });
  assert.equal(await page.evaluate(() => window.__story!.state().sceneId), 'scene-2');
  assert.equal(
    await page.evaluate(() => window.__story!.rendererInfo().programs),
    programs,
    'the switch and its crossfade made no new shader program (it was made and used while nothing happened)',
  );
  assertNoErrors(errors);
  await context.close();
});
