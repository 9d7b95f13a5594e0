import type { SceneId, View } from '../../story/schema/common.ts';
import { defineCommand } from './types.ts';
import { setSceneView } from '../../story/graph/scene-ops.ts';

/** Where readers look when they arrive in the scene (set from the 360 view by looking around). */
export const setSceneViewCommand = defineCommand<{ sceneId: SceneId; view: View }>({
  id: 'scene.set-view',
  label: 'cmd.setSceneView',
  run: (doc, { sceneId, view }) => setSceneView(doc, sceneId, view),
  coalesce: ({ sceneId }) => `scene-view:${sceneId}`,
});
