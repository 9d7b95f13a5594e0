import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { devAppForTests, openProblemKinds } from './lib/editor.ts';

/**
 * "New from a template…" in the library and the workshop kit page, as a facilitator uses them:
 * pick a template, read its guide, use it, land in the editor with its scenes and pictures, find the
 * story in the library after a reload; open the storyboard handout and print it.
 */
const app = devAppForTests();
const shots = tmpdir();


/** The saved story, and which of its media are in the blob store with the right sha-256. */
async function saved(page: Page, storyId: string) {
  return page.evaluate(async (id) => {
    const { createIdbRepository } = (await import('/src/storage/idb-repository.ts' as string)) as typeof import('../../src/storage/idb-repository.ts');
    const { hashBlob } = (await import('/src/story/hash.ts' as string)) as typeof import('../../src/story/hash.ts');
    const repo = createIdbRepository();
    const got = await repo.get(id);
    let good = 0;
    for (const a of got?.story.assets ?? []) {
      const blob = await repo.getAsset(a.id);
      if (blob && (await hashBlob(blob)) === a.id) good++;
    }
    return { id: got?.story.id, title: got?.story.meta.title.en, scenes: got?.story.scenes.length, assets: got?.story.assets.length, good };
  }, storyId);
}

async function useTemplate(page: Page, title: string): Promise<string> {
  await page.getByRole('button', { name: 'New from a template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from a template' });
  await dialog.getByRole('heading', { name: title }).waitFor();
  await dialog.getByRole('button', { name: `Use the template “${title}”` }).click();
  await page.waitForURL(/\/edit\/[A-Za-z0-9_-]+$/, { timeout: 30_000 });
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Opens the start scene in the editor's 360° view and waits until its picture is on screen. */
async function pictureShows(page: Page) {
  await page.locator('.story-map[data-ready="true"]').waitFor();
  await page.locator('.react-flow__node').first().click();
  await page.locator('.scene-viewport-frame[data-ready="true"]').waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('.scene-viewport-status.is-error').count(), 0);
}

describe('new story from a workshop template', () => {
  test('the dialog shows every template; My place and Language café open in the editor and stay in the library', async () => {
    const { page, errors } = await newPage(app.browser);
    try {
      await page.setViewportSize({ width: 1400, height: 1000 });
      await page.goto(app.dev.url);
      await page.getByRole('button', { name: 'New from a template…' }).click();
      const dialog = page.getByRole('dialog', { name: 'New from a template' });
      const cards = dialog.locator('.template-card');
      await cards.nth(3).waitFor();
      assert.equal(await cards.count(), 4);
      const myPlace = dialog.locator('[data-template="my-place"]');
      await myPlace.getByText('Uses your own photos').waitFor();
      await myPlace.getByText('5 scenes').waitFor();
      const cafe = dialog.locator('[data-template="language-cafe"]');
      await cafe.getByText('Ready to play').waitFor();
      await cafe.getByText(/Norwegian Bokmål and English/).waitFor();
      // Every card shows its start scene's picture.
      await page.waitForFunction(() => {
        const imgs = [...document.querySelectorAll<HTMLImageElement>('.template-card img')];
        return imgs.length === 4 && imgs.every((i) => i.complete && i.naturalWidth > 0);
      });
      await page.evaluate(() => Promise.all([...document.querySelectorAll<HTMLImageElement>('.template-card img')].map((i) => i.decode())));
      // Small copies made once (in a worker, kept by the picture's hash), not the 4096 px panoramas.
      assert.deepEqual(
        await page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('.template-card img')].map((i) => [i.naturalWidth, i.src.slice(0, 5)])),
        [[320, 'blob:'], [320, 'blob:'], [320, 'blob:'], [320, 'blob:']],
      );
      await page.screenshot({ path: resolve(shots, 'templates-dialog.png') });

      // The guide, then back to the list.
      await myPlace.getByRole('button', { name: 'Read the guide to “My place”' }).click();
      const guide = page.getByRole('dialog', { name: 'Guide: My place' });
      await guide.locator('.template-guide h1').waitFor();
      await page.screenshot({ path: resolve(shots, 'templates-guide.png') });
      await guide.getByRole('button', { name: 'Back to the templates' }).click();
      await dialog.locator('[data-template="my-place"]').waitFor();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'hidden' });

      const placeId = await useTemplate(page, 'My place');
      assert.notEqual(placeId, 'template-my-place');
      assert.deepEqual(await saved(page, placeId), { id: placeId, title: 'My place', scenes: 5, assets: 1, good: 1 });
      // The to-dos: every scene still shows the placeholder picture.
      await openProblemKinds(page);
      const problems = page.locator('.problems .problem', { hasText: "still shows the template's placeholder picture" });
      await problems.first().waitFor();
      assert.equal(await problems.count(), 5);
      await pictureShows(page);
      await page.screenshot({ path: resolve(shots, 'templates-my-place-editor.png') });

      await page.goto(app.dev.url);
      const cafeId = await useTemplate(page, 'Language café');
      assert.notEqual(cafeId, placeId);
      const cafeSaved = await saved(page, cafeId);
      assert.equal(cafeSaved.scenes, 3);
      assert.equal(cafeSaved.good, cafeSaved.assets);
      assert.ok((cafeSaved.assets ?? 0) >= 12);
      await pictureShows(page);
      assert.equal(await page.locator('.problems .problem', { hasText: 'placeholder picture' }).count(), 0);
      await page.screenshot({ path: resolve(shots, 'templates-cafe-editor.png') });

      await page.goto(app.dev.url);
      await page.reload();
      await page.getByRole('button', { name: 'Open “My place”' }).waitFor();
      await page.getByRole('button', { name: 'Open “Språkkafé”' }).waitFor(); // its default language is Norwegian
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});

describe('workshop kit page', () => {
  test('lists the kit, renders the storyboard handout, and prints without the app around it', async () => {
    const { page, errors } = await newPage(app.browser);
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(app.dev.url);
      await page.getByRole('link', { name: 'Open the workshop kit: guides and handouts to print' }).click();
      await page.waitForURL(/\/workshops$/);
      const nav = page.getByRole('navigation', { name: 'Workshop kit pages' });
      for (const name of ['Facilitator guide', 'Safeguarding and consent', 'Consent form', 'Accessibility', 'Troubleshooting', 'Hotspot planning cards']) {
        await nav.getByRole('link', { name }).waitFor();
      }
      await page.locator('.kit-doc h1').waitFor();

      await nav.getByRole('link', { name: 'Storyboard sheet' }).click();
      await page.waitForURL(/\/workshops\/storyboard$/);
      const doc = page.locator('article.kit-doc');
      await doc.getByRole('heading', { name: 'Storyboard sheet', level: 1 }).waitFor();
      await doc.locator('pre.md-sheet').first().waitFor();
      assert.match((await doc.locator('pre.md-sheet').first().textContent()) ?? '', /START/);
      assert.ok((await doc.locator('.md-box').count()) >= 6, 'the checklist has boxes to tick');
      const print = page.getByRole('button', { name: 'Print' });
      assert.equal(await print.isVisible(), true);
      assert.equal(await nav.isVisible(), true);
      await page.screenshot({ path: resolve(shots, 'kit-storyboard.png'), fullPage: true });

      await page.emulateMedia({ media: 'print' });
      assert.equal(await print.isVisible(), false);
      assert.equal(await nav.isVisible(), false);
      assert.equal(await page.getByRole('button', { name: 'Your stories' }).isVisible(), false);
      assert.equal(await doc.isVisible(), true);
      const colours = await doc.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
      assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      await page.screenshot({ path: resolve(shots, 'kit-storyboard-print.png'), fullPage: true });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(resolve(shots, 'kit-storyboard.pdf'), pdf);
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');

      // A link between pages stays in the kit; a web link is printed with its address.
      await page.emulateMedia({ media: 'screen' });
      await nav.getByRole('link', { name: 'Facilitator guide' }).click();
      const web = doc.locator('a.md-web-link[href="https://nodejs.org"]');
      await web.waitFor();
      await page.emulateMedia({ media: 'print' });
      assert.match(await web.evaluate((a) => getComputedStyle(a, '::after').content), /https:\/\/nodejs\.org/);
      await page.emulateMedia({ media: 'screen' });
      await doc.getByRole('link', { name: 'troubleshooting' }).first().click();
      await page.waitForURL(/\/workshops\/troubleshooting$/);
      await doc.getByRole('heading', { level: 1 }).waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
