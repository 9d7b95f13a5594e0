import type { Story } from '../../story/schema/story.ts';
import { linkScenes } from '../../story/graph/ops.ts';
import { yawDelta } from '../../story/angles.ts';
import { defineCommand } from './types.ts';
import type { SceneId } from '../../story/schema/common.ts';

/** Spots tried in turn for a new hotspot: ahead, then spreading out to both sides. */
const CANDIDATE_YAWS = [0, 40, -40, 80, -80, 120, -120, 160, -160, 20, -20, 60, -60, 100, -100, 140, -140, 180];

/** A yaw in the scene that is at least 20° away from every hotspot there, when there is one. */
export function freeYaw(story: Story, sceneId: SceneId): number {
  const scene = story.scenes.find((s) => s.id === sceneId);
  const used = scene?.hotspots.map((h) => h.yaw) ?? [];
  return CANDIDATE_YAWS.find((y) => used.every((u) => Math.abs(yawDelta(u, y)) >= 20)) ?? 0;
}

/**
 * Links two scenes: a go-to hotspot in `fromId` leading to `toId`, labelled with the target's title,
 * placed where it does not cover another hotspot (move it in the 360 view afterwards).
 */
export const linkScenesCommand = defineCommand<{ fromId: SceneId; toId: SceneId }>({
  id: 'scene.link',
  label: 'cmd.linkScenes',
  run(doc, { fromId, toId }) {
    const { story, hotspotId } = linkScenes(doc, fromId, toId, freeYaw(doc, fromId), 0);
    return { story, select: { sceneId: fromId, hotspotId } };
  },
});
