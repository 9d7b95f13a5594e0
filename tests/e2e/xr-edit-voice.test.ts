/**
 * "Edit in VR" (3): recording a scene's narration in the headset with the microphone (Chromium's
 * fake one: --use-fake-device-for-media-stream), playing it back, keeping it and undoing that from
 * the VR menu; and moving a placed hotspot with hand tracking: pinch it, move the hand, let go.
 * Everything is read back from IndexedDB as the editor saved it.
 * Run: node --import tsx --test --test-timeout=300000 tests/e2e/xr-edit-voice.test.ts
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { shot } from './pages/player-testing.ts';
import {
  PAGE, SLOW, type Harness, clickButton, drag, edit, enterVR, near, openSquare, pointAndClick, square, startHarness, step, stored, storedWhen, until,
} from './lib/xr-edit.ts';

declare global {
  interface Window {
    /** What the page's media elements played (see watchPlayback). */
    played?: string[];
  }
}

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

/** Waits for one of the narration panel's buttons (by key) to be shown, and says which. */
async function narrationButton(page: Page, keys: string[], what: string): Promise<string> {
  await until(page, (k) => k!.split(',').some((x) => !!window.__storyXREdit!.locate(`xr-button:${x}`)), keys.join(','), what);
  return page.evaluate((k) => k.find((x) => !!window.__storyXREdit!.locate(`xr-button:${x}`))!, keys);
}

/** Notes every `blob:` sound a media element starts playing and plays to its end (the recording played back). */
const watchPlayback = (page: Page) =>
  page.evaluate(() => {
    window.played = [];
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (this.src.startsWith('blob:')) {
        this.addEventListener('playing', () => window.played!.push('playing'), { once: true });
        this.addEventListener('ended', () => window.played!.push(`ended ${this.duration}`), { once: true });
      }
      return play.call(this);
    };
  });

test('edit in VR: record narration with the microphone, play it back and keep it; undo from the VR menu', async () => {
  const { page, context, errors } = await newPage(h.browser);
  await page.goto(`${h.url}${PAGE}`);
  await openSquare(page);
  const before = square(await stored(page));
  const sample = before.soundscape.narration?.recordings.en;
  assert.ok(sample, 'the sample square has an English narration to replace');
  await enterVR(page);
  await watchPlayback(page);

  step('The Narration tool opens the recorder; Record');
  await clickButton(page, 'vr-tool-narration');
  await until(page, () => window.__storyXREdit!.state().panel === 'narration', null, 'the narration panel');
  await clickButton(page, 'narration-record');
  const recording = await narrationButton(page, ['narration-stop', 'narration-retry'], 'the recording to start');
  assert.equal(recording, 'narration-stop', 'the microphone did not start (the panel offers "Try again": see the screenshot)');
  await page.waitForTimeout(1500); // about a second and a half of the fake microphone's beeps
  await shot(page, 'xr-edit-narration-recording');

  step('Stop, then Play back: the recording plays to its end');
  await clickButton(page, 'narration-stop');
  const review = await narrationButton(page, ['narration-keep', 'narration-retry'], 'the recording to review');
  assert.equal(review, 'narration-keep', 'stopping gave no recording to keep (the panel offers "Try again")');
  await shot(page, 'xr-edit-narration-review');
  await clickButton(page, 'narration-play');
  await page.waitForFunction(() => window.played!.some((x) => x.startsWith('ended')), null, SLOW);
  const played = await page.evaluate(() => window.played!);
  assert.equal(played[0], 'playing', `played back: ${played.join(', ')}`);
  assert.ok(Number(played[1]!.split(' ')[1]) > 0, `played back: ${played.join(', ')}`);

  step('Keep: the scene\'s narration is the new recording, saved with its sound');
  await clickButton(page, 'narration-keep');
  const saved = await storedWhen(page, (s) => { const id = square(s).soundscape.narration?.recordings.en; return !!id && id !== sample; }, 'the kept narration');
  const id = square(saved).soundscape.narration!.recordings.en!;
  const asset = saved.assets.find((a) => a.id === id);
  assert.ok(asset?.kind === 'audio', `the narration's media: ${JSON.stringify(asset)}`);
  assert.ok(asset.duration > 0 && asset.bytes > 0, `duration ${asset.duration} s, ${asset.bytes} bytes`);
  assert.match(asset.mime, /^audio\//);
  const blobBytes = await page.evaluate(async (hash) => {
    const m = (await import('/src/storage/idb-repository.ts' as string)) as typeof import('../../src/storage/idb-repository.ts');
    return (await m.createIdbRepository().getAsset(hash))?.size ?? 0;
  }, id);
  assert.equal(blobBytes, asset.bytes, 'the recording\'s bytes are stored');
  console.log(`  kept ${asset.name}: ${asset.mime}, ${asset.duration} s, ${asset.bytes} bytes`);
  assert.equal(square(saved).soundscape.narration!.recordings.nb, before.soundscape.narration!.recordings.nb, 'the other language is kept');
  await narrationButton(page, ['narration-close'], 'the recorder to say it was kept');
  assert.equal(await page.evaluate(() => !!window.__storyXREdit!.locate('xr-button:narration-keep')), false);
  await shot(page, 'xr-edit-narration-kept');

  step('Close, then Undo from the VR menu: the sample\'s narration is back');
  await clickButton(page, 'narration-close');
  await until(page, () => window.__storyXREdit!.state().panel === null, null, 'the recorder closed');
  await page.getByRole('button', { name: 'Undo change narration' }).waitFor({ state: 'attached', ...SLOW });
  await clickButton(page, 'vr-undo');
  const undone = await storedWhen(page, (s) => square(s).soundscape.narration?.recordings.en === sample, 'the undone narration');
  assert.deepEqual(square(undone).soundscape.narration, before.soundscape.narration);
  assert.deepEqual(errors, []);
  await context.close();
});

test('edit in VR with hands: pinch a hotspot, move the hand and let go: it moves as far as the hand; undo puts it back', async () => {
  const { page, context, errors } = await newPage(h.browser);
  await page.goto(`${h.url}${PAGE}`);
  await openSquare(page);
  const before = square(await stored(page));
  await enterVR(page);
  await page.evaluate(() => window.xrTest.inputMode('hand'));
  await until(page, () => window.__storyXREdit!.state().inputs.hands === 2, null, 'two hands');

  step('Pinch an empty direction: a hotspot');
  await pointAndClick(page, -35, 8, 'hand');
  let saved = await storedWhen(page, (s) => square(s).hotspots.length === before.hotspots.length + 1, 'the pinched hotspot');
  const placed = square(saved).hotspots.find((x) => !before.hotspots.some((b) => b.id === x.id))!;
  assert.ok(near(placed.yaw, -35) && Math.abs(placed.pitch - 8) <= 2, `placed at yaw ${placed.yaw}, pitch ${placed.pitch}`);

  step('Pinch it, move the hand 15° right and 6° up, let go');
  await drag(page, [-35, 8], [[-33, 9], [-29, 11], [-24, 13], [-20, 14]], 'hand');
  saved = await storedWhen(page, (s) => square(s).hotspots.some((x) => x.id === placed.id && !near(x.yaw, placed.yaw, 0.01)), 'the moved hotspot');
  const moved = square(saved).hotspots.find((x) => x.id === placed.id)!;
  assert.ok(
    near(moved.yaw, placed.yaw + 15, 3) && Math.abs(moved.pitch - (placed.pitch + 6)) <= 3,
    `moved from yaw ${placed.yaw}, pitch ${placed.pitch} to yaw ${moved.yaw}, pitch ${moved.pitch} (the hand moved +15°, +6°)`,
  );
  console.log(`  hand moved +15°, +6°; the hotspot moved ${(moved.yaw - placed.yaw).toFixed(1)}°, ${(moved.pitch - placed.pitch).toFixed(1)}°`);
  assert.deepEqual((await edit(page)).selected, { kind: 'hotspot', id: placed.id });
  assert.equal((await edit(page)).dragging, false, 'letting go ends the drag');
  await page.getByRole('button', { name: 'Undo move hotspot' }).waitFor({ state: 'attached', ...SLOW });
  await shot(page, 'xr-edit-hand-drag');

  step('Undo from the VR menu (pinched): back where it was placed, in one step');
  await clickButton(page, 'vr-undo', 'hand');
  saved = await storedWhen(page, (s) => square(s).hotspots.some((x) => x.id === placed.id && near(x.yaw, placed.yaw, 0.01)), 'the undone move');
  assert.deepEqual(square(saved).hotspots.find((x) => x.id === placed.id), placed);
  assert.deepEqual(errors, []);
  await context.close();
});
