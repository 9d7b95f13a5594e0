import type { PositionalSource } from '../../story/schema/soundscape.ts';
import { newId } from '../../story/graph/ops.ts';
import { defineCommand } from './types.ts';
import { fixDirection, MAX_SOUND_SOURCES, withSoundscape } from '../../story/graph/sound-ops.ts';
import type { AssetId, SceneId } from '../../story/schema/common.ts';

export { MAX_SOUND_SOURCES } from '../../story/graph/sound-ops.ts';

/**
 * Places a sound in a scene at a direction (clicked in the 360 view, or straight ahead when added
 * from the inspector's list): it plays from there, looping. `id` may be given so the caller can
 * select the new source. Past the limit, nothing changes.
 */
export const addSoundSourceCommand = defineCommand<{ sceneId: SceneId; asset: AssetId; yaw?: number; pitch?: number; id?: string }>({
  id: 'sound-source.add',
  label: 'cmd.addSoundSource',
  run: (doc, { sceneId, asset, yaw = 0, pitch = 0, id }) =>
    withSoundscape(doc, sceneId, (s) => {
      if (s.sources.length >= MAX_SOUND_SOURCES) return s;
      const source: PositionalSource = { id: id ?? newId(`${sceneId.slice(0, 40)}-sound`, doc), asset, ...fixDirection(yaw, pitch), distance: 5, volume: 1, loop: true };
      return { ...s, sources: [...s.sources, source] };
    }),
});
