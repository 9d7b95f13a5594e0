import { defineCommand } from './types.ts';
import { setStartScene } from '../../story/graph/scene-ops.ts';
import type { SceneId } from '../../story/schema/common.ts';

export const setStartSceneCommand = defineCommand<{ sceneId: SceneId }>({
  id: 'scene.set-start',
  label: 'cmd.setStartScene',
  run: (doc, { sceneId }) => setStartScene(doc, sceneId),
});
