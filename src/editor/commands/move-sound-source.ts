import { defineCommand } from './types.ts';
import { updateSoundSource } from '../../story/graph/sound-ops.ts';
import type { SceneId } from '../../story/schema/common.ts';

/** Moves a positional sound to another direction. A drag is many moves: they merge into one step. */
export const moveSoundSourceCommand = defineCommand<{ sceneId: SceneId; sourceId: string; yaw: number; pitch: number }>({
  id: 'sound-source.move',
  label: 'cmd.moveSoundSource',
  run: (doc, { sceneId, sourceId, yaw, pitch }) => updateSoundSource(doc, sceneId, sourceId, (s) => ({ ...s, yaw, pitch })),
  coalesce: ({ sourceId }) => `sound-source-move:${sourceId}`,
});
