import type { Story } from '../../story/schema/story.ts';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import type { Answer, QuestionAction } from '../../story/schema/question.ts';
import { MAX_ANSWERS, MIN_ANSWERS } from '../../story/schema/question.ts';
import { newAnswer, newQuestion } from '../../story/graph/question-ops.ts';
import { setText } from '../../story/graph/text.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { sceneTitle } from './labels.ts';

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * What the VR editor does to a question (pure: the action in, the changed action out), and the
 * words it shows for questions. Every change goes through setHotspotActionCommand (one undo step).
 */

/** A new question with words to replace: a prompt and two answers, the first one right. */
export function startingQuestion(lang: string): QuestionAction {
  const q = newQuestion();
  const [right, wrong] = q.answers as [Answer, Answer];
  return {
    ...q,
    prompt: { [lang]: t('vrEdit.newPrompt') },
    answers: [
      { ...right, text: { [lang]: t('vrEdit.newRightAnswer') } },
      { ...wrong, text: { [lang]: t('vrEdit.newWrongAnswer') } },
    ],
  };
}

const changeAnswer = (q: QuestionAction, answerId: string, change: (a: Answer) => Answer): QuestionAction => ({
  ...q,
  answers: q.answers.map((a) => (a.id === answerId ? change(a) : a)),
});

export const setPrompt = (q: QuestionAction, lang: string, text: string): QuestionAction => ({ ...q, prompt: setText(q.prompt, lang, text) });
export const setAnswerText = (q: QuestionAction, answerId: string, lang: string, text: string) => changeAnswer(q, answerId, (a) => ({ ...a, text: setText(a.text, lang, text) }));
export const toggleRight = (q: QuestionAction, answerId: string) => changeAnswer(q, answerId, (a) => ({ ...a, right: !a.right }));

export const setFeedback = (q: QuestionAction, answerId: string, lang: string, text: string) => changeAnswer(q, answerId, (a) => ({ ...a, feedback: setText(a.feedback, lang, text) }));

/** An answer's picture or recorded word (null: none). */
export function setAnswerMedia(q: QuestionAction, answerId: string, key: 'image' | 'sound', assetId: string | null): QuestionAction {
  return changeAnswer(q, answerId, (a) => {
    const { [key]: _was, ...rest } = a;
    return assetId ? { ...rest, [key]: assetId } : rest;
  });
}

/** The question, recorded (null: none). */
export function setQuestionSound(q: QuestionAction, assetId: string | null): QuestionAction {
  const { sound: _was, ...rest } = q;
  return assetId ? { ...rest, sound: assetId } : rest;
}

/** The story language after `lang` (round and round), for the headset's language button. */
export function nextLanguage(story: Story, lang: string): string {
  const all = story.meta.languages;
  return all[(all.indexOf(lang) + 1) % all.length] ?? story.meta.defaultLanguage;
}

/** The story's pictures or sounds to choose from, "None" first. */
export function mediaChoices(story: Story, kind: 'image' | 'audio'): Array<{ id: string; label: string }> {
  const media = story.assets.filter((a) => a.kind === kind);
  return [{ id: '', label: t('vrEdit.noneChoice') }, ...media.map((a) => ({ id: a.id, label: a.name || a.id.slice(0, 8) }))];
}

/** A picture's or sound's name on a button ("none" without one). */
export const mediaName = (story: Story, assetId: string | undefined, max = 24) => {
  const a = assetId ? story.assets.find((x) => x.id === assetId) : undefined;
  return a ? short(a.name || a.id.slice(0, 8), max) : t('vrEdit.none');
};

/** Where an answer leads (null: the reader stays in the scene). */
export function setAnswerGoto(q: QuestionAction, answerId: string, sceneId: string | null): QuestionAction {
  return changeAnswer(q, answerId, (a) => {
    const { goto: _was, ...rest } = a;
    return sceneId ? { ...rest, goto: sceneId } : rest;
  });
}

export const canAddAnswer = (q: QuestionAction) => q.answers.length < MAX_ANSWERS;
export const canRemoveAnswer = (q: QuestionAction) => q.answers.length > MIN_ANSWERS;
export const addAnswer = (q: QuestionAction): QuestionAction => (canAddAnswer(q) ? { ...q, answers: [...q.answers, newAnswer(q)] } : q);
export const removeAnswer = (q: QuestionAction, answerId: string): QuestionAction =>
  canRemoveAnswer(q) ? { ...q, answers: q.answers.filter((a) => a.id !== answerId) } : q;


/** An answer's words on its button ("Answer 2" while it has none). */
export const answerWords = (a: Answer, n: number, lang: string, max = 40) => short(localize(a.text, lang), max) || t('inspector.answerN', { n });

/** A question's prompt in few words ("A question without words yet" while it has none). */
export const promptWords = (q: Hotspot, lang: string, max = 60) =>
  (q.action.type === 'question' && short(localize(q.action.prompt, lang), max)) || t('vrEdit.untitledQuestion');

/** Where an answer leads, on its button. */
export const answerLeads = (story: Story, a: Answer) => (a.goto ? t('vrEdit.answerLeadsTo', { title: short(sceneTitle(story, a.goto), 18) }) : t('vrEdit.answerStays'));

/** The story's questions, to choose the one a checkpoint waits for ("prompt (scene)"). */
export function storyQuestions(story: Story): Array<{ id: string; label: string }> {
  const lang = story.meta.defaultLanguage;
  return story.scenes.flatMap((s) =>
    s.hotspots.filter((h) => h.action.type === 'question').map((h) => ({ id: h.id, label: t('vrEdit.questionIn', { question: promptWords(h, lang, 50), scene: sceneTitle(story, s.id) }) })),
  );
}
