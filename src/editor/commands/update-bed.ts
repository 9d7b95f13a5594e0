import type { AmbientBed } from '../../story/schema/soundscape.ts';
import { defineCommand } from './types.ts';
import { withSoundscape } from '../../story/graph/sound-ops.ts';
import type { SceneId } from '../../story/schema/common.ts';

/** Changes a background sound (its volume); moving the slider is one step. */
export const updateBedCommand = defineCommand<{ sceneId: SceneId; bedId: string; change: Partial<Omit<AmbientBed, 'id'>> }>({
  id: 'sound.update-bed',
  label: 'cmd.updateBed',
  run: (doc, { sceneId, bedId, change }) => withSoundscape(doc, sceneId, (s) => ({ ...s, beds: s.beds.map((b) => (b.id === bedId ? { ...b, ...change } : b)) })),
  coalesce: ({ bedId, change }) => `bed:${bedId}:${Object.keys(change).join()}`,
});
