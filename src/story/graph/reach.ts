import type { SceneId } from '../schema/common.ts';
import type { Scene } from '../schema/scene.ts';
import type { Story } from '../schema/story.ts';
import type { Hotspot } from '../schema/hotspot.ts';

/**
 * Graph queries over the scene graph (pure). Links are go-to hotspots and the answers of questions
 * that lead somewhere; conditions and checkpoints are ignored.
 */

/** The scenes one hotspot can lead to: a go-to's scene, or its question's answers' scenes. */
export function targetsOf(h: Hotspot): SceneId[] {
  if (h.action.type === 'goto') return [h.action.sceneId];
  if (h.action.type !== 'question') return [];
  const out: SceneId[] = [];
  for (const a of h.action.answers) if (a.goto !== undefined && !out.includes(a.goto)) out.push(a.goto);
  return out;
}

/** The scenes each scene links to (existing or not), in hotspot order, without repeats; then where its video's end leads. */
export function linksOf(scene: Scene): SceneId[] {
  const out: SceneId[] = [];
  const end = scene.video?.end;
  for (const h of scene.hotspots) {
    for (const to of targetsOf(h)) if (!out.includes(to)) out.push(to);
  }
  if (end?.type === 'goto' && !out.includes(end.sceneId)) out.push(end.sceneId);
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
 * `links`: a scene's links (linksOf, or a memo of it).
 */
export function reachableFrom(story: Story, startId: SceneId | null, index?: ReadonlyMap<SceneId, Scene>, links: (s: Scene) => SceneId[] = linksOf): Set<SceneId> {
  const byId = index ?? sceneIndex(story);
  const seen = new Set<SceneId>();
  if (startId === null || !byId.has(startId)) return seen;
  const queue: SceneId[] = [startId];
  seen.add(startId);
  for (let i = 0; i < queue.length; i++) {
    const scene = byId.get(queue[i]!)!;
    for (const to of links(scene)) {
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
