import type { Answer, QuestionAction } from '../../story/schema/index.ts';
import type { QuestionRecord, ScoreView } from '../engine/index.ts';
import { ui } from '../../i18n/player.ts';

/**
 * What the reader is told after an answer: the author's feedback (or "Right!" / "Not quite."),
 * then whether they may try again. Shared by the page's dialog and the headset's panel.
 */
export function feedbackFor(picked: Answer, record: QuestionRecord, action: QuestionAction, t: (text: Record<string, string> | undefined) => string): string {
  const own = t(picked.feedback) || (picked.right ? ui('player.right') : ui('player.wrong'));
  if (record.right) return own;
  if (!record.done) return `${own}\n${ui('player.tryAgain')}`;
  const right = action.answers.find((a) => a.right);
  return right && t(right.text) ? `${own}\n${ui('player.rightAnswer', { answer: t(right.text) })}` : own;
}

/** The score an ending shows: the author's sentence, else "Your score: 4 of 5"; '' when it shows none. */
export const scoreWords = (score: ScoreView | null): string =>
  score ? score.text || ui('player.score', { score: score.score, total: score.total }) : '';
