import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoErrors, openPlayer, startHarness, waitShown, type PlayerHarness } from './pages/player-testing.ts';

let h: PlayerHarness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

const PANO = 1024 * 512 * 4 * (4 / 3); // one 1024 x 512 panorama with mipmaps
const BUDGET = Math.floor(PANO * 3.5); // the current scene and two neighbours fit, a fourth does not

test('walking 30 scenes keeps panorama textures within the byte budget', async () => {
  const { page, context, errors } = await openPlayer(h, `story=walk&n=30&budget=${BUDGET}`);
  const samples: Array<{ step: number; bytes: number; ready: number; textures: number; hotspots: number }> = [];
  const sample = async (step: number) => {
    const s = await page.evaluate(() => ({
      stats: window.__story!.textureStats(),
      info: window.__story!.rendererInfo(),
      hotspots: window.__story!.state().visibleHotspots.length,
    }));
    samples.push({ step, bytes: s.stats.bytes, ready: s.stats.ready, textures: s.info.textures, hotspots: s.hotspots });
    assert.ok(s.stats.bytes <= BUDGET, `step ${step}: ${s.stats.bytes} bytes of panoramas on the GPU, budget ${BUDGET}`);
    // three.js's own count: panoramas that fit + placeholder + highlight ring + one label per marker.
    const bound = Math.floor(BUDGET / PANO) + 2 + s.hotspots;
    assert.ok(s.info.textures <= bound, `step ${step}: three.js holds ${s.info.textures} textures, at most ${bound} expected`);
  };

  const switchFrames: number[] = [];
  for (let i = 1; i < 30; i++) {
    // Wait until the next scene's picture is preloaded (current + next at least), then choose it.
    await page.waitForFunction(() => window.__story!.textureStats().ready >= 2 && window.__story!.textureStats().loading === 0, null, {
      timeout: 60_000,
    });
    await sample(i);
    const frames = await page.evaluate(async (hotspot) => {
      const s = window.__story!;
      const before = s.shown.length;
      if (!s.choose(hotspot)) return -1;
      let n = 0;
      while (s.shown.length === before && n < 120) {
        await new Promise((ok) => requestAnimationFrame(ok));
        n++;
      }
      return n;
    }, `scene-${i}-next`);
    assert.ok(frames >= 0, `scene ${i} has no "next" choice`);
    // The preloaded neighbour is shown without a new download or decode. How many frames that
    // takes is a speed figure (npm run bench: switch to a preloaded neighbour), not a test.
    assert.ok(frames < 120, `step ${i}: the preloaded scene ${i + 1} was never shown`);
    switchFrames.push(frames);
    await waitShown(page, i + 1);
    await sample(i + 0.5); // mid-fade: the outgoing picture is still counted
  }
  console.log(`frames to show a preloaded neighbour: ${switchFrames.join(' ')}`);
  const state = await page.evaluate(() => window.__story!.state());
  assert.equal(state.sceneId, 'scene-30');
  assert.ok(state.ending);
  const maxTextures = Math.max(...samples.map((s) => s.textures));
  const maxBytes = Math.max(...samples.map((s) => s.bytes));
  console.log(`max panorama bytes ${maxBytes} (budget ${BUDGET}), max three.js textures ${maxTextures}`);
  assertNoErrors(errors);
  await context.close();
});

test('a current picture bigger than the whole budget is still shown (alone)', async () => {
  const { page, context, errors } = await openPlayer(h, `story=walk&n=3&budget=${Math.floor(PANO / 2)}`);
  const stats = await page.evaluate(() => window.__story!.textureStats());
  assert.equal(stats.ready, 1);
  assert.ok(stats.bytes > stats.budget);
  const px = await page.evaluate(() => window.__story!.sample(0.5, 0.3));
  assert.ok(px && px[0] + px[1] + px[2] > 60, `the picture shows (centre pixel ${px})`);
  assertNoErrors(errors);
  await context.close();
});

test('pictures larger than the texture limit are scaled down while decoding', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=walk&n=2&width=2048&maxTex=512');
  await page.waitForFunction(() => window.__story!.textureStats().ready === 2);
  const stats = await page.evaluate(() => window.__story!.textureStats());
  assert.equal(stats.maxSize, 512);
  assert.equal(stats.bytes, 2 * Math.ceil(512 * 256 * 4 * (4 / 3)), 'two 512 x 256 textures instead of 2048 x 1024');
  const px = await page.evaluate(() => window.__story!.sample(0.5, 0.3));
  assert.ok(px && px[0] + px[1] + px[2] > 60, `the picture shows (centre pixel ${px})`);
  assertNoErrors(errors);
  await context.close();
});
