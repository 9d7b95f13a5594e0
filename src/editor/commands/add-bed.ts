import { defineCommand } from './types.ts';
import { MAX_BEDS, newSoundId, withSoundscape } from '../../story/graph/sound-ops.ts';
import type { AssetId, SceneId } from '../../story/schema/common.ts';

/** Adds a background sound to a scene: it loops everywhere in the scene. Past the limit, nothing changes. */
export const addBedCommand = defineCommand<{ sceneId: SceneId; assetId: AssetId }>({
  id: 'sound.add-bed',
  label: 'cmd.addBed',
  run: (doc, { sceneId, assetId }) =>
    withSoundscape(doc, sceneId, (s) => (s.beds.length >= MAX_BEDS ? s : { ...s, beds: [...s.beds, { id: newSoundId('bed', s.beds), asset: assetId, volume: 0.8 }] })),
});
