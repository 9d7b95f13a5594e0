import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { newPage } from './lib/browser.ts';
import { changedShot } from './lib/changed-shot.ts';
import { builtAppForTests, newStory, savedDoc, saved } from './lib/editor.ts';

/**
 * A 360° video scene end to end: a small WebM (a canvas recorded with MediaRecorder, kept in
 * tests/fixtures/media) is added in the editor like a photo, becomes a
 * scene with its first frame as the still picture, and plays in Preview: the drawn view changes
 * from frame to frame, and the pause button (a real, labelled button) stops it.
 */
const app = builtAppForTests();

/**
 * Two seconds of a moving, colour-changing 2:1 picture as a browser records it (VP8 WebM from
 * MediaRecorder; tests/fixtures/media/make-fixtures.mjs). Recording it in the test itself gave
 * no bytes at all once on a loaded machine.
 */
const SPIN_WEBM = readFileSync(fileURLToPath(new URL('../fixtures/media/spin.webm', import.meta.url)));

type SavedStory = { scenes: Array<{ id: string; panorama: string | null; video?: { asset: string; end: { type: string } } }>; assets: Array<{ id: string; kind: string; width?: number; duration?: number; mime: string }> };

describe('360° video scenes', () => {
  test('a WebM added in the editor becomes a video scene that plays, and pauses, in Preview', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      const storyId = await newStory(page, app.server.url);
      const webm = SPIN_WEBM;

      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Add photos and sounds', exact: true }).click();
      await (await chooser).setFiles([{ name: 'spin.webm', mimeType: 'video/webm', buffer: webm }]);
      await page.getByRole('region', { name: 'Adding media' }).getByText('Added “spin.webm”.').waitFor({ timeout: 60_000 });

      // The new story's empty scene took the video, with its first frame as the still picture.
      await saved(page);
      const doc = await savedDoc<SavedStory>(page, storyId);
      const scene = doc.scenes[0]!;
      const video = doc.assets.find((a) => a.kind === 'video');
      const poster = doc.assets.find((a) => a.id === scene.panorama);
      assert.ok(video, 'the video is in the story');
      assert.equal(video.mime, 'video/webm');
      assert.equal(video.width, 256);
      assert.ok((video.duration ?? 0) > 1, `its length is known (${video.duration} s)`);
      assert.equal(poster?.kind, 'image', 'the poster is a picture');
      assert.deepEqual(scene.video, { asset: video.id, end: { type: 'loop' }, volume: 1 });
      await page.getByRole('group', { name: '360° video' }).getByLabel('When the video ends').waitFor();

      // A sign that shows from 0:01 to the end of each loop: the time is written as minutes:seconds.
      await page.getByRole('button', { name: 'Add information' }).click();
      const sign = page.locator('.hotspot-card').last();
      await sign.getByLabel('Label').fill('The sign');
      const from = sign.getByLabel('From (minutes:seconds)');
      await from.fill('0:0x');
      await sign.getByText('Write a time like 0:12 or 1:05.').waitFor();
      await from.fill('0:01');
      await sign.getByText('Empty: it shows all the time.', { exact: false }).waitFor();
      await saved(page);
      const withSign = await savedDoc<{ scenes: Array<{ hotspots: Array<{ label: Record<string, string>; time?: unknown }> }> }>(page, storyId);
      assert.deepEqual(withSign.scenes[0]!.hotspots.find((h) => h.label.en === 'The sign')?.time, { from: 1 });

      // Captions for the video, written in the inspector: one at the start, its words typed and its
      // end set past the video's end, so Preview shows it whenever the video plays.
      const captions = page.getByRole('region', { name: 'Captions for the video' });
      await captions.getByRole('button', { name: 'Add a caption here' }).click();
      await captions.getByLabel('Caption 1 text').fill('Look at the sign');
      await captions.getByLabel('Caption 1 starts at (s)').fill('0');
      await captions.getByLabel('Caption 1 ends at (s)').fill('30');
      await saved(page);
      const withCaption = await savedDoc<{ assets: Array<{ kind: string; captions?: Record<string, unknown> }> }>(page, storyId);
      assert.deepEqual(withCaption.assets.find((a) => a.kind === 'video')?.captions, { en: [{ start: 0, end: 30, text: 'Look at the sign' }] });

      // Preview: the view is drawn, and keeps changing while the video plays.
      await page.getByRole('button', { name: 'Preview from “spin”' }).click();
      await page.getByRole('heading', { name: 'spin' }).waitFor({ timeout: 30_000 });
      const pause = page.getByRole('button', { name: 'Pause the video' });
      await pause.waitFor({ timeout: 30_000 });
      await page.getByText('Look at the sign', { exact: true }).waitFor({ timeout: 30_000 });
      const view = page.locator('.ssp-canvas');
      let shot = await view.screenshot();
      for (let n = 0; n < 3; n++) {
        const next = await changedShot(view, shot);
        assert.ok(next, `video frame ${n + 1} is drawn (the view changes)`);
        shot = next;
      }

      // The sign comes in at 0:01 and goes when the video loops back to its start.
      const signButton = page.locator('.ssp-choices button', { hasText: 'The sign' });
      await signButton.waitFor({ timeout: 30_000 });
      await signButton.waitFor({ state: 'detached', timeout: 30_000 });

      // Pause: the same frame stays; the button now says it plays.
      await pause.click();
      const play = page.getByRole('button', { name: 'Play the video' });
      await play.waitFor();
      await page.waitForTimeout(300);
      const still = await view.screenshot();
      assert.equal(await changedShot(view, still), null, 'nothing moves while paused');
      // ...and by keyboard: K plays it again.
      await page.keyboard.press('k');
      await pause.waitFor();
      assert.ok(await changedShot(view, still), 'it plays on after K');
      assert.deepEqual(errors.filter((e) => !/AudioContext/i.test(e)), []);
    } finally {
      await context.close();
    }
  });
});
