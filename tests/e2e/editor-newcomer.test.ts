import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { dragLinkTo, drawnPanorama, newStory as newStoryAt, builtAppForTests, openProblemKinds } from './lib/editor.ts';

/**
 * What a newcomer hit in the editor (issue 19), as they would meet it: linking on the map by
 * dropping on a card, renaming a scene with ways leading there.
 */
const app = builtAppForTests();

const nodes = (page: Page) => page.locator('.react-flow__node');
const edgeCount = (page: Page) => page.locator('.react-flow__edge').count();

/** Drags from card `from`'s link dot and drops in the middle of card `to`'s title (not on a dot). */
const dropOnCard = (page: Page, from: number, to: number) => dragLinkTo(page, from, nodes(page).nth(to).locator('.scene-node-title'));

/** A new story with three scenes (no photos yet). */
async function threeScenes(page: Page) {
  await newStoryAt(page, app.server.url);
  const addScene = page.getByRole('button', { name: 'Add scene', exact: true }).first();
  await addScene.click();
  await addScene.click();
}

describe('editor, as a newcomer meets it', () => {
  test('dropping a link anywhere on a card links the scenes; renaming a scene renames the ways there until the author writes their own', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await threeScenes(page);
      await page.getByRole('button', { name: 'Tidy up' }).click();
      await page.getByRole('button', { name: 'Show the whole map' }).click();
      // The help says what works.
      await page.getByText('drop it anywhere on the other card').waitFor();

      // Dropping on the middle of the card (not on its small input dot) links.
      await dropOnCard(page, 0, 1);
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 1);
      assert.equal(await edgeCount(page), 1);
      const way = page.locator('.hotspot-card').first();
      assert.equal(await way.locator('h4').textContent(), 'Hotspot 1: Scene 2');

      // Rename scene 2: the way from scene 1 now says the new name.
      await nodes(page).nth(1).click();
      await page.getByLabel('Scene title').fill('Library hall');
      await nodes(page).nth(0).click();
      assert.equal(await way.locator('h4').textContent(), 'Hotspot 1: Library hall');
      assert.equal(await way.getByLabel('Label').inputValue(), 'Library hall');

      // The author's own label stays when the scene is renamed again.
      await way.getByLabel('Label').fill('Go inside');
      await nodes(page).nth(1).click();
      await page.getByLabel('Scene title').fill('The big hall');
      await nodes(page).nth(0).click();
      assert.equal(await way.getByLabel('Label').inputValue(), 'Go inside');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('the editor fills the window, and the open scene’s 360° view is its largest area (1280×800)', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await newStoryAt(page, app.server.url);
      const drawn = await drawnPanorama(page);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Add photos and sounds', exact: true }).click();
      await (await chooser).setFiles([{ name: 'street.png', mimeType: 'image/png', buffer: drawn }]);
      await page.getByRole('region', { name: 'Adding media' }).getByText('Added “street.png”.').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Close', exact: true }).click();
      await nodes(page).first().click();
      const frame = page.locator('.scene-viewport-frame[data-ready="true"]');
      await frame.waitFor({ timeout: 30_000 });
      if (process.env.EDITOR_SHOTS) await page.screenshot({ path: `${process.env.EDITOR_SHOTS}/layout-1280x800.png` });

      const box = (await frame.boundingBox())!;
      const map = (await page.locator('.story-map').boundingBox())!;
      const inspector = (await page.locator('.inspector').boundingBox())!;
      // It was 400×300 in the inspector: now the widest and tallest part of the window.
      assert.ok(box.width > map.width && box.width > inspector.width, `view ${box.width} wide, map ${map.width}, inspector ${inspector.width}`);
      assert.ok(box.width >= 500 && box.height >= 450, `view is ${box.width}×${box.height}`);
      assert.ok(box.y + box.height <= 800, 'the view is all on screen');

      // No empty strip under the editor; "Things to check" is whole and on screen.
      const bottoms = await page.evaluate(() => ({
        main: document.querySelector('.editor-main')!.getBoundingClientRect().bottom,
        problems: document.querySelector('.problems')!.getBoundingClientRect().bottom,
        height: innerHeight,
        scrolls: document.scrollingElement!.scrollHeight > innerHeight,
      }));
      assert.equal(Math.round(bottoms.main), bottoms.height);
      assert.ok(bottoms.problems <= bottoms.height + 0.5, `problems end at ${bottoms.problems}`);
      assert.equal(bottoms.scrolls, false);
      // Open (as it starts), the list stays on screen too.
      assert.equal(await page.getByRole('button', { name: /Things to check/ }).getAttribute('aria-expanded'), 'true');
      const list = (await page.locator('.problems').boundingBox())!;
      assert.ok(list.y >= 0 && list.y + list.height <= 800.5, 'the opened list stays on screen');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('"Things to check" has one line per kind with a count, and every problem a button that goes where it is fixed', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await threeScenes(page);
      const panel = page.getByRole('region', { name: /Things to check/ });
      const photos = panel.getByRole('button', { name: /Scenes without a 360° photo/ });
      await photos.waitFor();
      // The checks run a moment after the last change: wait for the third scene to be counted.
      await photos.locator('.count', { hasText: /^3$/ }).waitFor();
      assert.equal(await photos.getAttribute('aria-expanded'), 'false');
      // Fewer lines than problems: one per kind.
      const kinds = await panel.locator('.problem-kind').count();
      const total = Number(await page.locator('.problems-toggle .count').textContent());
      assert.ok(kinds < total, `${kinds} lines for ${total} problems`);

      await openProblemKinds(page);
      assert.equal(await photos.getAttribute('aria-expanded'), 'true');
      const items = panel.locator('.problem');
      assert.equal(await items.count(), total);
      assert.equal(await panel.locator('.problem button').count(), total, 'every problem has a way to fix it');
      assert.doesNotMatch(await panel.innerText(), /\b(yaw|pitch)\b/i);

      // "Show" on the second scene's missing photo opens that scene, ready to change.
      await page.locator('.problem', { hasText: /"Scene 2" has no 360° picture/ }).getByRole('button', { name: 'Show' }).click();
      await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.id === 'scene-title-input');
      assert.equal(await page.getByLabel('Scene title').inputValue(), 'Scene 2');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
