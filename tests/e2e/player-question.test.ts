import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoErrors, focusedText, openPlayer, shot, startHarness, tabTo, type PlayerHarness } from './pages/player-testing.ts';

let h: PlayerHarness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

test('a question by keyboard: a closed door says why, the answers are a radio group, feedback is announced, the score shows at the end', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=question');

  // The door is closed until a word is found: it says so, and opens the author's message instead.
  const door = page.locator('button[data-hotspot="to-garden"]');
  await page.waitForFunction(() => /closed/.test(document.querySelector('button[data-hotspot="to-garden"]')?.textContent ?? ''));
  await tabTo(page, 'Out to the garden');
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  await page.waitForFunction(() => /Find one word first\./.test(document.querySelector('dialog[open]')?.textContent ?? ''));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  await page.waitForFunction(() => window.__story!.state().sceneId === 'cafe');

  // The question: its prompt names the group of answers; focus starts on the first answer.
  // Focus went back to the door; the question is the choice before it.
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-hotspot') === 'to-garden');
  await page.keyboard.press('Shift+Tab');
  assert.match(await focusedText(page), /A word for this/);
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  const group = page.getByRole('radiogroup', { name: 'What is a cup called in Norwegian?' });
  await group.waitFor();
  assert.equal(await group.getByRole('radio').count(), 3);
  await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'kopp');

  // A wrong answer first: arrow keys pick, the Answer button answers, the feedback is a live status.
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'krus');
  await page.keyboard.press('Tab');
  assert.match(await focusedText(page), /^Answer$/);
  await page.keyboard.press('Enter');
  const status = dialog.getByRole('status');
  await page.waitForFunction(() => /A “krus” is a mug\.\s*You can try again\./.test(document.querySelector('dialog[open] [role="status"]')?.textContent ?? ''));
  assert.equal(await status.getAttribute('data-feedback'), 'wrong');
  await shot(page, 'player-question-wrong');

  // Try again: back to the answers, up to the right one.
  await page.waitForFunction(() => document.activeElement?.classList.contains('ssp-answer-button') === true).catch(async (e: unknown) => {
    throw new Error(`focus after answering: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`, { cause: e });
  });
  await page.keyboard.press('Shift+Tab');
  await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'krus').catch(async (e: unknown) => {
    throw new Error(`focus after Shift+Tab: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`, { cause: e });
  });
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'kopp');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Yes, a cup is “en kopp”\./.test(document.querySelector('dialog[open] [role="status"]')?.textContent ?? ''));
  await page.waitForFunction(() => (document.querySelector('dialog[open] fieldset') as HTMLFieldSetElement | null)?.disabled === true);
  // A right answer after a wrong one does not add to the score, but the reader has answered it right.
  assert.deepEqual(await page.evaluate(() => window.__story!.state().variables), { score: 0 });
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  assert.equal(await door.getAttribute('data-closed'), 'true');
  await context.close();
  assertNoErrors(errors);
});

test('in Norwegian, a right first answer scores and opens the door; the ending shows the score', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=question&lang=nb');
  await tabTo(page, 'Et ord for dette');
  await page.keyboard.press('Enter');
  const group = page.getByRole('radiogroup', { name: 'Hva heter en cup på norsk?' });
  await group.waitFor();
  await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'kopp');
  await page.keyboard.press('Space');
  // The answer button is enabled once an answer is picked: wait for it before tabbing there.
  await page.waitForFunction(() => (document.querySelector('dialog[open] .ssp-answer-button') as HTMLButtonElement | null)?.disabled === false);
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.activeElement?.classList.contains('ssp-answer-button') === true);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Ja, det er en kopp\./.test(document.querySelector('dialog[open] [role="status"]')?.textContent ?? ''));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  // The door is open now: no longer marked closed, and it leads on.
  await page.waitForFunction(() => !document.querySelector('button[data-hotspot="to-garden"]')?.hasAttribute('data-closed'));
  await tabTo(page, 'Ut i hagen');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__story!.state().sceneId === 'garden');
  await page.locator('.ssp-choice-ending').click();
  await page.waitForFunction(() => /Du fant 1 av 1 ord/.test(document.querySelector('dialog[open] .ssp-score')?.textContent ?? ''));
  await shot(page, 'player-question-score');
  await context.close();
  assertNoErrors(errors);
});

test('a dialog gives focus back only when it is lost: a reader who has already moved on keeps their place', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=question');
  await page.waitForFunction(() => /closed/.test(document.querySelector('button[data-hotspot="to-garden"]')?.textContent ?? ''));
  await page.locator('button[data-hotspot="to-garden"]').click();
  await page.locator('dialog[open]').waitFor();
  // Esc: the browser puts focus back on the door at once; the dialog's close event comes later.
  // A fast Shift+Tab in between moves on to the question, and must not be pulled back to the door.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await page.waitForFunction(() => window.__story!.state().panel === null); // the close event has come
  assert.match(await focusedText(page), /A word for this/);
  // Closed with focus lost (on the page), focus goes back to the door that opened it.
  await page.locator('button[data-hotspot="to-garden"]').click();
  await page.locator('dialog[open]').waitFor();
  await page.evaluate(() => {
    const d = document.querySelector<HTMLDialogElement>('dialog[open]')!;
    d.close();
    (document.activeElement as HTMLElement | null)?.blur();
  });
  await page.waitForFunction(() => window.__story!.state().panel === null);
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-hotspot') === 'to-garden');
  await context.close();
  assertNoErrors(errors);
});
