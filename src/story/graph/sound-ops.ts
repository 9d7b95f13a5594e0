import type { Story } from '../schema/story.ts';
import type { SceneId } from '../schema/common.ts';
import type { Narration, PositionalSource, Soundscape } from '../schema/soundscape.ts';
import { normalizeYaw } from '../angles.ts';
import { StoryOpError } from './ops.ts';
import { updateScene } from './scene-ops.ts';

/**
 * Pure operations on a scene's sound, shared by the sound commands (one file per action):
 * ambient beds (loop everywhere), positional sounds (from a direction) and narration (one recording
 * per language, each with its captions).
 */

/** Most positional sounds a scene can have (the schema's limit). */
export const MAX_SOUND_SOURCES = 32;
/** Most background sounds a scene can have (the schema's limit). */
export const MAX_BEDS = 8;

export const withSoundscape = (story: Story, sceneId: SceneId, change: (s: Soundscape) => Soundscape): Story =>
  updateScene(story, sceneId, (scene) => {
    const next = change(scene.soundscape);
    return next === scene.soundscape ? scene : { ...scene, soundscape: next };
  });

/** `prefix-N` for the first N not taken in the list. */
export const newSoundId = (prefix: string, taken: Array<{ id: string }>): string => {
  for (let n = taken.length + 1; ; n++) if (!taken.some((x) => x.id === `${prefix}-${n}`)) return `${prefix}-${n}`;
};

/** A direction kept inside the document's ranges (yaw -180..180, pitch -90..90). */
export const fixDirection = (yaw: number, pitch: number) => ({ yaw: normalizeYaw(yaw), pitch: Math.max(-90, Math.min(90, pitch)) });

/** Changes one positional sound of a scene; its direction is kept inside the document's ranges. */
export function updateSoundSource(story: Story, sceneId: SceneId, sourceId: string, change: (s: PositionalSource) => PositionalSource): Story {
  return withSoundscape(story, sceneId, (soundscape) => {
    const i = soundscape.sources.findIndex((s) => s.id === sourceId);
    if (i < 0) throw new StoryOpError(`There is no sound "${sourceId}" in scene "${sceneId}".`);
    const old = soundscape.sources[i]!;
    const next = change(old);
    const fixed = { ...next, id: old.id, ...fixDirection(next.yaw, next.pitch) };
    if (JSON.stringify(fixed) === JSON.stringify(old)) return soundscape;
    return { ...soundscape, sources: soundscape.sources.map((s, k) => (k === i ? fixed : s)) };
  });
}

/** Changes a scene's narration; `undefined` from `change` removes it. */
export const withNarration = (story: Story, sceneId: SceneId, change: (n: Narration) => Narration | undefined): Story =>
  withSoundscape(story, sceneId, (s) => {
    const next = change(s.narration ?? { recordings: {}, captions: {}, autoplay: true });
    if (next === s.narration) return s;
    if (!next) {
      const { narration: _gone, ...rest } = s;
      return rest;
    }
    return { ...s, narration: next };
  });
