import { updateHotspot } from '../../story/graph/ops.ts';
import { defineCommand } from './types.ts';
import type { HotspotId } from '../../story/schema/common.ts';

/** Moves a hotspot in its scene (yaw/pitch in degrees). A drag is many moves: they merge into one step. */
export const moveHotspotCommand = defineCommand<{ hotspotId: HotspotId; yaw: number; pitch: number }>({
  id: 'hotspot.move',
  label: 'cmd.moveHotspot',
  run: (doc, { hotspotId, yaw, pitch }) => updateHotspot(doc, hotspotId, { yaw, pitch }),
  coalesce: ({ hotspotId }) => `hotspot-move:${hotspotId}`,
});
