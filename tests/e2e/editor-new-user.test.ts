import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { ROOT } from './lib/app.ts';
import { drawnPanorama, newStory, saved, savedDoc, builtAppForTests } from './lib/editor.ts';

/**
 * The new-user flow, in one go, as a person meets it: only what is on screen (buttons,
 * fields and regions by their names), the file picker and the (fake) microphone. A usability
 * check as much as a regression test: every step must be findable from the screen before it.
 * IndexedDB is read only to check what has no visible form (where a hotspot sits).
 */
const app = builtAppForTests();
const REAL_PANORAMA = resolve(ROOT, 'tests/fixtures/real/pannellum/examplepano.jpg');
const CC0_SOUND = resolve(ROOT, 'tests/fixtures/audio/rain.mp3');
const shots = process.env.EDITOR_SHOTS;
const shot = async (page: Page, name: string) => void (shots && (await page.screenshot({ path: `${shots}/${name}.png` })));

interface SavedStory {
  scenes: Array<{
    id: string;
    title: Record<string, string>;
    panorama: string | null;
    hotspots: Array<{ id: string; yaw: number; pitch: number; label: Record<string, string>; action: { type: string; sceneId?: string; text?: Record<string, string> } }>;
    soundscape: { sources: Array<{ id: string; asset: string; yaw: number; pitch: number }>; narration?: { recordings: Record<string, string>; captions: Record<string, Array<{ text: string }>> } };
  }>;
  assets: Array<{ id: string; kind: string; name?: string; width?: number; height?: number }>;
}

/** The 360 view of the selected scene, drawn and ready for pointing. */
async function sceneView(page: Page) {
  const frame = page.locator('.scene-viewport-frame[data-ready="true"][data-yaw]');
  await frame.waitFor({ timeout: 30_000 });
  await frame.scrollIntoViewIfNeeded();
  return frame;
}

async function clickInView(page: Page, fx: number, fy: number) {
  const frame = await sceneView(page);
  const box = (await frame.boundingBox())!;
  await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
}

const undoButton = (page: Page) => page.getByRole('button', { name: /^(Undo|Nothing to undo)/ });
const redoButton = (page: Page) => page.getByRole('button', { name: /^(Redo|Nothing to redo)/ });

describe('a new user', () => {
  test('makes a story: two photos, a link, information, a placed sound, narration with a caption; undo/redo; reload; preview', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await page.setViewportSize({ width: 1400, height: 1000 });
      // 1. From the library: a new story.
      const storyId = await newStory(page, app.server.url);
      await shot(page, '01-new-story');

      // 2. Two photos through the file picker: the real one, and one drawn just now. The first fills
      // the new story's empty scene, the second makes a scene of its own.
      const drawn = await drawnPanorama(page);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Add photos and sounds', exact: true }).click();
      const real = { name: 'examplepano.jpg', mimeType: 'image/jpeg', buffer: readFileSync(REAL_PANORAMA) };
      await (await chooser).setFiles([real, { name: 'my-street.png', mimeType: 'image/png', buffer: drawn }]);
      const added = page.getByRole('region', { name: 'Adding media' });
      await added.getByText('Added “examplepano.jpg”.').waitFor({ timeout: 60_000 });
      await added.getByText('Added “my-street.png”.').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Close', exact: true }).click();
      const cards = page.locator('.react-flow__node');
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 2);
      assert.deepEqual(await cards.locator('.scene-node-title').allTextContents(), ['examplepano', 'my street']);
      await shot(page, '02-photos');

      // 3. Link the two scenes: in the first scene's 360 view, click where the way to the street is.
      // The map is narrower beside the open scene: show all of it, then choose the first card.
      await page.getByRole('button', { name: 'Show the whole map' }).click();
      await cards.filter({ hasText: 'examplepano' }).click();
      assert.equal(await page.getByLabel('Scene title').inputValue(), 'examplepano');
      await clickInView(page, 0.62, 0.55);
      const menu = page.getByRole('dialog', { name: 'What should this hotspot do?' });
      await menu.waitFor();
      // It leads to the other scene already (the next one not linked yet), shown by its picture.
      await menu.getByRole('group', { name: 'Go to a scene' }).getByRole('button', { name: 'my street', pressed: true }).waitFor();
      await shot(page, '03-hotspot-menu');
      await menu.getByRole('button', { name: 'Done' }).click();
      await menu.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 1);
      assert.equal(await undoButton(page).getAttribute('aria-label'), 'Undo add hotspot');

      // 4. Information: a hotspot that shows a text.
      await page.getByRole('button', { name: 'Add information' }).click();
      const infoCard = page.locator('.hotspot-card').filter({ has: page.getByRole('heading', { name: 'Hotspot 2' }) });
      await infoCard.getByLabel('Label').fill('The old bench');
      await infoCard.getByLabel('Information text').fill('My grandad carved his name here in 1961.');
      await shot(page, '04-info');

      // 5. A sound from a direction: the scene has none yet, so the view offers to add one.
      const sounds = page.getByRole('region', { name: 'Sounds in this scene' });
      await sounds.getByText('This story has no sounds yet.', { exact: false }).waitFor();
      const soundChooser = page.waitForEvent('filechooser');
      await sounds.getByRole('button', { name: 'Add a sound…' }).click();
      await (await soundChooser).setFiles(CC0_SOUND);
      // Added and ready to place: the next click in the picture puts it there.
      await sounds.getByRole('button', { name: 'Place a sound', pressed: true }).waitFor({ timeout: 30_000 });
      await page.getByText('Click where the sound should come from', { exact: false }).waitFor();
      await clickInView(page, 0.3, 0.4);
      await sounds.getByRole('button', { name: /^rain\.mp3, -?\d+° across/ }).waitFor();
      await page.keyboard.press('Escape');
      await shot(page, '05-sound');

      // 6. Narration: record 2 s with the (fake) microphone, then a caption.
      await page.getByRole('button', { name: 'Record with the microphone' }).click();
      await page.getByRole('button', { name: 'Start recording' }).click();
      await page.getByRole('meter', { name: 'Microphone level' }).waitFor();
      await page.getByRole('status').filter({ hasText: /Recording… 0:0[2-9]/ }).waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Stop recording' }).click();
      const end = Number(await page.getByLabel('End at (seconds)').inputValue());
      assert.ok(end >= 1.5 && end <= 8, `about 2 s were recorded (got ${end} s)`);
      await page.getByRole('button', { name: 'Use this recording' }).click();
      await page.locator('.narration audio').waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Add a caption here' }).click();
      const caption = page.getByLabel('Caption 1 text');
      await caption.fill('This is where we sat after school.');
      await shot(page, '06-narration');

      // 7. Undo and redo, with the buttons and the keyboard; the buttons say what they will undo.
      assert.equal(await undoButton(page).getAttribute('aria-label'), 'Undo change captions');
      await undoButton(page).click();
      assert.equal(await caption.inputValue(), '');
      assert.equal(await redoButton(page).getAttribute('aria-label'), 'Redo change captions');
      await redoButton(page).click();
      assert.equal(await caption.inputValue(), 'This is where we sat after school.');
      await page.locator('body').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
      await page.locator('body').press('Control+z');
      assert.equal(await caption.inputValue(), '');
      await page.getByRole('status').filter({ hasText: 'Undone: change captions' }).waitFor();
      await page.locator('body').press('Shift+Control+Z');
      assert.equal(await caption.inputValue(), 'This is where we sat after school.');
      await page.getByRole('status').filter({ hasText: 'Redone: change captions' }).waitFor();
      assert.equal(await undoButton(page).getAttribute('aria-label'), 'Undo change captions');

      // What was made, as saved (positions have no text on screen).
      await saved(page);
      const before = await savedDoc<SavedStory>(page, storyId);
      const [first, second] = before.scenes;
      assert.equal(before.scenes.length, 2);
      assert.ok(first!.panorama && second!.panorama && first!.panorama !== second!.panorama);
      assert.ok(before.assets.some((a) => a.kind === 'image' && a.width === 2048 && a.height === 1024), 'the drawn photo, 2048x1024');
      assert.ok(before.assets.some((a) => a.kind === 'image' && a.width === 4096 && a.height === 2048), 'the real photo, 4096x2048');
      const link = first!.hotspots.find((h) => h.action.type === 'goto')!;
      assert.equal(link.action.sceneId, second!.id);
      assert.ok(link.yaw > 0 && Math.abs(link.pitch) < 30, `the link is right of centre, near the horizon: ${link.yaw}, ${link.pitch}`);
      const info = first!.hotspots.find((h) => h.action.type === 'info')!;
      assert.deepEqual(info.action.text, { en: 'My grandad carved his name here in 1961.' });
      const source = first!.soundscape.sources[0]!;
      assert.ok(source.yaw < 0 && source.pitch > 0, `the sound is up and to the left: ${source.yaw}, ${source.pitch}`);
      assert.ok(first!.soundscape.narration?.recordings.en);

      // 8. Reload: everything is there.
      await page.reload();
      await page.locator('.story-map[data-ready="true"]').waitFor();
      assert.deepEqual(await cards.locator('.scene-node-title').allTextContents(), ['examplepano', 'my street']);
      assert.equal(await page.locator('.react-flow__edge').count(), 1);
      // The map is narrower beside the open scene: show all of it, then choose the first card.
      await page.getByRole('button', { name: 'Show the whole map' }).click();
      await cards.filter({ hasText: 'examplepano' }).click();
      const infoAgain = page.locator('.hotspot-card').filter({ has: page.getByRole('heading', { name: 'Hotspot 2' }) });
      assert.equal(await infoAgain.getByLabel('Information text').inputValue(), 'My grandad carved his name here in 1961.');
      assert.equal(await infoAgain.getByLabel('Label').inputValue(), 'The old bench');
      await page.getByRole('region', { name: 'Sounds in this scene' }).getByRole('button', { name: /^rain\.mp3, / }).waitFor();
      await page.locator('.narration audio').waitFor();
      assert.equal(await page.getByLabel('Caption 1 text').inputValue(), 'This is where we sat after school.');
      const after = await savedDoc<SavedStory>(page, storyId);
      assert.deepEqual(after.scenes, before.scenes, 'the same scenes, hotspots (with their places), sound and narration');
      await sceneView(page);
      await shot(page, '07-reloaded');

      // 9. Preview and follow the link: the player shows the street.
      await page.getByRole('button', { name: 'Preview from “examplepano”' }).click();
      await page.getByRole('heading', { name: 'examplepano' }).waitFor({ timeout: 30_000 });
      // Each hotspot is also a button ("Go: my street"), as for a keyboard or screen reader.
      const chosenAt = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: /: my street$/ }).click();
      await page.getByRole('heading', { name: 'my street' }).waitFor({ timeout: 30_000 });
      // ...and its picture is drawn (the player marks each scene it has shown). When the choice came
      // before the first picture was drawn, the street is the preview's first frame.
      await page.waitForFunction(
        ([id, since]) =>
          ['story:scene-shown', 'story:first-frame'].some((name) =>
            performance.getEntriesByName(name).some((m) => m.startTime > since && (m as PerformanceMark).detail?.sceneId === id),
          ),
        [second!.id, chosenAt] as const,
        { timeout: 60_000 },
      );
      await page.getByText('Loading the picture…').waitFor({ state: 'hidden' });
      await shot(page, '08-preview');
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('button', { name: 'Exit' }).click();
      await page.locator('.editor').waitFor();
      assert.deepEqual(errors.filter((e) => !/AudioContext/i.test(e)), []);
    } finally {
      await context.close();
    }
  });
});
