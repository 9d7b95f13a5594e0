import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { shot } from './pages/player-testing.ts';
import { builtAppForTests, newStory, saved, savedDoc } from './lib/editor.ts';

/**
 * Questions and checkpoints made in the editor's inspector (#22), then played in Preview: a way
 * closed until a question is answered right (with the author's message, and undone once), a score
 * at the ending, and the map drawing the closed way dashed with words for screen readers.
 */
const app = builtAppForTests();

interface Doc {
  scenes: Array<{ title: Record<string, string>; hotspots: Array<{ action: { type: string; closed?: { when: unknown[]; message: Record<string, string> } } }>; ending?: { score?: { variable: string; text: Record<string, string> } } }>;
}
const closedOf = (doc: Doc) => doc.scenes[0]!.hotspots[1]!.action.closed;
const card = (page: Page, n: number) => page.locator('.hotspot-card').nth(n);
/** Waits for `what` to show; a timeout says what Preview showed instead (dialogs, choices, focus) and keeps a screenshot. */
async function shows(page: Page, what: Locator, name: string) {
  await what.waitFor().catch(async (e: unknown) => {
    await shot(page, `editor-checkpoint-${name}`).catch(() => {});
    const seen = await page
      .evaluate(() => ({
        dialogs: [...document.querySelectorAll('dialog')].filter((d) => d.open).map((d) => d.textContent?.slice(0, 120)),
        choices: [...document.querySelectorAll('.ssp-choices button')].map((b) => `${b.textContent}${b.getAttribute('data-closed') ? ' (closed)' : ''}`),
        focus: document.activeElement?.outerHTML.slice(0, 120),
      }))
      .catch((err: unknown) => String(err));
    throw new Error(`${name} did not show; Preview showed ${JSON.stringify(seen)}`, { cause: e });
  });
}
const dialogSays = (page: Page, text: RegExp) =>
  page.waitForFunction((re) => new RegExp(re).test(document.querySelector('dialog[open]')?.textContent ?? ''), text.source);

/**
 * Back to scene 1 (by keyboard: the map is still moving to show the new scene, so a click could miss
 * the card), then a question there with its label, prompt and two answers, the first one right.
 */
async function askInScene1(page: Page, label: string, prompt: string, answers: [string, string]) {
  await page.locator('.react-flow__node').first().focus();
  await page.waitForFunction(() => document.activeElement?.classList.contains('react-flow__node') === true);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.getElementById('scene-title-input') as HTMLInputElement | null)?.value === 'Scene 1');
  await page.getByRole('button', { name: 'Add a question' }).click();
  const question = card(page, 0);
  await question.getByLabel('Label').fill(label);
  await question.getByLabel('Question', { exact: true }).fill(prompt);
  await question.getByLabel('Answer 1', { exact: true }).fill(answers[0]);
  await question.getByLabel('Answer 2', { exact: true }).fill(answers[1]);
  return question;
}

describe('questions and checkpoints in the editor', () => {
  test('a question, a way closed until it is answered right, a score at the ending; undo; then played in Preview', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      const storyId = await newStory(page, app.server.url);
      // The ending: a garden that shows the reader's score in the author's words.
      await page.getByRole('button', { name: 'Add scene', exact: true }).first().click();
      await page.getByLabel('Scene title').fill('The garden');
      await page.getByLabel('This scene is an ending').check();
      await page.getByLabel('Show the reader’s score here').check();
      await page.getByLabel('Score sentence').fill('You found {score} of {total} words');
      await page.getByText('No question counts in this score yet.').waitFor();

      // Back to the café (scene 1): a question with two answers, the first one right.
      const question = await askInScene1(page, 'A word for this', 'What is a cup called in Norwegian?', ['kopp', 'krus']);
      assert.equal(await question.getByLabel('Right answer').first().isChecked(), true);
      await question.getByLabel('Feedback to answer 1').fill('Yes, a cup is “en kopp”.');
      await question.getByLabel('A right first answer adds 1 to the score').check();

      // The way to the garden, closed until that question is answered right.
      await page.getByRole('button', { name: 'Add a way to another scene' }).click();
      await page.getByRole('group', { name: 'Scene to go to' }).getByRole('button', { name: 'The garden' }).click();
      const door = card(page, 1);
      await door.getByLabel('Keep this way closed until…').check();
      const kind = door.getByLabel('Condition 1');
      await kind.selectOption({ label: 'One question is answered right' });
      assert.match(await door.getByLabel('Which question').locator('option:checked').textContent() ?? '', /What is a cup called in Norwegian\?.*Scene 1/);
      await door.getByLabel('Message while it is closed').fill('Answer the question first.');
      // The map shows the way as closed, in words too (the arrow may be scrolled out of the map's view).
      const closedEdge = page.locator('.react-flow__edge.is-closed');
      await closedEdge.waitFor({ state: 'attached' });
      assert.equal(await closedEdge.getAttribute('aria-label'), 'Closed way from Scene 1 to The garden: it opens when its conditions are met');
      await page.locator('.way-badge.is-closed').waitFor({ state: 'attached' });

      // Undo the message and the closing: the way is open again; redo brings both back.
      await page.getByRole('button', { name: 'Undo change the message of a closed way' }).click();
      await page.waitForFunction(() => ![...document.querySelectorAll('.hotspot-card textarea')].some((t) => (t as HTMLTextAreaElement).value === 'Answer the question first.'));
      await page.getByRole('button', { name: 'Undo close or open a way' }).click();
      await page.waitForFunction(() => !document.querySelector('.checkpoint-fields input[type="checkbox"]:checked'));
      await page.locator('.react-flow__edge.is-closed').waitFor({ state: 'detached' });
      await saved(page);
      let doc = await savedDoc<Doc>(page, storyId);
      assert.equal(closedOf(doc), undefined);
      await page.getByRole('button', { name: 'Redo close or open a way' }).click();
      await page.getByRole('button', { name: 'Redo change the message of a closed way' }).click();
      await page.waitForFunction(() => [...document.querySelectorAll('.hotspot-card textarea')].some((t) => (t as HTMLTextAreaElement).value === 'Answer the question first.'));
      await saved(page);
      doc = await savedDoc<Doc>(page, storyId);
      assert.deepEqual(closedOf(doc)?.message, { en: 'Answer the question first.' });
      assert.deepEqual(doc.scenes[1]!.ending?.score, { variable: 'score', text: { en: 'You found {score} of {total} words' } });

      // Preview: the way is closed and says why; the right answer opens it; the ending shows the score.
      await page.getByRole('button', { name: 'Preview from “Scene 1”' }).click();
      const way = page.locator('.ssp-choices button[data-closed="true"]');
      await way.waitFor();
      assert.match((await way.textContent()) ?? '', /The garden.*closed/);
      await way.click();
      await dialogSays(page, /Answer the question first\./);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      await page.locator('.ssp-choices button', { hasText: 'A word for this' }).click();
      const group = page.getByRole('radiogroup', { name: 'What is a cup called in Norwegian?' });
      await shows(page, group, 'question-cup');
      await group.getByRole('radio', { name: 'kopp' }).check();
      const answer = page.locator('dialog[open] .ssp-answer-button');
      await page.waitForFunction(() => (document.querySelector('dialog[open] .ssp-answer-button') as HTMLButtonElement | null)?.disabled === false);
      await answer.click();
      await page.waitForFunction(() => /Yes, a cup is “en kopp”\./.test(document.querySelector('dialog[open] [role="status"]')?.textContent ?? ''));
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      await page.waitForFunction(() => !document.querySelector('.ssp-choices button[data-closed]'));
      await page.locator('.ssp-choices button', { hasText: 'The garden' }).click();
      // The ending screen waits until the reader asks for it (they may look around first).
      await page.locator('.ssp-choice-ending').click();
      await page.waitForFunction(() => /You found 1 of 1 words/.test(document.querySelector('dialog[open] .ssp-score')?.textContent ?? ''));
      await page.keyboard.press('Escape'); // "Look around" closes the ending screen (it is modal)
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      await page.getByRole('button', { name: 'Back to editing' }).click();
      await page.locator('.editor').waitFor();
      assert.deepEqual(errors.filter((e) => !/WebGL|GPU|AudioContext/i.test(e)), []);
    } finally {
      await context.close();
    }
  });

  test('an answer makes the story remember something new; a way waits for it and opens in Preview when the reader gives that answer', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      const storyId = await newStory(page, app.server.url);
      await page.getByRole('button', { name: 'Add scene', exact: true }).first().click();
      await page.getByLabel('Scene title').fill('The shed');

      // A question whose right answer makes the story remember "found the key" (a new thing, named here).
      const question = await askInScene1(page, 'The key', 'Where is the key?', ['Under the mat', 'In the tree']);
      const remembers = question.getByLabel('Then the story remembers').first();
      await remembers.selectOption({ label: 'Something new…' });
      await question.getByLabel('What does the story remember? (e.g. found the key)').fill('found the key');
      await question.getByRole('button', { name: 'Remember it' }).click();
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLSelectElement>('.question-answer select')].some((sel) => sel.selectedOptions[0]?.textContent === 'found the key'));
      await saved(page);
      const doc = await savedDoc<Doc & { variables: unknown[] }>(page, storyId);
      assert.deepEqual(doc.variables, [{ id: 'found-the-key', name: 'found the key', initial: false }]);

      // The way to the shed waits for it, chosen in words.
      await page.getByRole('button', { name: 'Add a way to another scene' }).click();
      await page.getByRole('group', { name: 'Scene to go to' }).getByRole('button', { name: 'The shed' }).click();
      const door = card(page, 1);
      await door.getByLabel('Keep this way closed until…').check();
      await door.getByLabel('Condition 1').selectOption({ label: 'A story variable has a value' });
      assert.equal(await door.getByLabel('Which variable').locator('option:checked').textContent(), 'found the key');
      assert.equal(await door.getByLabel('Value').locator('option:checked').textContent(), 'yes');
      await door.getByLabel('Message while it is closed').fill('Find the key first.');
      await saved(page);
      assert.deepEqual(closedOf(await savedDoc<Doc>(page, storyId))?.when, [{ variable: 'found-the-key', op: 'eq', value: true }]);

      // Preview: closed first, open after "Under the mat".
      await page.getByRole('button', { name: 'Preview from “Scene 1”' }).click();
      const way = page.locator('.ssp-choices button[data-closed="true"]');
      await way.waitFor();
      await way.click();
      await dialogSays(page, /Find the key first\./);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      await page.locator('.ssp-choices button', { hasText: 'The key' }).click();
      const group = page.getByRole('radiogroup', { name: 'Where is the key?' });
      await shows(page, group, 'question');
      await group.getByRole('radio', { name: 'Under the mat' }).check();
      await page.waitForFunction(() => (document.querySelector('dialog[open] .ssp-answer-button') as HTMLButtonElement | null)?.disabled === false);
      await page.locator('dialog[open] .ssp-answer-button').click();
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      await page.waitForFunction(() => !document.querySelector('.ssp-choices button[data-closed]'));
      await page.locator('.ssp-choices button', { hasText: 'The shed' }).click();
      await page.getByRole('heading', { name: 'The shed' }).waitFor();
      await page.getByRole('button', { name: 'Back to editing' }).click();
      await page.locator('.editor').waitFor();
      assert.deepEqual(errors.filter((e) => !/WebGL|GPU|AudioContext/i.test(e)), []);
    } finally {
      await context.close();
    }
  });

  test('a new question takes the keyboard to its label, unless the author has already moved on to another field', async () => {
    const { page, context } = await newPage(app.browser);
    try {
      await newStory(page, app.server.url);
      await page.locator('.react-flow__node').first().click();
      await page.getByLabel('Scene title').waitFor();
      // Nothing else touched: the new question's label has the keyboard.
      await page.getByRole('button', { name: 'Add a question' }).click();
      await page.waitForFunction(() => document.activeElement?.id.startsWith('hotspot-label-') === true);
      // The author is already typing in the scene's title when the frame that would move the
      // keyboard comes (as on a slow computer): it stays in the title.
      const focused = await page.evaluate(async () => {
        [...document.querySelectorAll<HTMLButtonElement>('.hotspots button')].find((b) => b.textContent?.includes('Add a question'))!.click();
        document.getElementById('scene-title-input')!.focus();
        await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
        return document.activeElement?.id;
      });
      assert.equal(focused, 'scene-title-input');
      assert.equal(await page.locator('.hotspot-card').count(), 2);
    } finally {
      await context.close();
    }
  });
});
