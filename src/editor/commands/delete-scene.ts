import { removeScene } from '../../story/graph/ops.ts';
import { defineCommand } from './types.ts';
import type { SceneId } from '../../story/schema/common.ts';

/** Deletes a scene and the go-to hotspots that led to it (undo brings both back). */
export const deleteSceneCommand = defineCommand<{ sceneId: SceneId }>({
  id: 'scene.delete',
  label: 'cmd.deleteScene',
  run: (doc, { sceneId }) => ({ story: removeScene(doc, sceneId).story, select: { sceneId: null, hotspotId: null } }),
});
