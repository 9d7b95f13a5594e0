import { defineCommand } from './types.ts';
import { setStartScene } from '../../story/graph/scene-ops.ts';

export const setStartSceneCommand = defineCommand<{ sceneId: string }>({
  id: 'scene.set-start',
  label: 'cmd.setStartScene',
  run: (doc, { sceneId }) => setStartScene(doc, sceneId),
});
