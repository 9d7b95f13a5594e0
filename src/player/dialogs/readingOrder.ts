import type { Scene, Story } from '../../story/schema/index.ts';

/**
 * Scenes in reading order: breadth-first from the start along every goto (whatever its
 * conditions), then the scenes no path reaches.
 */
export function readingOrder(story: Story): { reached: Scene[]; unreached: Scene[] } {
  const byId = new Map(story.scenes.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const reached: Scene[] = [];
  const queue = story.startSceneId && byId.has(story.startSceneId) ? [story.startSceneId] : [];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const scene = byId.get(id)!;
    reached.push(scene);
    for (const h of scene.hotspots) {
      if (h.action.type === 'goto' && byId.has(h.action.sceneId) && !seen.has(h.action.sceneId)) queue.push(h.action.sceneId);
    }
  }
  return { reached, unreached: story.scenes.filter((s) => !seen.has(s.id)) };
}
