import { z } from 'zod';
import { MAX_HEADSET_NAME, MAX_PAUSE_MESSAGE, VIEW_EVERY_MS } from './showcase-limits.ts';

/**
 * Showcase (#16): the facilitator guides the room's headsets. Live messages on the same WebSocket
 * as the rest of the hub's (src/live/messages.ts), validated with zod at both ends.
 *
 * The hub keeps one `Guide` per headset (what the facilitator asked of it) and sends it whole after
 * every change and on every (re)connection, so a headset that slept or lost the Wi-Fi catches up by
 * applying the latest state: nothing is replayed. Counters (`restart`, `lead.seq`) say "a new
 * request" without timestamps.
 */

const ShortId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const Words = (max: number) => z.string().max(max);
/** Degrees, as in the story model (src/story/schema/common.ts). */
const Yaw = z.number().finite().min(-360).max(360);
const Pitch = z.number().finite().min(-90).max(90);
/** The story's variables at the facilitator's scene (booleans, numbers, words). */
export const GuideVariables = z.record(ShortId, z.union([z.boolean(), z.number().finite(), z.string().max(500)]));
export type GuideVariables = z.infer<typeof GuideVariables>;

export { MAX_HEADSET_NAME, MAX_PAUSE_MESSAGE, VIEW_EVERY_MS };

/** The facilitator's scene while leading: following headsets go there (same story only). */
export const Lead = z.object({
  storyId: ShortId,
  sceneId: ShortId,
  variables: GuideVariables,
  /** Grows with every move the facilitator makes. */
  seq: z.number().int().nonnegative(),
});
export type Lead = z.infer<typeof Lead>;

/** What the facilitator asks of one headset. */
export const Guide = z.object({
  /** The story to play (sent to it), or null (it chooses). */
  storyId: ShortId.nullable(),
  /** Grows each time a story is sent, so sending the same story again opens it again. */
  sent: z.number().int().nonnegative(),
  /** Follow me (true) or let them explore (false). */
  follow: z.boolean(),
  lead: Lead.nullable(),
  /** Grows with every "back to the start". */
  restart: z.number().int().nonnegative(),
  /** Paused: a calm full-view message; null when playing. */
  pause: z.object({ message: Words(MAX_PAUSE_MESSAGE) }).nullable(),
});
export type Guide = z.infer<typeof Guide>;

export const NO_GUIDE: Guide = Object.freeze({ storyId: null, sent: 0, follow: false, lead: null, restart: 0, pause: null });

/** A headset's state as the facilitator sees it. */
export const HeadsetInfo = z.object({
  deviceId: z.string(),
  name: z.string(),
  online: z.boolean(),
  /** ISO time the hub last heard from it (any message). */
  lastHeardAt: z.string(),
  storyId: ShortId.nullable(),
  storyTitle: Words(200),
  sceneId: ShortId.nullable(),
  sceneTitle: Words(200),
  inVr: z.boolean(),
  guide: Guide,
});
export type HeadsetInfo = z.infer<typeof HeadsetInfo>;

// Player (headset) -> hub

/** What a player shows now; sent on every change (story, scene, VR). */
export const Presence = z.object({
  type: z.literal('presence'),
  storyId: ShortId.nullable(),
  storyTitle: Words(200),
  sceneId: ShortId.nullable(),
  sceneTitle: Words(200),
  inVr: z.boolean(),
});
export type Presence = z.infer<typeof Presence>;
/** Where a player looks (a few times a second at most). */
export const ViewDirection = z.object({ type: z.literal('view'), yaw: Yaw, pitch: Pitch });
export type ViewDirection = z.infer<typeof ViewDirection>;

// Facilitator -> hub

export const GuideCommand = z.discriminatedUnion('do', [
  z.object({ do: z.literal('send'), storyId: ShortId }),
  z.object({ do: z.literal('follow') }),
  z.object({ do: z.literal('explore') }),
  z.object({ do: z.literal('restart') }),
  z.object({ do: z.literal('pause'), message: Words(MAX_PAUSE_MESSAGE) }),
  z.object({ do: z.literal('resume') }),
]);
export type GuideCommand = z.infer<typeof GuideCommand>;

/** A command for every headset (`to: 'all'`) or one. Only the facilitator's session may send it. */
export const GuideMessage = z.object({
  type: z.literal('guide'),
  to: z.union([z.literal('all'), z.object({ deviceId: z.string().max(64) })]),
  command: GuideCommand,
});
export type GuideMessage = z.infer<typeof GuideMessage>;
/** The facilitator's player arrived in a scene while leading (follow me). */
export const LeadMessage = z.object({
  type: z.literal('lead'),
  storyId: ShortId,
  sceneId: ShortId,
  variables: GuideVariables,
});
export type LeadMessage = z.infer<typeof LeadMessage>;
export const RenameHeadset = z.object({
  type: z.literal('rename-headset'),
  deviceId: z.string().max(64),
  name: z.string().trim().min(1).max(MAX_HEADSET_NAME),
});
export type RenameHeadset = z.infer<typeof RenameHeadset>;

// Hub -> player

/** This device's guide, whole (after every change and on connecting). */
export const GuideState = z.object({ type: z.literal('guide-state'), guide: Guide });
export type GuideState = z.infer<typeof GuideState>;

// Hub -> facilitator

/** Every headset of the room (on connecting and after any change but the view direction). */
export const HeadsetsMessage = z.object({
  type: z.literal('headsets'),
  /** The guide for headsets that have not been told anything on their own (and new ones). */
  room: Guide,
  headsets: z.array(HeadsetInfo),
});
export type HeadsetsMessage = z.infer<typeof HeadsetsMessage>;
/** One headset's view direction (a few times a second). */
export const HeadsetView = z.object({ type: z.literal('headset-view'), deviceId: z.string(), yaw: Yaw, pitch: Pitch });
export type HeadsetView = z.infer<typeof HeadsetView>;
