import { defineCommand } from './types.ts';
import { withNarration } from '../../story/graph/sound-ops.ts';
import type { AssetId, SceneId } from '../../story/schema/common.ts';

/** Sets (or with null removes) the recording for one language; its captions stay with it. */
export const setNarrationCommand = defineCommand<{ sceneId: SceneId; language: string; assetId: AssetId | null }>({
  id: 'sound.set-narration',
  label: 'cmd.setNarration',
  run: (doc, { sceneId, language, assetId }) =>
    withNarration(doc, sceneId, (n) => {
      const recordings = { ...n.recordings };
      if (assetId) recordings[language] = assetId;
      else delete recordings[language];
      if (Object.keys(recordings).length === 0 && Object.keys(n.captions).length === 0) return undefined;
      return { ...n, recordings };
    }),
});
