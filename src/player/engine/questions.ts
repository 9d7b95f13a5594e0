import type { Answer, EndingScore, Hotspot, QuestionAction, Story } from '../../story/schema/index.ts';
import type { HotspotId } from '../../story/schema/common.ts';
import { localize } from './text.ts';
import { allHold, applyEffects, type Variables } from './variables.ts';

/**
 * Questions, checkpoints and scores on top of the story's variables (pure, no state of its own).
 * A question remembers, per hotspot, how many answers were tried, the last one and whether it is
 * done; a right first answer adds 1 to the question's score variable; a checkpoint is closed until
 * its conditions hold.
 */

/** What the reader has answered to one question. */
export interface QuestionRecord {
  readonly tries: number;
  /** The answer picked last. */
  readonly last: string;
  readonly right: boolean;
  /** No more answers are taken: a right answer was found, or the one chance was used. */
  readonly done: boolean;
}

export type Answered = Readonly<Record<HotspotId, QuestionRecord>>;
export const NO_ANSWERS: Answered = Object.freeze({});

export interface AnswerOutcome {
  readonly record: QuestionRecord;
  readonly variables: Variables;
  readonly answer: Answer;
}

/**
 * The reader picks `answerId` of the question `hotspot`: null when the question takes no more
 * answers (done) or there is no such answer. The answer's effects apply on every pick; the score
 * gets 1 only when the first try is right.
 */
export function pickAnswer(hotspot: Hotspot, answerId: string, answered: Answered, variables: Variables): AnswerOutcome | null {
  const action = hotspot.action;
  if (action.type !== 'question') return null;
  const before = answered[hotspot.id];
  if (before?.done) return null;
  const answer = action.answers.find((a) => a.id === answerId);
  if (!answer) return null;
  const tries = (before?.tries ?? 0) + 1;
  let next = applyEffects(answer.effects, variables);
  if (answer.right && tries === 1 && action.score !== undefined) next = applyEffects([{ variable: action.score, op: 'add', value: 1 }], next);
  const record: QuestionRecord = Object.freeze({ tries, last: answer.id, right: answer.right, done: answer.right || action.chances === 'once' });
  return { record, variables: next, answer };
}

/** The answer a reader picked last to a question, if any. */
export function lastAnswer(action: QuestionAction, record: QuestionRecord | undefined): Answer | null {
  return record ? (action.answers.find((a) => a.id === record.last) ?? null) : null;
}

/** True when the hotspot is a go-to link whose checkpoint does not let the reader through yet. */
export function isClosed(hotspot: Hotspot, variables: Variables): boolean {
  return hotspot.action.type === 'goto' && !!hotspot.action.closed && !allHold(hotspot.action.closed.when, variables);
}

/** How many questions in the story count toward this score variable. */
export function scoreTotal(story: Story, variable: string): number {
  let n = 0;
  for (const s of story.scenes) for (const h of s.hotspots) if (h.action.type === 'question' && h.action.score === variable) n++;
  return n;
}

/** The score an ending shows, with the author's words (in the reader's language, blanks filled). */
export interface ScoreView {
  readonly score: number;
  readonly total: number;
  /** The author's sentence with {score} and {total} filled in; '' when they wrote none. */
  readonly text: string;
}

export function scoreView(story: Story, ending: { score?: EndingScore } | null, variables: Variables, language: string): ScoreView | null {
  const spec = ending?.score;
  if (!spec) return null;
  const value = variables[spec.variable];
  const score = typeof value === 'number' ? value : 0;
  const total = scoreTotal(story, spec.variable);
  const text = fillScore(localize(spec.text, language, story.meta.defaultLanguage), score, total);
  return Object.freeze({ score, total, text });
}

/** "You found {score} of {total} words" with the numbers in. */
export const fillScore = (text: string, score: number, total: number): string =>
  text.replace(/\{score\}/g, String(score)).replace(/\{total\}/g, String(total));
