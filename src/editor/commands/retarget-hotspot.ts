import type { HotspotAction } from '../../story/schema/hotspot.ts';
import { setHotspotAction } from '../../story/graph/link-labels.ts';
import { defineCommand } from './types.ts';
import type { HotspotId } from '../../story/schema/common.ts';

/**
 * Changes what a hotspot does from the 360 view's "What should this hotspot do?" menu, in one step.
 * A go-to hotspot is labelled with its scene's title, unless someone wrote their own label.
 */
export const retargetHotspotCommand = defineCommand<{ hotspotId: HotspotId; action: HotspotAction }>({
  id: 'hotspot.retarget',
  label: 'cmd.setHotspotAction',
  run: (doc, { hotspotId, action }) => setHotspotAction(doc, hotspotId, action),
});
