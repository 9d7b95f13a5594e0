import { z } from 'zod';
import { AssetId, SceneId } from './common.ts';

/** What happens when a scene's video reaches its end. */
export const VideoEnd = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('loop') }).describe('Play it again from the start'),
    z
      .object({ type: z.literal('goto'), sceneId: SceneId.describe('The scene the reader goes to') })
      .describe('Go to another scene'),
    z.object({ type: z.literal('choices') }).describe("Stop on the last frame and offer the scene's ways on"),
  ])
  .describe('What happens when the video ends');
export type VideoEnd = z.infer<typeof VideoEnd>;

/**
 * A 360° video playing on the scene's sphere. The scene's `panorama` is its poster frame: the
 * picture shown at once, before the video can play (and wherever video cannot play at all).
 */
export const SceneVideo = z.object({
  asset: AssetId.describe('An equirectangular video (MP4/H.264 or WebM/VP9)'),
  end: VideoEnd.default({ type: 'loop' }),
  volume: z.number().min(0).max(1).default(1).describe("The video's own sound, before the master volume"),
});
export type SceneVideo = z.infer<typeof SceneVideo>;

/**
 * When a hotspot of a video scene shows: from `from` seconds into the video until `to` (or to
 * the end). Outside the window the reader does not see or reach it; a scene without video ignores it.
 */
export const HotspotTime = z
  .object({
    from: z.number().min(0).max(86_400).default(0).describe('Seconds into the video when the hotspot appears'),
    to: z.number().min(0).max(86_400).optional().describe('Seconds into the video when it goes again (none: it stays to the end)'),
  })
  .describe("Shown only while the scene's video is in this time window");
export type HotspotTime = z.infer<typeof HotspotTime>;
