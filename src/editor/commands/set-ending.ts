import { defineCommand } from './types.ts';
import { setEnding, setEndingText } from '../../story/graph/scene-ops.ts';
import type { SceneId } from '../../story/schema/common.ts';

export const setEndingCommand = defineCommand<{ sceneId: SceneId; ending: boolean }>({
  id: 'scene.set-ending',
  label: 'cmd.setEnding',
  run: (doc, { sceneId, ending }) => setEnding(doc, sceneId, ending),
});

export const setEndingTextCommand = defineCommand<{ sceneId: SceneId; language: string; text: string }>({
  id: 'scene.set-ending-text',
  label: 'cmd.setEndingText',
  run: (doc, { sceneId, language, text }) => setEndingText(doc, sceneId, language, text),
  coalesce: ({ sceneId, language }) => `ending-text:${sceneId}:${language}`,
});
