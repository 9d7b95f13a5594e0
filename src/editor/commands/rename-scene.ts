import { defineCommand } from './types.ts';
import { setSceneTitle } from '../../story/graph/scene-ops.ts';

export const renameSceneCommand = defineCommand<{ sceneId: string; language: string; title: string }>({
  id: 'scene.rename',
  label: 'cmd.renameScene',
  run: (doc, { sceneId, language, title }) => setSceneTitle(doc, sceneId, language, title),
  coalesce: ({ sceneId, language }) => `scene-title:${sceneId}:${language}`,
});
