import type { Story } from '../schema/story.ts';
import type { Hotspot } from '../schema/hotspot.ts';
import type { Answer, QuestionAction } from '../schema/question.ts';
import type { HotspotId } from '../schema/common.ts';
import { newId, updateHotspot } from './ops.ts';

/** Graph operations for questions and scores (pure: story in, story out). */

/** The id of the score variable the editor makes for questions. */
export const SCORE_ID = 'score';

/** A new question: no prompt yet, two answers (the first one right), "try again" after a wrong one. */
export function newQuestion(): QuestionAction {
  return {
    type: 'question',
    prompt: {},
    answers: [
      { id: 'a1', text: {}, right: true, feedback: {} },
      { id: 'a2', text: {}, right: false, feedback: {} },
    ],
    chances: 'retry',
  };
}

/** An answer id not used by the question's other answers ("a3"). */
export function newAnswer(action: QuestionAction): Answer {
  const taken = new Set(action.answers.map((a) => a.id));
  let n = action.answers.length + 1;
  while (taken.has(`a${n}`)) n++;
  return { id: `a${n}`, text: {}, right: false, feedback: {} };
}

/**
 * Makes a question count toward the story's score (or stop counting). The score is a number
 * variable; it is made (starting at 0) the first time a question counts.
 */
export function setQuestionScore(story: Story, hotspotId: HotspotId, counts: boolean): Story {
  let next = story;
  let variable = story.variables.find((v) => v.id === SCORE_ID && typeof v.initial === 'number')?.id;
  if (counts && !variable) {
    variable = story.variables.some((v) => v.id === SCORE_ID) ? newId('score', story) : SCORE_ID;
    next = { ...story, variables: [...story.variables, { id: variable, name: 'Score', initial: 0 }] };
  }
  return updateHotspot(next, hotspotId, (h): Hotspot => {
    if (h.action.type !== 'question') return h;
    const { score: _was, ...rest } = h.action;
    return { ...h, action: counts && variable ? { ...rest, score: variable } : rest };
  });
}
