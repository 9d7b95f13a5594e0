import { z } from 'zod';
import { AssetId, HotspotId, SceneId, LocalizedText, Pitch, Yaw } from './common.ts';
import { Condition, Effect } from './variable.ts';
import { Checkpoint, QuestionAction } from './question.ts';
import { HotspotTime } from './video.ts';

export const GotoAction = z.object({
  type: z.literal('goto'),
  sceneId: SceneId.describe('The scene this hotspot leads to'),
  closed: Checkpoint.optional(),
});

export const InfoAction = z.object({
  type: z.literal('info'),
  title: LocalizedText.optional(),
  text: LocalizedText.default({}),
  image: AssetId.optional(),
  link: z
    .object({
      url: z.string().max(2000).describe('Only http(s) and mailto links are opened'),
      label: LocalizedText.optional(),
    })
    .optional(),
});

export const SoundAction = z.object({
  type: z.literal('sound'),
  asset: AssetId,
  volume: z.number().min(0).max(1).default(1),
});

export const HotspotAction = z.discriminatedUnion('type', [GotoAction, InfoAction, SoundAction, QuestionAction]);
export type HotspotAction = z.infer<typeof HotspotAction>;

export const HotspotStyle = z.object({
  icon: z.enum(['auto', 'arrow', 'door', 'info', 'sound', 'star', 'question']).default('auto'),
  size: z.number().min(0.5).max(3).default(1),
});

export const Hotspot = z.object({
  id: HotspotId,
  yaw: Yaw,
  pitch: Pitch,
  label: LocalizedText.default({}),
  ownLabel: z
    .boolean()
    .optional()
    .describe("True when the author wrote this label; a go-to hotspot's label without it follows its scene's title"),
  action: HotspotAction,
  style: HotspotStyle.optional(),
  conditions: z.array(Condition).max(50).optional(),
  effects: z.array(Effect).max(50).optional(),
  time: HotspotTime.optional(),
});
export type Hotspot = z.infer<typeof Hotspot>;
