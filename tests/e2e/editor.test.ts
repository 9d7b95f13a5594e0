import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { newPage } from './lib/browser.ts';
import { dragLinkTo, newStory as newStoryAt, saved as savedState, savedDoc, builtAppForTests } from './lib/editor.ts';

/**
 * The editor in the built app, in real Chromium with real IndexedDB: make a story from the library,
 * build it on the map and in the inspector, undo/redo, reload, bin/restore, a second tab, a full disk.
 */
const app = builtAppForTests();

const nodes = (page: Page) => page.locator('.react-flow__node');
const edges = (page: Page) => page.locator('.react-flow__edge');
const saved = (page: Page) => savedState(page, 5000);
const newStory = (page: Page) => newStoryAt(page, app.server.url);

/** The site's storage quota in the full-disk test: room for a new story, not for a big photo. */
const QUOTA = 3_000_000;

/** A 4096x2048 photo of noise: it cannot be compressed, so it really takes its ~8 MB when stored. */
const noisyPanorama = async () => {
  const width = 4096;
  const height = 2048;
  const pixels = randomBytes(width * height * 3);
  const buffer = await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
  return { name: 'noisy-square.jpg', mimeType: 'image/jpeg', buffer };
};

/** Drags from a scene card's link dot to another card's input dot. */
const dragLink = (page: Page, from: number, to: number) => dragLinkTo(page, from, nodes(page).nth(to).locator('.react-flow__handle.target'));

describe('editor', () => {
  test('make a story: add scenes, link, rename, undo/redo with labels, and it is all there after a reload', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await newStory(page);
      assert.equal(await nodes(page).count(), 1);
      const addScene = page.getByRole('button', { name: 'Add scene', exact: true }).first();
      await addScene.click();
      await addScene.click();
      assert.equal(await nodes(page).count(), 3);
      assert.ok(await page.getByRole('button', { name: 'Undo add scene' }).isEnabled());

      // Link scene 1 -> scene 2 on the map by dragging.
      await page.getByRole('button', { name: 'Tidy up' }).click();
      await page.getByRole('button', { name: 'Show the whole map' }).click();
      await dragLink(page, 0, 1);
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 1);
      assert.ok(await page.getByRole('button', { name: 'Undo link scenes' }).isVisible());

      // Rename scene 1 in the inspector (the link selected it).
      const title = page.getByLabel('Scene title');
      assert.equal(await title.inputValue(), 'Scene 1');
      await title.fill('The gate');
      assert.equal(await nodes(page).first().locator('.scene-node-title').textContent(), 'The gate');

      // Link scene 1 -> scene 3 with the keyboard-friendly picker.
      await page.getByRole('button', { name: 'Add a way to another scene' }).click();
      await page.getByRole('group', { name: 'Scene to go to' }).getByRole('button', { name: 'Scene 3' }).click();
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 2);

      // Undo and redo, by button and by keyboard, with the step named.
      await page.getByRole('button', { name: 'Undo link scenes' }).click();
      assert.equal(await edges(page).count(), 1);
      assert.ok(await page.getByRole('button', { name: 'Redo link scenes' }).isEnabled());
      assert.ok(await page.getByRole('button', { name: 'Undo rename scene' }).isEnabled());
      await page.locator('body').press('Control+Shift+Z');
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 2);
      await page.locator('body').press('Control+z');
      await page.locator('body').press('Control+z'); // the rename
      assert.equal(await nodes(page).first().locator('.scene-node-title').textContent(), 'Scene 1');
      await page.locator('body').press('Control+y');
      await page.locator('body').press('Control+y');
      assert.equal(await nodes(page).first().locator('.scene-node-title').textContent(), 'The gate');
      await page.getByRole('status').filter({ hasText: 'Redone: link scenes' }).waitFor();

      // Story title in the toolbar.
      await page.locator('#story-title-input').fill('The long way home');

      await saved(page);
      await page.reload();
      await page.locator('.story-map[data-ready="true"]').waitFor();
      assert.equal(await nodes(page).count(), 3);
      // The map draws its arrows once the cards are measured, a moment after the cards.
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length >= 2);
      assert.equal(await edges(page).count(), 2);
      assert.equal(await nodes(page).first().locator('.scene-node-title').textContent(), 'The gate');
      assert.equal(await page.locator('#story-title-input').inputValue(), 'The long way home');

      await page.getByRole('button', { name: 'Back to your stories' }).click();
      await page.getByRole('heading', { name: 'The long way home' }).waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('preview plays the story in the real player from the chosen scene, and comes back to it', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await newStory(page);
      const addScene = page.getByRole('button', { name: 'Add scene', exact: true }).first();
      await addScene.click();
      await page.getByLabel('Scene title').fill('The rooftop');
      await page.getByRole('button', { name: 'Preview from “The rooftop”' }).click();
      await page.getByRole('heading', { name: 'The rooftop' }).waitFor();
      assert.ok(await page.locator('.editor').isHidden());
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('button', { name: 'Exit' }).click();
      await page.locator('.editor').waitFor();
      assert.equal(await page.getByLabel('Scene title').inputValue(), 'The rooftop');
      await page.waitForFunction(() => document.activeElement?.id === 'preview-button');
      // The way back is also in sight all the time, above the player (not only in its menu).
      await page.getByRole('button', { name: 'Preview from “The rooftop”' }).click();
      await page.getByRole('heading', { name: 'The rooftop' }).waitFor();
      const back = page.getByRole('button', { name: 'Back to editing' });
      const box = await back.boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 80, `"Back to editing" is at the top of the view (${JSON.stringify(box)})`);
      await back.click();
      await page.locator('.editor').waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'preview-button');
      assert.equal(await nodes(page).count(), 2);
      // The map works from the keyboard: focus a card, Enter selects it.
      await nodes(page).first().focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (document.getElementById('scene-title-input') as HTMLInputElement | null)?.value === 'Scene 1');
      assert.deepEqual(errors.filter((e) => !/WebGL|GPU|AudioContext/i.test(e)), []);
    } finally {
      await context.close();
    }
  });

  test('delete to the bin and restore; delete for good', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await newStory(page);
      await page.locator('#story-title-input').fill('Bin me');
      await saved(page);
      await page.getByRole('button', { name: 'Back to your stories' }).click();
      await page.getByRole('button', { name: 'Move “Bin me” to the bin' }).click();
      await page.getByText('“Bin me” is in the bin.').waitFor();
      assert.equal(await page.getByRole('heading', { name: 'Bin me', level: 3 }).count(), 0);
      await page.getByText('Bin (1)').click();
      await page.getByRole('button', { name: 'Restore “Bin me”' }).click();
      await page.getByRole('heading', { name: 'Bin me', level: 3 }).waitFor();
      // A library story plays from the library (its document and media from IndexedDB).
      await page.getByRole('button', { name: 'Play “Bin me”' }).click();
      await page.waitForURL(/\/play\/story-/);
      await page.getByRole('heading', { name: 'Scene 1' }).waitFor();
      await page.goBack();

      await page.getByRole('button', { name: 'Duplicate “Bin me”' }).click();
      await page.getByRole('heading', { name: 'Bin me (copy)', level: 3 }).waitFor();
      await page.getByRole('button', { name: 'Move “Bin me (copy)” to the bin' }).click();
      await page.getByText('Bin (1)').click();
      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: 'Delete “Bin me (copy)” for good' }).click();
      await page.getByText('Bin (1)').waitFor({ state: 'detached' });
      await page.reload();
      await page.getByRole('heading', { name: 'Bin me', level: 3 }).waitFor();
      assert.equal(await page.getByRole('heading', { name: 'Bin me (copy)' }).count(), 0);
      assert.deepEqual(errors.filter((e) => !/WebGL|GPU|AudioContext/i.test(e)), []);
    } finally {
      await context.close();
    }
  });

  test('a second tab on the same story is read-only, and takes over when the first closes', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      const id = await newStory(page);
      const second = await context.newPage();
      await second.goto(`${app.server.url}edit/${id}`);
      await second.getByText('This story is open in another tab').waitFor();
      assert.ok(await second.getByRole('button', { name: 'Add scene', exact: true }).first().isDisabled());
      assert.equal(await second.locator('#story-title-input').getAttribute('readonly'), '');
      // The first tab goes on editing; the second follows what it saves.
      await page.locator('#story-title-input').fill('Written in tab one');
      await saved(page);
      await second.waitForFunction(() => (document.getElementById('story-title-input') as HTMLInputElement).value === 'Written in tab one');
      await page.close();
      await second.getByText('you can edit the story here now').waitFor();
      assert.ok(await second.getByRole('button', { name: 'Add scene', exact: true }).first().isEnabled());
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a full disk, as Chromium reports it, shows a clear message, keeps the work in memory, and saves once there is room', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      // The site's quota, set through the DevTools protocol before the editor opens its database:
      // room for the library and a new story, not for a big photo. The photo's save then fails the way
      // a full disk does in Chromium: the transaction aborts at commit with QuotaExceededError.
      const cdp = await context.newCDPSession(page);
      const origin = new URL(app.server.url).origin;
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA });
      const storyId = await newStory(page);
      await saved(page);
      const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
      assert.ok(usage < QUOTA / 2, `the library and a new story should fit well under the quota (used ${usage} bytes)`);

      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Add photos and sounds', exact: true }).click();
      await (await chooser).setFiles([await noisyPanorama()]);
      const alert = page.getByRole('alert').filter({ hasText: /no more room to save/ });
      await alert.waitFor({ timeout: 60_000 });
      assert.match((await alert.textContent())!, /still here in this window/);
      // Nothing lost in memory, and editing goes on: the scene has the photo, its title can change.
      await page.getByLabel('Scene title').fill('Only in memory');
      assert.equal(await page.getByLabel('Scene title').inputValue(), 'Only in memory');
      assert.equal(((await savedDoc<{ scenes: Array<{ title: unknown }> }>(page, storyId)).scenes.length), 1);
      const kept = await savedDoc<{ assets: unknown[] }>(page, storyId);
      assert.equal(kept.assets.length, 0, 'the aborted save left the last good version, without the photo');
      // Leaving is refused while the work is not saved.
      await page.getByRole('button', { name: 'Back to your stories' }).click();
      assert.match(page.url(), /\/edit\//);
      // The browser's Back button cannot be refused: the work stays in memory in this tab.
      await page.goBack();
      await page.getByRole('heading', { name: 'Your stories' }).waitFor();
      await page.goForward();
      await page.locator('.story-map[data-ready="true"]').waitFor();
      assert.equal(await page.getByLabel('Scene title').inputValue(), 'Only in memory');
      // Leaving tried to save once more (and failed): room comes back once no save is under way, as
      // when a person frees space while the message shows.
      await alert.waitFor({ timeout: 60_000 });

      // Room again (the person freed some space): the editor's own retry (it tries again after 2, 5,
      // 15, 30 s) or "Try saving again", whichever comes first, saves all of it.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1024 ** 3 });
      const retry = page.getByRole('button', { name: 'Try saving again' });
      // Saving the photo itself can take a while on a busy machine: wait as long as for the saved state below.
      await retry
        .or(page.locator('.save-state.saved'))
        .first()
        .waitFor({ timeout: 60_000 })
        .catch(async (e: Error) => {
          // Say what the save area showed instead (saving for a minute, read-only, pending…).
          const shown = await page.evaluate(() =>
            [...document.querySelectorAll('.save-state, .save-failed')].map((n) => `${n.className}: ${n.textContent}`).join(' | '),
          );
          throw new Error(`${e.message}\nThe save area showed: ${shown || 'nothing'}`);
        });
      await retry.click({ timeout: 2000 }).catch(() => {}); // gone already when a retry has just saved
      await page.locator('.save-state.saved').waitFor({ timeout: 40_000 });
      await page.reload();
      await page.locator('.story-map[data-ready="true"]').waitFor();
      assert.ok(await page.locator('.scene-node-title', { hasText: 'Only in memory' }).isVisible());
      const doc = await savedDoc<{ assets: Array<{ kind: string }> }>(page, storyId);
      assert.deepEqual(doc.assets.map((a) => a.kind), ['image']);
      assert.deepEqual(errors.filter((e) => !/QuotaExceeded|quota/i.test(e)), []);
    } finally {
      await context.close();
    }
  });
});
