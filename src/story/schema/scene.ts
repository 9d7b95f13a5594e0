import { z } from 'zod';
import { AssetId, SceneId, LocalizedText, MapPosition, View, Yaw } from './common.ts';
import { Hotspot } from './hotspot.ts';
import { Soundscape } from './soundscape.ts';
import { EndingScore } from './question.ts';
import { SceneVideo } from './video.ts';

export const Ending = z.object({
  text: LocalizedText.default({}).describe('Closing words shown when the reader reaches this ending'),
  score: EndingScore.optional(),
});
export type Ending = z.infer<typeof Ending>;

export const Scene = z.object({
  id: SceneId,
  title: LocalizedText,
  description: LocalizedText.optional().describe(
    'What the place looks like, read to screen-reader users on arrival (falls back to the panorama alt text)',
  ),
  panorama: AssetId.nullable().describe(
    'Equirectangular image (the poster frame when the scene has a video); null while the author has not chosen one',
  ),
  video: SceneVideo.optional().describe('A 360° video played over the panorama'),
  view: View.default({ yaw: 0, pitch: 0, fov: 75 }).describe('Where the reader looks on arrival'),
  northOffset: Yaw.default(0),
  soundscape: Soundscape.default({ beds: [], sources: [] }),
  hotspots: z.array(Hotspot).max(200).default([]),
  ending: Ending.optional().describe('Present when this scene ends the story'),
  map: MapPosition.optional(),
});
export type Scene = z.infer<typeof Scene>;
