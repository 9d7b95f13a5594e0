import { setQuestionScore } from '../../story/graph/question-ops.ts';
import { setAnswerRemembers, type Remember } from '../../story/graph/remember-ops.ts';
import { defineCommand } from './types.ts';
import type { HotspotId } from '../../story/schema/common.ts';

/** A question counts toward the story's score, or stops counting (the score variable is made when needed). */
export const setQuestionScoreCommand = defineCommand<{ hotspotId: HotspotId; counts: boolean }>({
  id: 'question.set-score',
  label: 'cmd.setQuestionScore',
  run: (doc, { hotspotId, counts }) => setQuestionScore(doc, hotspotId, counts),
});

/** What an answer makes the story remember ("found the key"), made when new; or nothing. */
export const setAnswerRemembersCommand = defineCommand<{ hotspotId: HotspotId; answerId: string; remember: Remember }>({
  id: 'question.set-answer-remembers',
  label: 'cmd.setAnswerRemembers',
  run: (doc, { hotspotId, answerId, remember }) => setAnswerRemembers(doc, hotspotId, answerId, remember),
});
