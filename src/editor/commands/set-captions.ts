import type { CaptionCue } from '../../story/schema/soundscape.ts';
import { defineCommand } from './types.ts';
import { withNarration } from '../../story/graph/sound-ops.ts';
import type { SceneId } from '../../story/schema/common.ts';

/** Replaces one language's caption track (edits to one field merge into one step). */
export const setCaptionsCommand = defineCommand<{ sceneId: SceneId; language: string; cues: CaptionCue[]; field?: string }>({
  id: 'sound.set-captions',
  label: 'cmd.setCaptions',
  run: (doc, { sceneId, language, cues }) =>
    withNarration(doc, sceneId, (n) => {
      const captions = { ...n.captions };
      if (cues.length) captions[language] = [...cues].sort((a, b) => a.start - b.start);
      else delete captions[language];
      return { ...n, captions };
    }),
  coalesce: ({ sceneId, language, field }) => (field ? `captions:${sceneId}:${language}:${field}` : undefined),
});
