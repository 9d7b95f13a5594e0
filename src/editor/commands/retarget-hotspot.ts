import type { Hotspot, HotspotAction } from '../../story/schema/hotspot.ts';
import { updateHotspot } from '../../story/graph/ops.ts';
import { defineCommand } from './types.ts';
import type { HotspotId } from '../../story/schema/common.ts';

const sameText = (a: Record<string, string> | undefined, b: Record<string, string> | undefined) =>
  JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/**
 * Changes what a hotspot does from the 360 view's "What should this hotspot do?" menu, in one step.
 * A go-to hotspot is labelled with its scene's title, unless someone wrote their own label.
 */
export const retargetHotspotCommand = defineCommand<{ hotspotId: HotspotId; action: HotspotAction }>({
  id: 'hotspot.retarget',
  label: 'cmd.setHotspotAction',
  run: (doc, { hotspotId, action }) =>
    updateHotspot(doc, hotspotId, (h): Hotspot => {
      const titleOf = (id: string) => doc.scenes.find((s) => s.id === id)?.title;
      const oldTitle = h.action.type === 'goto' ? titleOf(h.action.sceneId) : undefined;
      const autoLabel = sameText(h.label, {}) || (oldTitle !== undefined && sameText(h.label, oldTitle));
      if (!autoLabel) return { ...h, action };
      return { ...h, action, label: action.type === 'goto' ? { ...(titleOf(action.sceneId) ?? {}) } : {} };
    }),
});
