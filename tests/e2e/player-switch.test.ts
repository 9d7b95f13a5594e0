import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeImageAsset, fakeStory } from '../../src/story/fake.ts';
import { newPage } from './lib/browser.ts';
import { serveStatic } from './lib/server.ts';
import { buildStandalonePlayer, drawJpegs, publishSite } from './pages/player-build.ts';
import { assertNoErrors, openPlayer, startHarness, type PlayerHarness } from './pages/player-testing.ts';

let h: PlayerHarness;
let playerDir: string;
const cleanup: Array<() => Promise<void> | void> = [];
before(async () => {
  [h, playerDir] = await Promise.all([startHarness(), buildStandalonePlayer()]);
  cleanup.push(() => rmSync(playerDir, { recursive: true, force: true }));
});
after(async () => {
  for (const c of cleanup.reverse()) await c();
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

test("a scene reached cold (two steps away) shows its site's preview before its picture is here, then sharpens", async () => {
  // Full pictures: an orange gate, a blue yard, a purple pond; the pond's preview is drawn green.
  const [gate, yard, pond, gatePreview, yardPreview, pondPreview] = await drawJpegs(h.browser, [
    { width: 1024, hue: 20, label: 'Gate' },
    { width: 1024, hue: 215, label: 'Yard' },
    { width: 1024, hue: 285, label: 'Pond' },
    { width: 256, hue: 20, label: 'Gate' },
    { width: 256, hue: 215, label: 'Yard' },
    { width: 256, hue: 120, label: 'Pond' },
  ]);
  const assets = [gate!, yard!, pond!].map((bytes, i) =>
    fakeImageAsset(i + 1, { id: createHash('sha256').update(bytes).digest('hex'), width: 1024, height: 512, bytes: bytes.length }),
  );
  // scene-1 -> scene-2 -> scene-3: from the start, scene-3 is not a likely next scene (nothing of it is loaded).
  const story = fakeStory({ scenes: 3, panoramas: assets });
  const [gateId, yardId, pondId] = assets.map((a) => a.id) as [string, string, string];
  const dir = publishSite(playerDir, story, {
    [`${gateId}.jpg`]: gate!,
    [`${yardId}.jpg`]: yard!,
    [`${pondId}.jpg`]: pond!,
    [`preview-${gateId}.jpg`]: gatePreview!,
    [`preview-${yardId}.jpg`]: yardPreview!,
    [`preview-${pondId}.jpg`]: pondPreview!,
  });
  // As publish writes it when every scene picture has a preview (src/publish/site.ts).
  const html = join(dir, 'player.html');
  writeFileSync(html, readFileSync(html, 'utf8').replace('<head>', '<head><meta name="ssp-previews" content="scenes">'));
  const server = await serveStatic(dir);
  cleanup.push(() => server.close(), () => rmSync(dir, { recursive: true, force: true }));
  const { page, context, errors } = await newPage(h.browser, { reducedMotion: true });
  // The pond's full picture is held back until the test has seen its preview.
  let release!: () => void;
  const released = new Promise<void>((ok) => (release = ok));
  await page.route(new RegExp(`/assets/${pondId}\\.jpg$`), async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${server.url}player.html?debug`);
  await page.waitForFunction(() => window.__story && window.__story.textureStats().ready >= 2, null, { timeout: 60_000 });
  assert.equal(await page.evaluate(() => window.__story!.goTo('scene-3')), true);
  await page.waitForFunction(() => performance.getEntriesByName('story:scene-shown').length > 0, null, { timeout: 60_000 });
  const shown = await page.evaluate(() => (performance.getEntriesByName('story:scene-shown')[0] as PerformanceMark).detail);
  assert.deepEqual(shown, { sceneId: 'scene-3', soft: true }, 'the pond was shown as its preview, before its picture came');
  const below = async () => page.evaluate(() => [0.3, 0.7].map((x) => window.__story!.sample(x, 0.78)!.slice(0, 3)));
  const green = ([r, g, b]: number[]) => g! > r! + 20 && g! > b! + 20;
  const purple = ([r, g, b]: number[]) => r! > g! + 20 && b! > g! + 20;
  let seen = await below();
  assert.ok(seen.every(green), `the pond's preview (green) is on screen: ${JSON.stringify(seen)}`);
  release();
  await page.waitForFunction(() => performance.getEntriesByName('story:scene-sharp').length > 0, null, { timeout: 60_000 });
  seen = await below();
  assert.ok(seen.every(purple), `the pond's own picture (purple) took its preview's place: ${JSON.stringify(seen)}`);
  assert.equal(await page.evaluate(() => performance.getEntriesByName('story:scene-shown').length), 1, 'shown once, then sharpened');
  assertNoErrors(errors);
  await context.close();
});
