import { addHotspot, type NewHotspot } from '../../story/graph/ops.ts';
import { defineCommand } from './types.ts';
import { freeYaw } from './link-scenes.ts';
import type { SceneId } from '../../story/schema/common.ts';

/** Adds a hotspot to a scene; without a place, it goes where it does not cover another one. */
export const addHotspotCommand = defineCommand<{ sceneId: SceneId; init?: NewHotspot }>({
  id: 'hotspot.add',
  label: 'cmd.addHotspot',
  run(doc, { sceneId, init = {} }) {
    const yaw = init.yaw ?? freeYaw(doc, sceneId);
    const { story, hotspotId } = addHotspot(doc, sceneId, { ...init, yaw, pitch: init.pitch ?? 0 });
    return { story, select: { sceneId, hotspotId } };
  },
});
