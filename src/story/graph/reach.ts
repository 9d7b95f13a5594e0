import type { SceneId } from '../schema/common.ts';
import type { Scene } from '../schema/scene.ts';
import type { Story } from '../schema/story.ts';

/** Graph queries over the scene graph (pure). Links are go-to hotspots; conditions are ignored. */

/** The scenes each scene links to (existing or not), in hotspot order, without repeats. */
export function linksOf(scene: Scene): SceneId[] {
  const out: SceneId[] = [];
  for (const h of scene.hotspots) {
    if (h.action.type === 'goto' && !out.includes(h.action.sceneId)) out.push(h.action.sceneId);
  }
  return out;
}

/** Scenes by id (the first one wins when an id is used twice). */
export function sceneIndex(story: Story): Map<SceneId, Scene> {
  const byId = new Map<SceneId, Scene>();
  for (const s of story.scenes) if (!byId.has(s.id)) byId.set(s.id, s);
  return byId;
}

/**
 * Ids of the scenes a reader can reach from `startId` by following any go-to hotspot
 * (conditions ignored: a link that may be shown counts). Empty when the start does not exist.
 */
export function reachableFrom(story: Story, startId: SceneId | null, index?: ReadonlyMap<SceneId, Scene>): Set<SceneId> {
  const byId = index ?? sceneIndex(story);
  const seen = new Set<SceneId>();
  if (startId === null || !byId.has(startId)) return seen;
  const queue: SceneId[] = [startId];
  seen.add(startId);
  for (let i = 0; i < queue.length; i++) {
    const scene = byId.get(queue[i]!)!;
    for (const h of scene.hotspots) {
      if (h.action.type !== 'goto') continue;
      const to = h.action.sceneId;
      if (!seen.has(to) && byId.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/** Ids of the scenes a reader can reach from the story's start scene. */
export const reachableScenes = (story: Story): Set<SceneId> => reachableFrom(story, story.startSceneId);

/** For each scene id, the ids of scenes with a go-to hotspot leading to it. */
export function incomingLinks(story: Story): Map<SceneId, SceneId[]> {
  const incoming = new Map<SceneId, SceneId[]>();
  for (const s of story.scenes) {
    for (const to of linksOf(s)) {
      const list = incoming.get(to);
      if (list) list.push(s.id);
      else incoming.set(to, [s.id]);
    }
  }
  return incoming;
}
