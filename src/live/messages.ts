import { z } from 'zod';
import { DeviceInfo, Title } from './api.ts';
import { GuideMessage, GuideState, HeadsetsMessage, HeadsetView, LeadMessage, Presence, RenameHeadset, ViewDirection } from './showcase.ts';

/**
 * Live messages on the WebSocket `/api/live` (JSON text frames), validated with zod at both ends.
 * Unknown or invalid messages are dropped. The showcase's (#16) are in ./showcase.ts.
 */
export const StoryChanged = z.object({
  type: z.literal('story-changed'),
  id: z.string(),
  version: z.number().int().positive(),
  title: Title,
  updatedBy: z.string(),
});
export const StoryRemoved = z.object({ type: z.literal('story-removed'), id: z.string() });
export const InboxChanged = z.object({ type: z.literal('inbox'), storyId: z.string(), count: z.number().int().nonnegative() });
/** Facilitator only: who is in the room. */
export const DevicesChanged = z.object({
  type: z.literal('devices'),
  devices: z.array(DeviceInfo.extend({ online: z.boolean() })),
});
/** The session ended: joined devices are no longer in a room. */
export const RoomEnded = z.object({ type: z.literal('room-ended') });
/** First message on every connection: who the hub thinks this is. */
export const Welcome = z.object({
  type: z.literal('welcome'),
  device: DeviceInfo.nullable(),
  facilitator: z.boolean(),
  roomId: z.string(),
});

/** The answer to a ping: the connection still carries messages both ways (a headset waking from sleep checks). */
export const Pong = z.object({ type: z.literal('pong') });

export const ServerMessage = z.discriminatedUnion('type', [Welcome, Pong, StoryChanged, StoryRemoved, InboxChanged, DevicesChanged, RoomEnded, GuideState, HeadsetsMessage, HeadsetView]);
export type ServerMessage = z.infer<typeof ServerMessage>;

/** Keeps the connection (and the device's "last seen") alive; the hub answers with a pong. */
export const Ping = z.object({ type: z.literal('ping') });
export const ClientMessage = z.discriminatedUnion('type', [Ping, Presence, ViewDirection, GuideMessage, LeadMessage, RenameHeadset]);
export type ClientMessage = z.infer<typeof ClientMessage>;

/** Parses one text frame; null when it is not a valid message (the caller drops it). */
export function parseMessage<T>(schema: z.ZodType<T>, text: string): T | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const r = schema.safeParse(raw);
  return r.success ? r.data : null;
}
