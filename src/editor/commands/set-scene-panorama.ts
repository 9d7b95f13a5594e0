import { setScenePanorama } from '../../story/graph/scene-media.ts';
import { defineCommand } from './types.ts';
import type { AssetId, SceneId } from '../../story/schema/common.ts';

/** Chooses (or, with null, takes away) the scene's 360° picture; a photosphere brings its north. */
export const setScenePanoramaCommand = defineCommand<{ sceneId: SceneId; assetId: AssetId | null; northOffset?: number }>({
  id: 'scene.set-panorama',
  label: 'cmd.setScenePanorama',
  run: (doc, { sceneId, assetId, northOffset }) => setScenePanorama(doc, sceneId, assetId, northOffset),
});
