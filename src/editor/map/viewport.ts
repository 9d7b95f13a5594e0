import type { MapPosition } from '../../story/schema/common.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../../story/graph/map-layout.ts';

/**
 * Where the map camera starts when the story is opened: the whole map when it fits at a readable
 * zoom, otherwise the start scene and its neighbours at a comfortable zoom (a 500-scene story is
 * not useful as a grey carpet, and drawing only what is visible opens it faster).
 */
export function initialViewport(
  positions: ReadonlyMap<string, MapPosition>,
  focusId: string | null | undefined,
  width: number,
  height: number,
  { padding = 40, minReadable = 0.45, maxZoom = 1, focusZoom = 0.8 } = {},
): { x: number; y: number; zoom: number } {
  if (positions.size === 0) return { x: width / 2 - NODE_WIDTH / 2, y: height / 2 - NODE_HEIGHT / 2, zoom: 1 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of positions.values()) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + NODE_WIDTH);
    maxY = Math.max(maxY, p.y + NODE_HEIGHT);
  }
  const fit = Math.min((width - 2 * padding) / (maxX - minX), (height - 2 * padding) / (maxY - minY), maxZoom);
  if (fit >= minReadable) {
    return { x: (width - (maxX - minX) * fit) / 2 - minX * fit, y: (height - (maxY - minY) * fit) / 2 - minY * fit, zoom: fit };
  }
  const focus = (focusId && positions.get(focusId)) || positions.values().next().value!;
  // The focus card near the left, vertically centred: the story reads from left to right.
  return { x: padding - focus.x * focusZoom, y: height / 2 - (focus.y + NODE_HEIGHT / 2) * focusZoom, zoom: focusZoom };
}
