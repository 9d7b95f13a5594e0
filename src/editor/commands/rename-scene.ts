import { defineCommand } from './types.ts';
import { setSceneTitle } from '../../story/graph/scene-ops.ts';
import type { SceneId } from '../../story/schema/common.ts';

export const renameSceneCommand = defineCommand<{ sceneId: SceneId; language: string; title: string }>({
  id: 'scene.rename',
  label: 'cmd.renameScene',
  run: (doc, { sceneId, language, title }) => setSceneTitle(doc, sceneId, language, title),
  coalesce: ({ sceneId, language }) => `scene-title:${sceneId}:${language}`,
});
