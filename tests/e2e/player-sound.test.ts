import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoErrors, openPlayer, startHarness, waitShown, type PlayerHarness } from './pages/player-testing.ts';

let h: PlayerHarness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

test('sound hotspots play and say what plays; narration shows its captions', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=keyboard');
  await page.evaluate(() => window.__story!.choose('to-cellar'));
  await waitShown(page, 2);
  await page.getByRole('button', { name: /Ring the bell/ }).click();
  const note = page.locator('.ssp-sound');
  await note.waitFor();
  const text = await note.innerText();
  assert.match(text, /Playing: Ring the bell/);
  assert.match(text, /A bell rings: ding, dong\./, 'the transcript is shown while it plays');
  await page.waitForTimeout(500);
  assert.doesNotMatch(await note.innerText(), /could not be played/);

  await page.evaluate(() => {
    window.__story!.choose('up');
    window.__story!.choose('sign');
  });
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.__story!.choose('to-garden'));
  await page.waitForFunction(() => document.querySelector('[data-testid="captions"]')?.textContent === 'Birds sing in the old garden.', null, {
    timeout: 30_000,
  });
  assertNoErrors(errors);
  await context.close();
});
