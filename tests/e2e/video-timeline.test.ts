import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { changedShot } from './lib/changed-shot.ts';
import { builtAppForTests, newStory, saved } from './lib/editor.ts';

/**
 * The timeline under a video scene's editing view: a hotspot's time window set by dragging and by
 * keys (each one undoable step, the fields beside it following), and the playhead that stops the
 * video on a frame (12 s of a counter, each second its own colour: tests/fixtures/media).
 */
const app = builtAppForTests();
const COUNT_WEBM = readFileSync(fileURLToPath(new URL('../fixtures/media/count.webm', import.meta.url)));

describe('the video timeline in the editor', () => {
  test('drag and keys set when a hotspot shows (undoable); the playhead stops the video on a frame', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await newStory(page, app.server.url);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Add photos and sounds', exact: true }).click();
      await (await chooser).setFiles([{ name: 'count.webm', mimeType: 'video/webm', buffer: COUNT_WEBM }]);
      await page.getByRole('region', { name: 'Adding media' }).getByText('Added “count.webm”.').waitFor({ timeout: 60_000 });

      // A sign that shows from 0:02 until 0:06, written in its fields.
      await page.getByRole('button', { name: 'Add information' }).click();
      const card = page.locator('.hotspot-card').last();
      await card.getByLabel('Label').fill('The sign');
      const from = card.getByLabel('From (minutes:seconds)');
      const until = card.getByLabel('Until (empty: to the end)');
      await from.fill('0:02');
      await until.fill('0:06');
      await saved(page);

      const timeline = page.getByRole('region', { name: 'Timeline of the video' });
      const end = timeline.getByRole('slider', { name: 'When “The sign” goes' });
      await end.waitFor({ timeout: 30_000 });
      assert.equal(await end.getAttribute('aria-valuenow'), '6');
      assert.equal(await end.getAttribute('aria-valuetext'), '0:06');

      // Keys: → one second on, Shift + → five (here past the end: "to the end", an empty field);
      // each press one step, Ctrl+Z takes the last back.
      await end.focus();
      await page.keyboard.press('ArrowRight');
      await assertValue(until, '0:07');
      await page.keyboard.press('Shift+ArrowRight');
      await assertValue(until, '');
      assert.match((await end.getAttribute('aria-valuetext'))!, /^at the end \(0:1[12]/);
      await page.keyboard.press('Control+z');
      await assertValue(until, '0:07');
      assert.equal(await end.getAttribute('aria-valuenow'), '7');

      // Drag the start handle to about a third of the way (the video is 12 s long): one change.
      const start = timeline.getByRole('slider', { name: 'When “The sign” appears' });
      await start.scrollIntoViewIfNeeded();
      const track = await start.locator('..').boundingBox();
      const handle = await start.boundingBox();
      assert.ok(track && handle);
      await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
      await page.mouse.down();
      await page.mouse.move(track.x + track.width * 0.2, handle.y + handle.height / 2, { steps: 4 });
      await page.mouse.move(track.x + track.width / 3, handle.y + handle.height / 2, { steps: 4 });
      await page.mouse.up();
      const dragged = Number(await start.getAttribute('aria-valuenow'));
      assert.ok(dragged > 3 && dragged < 5, `the start moved to about 0:04 (${dragged})`);
      await assertValue(from, /^0:0[345]/);
      await page.getByRole('button', { name: /^Undo / }).first().click();
      await assertValue(from, '0:02');
      await assertValue(until, '0:07');

      // The playhead: End stops the video at its last second; the view shows that frame.
      const view = page.locator('.scene-viewport-frame');
      const playhead = timeline.getByRole('slider', { name: 'Where the video is stopped' });
      assert.equal(await playhead.getAttribute('aria-valuenow'), '0');
      const before = await view.screenshot();
      await playhead.focus();
      await page.keyboard.press('Shift+ArrowRight');
      await page.waitForFunction(() => document.querySelector('.video-timeline-playhead')?.getAttribute('aria-valuenow') === '5', null, { timeout: 15_000 });
      await page.keyboard.press('Shift+ArrowRight');
      await page.waitForFunction(() => Number(document.querySelector('.video-timeline')?.getAttribute('data-video-time')) >= 9.9, null, { timeout: 15_000 });
      assert.equal(await playhead.getAttribute('aria-valuenow'), '10');
      assert.ok(await changedShot(view, before), 'the view shows the frame at 0:10');
      // ...and dragged back to the start with the pointer (the screenshot scrolled the view up).
      await playhead.scrollIntoViewIfNeeded();
      const ruler = await playhead.locator('..').boundingBox();
      const head = await playhead.boundingBox();
      assert.ok(ruler && head);
      await page.mouse.move(head.x + head.width / 2, head.y + head.height / 2);
      await page.mouse.down();
      await page.mouse.move(ruler.x + 2, head.y + head.height / 2, { steps: 5 });
      await page.mouse.up();
      await page.waitForFunction(() => Number(document.querySelector('.video-timeline')?.getAttribute('data-video-time')) < 0.5, null, { timeout: 15_000 }).catch(async (e: Error) => {
        throw new Error(`${e.message}: the video is at ${await timeline.getAttribute('data-video-time')} s (ruler ${JSON.stringify(ruler)}, playhead ${JSON.stringify(head)})`);
      });
      assert.deepEqual(errors.filter((e) => !/AudioContext/i.test(e)), []);
    } finally {
      await context.close();
    }
  });
});

async function assertValue(field: Locator, want: string | RegExp): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const v = await field.inputValue();
    if (typeof want === 'string' ? v === want : want.test(v)) return;
    await field.page().waitForTimeout(100);
  }
  assert.fail(`${await field.getAttribute('id')}: ${await field.inputValue()}, not ${String(want)}`);
}
