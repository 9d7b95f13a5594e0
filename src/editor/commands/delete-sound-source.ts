import { defineCommand } from './types.ts';
import { withSoundscape } from '../../story/graph/sound-ops.ts';
import type { SceneId } from '../../story/schema/common.ts';

/** Takes a positional sound out of a scene (the sound stays in the story's media). */
export const deleteSoundSourceCommand = defineCommand<{ sceneId: SceneId; sourceId: string }>({
  id: 'sound-source.delete',
  label: 'cmd.deleteSoundSource',
  run: (doc, { sceneId, sourceId }) =>
    withSoundscape(doc, sceneId, (s) => {
      const sources = s.sources.filter((x) => x.id !== sourceId);
      return sources.length === s.sources.length ? s : { ...s, sources };
    }),
});
