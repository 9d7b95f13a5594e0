/**
 * "Edit in VR" (3): questions and checkpoints in the headset. With the Question tool a controller
 * places a question (a prompt and two answers to replace); on its card an answer is typed with the
 * headset's keyboard and, with a hand, marked as the right one; its feedback typed and a picture
 * chosen (More…), the recorded question chosen, the prompt typed in the story's second language; a
 * go-to link is closed until that
 * question is answered right and gets a message typed for readers; undo and redo from the menu.
 * Then out of VR: the story saved in IndexedDB holds exactly that, also after a reload.
 * Run: node --import tsx --test --test-timeout=300000 tests/e2e/xr-edit-question.test.ts
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { shot } from './pages/player-testing.ts';
import { PAGE, SLOW, type Harness, clickButton, enterVR, exitVR, frames, near, openSquare, pointAndClick, square, startHarness, step, stored, storedWhen, until } from './lib/xr-edit.ts';
import type { Hotspot } from '../../src/story/schema/hotspot.ts';
import type { Story } from '../../src/story/schema/story.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

const hotspot = (s: Story, id: string) => square(s).hotspots.find((x) => x.id === id);
const actionOf = (s: Story, id: string) => hotspot(s, id)?.action;

/** Types `words` into the headset's text field (waiting for its focus first), and presses Done. */
async function typeAndDone(page: Page, words: string) {
  await page.waitForFunction(() => document.activeElement?.classList.contains('xr-edit-typing'), null, SLOW);
  await page.keyboard.press('ControlOrMeta+A');
  await page.waitForFunction(() => {
    const el = document.activeElement as HTMLTextAreaElement | null;
    return !!el && el.selectionStart === 0 && el.selectionEnd === el.value.length;
  }, null, SLOW);
  await page.keyboard.type(words);
  await page.waitForFunction((w) => (document.activeElement as HTMLTextAreaElement | null)?.value === w, words, SLOW);
  await frames(page, 3);
  await clickButton(page, 'vr-type-done');
  await page.locator('.xr-edit-typing').waitFor({ state: 'detached', ...SLOW });
}

test('edit in VR: place a question, type an answer, mark the right one, close a link until it is answered; undo; the saved story holds it', async () => {
  const { page, context, errors } = await newPage(h.browser);
  await page.goto(`${h.url}${PAGE}`);
  await openSquare(page);
  const before = square(await stored(page));
  await enterVR(page);

  step('The Question tool, then the trigger on an empty direction');
  await clickButton(page, 'vr-tool-question');
  await until(page, () => window.__storyXREdit!.state().tool === 'question', null, 'the question tool');
  await pointAndClick(page, -40, 8);
  let saved = await storedWhen(page, (s) => square(s).hotspots.length === before.hotspots.length + 1, 'a new question');
  const added = square(saved).hotspots.find((x) => !before.hotspots.some((b) => b.id === x.id))!;
  assert.ok(near(added.yaw, -40) && Math.abs(added.pitch - 8) <= 2, `placed at ${added.yaw}, ${added.pitch}`);
  assert.deepEqual(added.action, {
    type: 'question',
    prompt: { en: 'Type your question here' },
    answers: [
      { id: 'a1', text: { en: 'A right answer' }, right: true, feedback: {} },
      { id: 'a2', text: { en: 'A wrong answer' }, right: false, feedback: {} },
    ],
    chances: 'retry',
  });
  await until(page, (id) => window.__storyXREdit!.state().selected?.id === id, added.id, 'the new question selected');
  await until(page, (id) => !!window.__storyXREdit!.locate(`xr-card:${id}`), added.id, 'the question card');
  await frames(page, 3);
  await shot(page, 'xr-edit-question-card');

  step('Answer 2: typed with the headset keyboard');
  await clickButton(page, 'vr-answer-2-text');
  await until(page, () => window.__storyXREdit!.state().panel === 'type-answer', null, 'the typing panel');
  const words = 'Brua ble bygd i 1890';
  await typeAndDone(page, words);
  await storedWhen(page, (s) => {
    const a = actionOf(s, added.id);
    return a?.type === 'question' && a.answers[1]?.text.en === words;
  }, 'the typed answer');

  step('Answer 2 is the right one, answer 1 is not (by pinching, with hands)');
  await page.evaluate(() => window.xrTest.inputMode('hand'));
  await until(page, () => window.__storyXREdit!.state().inputs.hands === 2, null, 'two hands');
  await until(page, () => !!window.__storyXREdit!.locate('xr-button:vr-answer-2-right'), null, 'the card again');
  await clickButton(page, 'vr-answer-2-right', 'hand');
  await storedWhen(page, (s) => {
    const a = actionOf(s, added.id);
    return a?.type === 'question' && a.answers[1]!.right;
  }, 'answer 2 right');
  await clickButton(page, 'vr-answer-1-right', 'hand');
  saved = await storedWhen(page, (s) => {
    const a = actionOf(s, added.id);
    return a?.type === 'question' && !a.answers[0]!.right;
  }, 'answer 1 wrong');
  await page.evaluate(() => window.xrTest.inputMode('controller'));
  await until(page, () => window.__storyXREdit!.state().inputs.controllers === 2, null, 'two controllers');

  step('More… on answer 2: feedback typed, a picture chosen');
  const assetId = (name: string) => saved.assets.find((a) => a.name === name)!.id;
  const answer2 = (s: Story) => {
    const a = actionOf(s, added.id);
    return a?.type === 'question' ? a.answers[1] : undefined;
  };
  await clickButton(page, 'vr-answer-2-more');
  await until(page, () => window.__storyXREdit!.state().panel === 'answer-more', null, 'the answer’s extras');
  await clickButton(page, 'vr-answer-more-item-0'); // Feedback: none yet
  await until(page, () => window.__storyXREdit!.state().panel === 'type-feedback', null, 'the typing panel');
  const feedback = 'Right! The bridge is from 1890.';
  await typeAndDone(page, feedback);
  await storedWhen(page, (s) => answer2(s)?.feedback.en === feedback, 'the feedback');
  await until(page, () => !!window.__storyXREdit!.locate('xr-button:vr-answer-2-more'), null, 'the card again');
  await clickButton(page, 'vr-answer-2-more');
  await until(page, () => window.__storyXREdit!.state().panel === 'answer-more', null, 'the answer’s extras');
  await clickButton(page, 'vr-answer-more-item-1'); // Picture: none
  await until(page, () => window.__storyXREdit!.state().panel === 'answer-picture', null, 'the story’s pictures');
  await clickButton(page, 'vr-answer-picture-item-2'); // None, square.jpg, park.jpg
  await storedWhen(page, (s) => answer2(s)?.image === assetId('park.jpg'), 'the answer’s picture');

  step('The recorded question, chosen from the story’s sounds');
  await until(page, () => !!window.__storyXREdit!.locate('xr-button:vr-question-sound'), null, 'the card again');
  await clickButton(page, 'vr-question-sound');
  await until(page, () => window.__storyXREdit!.state().panel === 'question-sound', null, 'the story’s sounds');
  await clickButton(page, 'vr-question-sound-item-1'); // None, city.mp3
  await storedWhen(page, (s) => {
    const a = actionOf(s, added.id);
    return a?.type === 'question' && a.sound === assetId('city.mp3');
  }, 'the recorded question');

  step('Writing in Norsk bokmål: the question typed in the story’s second language, then back to English');
  await until(page, () => !!window.__storyXREdit!.locate('xr-button:vr-question-language'), null, 'the card again');
  await clickButton(page, 'vr-question-language');
  await frames(page, 3);
  await clickButton(page, 'vr-question-prompt');
  await until(page, () => window.__storyXREdit!.state().panel === 'type-prompt', null, 'the typing panel');
  const promptNb = 'Når ble brua bygd?';
  await typeAndDone(page, promptNb);
  saved = await storedWhen(page, (s) => {
    const a = actionOf(s, added.id);
    return a?.type === 'question' && a.prompt.nb === promptNb && a.prompt.en === 'Type your question here';
  }, 'the question in Norwegian, the English one kept');

  step('A question placed while writing in Norsk bokmål starts with its words to replace in Norwegian; undone');
  await pointAndClick(page, 130, 8);
  const placedNb = await storedWhen(page, (s) => square(s).hotspots.length === before.hotspots.length + 2, 'a second question');
  const second = square(placedNb).hotspots.find((x) => x.id !== added.id && !before.hotspots.some((b) => b.id === x.id))!;
  assert.ok(second.action.type === 'question', 'the second hotspot is a question');
  assert.deepEqual(Object.keys(second.action.prompt), ['nb'], 'its words to replace are in the language being written');
  assert.deepEqual(second.action.answers.map((a) => Object.keys(a.text)), [['nb'], ['nb']]);
  await until(page, () => !!window.__storyXREdit!.locate('xr-button:vr-undo'), null, 'the menu');
  await clickButton(page, 'vr-undo');
  await storedWhen(page, (s) => square(s).hotspots.length === before.hotspots.length + 1, 'the second question undone');
  await pointAndClick(page, added.yaw, added.pitch);
  await until(page, (id) => window.__storyXREdit!.state().selected?.id === id, added.id, 'the first question selected again');
  await until(page, () => !!window.__storyXREdit!.locate('xr-button:vr-question-language'), null, 'the card again');
  await clickButton(page, 'vr-question-language');
  await frames(page, 3);

  step('The link to the park: closed until the question is answered right');
  const link = hotspot(saved, 'square-to-park')!;
  await pointAndClick(page, link.yaw, link.pitch);
  await until(page, () => window.__storyXREdit!.state().selected?.id === 'square-to-park', null, 'the link selected');
  await clickButton(page, 'vr-link-close');
  await until(page, () => window.__storyXREdit!.state().panel === 'checkpoint', null, 'the list of questions');
  await clickButton(page, 'vr-checkpoint-item-0'); // the story's only question
  const flag = `right-${added.id}`;
  await storedWhen(page, (s) => {
    const a = actionOf(s, 'square-to-park');
    return a?.type === 'goto' && !!a.closed;
  }, 'the closed link');

  step('The message readers see while it is closed, typed');
  await clickButton(page, 'vr-link-message');
  await until(page, () => window.__storyXREdit!.state().panel === 'type-closed', null, 'the typing panel');
  const message = 'Answer the question about the bridge first.';
  await typeAndDone(page, message);
  const closedWith = (s: Story, m: Record<string, string>) => {
    const a = actionOf(s, 'square-to-park');
    return a?.type === 'goto' && JSON.stringify(a.closed?.message) === JSON.stringify(m);
  };
  await storedWhen(page, (s) => closedWith(s, { en: message }), 'the closed message');
  await until(page, () => !!window.__storyXREdit!.locate('xr-button:vr-link-open'), null, 'the link card, closed');
  const head = await page.evaluate(() => window.__storyXREdit!.state().head);
  await page.evaluate(([y, p]) => window.xrTest.look(y, p), [link.yaw + 20, 0] as const);
  await frames(page, 4);
  await shot(page, 'xr-edit-checkpoint-card');
  await page.evaluate(([y, p]) => window.xrTest.look(y, p), [head.localYaw, head.pitch] as const);
  await frames(page, 4);

  step('Undo takes the message away, Redo brings it back');
  await until(page, () => !!window.__storyXREdit!.locate('xr-button:vr-undo'), null, 'the menu');
  await page.getByRole('button', { name: /^Undo change what a hotspot does/i }).waitFor({ state: 'attached', ...SLOW });
  await clickButton(page, 'vr-undo');
  await storedWhen(page, (s) => closedWith(s, {}), 'the undone message');
  await clickButton(page, 'vr-redo');
  await storedWhen(page, (s) => closedWith(s, { en: message }), 'the message again');

  step('Exit VR and reload: the saved story holds exactly the question and the checkpoint');
  await exitVR(page);
  await page.reload();
  await openSquare(page);
  const after = await stored(page);
  const question: Hotspot['action'] = {
    type: 'question',
    prompt: { en: 'Type your question here', nb: promptNb },
    sound: assetId('city.mp3'),
    answers: [
      { id: 'a1', text: { en: 'A right answer' }, right: false, feedback: {} },
      { id: 'a2', text: { en: words }, image: assetId('park.jpg'), right: true, feedback: { en: feedback }, effects: [{ variable: flag, op: 'set', value: true }] },
    ],
    chances: 'retry',
  };
  assert.deepEqual(actionOf(after, added.id), question);
  assert.deepEqual(actionOf(after, 'square-to-park'), { type: 'goto', sceneId: 'park', closed: { when: [{ variable: flag, op: 'eq', value: true }], message: { en: message } } });
  assert.deepEqual(after.variables, [{ id: flag, name: 'Answered right: Type your question here', initial: false }]);
  assert.deepEqual(
    square(after).hotspots.map((x) => x.id).sort(),
    [...before.hotspots.map((x) => x.id), added.id].sort(),
  );
  assert.deepEqual(errors, []);
  await context.close();
});
