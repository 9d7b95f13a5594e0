import type { PlayerSnapshot } from '../engine/index.ts';

/**
 * Panorama asset ids in the order they are likely to be needed: the current scene's first, then
 * the scenes the visible choices lead to (in the author's order), then the way back, then choices
 * that are hidden for now (they may appear after an effect).
 */
export function preloadOrder(s: PlayerSnapshot): { current: string | null; next: string[] } {
  const scenes = new Map(s.story.scenes.map((x) => [x.id, x]));
  const out: string[] = [];
  const add = (sceneId: string | null | undefined) => {
    const pano = sceneId ? scenes.get(sceneId)?.panorama : null;
    if (pano && !out.includes(pano)) out.push(pano);
  };
  const current = s.scene?.panorama ?? null;
  if (current) out.push(current);
  const visible = new Set(s.visibleHotspots.map((h) => h.id));
  for (const h of s.visibleHotspots) if (h.action.type === 'goto') add(h.action.sceneId);
  add(s.history[s.history.length - 1]?.sceneId);
  for (const h of s.scene?.hotspots ?? []) if (!visible.has(h.id) && h.action.type === 'goto') add(h.action.sceneId);
  return { current, next: current ? out.slice(1) : out };
}
