import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoErrors, focusedText, openPlayer, shot, startHarness, type PlayerHarness } from './pages/player-testing.ts';

let h: PlayerHarness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

test('the story as text: every place in order, choices link to places, info texts included', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=keyboard');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Read as text' }).click();
  const dialog = page.locator('dialog.ssp-reading[open]');
  await dialog.waitFor();
  const headings = await dialog.locator('h3').allInnerTexts();
  assert.deepEqual(headings.map((x) => x.replace(/Start here/, '').trim()), ['Hall', 'Cellar', 'Garden', 'Pond']);
  const text = await dialog.innerText();
  assert.match(text, /The garden is through the glass door\./, 'info text is part of the reading');
  assert.match(text, /Open the glass door – leads to Garden \(only after some choices\)/);
  assert.match(text, /The ducks say goodbye\./, 'endings are included');
  // A choice is an in-page link: following it moves focus to that place's heading.
  await dialog.getByRole('link', { name: /Walk to the pond/ }).click();
  assert.equal(await focusedText(page), 'Pond');
  await shot(page, 'player-reading');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  assert.equal(await page.evaluate(() => window.__story!.state().sceneId), 'hall', 'reading does not move the reader');
  assertNoErrors(errors);
  await context.close();
});

test('credits list the story licence, the authors and the media, one line per maker and licence', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=info');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Credits' }).click();
  const dialog = page.locator('dialog.ssp-credits[open]');
  await dialog.waitFor();
  const text = await dialog.innerText();
  assert.match(text, /A story by Test/);
  assert.match(text, /Licence: CC-BY-4\.0/);
  assert.match(text, /Pictures: A drawing of a red door — Kim, CC-BY-4\.0/);
  // One line per maker and licence: the panoramas go by their scenes' titles, the description is not repeated.
  assert.equal((text.match(/— Test, CC0-1\.0/g) ?? []).length, 1, text);
  assert.doesNotMatch(text, /Panorama number/);
  assertNoErrors(errors);
  await context.close();

  // A story of several photos by one maker: one line naming their scenes.
  const other = await openPlayer(h, 'story=keyboard');
  await other.page.getByRole('button', { name: 'Menu' }).click();
  await other.page.getByRole('button', { name: 'Credits' }).click();
  const list = other.page.locator('dialog.ssp-credits[open] .ssp-credit-list li');
  await list.first().waitFor();
  const pictures = (await list.allInnerTexts()).filter((l) => l.startsWith('Pictures:'));
  assert.equal(pictures.length, 1, pictures.join('\n'));
  assert.match(pictures[0]!, /^Pictures: Hall, Cellar, Garden/);
  assertNoErrors(other.errors);
  await other.context.close();
});

test('the text size is applied and remembered on this device', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=keyboard');
  const size = () => page.evaluate(() => getComputedStyle(document.querySelector('.ssp-scene-title')!).fontSize);
  const before = parseFloat(await size());
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('radio', { name: 'Largest' }).check();
  const bigger = parseFloat(await size());
  assert.ok(Math.abs(bigger / before - 1.75) < 0.01, `text grew from ${before}px to ${bigger}px`);
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0);
  assert.equal(parseFloat(await size()), bigger, 'the size is remembered after a reload');
  assertNoErrors(errors);
  await context.close();
});

for (const reducedMotion of [false, true]) {
  test(reducedMotion ? 'with reduced motion, scenes cut without a fade' : 'scenes crossfade by default', async () => {
    const { page, context, errors } = await openPlayer(h, 'story=walk&n=3', { reducedMotion });
    await page.waitForFunction(() => window.__story!.textureStats().ready >= 2);
    // A switch before the crossfade's shader has drawn once cuts (Panorama.tsx): wait for its warm-up.
    if (!reducedMotion) await page.waitForFunction(() => performance.getEntriesByName('story:fade-warmed').length > 0, null, { timeout: 60_000 });
    const fading = await page.evaluate(async () => {
      const s = window.__story!;
      s.choose('scene-1-next');
      const seen: number[] = [];
      for (let i = 0; i < 4; i++) {
        await new Promise((ok) => requestAnimationFrame(ok));
        seen.push(s.fading());
      }
      return seen;
    });
    if (reducedMotion) assert.deepEqual(fading, [0, 0, 0, 0]);
    else assert.ok(fading.some((f) => f > 0), `the old picture fades out (${fading})`);
    assertNoErrors(errors);
    await context.close();
  });
}
