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

test('captions can be turned off in the menu, stay off after a reload, and come back when turned on', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=keyboard');
  const captions = page.getByTestId('captions');
  const captionsSwitch = page.getByRole('checkbox', { name: 'Captions' });
  const menu = page.getByRole('button', { name: 'Menu' });
  /** Into the garden (its narration has a caption); resolves with the page's clock at the arrival. */
  const toGarden = async () => {
    await page.evaluate(() => window.__story!.choose('sign'));
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.__story!.choose('to-garden'));
    await page.waitForFunction(() => window.__story!.state().sceneId === 'garden', null, { timeout: 30_000 });
    return page.evaluate(() => performance.now());
  };
  const OFF_WATCH_MS = 8_000;

  await menu.click();
  assert.equal(await captionsSwitch.isChecked(), true, 'captions are on at first');
  await captionsSwitch.uncheck();
  await page.keyboard.press('Escape');
  // Every text the caption box shows from now on.
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { __captionsSeen: string[] }).__captionsSeen = []);
    const box = document.querySelector('[data-testid="captions"]')!;
    new MutationObserver(() => box.textContent && seen.push(box.textContent)).observe(box, { childList: true, subtree: true, characterData: true });
  });
  await toGarden();
  await page.waitForTimeout(OFF_WATCH_MS);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __captionsSeen: string[] }).__captionsSeen), [], 'no caption drawn while they are off');
  assert.equal(await captions.getAttribute('aria-live'), 'polite', 'the live region stays in the page');

  await page.reload();
  await menu.click();
  await captionsSwitch.waitFor();
  assert.equal(await captionsSwitch.isChecked(), false, 'the choice is remembered on this device');
  await captionsSwitch.check();
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.__story!.restart());
  const arrived = await toGarden();
  await page.waitForFunction(() => document.querySelector('[data-testid="captions"]')?.textContent === 'Birds sing in the old garden.', null, { timeout: 30_000 });
  const after = (await page.evaluate(() => performance.now())) - arrived;
  // The same caption shows this soon after arriving when on, so the watch while off was long enough to see it.
  assert.ok(after < OFF_WATCH_MS, `the caption came ${Math.round(after)} ms after arriving, later than the ${OFF_WATCH_MS} ms watched while off`);
  assertNoErrors(errors);
  await context.close();
});
