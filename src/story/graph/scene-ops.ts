import type { MapPosition, SceneId, View } from '../schema/common.ts';
import type { Scene } from '../schema/scene.ts';
import type { Story } from '../schema/story.ts';
import { StoryOpError } from './ops.ts';
import { setText } from './text.ts';
import { relabelLinksTo } from './link-labels.ts';

/**
 * Pure, immutable operations on a scene's own fields and the story's title and start, beside the
 * graph operations of ops.ts (adding, removing and linking scenes and hotspots) and by the same rules:
 * new objects, untouched ones shared, unknown ids throw.
 */

export function updateScene(story: Story, sceneId: SceneId, change: (s: Scene) => Scene): Story {
  const i = story.scenes.findIndex((s) => s.id === sceneId);
  if (i < 0) throw new StoryOpError(`There is no scene "${sceneId}".`);
  const old = story.scenes[i]!;
  const next = change(old);
  if (next === old) return story;
  return { ...story, scenes: story.scenes.map((s, k) => (k === i ? { ...next, id: old.id } : s)) };
}

export { setText } from './text.ts';

/** Renames a scene in one language; the go-to labels that follow its title follow it (link-labels.ts). */
export function setSceneTitle(story: Story, sceneId: SceneId, language: string, title: string): Story {
  const oldTitle = story.scenes.find((s) => s.id === sceneId)?.title;
  const renamed = updateScene(story, sceneId, (s) => ({ ...s, title: setText(s.title, language, title) }));
  return renamed === story ? story : relabelLinksTo(renamed, sceneId, language, oldTitle);
}

export function setStartScene(story: Story, sceneId: SceneId): Story {
  if (!story.scenes.some((s) => s.id === sceneId)) throw new StoryOpError(`There is no scene "${sceneId}".`);
  return story.startSceneId === sceneId ? story : { ...story, startSceneId: sceneId };
}

export function setEnding(story: Story, sceneId: SceneId, ending: boolean): Story {
  return updateScene(story, sceneId, (s) => {
    if (ending === !!s.ending) return s;
    if (ending) return { ...s, ending: { text: {} } };
    const { ending: _gone, ...rest } = s;
    return rest;
  });
}

export const setEndingText = (story: Story, sceneId: SceneId, language: string, text: string): Story =>
  updateScene(story, sceneId, (s) => ({ ...s, ending: { ...s.ending, text: setText(s.ending?.text, language, text) } }));

export const setSceneView = (story: Story, sceneId: SceneId, view: View): Story =>
  updateScene(story, sceneId, (s) => ({ ...s, view: { ...view } }));

/** Moves scenes on the story map. Unknown ids are ignored (the map may be a moment behind). */
export function setScenePositions(story: Story, positions: Readonly<Record<SceneId, MapPosition>>): Story {
  let changed = false;
  const scenes = story.scenes.map((s) => {
    const p = positions[s.id];
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return s;
    const x = Math.round(p.x);
    const y = Math.round(p.y);
    if (s.map && s.map.x === x && s.map.y === y) return s;
    changed = true;
    return { ...s, map: { x, y } };
  });
  return changed ? { ...story, scenes } : story;
}

export function setStoryTitle(story: Story, language: string, title: string): Story {
  return { ...story, meta: { ...story.meta, title: setText(story.meta.title, language, title) } };
}
