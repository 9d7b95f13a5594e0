import type { Asset, Consent, Credit, VideoAsset } from '../../story/schema/asset.ts';
import type { CaptionCue } from '../../story/schema/soundscape.ts';
import { defineCommand } from './types.ts';
import { removeAsset, replaceAsset, updateAsset } from '../../story/graph/asset-ops.ts';
import { setText } from '../../story/graph/scene-ops.ts';
import type { AssetId } from '../../story/schema/common.ts';

/** Alt text (pictures) or transcript (sounds) in one language; typing merges into one step. */
export const setAssetTextCommand = defineCommand<{ assetId: AssetId; language: string; text: string }>({
  id: 'asset.set-text',
  label: 'cmd.setAssetText',
  run: (doc, { assetId, language, text }) =>
    updateAsset(doc, assetId, (a) =>
      a.kind === 'image' ? { ...a, alt: setText(a.alt, language, text) } : { ...a, transcript: setText(a.transcript, language, text) },
    ),
  coalesce: ({ assetId, language }) => `asset-text:${assetId}:${language}`,
});

/** Who made it and its licence; `field` names what is being typed into. */
export const setAssetCreditCommand = defineCommand<{ assetId: AssetId; credit: Credit; field: string }>({
  id: 'asset.set-credit',
  label: 'cmd.setAssetCredit',
  run: (doc, { assetId, credit }) => updateAsset(doc, assetId, (a) => ({ ...a, credit })),
  coalesce: ({ assetId, field }) => `asset-credit:${assetId}:${field}`,
});

export const setAssetConsentCommand = defineCommand<{ assetId: AssetId; consent: Consent; field: string }>({
  id: 'asset.set-consent',
  label: 'cmd.setAssetConsent',
  run: (doc, { assetId, consent }) => updateAsset(doc, assetId, (a) => ({ ...a, consent })),
  coalesce: ({ assetId, field }) => (field === 'note' ? `asset-consent:${assetId}:note` : undefined),
});

/** Swaps a picture or sound for another file everywhere it is used (one undo step). */
export const replaceAssetCommand = defineCommand<{ from: AssetId; to: Asset }>({
  id: 'asset.replace',
  label: 'cmd.replaceAsset',
  run: (doc, { from, to }) => replaceAsset(doc, from, to),
});

/** Removes a picture or sound from the story, and from every place that uses it. */
export const deleteAssetCommand = defineCommand<{ assetId: AssetId }>({
  id: 'asset.delete',
  label: 'cmd.deleteAsset',
  run: (doc, { assetId }) => removeAsset(doc, assetId),
});

/** What a video's sound track holds (people speaking need captions). */
export const setVideoSoundCommand = defineCommand<{ assetId: AssetId; sound: VideoAsset['sound'] }>({
  id: 'asset.set-video-sound',
  label: 'cmd.setVideoSound',
  run: (doc, { assetId, sound }) => updateAsset(doc, assetId, (a) => (a.kind === 'video' ? { ...a, sound } : a)),
});

/** Replaces one language's captions of a video (typing in one field merges into one step). */
export const setVideoCaptionsCommand = defineCommand<{ assetId: AssetId; language: string; cues: CaptionCue[]; field?: string }>({
  id: 'asset.set-video-captions',
  label: 'cmd.setCaptions',
  run: (doc, { assetId, language, cues }) =>
    updateAsset(doc, assetId, (a) => {
      if (a.kind !== 'video') return a;
      const captions = { ...a.captions };
      if (cues.length) captions[language] = [...cues].sort((x, y) => x.start - y.start);
      else delete captions[language];
      return { ...a, captions };
    }),
  coalesce: ({ assetId, language, field }) => (field ? `video-captions:${assetId}:${language}:${field}` : undefined),
});
