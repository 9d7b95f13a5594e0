import type { HotspotAction } from '../../story/schema/hotspot.ts';
import { setHotspotAction, setHotspotLabel } from '../../story/graph/link-labels.ts';
import { defineCommand } from './types.ts';
import { updateHotspot } from '../../story/graph/ops.ts';
import type { HotspotTime } from '../../story/schema/video.ts';
import type { HotspotId } from '../../story/schema/common.ts';

/** Changes a hotspot's label in one language (typing merges into one step). */
export const setHotspotLabelCommand = defineCommand<{ hotspotId: HotspotId; language: string; label: string }>({
  id: 'hotspot.set-label',
  label: 'cmd.setHotspotLabel',
  run: (doc, { hotspotId, language, label }) => setHotspotLabel(doc, hotspotId, language, label),
  coalesce: ({ hotspotId, language }) => `hotspot-label:${hotspotId}:${language}`,
});

/**
 * Changes what a hotspot does (go to a scene, show information, play a sound) or its details; a
 * label that followed the old target's title follows the new one. A question's answers keep the
 * tallies closed links wait for in step (an answer marked right counts toward them).
 * `field` names what is being typed into, so typing in one field merges into one step.
 */
export const setHotspotActionCommand = defineCommand<{ hotspotId: HotspotId; action: HotspotAction; field?: string }>({
  id: 'hotspot.set-action',
  label: 'cmd.setHotspotAction',
  run: (doc, { hotspotId, action }) => setHotspotAction(doc, hotspotId, action),
  coalesce: ({ hotspotId, field }) => (field ? `hotspot-action:${hotspotId}:${field}` : undefined),
});

/** When a hotspot of a video scene shows (seconds into the video), or always (null). Typing merges into one step. */
export const setHotspotTimeCommand = defineCommand<{ hotspotId: HotspotId; time: HotspotTime | null; field?: string }>({
  id: 'hotspot.set-time',
  label: 'cmd.setHotspotTime',
  run: (doc, { hotspotId, time }) =>
    updateHotspot(doc, hotspotId, (h) => {
      const { time: _was, ...rest } = h;
      return time ? { ...rest, time } : rest;
    }),
  coalesce: ({ hotspotId, field }) => (field ? `hotspot-time:${hotspotId}:${field}` : undefined),
});
