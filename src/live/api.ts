import { z } from 'zod';
import { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH } from './codes.ts';
import { MAX_HAS_HASHES } from './limits.ts';

/**
 * The hub's REST API: every request body and reply as a zod schema (pure: the hub and the browser
 * both import this). Paths are in `HUB_PATHS`. Errors are always `ErrorReply`.
 */
/**
 * The name of the <meta> the hub adds to the app's index.html: the app asks `GET /api/hub` only
 * where it is there, so the dev server, a static host or a published site are not sent a request
 * that can only answer 404 (an error line in the console, and a wait before the library opens).
 */
export const HUB_PAGE_MARK = 'storyscape-hub';

export const HUB_PATHS = {
  hub: '/api/hub',
  join: '/api/join',
  leave: '/api/leave',
  login: '/api/facilitator/login',
  logout: '/api/facilitator/logout',
  rooms: '/api/rooms',
  currentRoom: '/api/rooms/current',
  endRoom: '/api/rooms/current/end',
  adoptRoom: '/api/rooms/current/adopt',
  devices: '/api/rooms/current/devices',
  stories: '/api/stories',
  story: (id: string) => `/api/stories/${encodeURIComponent(id)}`,
  versions: (id: string) => `/api/stories/${encodeURIComponent(id)}/versions`,
  version: (id: string, v: number) => `/api/stories/${encodeURIComponent(id)}/versions/${v}`,
  restore: (id: string) => `/api/stories/${encodeURIComponent(id)}/restore`,
  inbox: (id: string) => `/api/stories/${encodeURIComponent(id)}/inbox`,
  inboxTaken: (id: string, entry: string) => `/api/stories/${encodeURIComponent(id)}/inbox/${encodeURIComponent(entry)}/taken`,
  mediaHas: '/api/media/has',
  media: (hash: string) => `/api/media/${hash}`,
  uploads: '/api/uploads/',
  backup: '/api/backup',
  live: '/api/live',
} as const;

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
export const StoryIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const Timestamp = z.string().max(40);
export const Title = z.record(z.string(), z.string());

export const DeviceKind = z.enum(['laptop', 'phone', 'headset']);
export type DeviceKind = z.infer<typeof DeviceKind>;

export const DeviceInfo = z.object({
  id: z.string(),
  name: z.string(),
  kind: DeviceKind,
  /** The hub laptop itself (its own browser on http://localhost). */
  local: z.boolean(),
  lastSeenAt: Timestamp,
});
export type DeviceInfo = z.infer<typeof DeviceInfo>;

export const ErrorReply = z.object({
  error: z.object({
    /** Stable, machine-readable: "wrong-code", "too-many-tries", "disk-full"... */
    code: z.string(),
    /** Words for people (a 14-year-old understands them). */
    message: z.string(),
    /** When the request may be tried again (rate limits). */
    retryAfterSeconds: z.number().int().nonnegative().optional(),
  }),
  /** 422 on a story the model's loader refused: its problems, in words. */
  problems: z.array(z.object({ severity: z.string(), code: z.string(), message: z.string(), path: z.string() }).passthrough()).optional(),
  /** 409 on a story whose media the hub does not have yet: upload these first. */
  missingMedia: z.array(Sha256Hex).optional(),
});
export type ErrorReply = z.infer<typeof ErrorReply>;

export const RoomInfo = z.object({
  id: z.string(),
  name: z.string(),
  /** Only for joined devices, the hub laptop and the facilitator. */
  code: z.string().optional(),
  joined: z.boolean(),
  device: DeviceInfo.optional(),
  createdAt: Timestamp,
});
export type RoomInfo = z.infer<typeof RoomInfo>;

/** GET /api/hub: public, what the Join page and the app's hub detection need. */
export const HubInfo = z.object({
  name: z.literal('storyscape-hub'),
  version: z.string(),
  room: RoomInfo.nullable(),
  /** https:// addresses devices in the room can use (LAN first, then localhost). */
  addresses: z.array(z.string()),
  /** SHA-256 fingerprint of the hub's certificate ("AB:CD:..."), to compare with the terminal. */
  fingerprint: z.string(),
  facilitator: z.boolean(),
  /** This request came from the hub laptop's own browser (http://localhost). */
  local: z.boolean(),
});
export type HubInfo = z.infer<typeof HubInfo>;

export const JoinBody = z.object({
  code: z.string().max(40),
  kind: DeviceKind.default('laptop'),
});
export type JoinBody = z.input<typeof JoinBody>;
export const JoinReply = z.object({ device: DeviceInfo, room: RoomInfo });
export type JoinReply = z.infer<typeof JoinReply>;

export const Passphrase = z.string().min(MIN_PASSPHRASE_LENGTH).max(MAX_PASSPHRASE_LENGTH);
export const LoginBody = z.object({ passphrase: z.string().max(MAX_PASSPHRASE_LENGTH) });
export const StartRoomBody = z.object({ name: z.string().trim().min(1).max(80), passphrase: Passphrase });
export type StartRoomBody = z.infer<typeof StartRoomBody>;
export const EndRoomBody = z.object({
  /** Also delete the room's stories and their photos and sounds from the hub (after the export). */
  deleteMedia: z.boolean(),
});
export const AdoptRoomBody = z.object({ roomId: z.string().max(64) });
export const PastRoom = z.object({ id: z.string(), name: z.string(), createdAt: Timestamp, endedAt: Timestamp.nullable(), stories: z.number().int() });
export const RoomsReply = z.object({ current: RoomInfo.nullable(), past: z.array(PastRoom) });
export const DevicesReply = z.object({ devices: z.array(DeviceInfo.extend({ online: z.boolean() })) });

export const StorySummary = z.object({
  id: StoryIdParam,
  /** Every language's title. */
  title: Title,
  language: z.string(),
  version: z.number().int().positive(),
  updatedAt: Timestamp,
  /** The device that made the current version ("Laptop 3"). */
  updatedBy: z.string(),
  scenes: z.number().int().nonnegative(),
  /** "Things to check": the story lint's errors and warnings. */
  problems: z.number().int().nonnegative(),
  /** The start scene's panorama (a media hash), for a card picture. */
  thumbnailHash: Sha256Hex.nullable(),
  /** Phone uploads waiting to be taken into the story. */
  inbox: z.number().int().nonnegative(),
});
export type StorySummary = z.infer<typeof StorySummary>;
export const StoriesReply = z.object({ stories: z.array(StorySummary) });

export const StoryReply = z.object({ version: z.number().int().positive(), doc: z.unknown(), updatedAt: Timestamp, updatedBy: z.string() });
export type StoryReply = z.infer<typeof StoryReply>;

export const PutStoryBody = z.object({
  doc: z.unknown(),
  /** The hub version this doc was based on; null for a story the hub has never seen. */
  baseVersion: z.number().int().positive().nullable(),
});
export type PutStoryBody = z.infer<typeof PutStoryBody>;

export const PutStoryReply = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), version: z.number().int().positive() }),
  z.object({
    status: z.literal('kept-both'),
    /** The copy's version (its first). */
    version: z.number().int().positive(),
    /** The incoming doc, stored as a new story beside the newer one. */
    copy: z.object({ id: StoryIdParam, title: Title }),
  }),
]);
export type PutStoryReply = z.infer<typeof PutStoryReply>;

export const VersionInfo = z.object({
  version: z.number().int().positive(),
  createdAt: Timestamp,
  deviceName: z.string(),
  bytes: z.number().int().nonnegative(),
  title: Title,
  scenes: z.number().int().nonnegative(),
});
export type VersionInfo = z.infer<typeof VersionInfo>;
export const VersionsReply = z.object({ current: z.number().int().positive(), versions: z.array(VersionInfo) });
export const RestoreBody = z.object({ version: z.number().int().positive() });

export const MediaHasBody = z.object({ hashes: z.array(Sha256Hex).max(MAX_HAS_HASHES) });
export const MediaHasReply = z.object({ have: z.array(Sha256Hex) });
export const MediaPutReply = z.object({ hash: Sha256Hex, bytes: z.number().int().nonnegative(), mime: z.string() });
export type MediaPutReply = z.infer<typeof MediaPutReply>;

/** tus Upload-Metadata of a phone upload (each value base64 in the header, as tus says). */
export const UploadMetadata = z.object({
  storyId: StoryIdParam,
  filename: z.string().max(255).default('photo'),
  filetype: z.string().max(100).optional(),
});

/** Where a phone photosphere sits in its full 2:1 frame (Google's GPano), read before metadata is removed. */
export const GPanoInfo = z.object({
  fullWidth: z.number(),
  fullHeight: z.number(),
  croppedWidth: z.number(),
  croppedHeight: z.number(),
  left: z.number(),
  top: z.number(),
  heading: z.number().nullable(),
});

export const InboxEntry = z.object({
  id: z.string(),
  storyId: StoryIdParam,
  hash: Sha256Hex,
  kind: z.enum(['image', 'audio', 'video']),
  mime: z.string(),
  bytes: z.number().int().nonnegative(),
  /** The name on the phone, for people only (never used as a path). */
  filename: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  gpano: GPanoInfo.nullable(),
  /** What the hub did to the file: "removed the place it was taken (GPS)", "turned it upright". */
  notes: z.array(z.string()),
  deviceName: z.string(),
  createdAt: Timestamp,
  takenAt: Timestamp.nullable(),
});
export type InboxEntry = z.infer<typeof InboxEntry>;
export const InboxReply = z.object({ entries: z.array(InboxEntry) });
/** The reply body of the tus request that finished an upload. */
export const UploadDoneReply = z.object({ entry: InboxEntry });
