import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { builtAppForTests, newStory, savedDoc, saved } from './lib/editor.ts';

/**
 * A 360° video scene end to end: a small WebM made in the page (a canvas recorded with
 * MediaRecorder: no file is downloaded or kept) is added in the editor like a photo, becomes a
 * scene with its first frame as the still picture, and plays in Preview: the drawn view changes
 * from frame to frame, and the pause button (a real, labelled button) stops it.
 */
const app = builtAppForTests();

/** Two seconds of a moving, colour-changing 2:1 picture, recorded as WebM in the page. */
async function recordWebm(page: Page): Promise<Buffer> {
  const b64 = await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 256;
    c.height = 128;
    const g = c.getContext('2d')!;
    const rec = new MediaRecorder(c.captureStream(25), { mimeType: 'video/webm;codecs=vp8' });
    const chunks: Blob[] = [];
    rec.ondataavailable = (e) => chunks.push(e.data);
    let f = 0;
    const draw = () => {
      g.fillStyle = `hsl(${(f * 15) % 360} 80% 50%)`;
      g.fillRect(0, 0, 256, 128);
      g.fillStyle = '#fff';
      g.fillRect((f * 9) % 256, 0, 40, 128);
      f++;
    };
    draw();
    rec.start(100);
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        draw();
        if (f > 50) {
          clearInterval(timer);
          resolve();
        }
      }, 40);
    });
    await new Promise((r) => {
      rec.onstop = r;
      rec.stop();
    });
    const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  });
  return Buffer.from(b64, 'base64');
}

/** A screenshot of the view that differs from `before`, waiting up to ~6 s (null when none does). */
async function changedShot(view: Locator, before: Buffer): Promise<Buffer | null> {
  for (let i = 0; i < 20; i++) {
    await view.page().waitForTimeout(300);
    const now = await view.screenshot();
    if (!now.equals(before)) return now;
  }
  return null;
}

type SavedStory = { scenes: Array<{ id: string; panorama: string | null; video?: { asset: string; end: { type: string } } }>; assets: Array<{ id: string; kind: string; width?: number; duration?: number; mime: string }> };

describe('360° video scenes', () => {
  test('a WebM added in the editor becomes a video scene that plays, and pauses, in Preview', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      const storyId = await newStory(page, app.server.url);
      const webm = await recordWebm(page);
      assert.ok(webm.length > 1000 && webm.length < 500_000, `a tiny fixture (${webm.length} bytes)`);

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

      // Preview: the view is drawn, and keeps changing while the video plays.
      await page.getByRole('button', { name: 'Preview from “spin”' }).click();
      await page.getByRole('heading', { name: 'spin' }).waitFor({ timeout: 30_000 });
      const pause = page.getByRole('button', { name: 'Pause the video' });
      await pause.waitFor({ timeout: 30_000 });
      const view = page.locator('.ssp-canvas');
      let shot = await view.screenshot();
      for (let n = 0; n < 3; n++) {
        const next = await changedShot(view, shot);
        assert.ok(next, `video frame ${n + 1} is drawn (the view changes)`);
        shot = next;
      }

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
