import type { PositionalSource } from '../../story/schema/soundscape.ts';
import type { Story } from '../../story/schema/story.ts';
import { normalizeYaw } from '../../player/view/angles.ts';
import { StoryOpError } from '../../story/graph/ops.ts';
import { updateScene } from './scene-ops.ts';

/** Changes one positional sound of a scene; its direction is kept inside the document's ranges. */
export function updateSoundSource(story: Story, sceneId: string, sourceId: string, change: (s: PositionalSource) => PositionalSource): Story {
  return updateScene(story, sceneId, (scene) => {
    const i = scene.soundscape.sources.findIndex((s) => s.id === sourceId);
    if (i < 0) throw new StoryOpError(`There is no sound "${sourceId}" in scene "${sceneId}".`);
    const old = scene.soundscape.sources[i]!;
    const next = change(old);
    const fixed = { ...next, id: old.id, yaw: normalizeYaw(next.yaw), pitch: Math.max(-90, Math.min(90, next.pitch)) };
    if (JSON.stringify(fixed) === JSON.stringify(old)) return scene;
    const sources = scene.soundscape.sources.map((s, k) => (k === i ? fixed : s));
    return { ...scene, soundscape: { ...scene.soundscape, sources } };
  });
}
