import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertNoErrors, openPlayer, startHarness, type PlayerHarness } from './pages/player-testing.ts';

/**
 * A 360° video scene in the player (tests/e2e/pages/video-fixture.ts): the video's own sound in the
 * story's mix, and moving through it by keyboard and screen reader.
 */
let h: PlayerHarness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

type VideoNow = { time: number; paused: boolean; volume: number; muted: boolean };
const videoNow = (page: Page) => page.evaluate(() => window.__story!.video() as VideoNow | null);

/** Waits until the video's volume is near `level` (the glide takes about a second). */
async function volumeNear(page: Page, level: number, what: string) {
  await page
    .waitForFunction((v) => Math.abs((window.__story?.video()?.volume ?? -1) - v) < 0.02, level, { timeout: 30_000 })
    .catch(async () => assert.fail(`${what}: the video's volume is ${(await videoNow(page))?.volume}, not ${level}`));
}

test("the video's sound follows the master volume and is lowered while the narration speaks", async () => {
  const { page, context, errors } = await openPlayer(h, 'story=video');
  // The reader had set the volume to half on this device.
  await page.evaluate(() => localStorage.setItem('storyscape.audio.v1', JSON.stringify({ volume: 0.5, muted: false })));
  await page.reload();
  await page.waitForFunction(() => !!window.__story?.video(), null, { timeout: 60_000 });
  // 0.8 (the scene's level for it) x 0.5 (master) x 0.35 (under the narration), then back to 0.4.
  await volumeNear(page, 0.8 * 0.5 * 0.35, 'while the narration speaks');
  await volumeNear(page, 0.8 * 0.5, 'after the narration');
  assert.equal((await videoNow(page))?.muted, false);
  await page.getByRole('button', { name: 'Sound off' }).click();
  await page.waitForFunction(() => window.__story?.video()?.muted === true, null, { timeout: 10_000 });
  assertNoErrors(errors.filter((e) => !/AudioContext/i.test(e)));
  await context.close();
});

test('the position slider moves through the video by keyboard, and says where it is ("0:05 of 0:12")', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=video');
  const slider = page.getByRole('slider', { name: 'Video position' });
  await slider.waitFor({ timeout: 60_000 });
  assert.match((await slider.getAttribute('aria-valuetext')) ?? '', /^0:\d\d of 0:1[12]$/);
  // Paused, so what shows is where the keys put it.
  await page.getByRole('button', { name: 'Pause the video' }).click();
  await page.getByRole('button', { name: 'Play the video' }).waitFor();
  const text = async (t: RegExp) =>
    page
      .waitForFunction((src) => new RegExp(src).test(document.querySelector('[data-video-seek] input')?.getAttribute('aria-valuetext') ?? ''), t.source, { timeout: 10_000 })
      .catch(async () => assert.fail(`the slider says “${await slider.getAttribute('aria-valuetext')}”, not ${t}`));
  const view = page.locator('.ssp-canvas');

  await slider.focus();
  await page.keyboard.press('Home');
  await text(/^0:00 of /);
  await page.waitForFunction(() => window.__story!.video()!.time < 0.5);
  const atStart = await view.screenshot();
  await page.keyboard.press('ArrowRight');
  await text(/^0:05 of /);
  assert.ok(Math.abs((await videoNow(page))!.time - 5) < 0.5, 'the video is at 0:05');
  let moved = false;
  for (let i = 0; i < 20 && !moved; i++) {
    await page.waitForTimeout(250);
    moved = !(await view.screenshot()).equals(atStart);
  }
  assert.ok(moved, 'the view shows the frame at 0:05');
  await page.keyboard.press('ArrowRight');
  await text(/^0:10 of /);
  await page.keyboard.press('ArrowLeft');
  await text(/^0:05 of /);
  await page.keyboard.press('End');
  await text(/^0:1[12] of 0:1[12]$/);
  assert.equal((await videoNow(page))!.paused, true, 'moving does not start it');

  // J and L, anywhere but in a text field: 10 s back and on.
  await page.keyboard.press('Home');
  await text(/^0:00 of /);
  await page.locator('.ssp-view').focus();
  await page.keyboard.press('l');
  await text(/^0:10 of /);
  await page.keyboard.press('j');
  await text(/^0:00 of /);
  assertNoErrors(errors.filter((e) => !/AudioContext/i.test(e)));
  await context.close();
});

test("the video's captions show in the captions area in time with it, in the reader's language", async () => {
  for (const [lang, words] of [['en', 'The bell rings at five.'], ['nb', 'Klokka ringer klokka fem.']] as const) {
    const { page, context, errors } = await openPlayer(h, `story=video&lang=${lang}`);
    const captions = page.getByTestId('captions');
    const slider = page.getByRole('slider', { name: /./ });
    await slider.waitFor({ timeout: 60_000 });
    await page.locator('.ssp-view').focus();
    await page.keyboard.press('k'); // paused: what shows is where it is put
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForFunction(() => window.__story!.video()!.time < 0.5, null, { timeout: 10_000 });
    await page.waitForTimeout(300);
    assert.equal(await captions.textContent(), '', 'no caption at 0:00');
    await page.keyboard.press('ArrowRight'); // 0:05
    await page.waitForFunction((w) => document.querySelector('[data-testid="captions"]')?.textContent === w, words, { timeout: 10_000 });
    assert.equal(await captions.getAttribute('lang'), lang);
    await page.keyboard.press('ArrowRight'); // 0:10: it has ended
    await page.waitForFunction(() => document.querySelector('[data-testid="captions"]')?.textContent === '', null, { timeout: 10_000 });
    assertNoErrors(errors.filter((e) => !/AudioContext/i.test(e)));
    await context.close();
  }
});
