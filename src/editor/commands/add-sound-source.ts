import type { PositionalSource } from '../../story/schema/soundscape.ts';
import { newId } from '../../story/graph/ops.ts';
import { normalizeYaw } from '../../player/view/angles.ts';
import { defineCommand } from './types.ts';
import { updateScene } from './scene-ops.ts';

/** Most positional sounds a scene can have (the schema's limit). */
export const MAX_SOUND_SOURCES = 32;

/**
 * Places a sound in a scene at a direction (from the 360 view): it plays from there, looping.
 * `id` may be given so the caller can select the new source. Past the limit, nothing changes.
 */
export const addSoundSourceCommand = defineCommand<{ sceneId: string; asset: string; yaw: number; pitch: number; id?: string }>({
  id: 'sound-source.add',
  label: 'cmd.addSoundSource',
  run: (doc, { sceneId, asset, yaw, pitch, id }) =>
    updateScene(doc, sceneId, (s) => {
      if (s.soundscape.sources.length >= MAX_SOUND_SOURCES) return s;
      const source: PositionalSource = { id: id ?? newId(`${sceneId.slice(0, 40)}-sound`, doc), asset, yaw: normalizeYaw(yaw), pitch: Math.max(-90, Math.min(90, pitch)), distance: 5, volume: 1, loop: true };
      return { ...s, soundscape: { ...s.soundscape, sources: [...s.soundscape.sources, source] } };
    }),
});
