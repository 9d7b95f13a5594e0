import type { PositionalSource } from '../../story/schema/soundscape.ts';
import { defineCommand } from './types.ts';
import { updateSoundSource } from '../../story/graph/sound-ops.ts';
import type { SceneId } from '../../story/schema/common.ts';

/** Changes a positional sound's settings (direction, distance, volume, loop); typing in one field is one step. */
export const updateSoundSourceCommand = defineCommand<{ sceneId: SceneId; sourceId: string; change: Partial<Omit<PositionalSource, 'id'>> }>({
  id: 'sound-source.update',
  label: 'cmd.updateSoundSource',
  run: (doc, { sceneId, sourceId, change }) => updateSoundSource(doc, sceneId, sourceId, (s) => ({ ...s, ...change })),
  coalesce: ({ sourceId, change }) => `sound-source:${sourceId}:${Object.keys(change).join()}`,
});
