import { setQuestionScore } from '../../story/graph/question-ops.ts';
import { defineCommand } from './types.ts';
import type { HotspotId } from '../../story/schema/common.ts';

/** A question counts toward the story's score, or stops counting (the score variable is made when needed). */
export const setQuestionScoreCommand = defineCommand<{ hotspotId: HotspotId; counts: boolean }>({
  id: 'question.set-score',
  label: 'cmd.setQuestionScore',
  run: (doc, { hotspotId, counts }) => setQuestionScore(doc, hotspotId, counts),
});
