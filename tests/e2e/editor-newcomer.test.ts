import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { dragLinkTo, newStory as newStoryAt, builtAppForTests } from './lib/editor.ts';

/**
 * What a newcomer hit in the editor (issue 19), as they would meet it: linking on the map by
 * dropping on a card, renaming a scene with ways leading there.
 */
const app = builtAppForTests();

const nodes = (page: Page) => page.locator('.react-flow__node');
const edgeCount = (page: Page) => page.locator('.react-flow__edge').count();

/** Drags from card `from`'s link dot and drops in the middle of card `to`'s title (not on a dot). */
const dropOnCard = (page: Page, from: number, to: number) => dragLinkTo(page, from, nodes(page).nth(to).locator('.scene-node-title'));

describe('editor, as a newcomer meets it', () => {
  test('dropping a link anywhere on a card links the scenes; renaming a scene renames the ways there until the author writes their own', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await newStoryAt(page, app.server.url);
      const addScene = page.getByRole('button', { name: 'Add scene', exact: true }).first();
      await addScene.click();
      await addScene.click();
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
});
