import { setEndingScore, setEndingScoreText, setEndingScoreVariable } from '../../story/graph/score-ops.ts';
import { t } from '../../i18n/index.ts';
import { defineCommand } from './types.ts';
import type { SceneId } from '../../story/schema/common.ts';

/** An ending shows the reader's score, or stops showing it (a score variable is made when the story has none). */
export const setEndingScoreCommand = defineCommand<{ sceneId: SceneId; show: boolean }>({
  id: 'scene.set-ending-score',
  label: 'cmd.setEndingScore',
  run: (doc, { sceneId, show }) => setEndingScore(doc, sceneId, show, t('endingScore.variableName')),
});

export const setEndingScoreVariableCommand = defineCommand<{ sceneId: SceneId; variable: string }>({
  id: 'scene.set-ending-score-variable',
  label: 'cmd.setEndingScore',
  run: (doc, { sceneId, variable }) => setEndingScoreVariable(doc, sceneId, variable),
});

/** The sentence with {score} and {total}, in one language (typing merges into one step). */
export const setEndingScoreTextCommand = defineCommand<{ sceneId: SceneId; language: string; text: string }>({
  id: 'scene.set-ending-score-text',
  label: 'cmd.setEndingScoreText',
  run: (doc, { sceneId, language, text }) => setEndingScoreText(doc, sceneId, language, text),
  coalesce: ({ sceneId, language }) => `ending-score-text:${sceneId}:${language}`,
});
