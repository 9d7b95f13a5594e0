import { z } from 'zod';
import { MAX_PASSPHRASE_LENGTH } from './codes.ts';
import { Passphrase, StoryIdParam, StorySummary, Timestamp } from './api.ts';

/**
 * The library service's admin API (#17): every body and reply as a zod schema, shared by the hub
 * and the admin page. Paths are in `SERVICE_PATHS`. Errors are the hub's usual ErrorReply.
 */
export const SERVICE_PATHS = {
  admin: '/api/admin',
  login: '/api/admin/login',
  logout: '/api/admin/logout',
  rooms: '/api/admin/rooms',
  room: (id: string) => `/api/admin/rooms/${encodeURIComponent(id)}`,
  roomEnd: (id: string) => `/api/admin/rooms/${encodeURIComponent(id)}/end`,
  roomKeep: (id: string) => `/api/admin/rooms/${encodeURIComponent(id)}/keep`,
  roomBackup: (id: string) => `/api/admin/rooms/${encodeURIComponent(id)}/backup`,
  collection: '/api/admin/collection',
  collectionEntry: (storyId: string) => `/api/admin/collection/${encodeURIComponent(storyId)}`,
  collectionPackage: (storyId: string) => `/api/admin/collection/${encodeURIComponent(storyId)}/package`,
  collectionBackup: '/api/admin/collection-backup',
  collectionRecords: '/api/admin/collection-records.csv',
  retention: '/api/admin/retention',
  retentionRun: '/api/admin/retention/run',
} as const;

/** What a story in the collection may be used for (the consent form's boxes). */
export const CONSENT_USES = ['showcase', 'collection', 'online', 'teaching'] as const;
export const ConsentUse = z.enum(CONSENT_USES);
export type ConsentUse = z.infer<typeof ConsentUse>;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-03-14');

export const ConsentInfo = z.object({
  by: z.string().trim().min(1).max(200),
  at: Day,
  uses: z.array(ConsentUse).min(1).max(CONSENT_USES.length),
  note: z.string().max(2000).default(''),
});
export type ConsentInfo = z.infer<typeof ConsentInfo>;

/** GET /api/admin: is the service's admin set up, and is this browser logged in as the admin? */
export const AdminStatus = z.object({
  /** An admin passphrase has been set (with `storyscape hub admin-passphrase`). */
  configured: z.boolean(),
  admin: z.boolean(),
  /** This hub runs as a service (behind a reverse proxy, many rooms at once). */
  service: z.boolean(),
});
export type AdminStatus = z.infer<typeof AdminStatus>;

export const AdminLoginBody = z.object({ passphrase: z.string().max(MAX_PASSPHRASE_LENGTH) });

export const AdminRoom = z.object({
  id: z.string(),
  name: z.string(),
  /** "ABC-DEF" while the room is open. */
  code: z.string().nullable(),
  createdAt: Timestamp,
  endedAt: Timestamp.nullable(),
  stories: z.number().int().nonnegative(),
  devices: z.number().int().nonnegative(),
  /** Kept rooms are left alone by retention. */
  keep: z.boolean(),
  /** When retention deleted its photos and sounds. */
  purgedAt: Timestamp.nullable(),
  /** When retention will delete them (ended, not kept, not yet deleted). */
  purgeAfter: Timestamp.nullable(),
});
export type AdminRoom = z.infer<typeof AdminRoom>;
export const AdminRoomsReply = z.object({ rooms: z.array(AdminRoom), retentionDays: z.number().int().nonnegative() });

export const StartServiceRoomBody = z.object({ name: z.string().trim().min(1).max(80), passphrase: Passphrase });
export const StartServiceRoomReply = z.object({ room: AdminRoom });
export const EndServiceRoomBody = z.object({ deleteMedia: z.boolean() });
export const KeepRoomBody = z.object({ keep: z.boolean() });

/** One story of a room, for the admin (to add it to the collection). */
export const AdminStory = StorySummary.extend({ inCollection: z.boolean() });
export type AdminStory = z.infer<typeof AdminStory>;
export const AdminRoomReply = z.object({ room: AdminRoom, stories: z.array(AdminStory) });

export const CollectionEntryInfo = z.object({
  storyId: StoryIdParam,
  title: z.string(),
  place: z.string(),
  language: z.string(),
  consent: ConsentInfo,
  addedAt: Timestamp,
  addedBy: z.string(),
  updatedAt: Timestamp,
  /** The story's current version and scenes (from the hub). */
  version: z.number().int().nonnegative(),
  scenes: z.number().int().nonnegative(),
  roomName: z.string(),
});
export type CollectionEntryInfo = z.infer<typeof CollectionEntryInfo>;
export const CollectionReply = z.object({ entries: z.array(CollectionEntryInfo) });

export const CollectBody = z.object({
  storyId: StoryIdParam,
  title: z.string().trim().min(1).max(200),
  place: z.string().trim().max(200),
  language: z.string().trim().min(2).max(35),
  consent: ConsentInfo,
});
export type CollectBody = z.input<typeof CollectBody>;

export const RetentionRunInfo = z.object({
  id: z.string(),
  startedAt: Timestamp,
  finishedAt: Timestamp,
  trigger: z.enum(['timer', 'admin']),
  days: z.number().int().nonnegative(),
  rooms: z.number().int().nonnegative(),
  stories: z.number().int().nonnegative(),
  media: z.number().int().nonnegative(),
  bytes: z.number().nonnegative(),
  details: z.array(z.string()),
  error: z.string().nullable(),
});
export type RetentionRunInfo = z.infer<typeof RetentionRunInfo>;
export const RetentionReply = z.object({ days: z.number().int().nonnegative(), runs: z.array(RetentionRunInfo) });
/** 0 = never delete. */
export const RetentionBody = z.object({ days: z.number().int().min(0).max(3650) });
export const RetentionRunReply = z.object({ run: RetentionRunInfo });
