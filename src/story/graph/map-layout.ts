import type { MapPosition, SceneId } from '../schema/common.ts';
import type { Story } from '../schema/story.ts';

/** Size of a scene card on the map and the gaps between cards (map units = CSS pixels at zoom 1). */
export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 150;
export const COLUMN_GAP = 90;
export const ROW_GAP = 40;

/**
 * A layered layout: the start scene in the first column, the scenes it leads to in the next, and
 * so on (breadth-first along go-to hotspots). Scenes nothing leads to get columns after the rest,
 * in story order. Pure and linear in scenes + hotspots.
 */
export function layeredLayout(story: Story): Map<SceneId, MapPosition> {
  const ids = story.scenes.map((s) => s.id);
  const known = new Set(ids);
  const next = new Map<SceneId, SceneId[]>();
  for (const s of story.scenes) {
    const out: SceneId[] = [];
    for (const h of s.hotspots) if (h.action.type === 'goto' && known.has(h.action.sceneId)) out.push(h.action.sceneId);
    next.set(s.id, out);
  }
  const depth = new Map<SceneId, number>();
  const columns: SceneId[][] = [];
  const visit = (root: SceneId, base: number) => {
    depth.set(root, base);
    const queue = [root];
    for (let q = 0; q < queue.length; q++) {
      const id = queue[q]!;
      const d = depth.get(id)!;
      (columns[d] ??= []).push(id);
      for (const to of next.get(id) ?? []) {
        if (!depth.has(to)) {
          depth.set(to, d + 1);
          queue.push(to);
        }
      }
    }
  };
  const start = story.startSceneId && known.has(story.startSceneId) ? story.startSceneId : ids[0];
  if (start) visit(start, 0);
  for (const id of ids) if (!depth.has(id)) visit(id, columns.length);

  // Very tall columns wrap into several, so a long chain stays readable on screen.
  const maxRows = Math.max(6, Math.ceil(Math.sqrt(ids.length)));
  const out = new Map<SceneId, MapPosition>();
  let x = 0;
  for (const col of columns) {
    if (!col) continue;
    for (let i = 0; i < col.length; i++) {
      const sub = Math.floor(i / maxRows);
      out.set(col[i]!, { x: x + sub * (NODE_WIDTH + COLUMN_GAP), y: (i % maxRows) * (NODE_HEIGHT + ROW_GAP) });
    }
    x += Math.ceil(col.length / maxRows) * (NODE_WIDTH + COLUMN_GAP);
  }
  return out;
}

/**
 * Where each scene is drawn: its saved position, else a layered-layout position. When no scene has
 * a saved position, all come from the layout; when some have, the others go below them.
 */
export function mapPositions(story: Story): Map<SceneId, MapPosition> {
  const missing = story.scenes.filter((s) => !s.map);
  const out = new Map<SceneId, MapPosition>();
  for (const s of story.scenes) if (s.map) out.set(s.id, s.map);
  if (missing.length === 0) return out;
  const layout = layeredLayout(story);
  if (missing.length === story.scenes.length) return layout;
  let maxY = -Infinity;
  let minX = Infinity;
  for (const p of out.values()) {
    maxY = Math.max(maxY, p.y);
    minX = Math.min(minX, p.x);
  }
  missing.forEach((s, i) => {
    out.set(s.id, { x: minX + (i % 6) * (NODE_WIDTH + COLUMN_GAP), y: maxY + NODE_HEIGHT + ROW_GAP * 2 + Math.floor(i / 6) * (NODE_HEIGHT + ROW_GAP) });
  });
  return out;
}

/** A free spot for a new scene: right of `near` (or of the rightmost scene), not on top of another card. */
export function freeSpot(story: Story, nearSceneId?: SceneId | null): MapPosition {
  const positions = mapPositions(story);
  if (positions.size === 0) return { x: 0, y: 0 };
  let anchor = nearSceneId ? positions.get(nearSceneId) : undefined;
  if (!anchor) {
    for (const p of positions.values()) if (!anchor || p.x > anchor.x || (p.x === anchor.x && p.y < anchor.y)) anchor = p;
  }
  const a = anchor!;
  const taken = (x: number, y: number) => {
    for (const p of positions.values()) if (Math.abs(p.x - x) < NODE_WIDTH && Math.abs(p.y - y) < NODE_HEIGHT) return true;
    return false;
  };
  const x = a.x + NODE_WIDTH + COLUMN_GAP;
  for (let k = 0; k < 200; k++) {
    const y = a.y + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * (NODE_HEIGHT + ROW_GAP);
    if (!taken(x, y)) return { x, y };
  }
  return { x, y: a.y };
}
