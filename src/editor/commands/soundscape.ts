import type { Story } from '../../story/schema/story.ts';
import type { AmbientBed, CaptionCue, Narration, PositionalSource, Soundscape } from '../../story/schema/soundscape.ts';
import { defineCommand } from './types.ts';
import { updateScene } from './scene-ops.ts';

/**
 * A scene's sound: ambient beds (loop everywhere), positional sounds (from a direction) and
 * narration (one recording per language, each with its captions). Pure operations + commands.
 */
const withSoundscape = (story: Story, sceneId: string, change: (s: Soundscape) => Soundscape): Story =>
  updateScene(story, sceneId, (scene) => {
    const next = change(scene.soundscape);
    return next === scene.soundscape ? scene : { ...scene, soundscape: next };
  });

const newSoundId = (prefix: string, taken: Array<{ id: string }>): string => {
  for (let n = taken.length + 1; ; n++) if (!taken.some((x) => x.id === `${prefix}-${n}`)) return `${prefix}-${n}`;
};

export const addBedCommand = defineCommand<{ sceneId: string; assetId: string }>({
  id: 'sound.add-bed',
  label: 'cmd.addBed',
  run: (doc, { sceneId, assetId }) =>
    withSoundscape(doc, sceneId, (s) => (s.beds.length >= 8 ? s : { ...s, beds: [...s.beds, { id: newSoundId('bed', s.beds), asset: assetId, volume: 0.8 }] })),
});

export const updateBedCommand = defineCommand<{ sceneId: string; bedId: string; change: Partial<Omit<AmbientBed, 'id'>> }>({
  id: 'sound.update-bed',
  label: 'cmd.updateBed',
  run: (doc, { sceneId, bedId, change }) => withSoundscape(doc, sceneId, (s) => ({ ...s, beds: s.beds.map((b) => (b.id === bedId ? { ...b, ...change } : b)) })),
  coalesce: ({ bedId, change }) => `bed:${bedId}:${Object.keys(change).join()}`,
});

export const removeBedCommand = defineCommand<{ sceneId: string; bedId: string }>({
  id: 'sound.remove-bed',
  label: 'cmd.removeBed',
  run: (doc, { sceneId, bedId }) => withSoundscape(doc, sceneId, (s) => ({ ...s, beds: s.beds.filter((b) => b.id !== bedId) })),
});

export const addSourceCommand = defineCommand<{ sceneId: string; assetId: string; yaw?: number; pitch?: number }>({
  id: 'sound.add-source',
  label: 'cmd.addSource',
  run: (doc, { sceneId, assetId, yaw = 0, pitch = 0 }) =>
    withSoundscape(doc, sceneId, (s) =>
      s.sources.length >= 32 ? s : { ...s, sources: [...s.sources, { id: newSoundId('sound', s.sources), asset: assetId, yaw, pitch, distance: 5, volume: 1, loop: true }] },
    ),
});

export const updateSourceCommand = defineCommand<{ sceneId: string; sourceId: string; change: Partial<Omit<PositionalSource, 'id'>> }>({
  id: 'sound.update-source',
  label: 'cmd.updateSource',
  run: (doc, { sceneId, sourceId, change }) =>
    withSoundscape(doc, sceneId, (s) => ({ ...s, sources: s.sources.map((p) => (p.id === sourceId ? { ...p, ...change } : p)) })),
  coalesce: ({ sourceId, change }) => `source:${sourceId}:${Object.keys(change).join()}`,
});

export const removeSourceCommand = defineCommand<{ sceneId: string; sourceId: string }>({
  id: 'sound.remove-source',
  label: 'cmd.removeSource',
  run: (doc, { sceneId, sourceId }) => withSoundscape(doc, sceneId, (s) => ({ ...s, sources: s.sources.filter((p) => p.id !== sourceId) })),
});

const withNarration = (story: Story, sceneId: string, change: (n: Narration) => Narration | undefined) =>
  withSoundscape(story, sceneId, (s) => {
    const next = change(s.narration ?? { recordings: {}, captions: {}, autoplay: true });
    if (next === s.narration) return s;
    if (!next) {
      const { narration: _gone, ...rest } = s;
      return rest;
    }
    return { ...s, narration: next };
  });

/** Sets (or with null removes) the recording for one language; its captions stay with it. */
export const setNarrationCommand = defineCommand<{ sceneId: string; language: string; assetId: string | null }>({
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

/** Replaces one language's caption track (edits to one field merge into one step). */
export const setCaptionsCommand = defineCommand<{ sceneId: string; language: string; cues: CaptionCue[]; field?: string }>({
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
