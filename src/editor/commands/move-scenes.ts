import type { MapPosition } from '../../story/schema/common.ts';
import { defineCommand } from './types.ts';
import { setScenePositions } from '../../story/graph/scene-ops.ts';

/**
 * Moves scene cards on the story map. `positions` may list scenes that had no saved position yet
 * (drawn by the automatic layout): saving them too keeps the map from jumping.
 */
export const moveScenesCommand = defineCommand<{ positions: Record<string, MapPosition>; moved: string[] }>({
  id: 'scene.move',
  label: 'cmd.moveScene',
  run: (doc, { positions }) => setScenePositions(doc, positions),
  coalesce: ({ moved }) => `move-scenes:${[...moved].sort().join(',')}`,
});
