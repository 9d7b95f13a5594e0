import { defineCommand } from './types.ts';
import { withSoundscape } from '../../story/graph/sound-ops.ts';
import type { SceneId } from '../../story/schema/common.ts';

/** Takes a background sound out of a scene (the sound stays in the story's media). */
export const removeBedCommand = defineCommand<{ sceneId: SceneId; bedId: string }>({
  id: 'sound.remove-bed',
  label: 'cmd.removeBed',
  run: (doc, { sceneId, bedId }) =>
    withSoundscape(doc, sceneId, (s) => {
      const beds = s.beds.filter((b) => b.id !== bedId);
      return beds.length === s.beds.length ? s : { ...s, beds };
    }),
});
