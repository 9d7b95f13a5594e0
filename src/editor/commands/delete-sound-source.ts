import { updateScene } from './scene-ops.ts';
import { defineCommand } from './types.ts';

/** Takes a positional sound out of a scene (the sound stays in the story's media). */
export const deleteSoundSourceCommand = defineCommand<{ sceneId: string; sourceId: string }>({
  id: 'sound-source.delete',
  label: 'cmd.deleteSoundSource',
  run: (doc, { sceneId, sourceId }) =>
    updateScene(doc, sceneId, (s) => {
      const sources = s.soundscape.sources.filter((x) => x.id !== sourceId);
      return sources.length === s.soundscape.sources.length ? s : { ...s, soundscape: { ...s.soundscape, sources } };
    }),
});
