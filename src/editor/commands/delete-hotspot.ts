import { removeHotspot } from '../../story/graph/ops.ts';
import { defineCommand } from './types.ts';
import type { HotspotId } from '../../story/schema/common.ts';

export const deleteHotspotCommand = defineCommand<{ hotspotId: HotspotId }>({
  id: 'hotspot.delete',
  label: 'cmd.deleteHotspot',
  run(doc, { hotspotId }) {
    const scene = doc.scenes.find((s) => s.hotspots.some((h) => h.id === hotspotId));
    return { story: removeHotspot(doc, hotspotId), select: { sceneId: scene?.id ?? null, hotspotId: null } };
  },
});
