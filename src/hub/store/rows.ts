import type { CollectionEntry, RetentionRun } from './service-types.ts';
import type { Device, FacilitatorSession, InboxRecord, MediaRecord, Room, StoryHead, StoryVersion, StoryVersionInfo, Title } from './types.ts';

/**
 * Row shapes of the store's tables and their mapping to records (snake_case -> camelCase), shared
 * by both stores. SQLite gives booleans as 0/1 and lists as JSON text; PostgreSQL gives booleans
 * and parsed jsonb (its pool turns times into ISO strings and bigints into numbers, see
 * postgres/index.ts), so the few fields that differ accept either.
 */
type Bool = boolean | number;
type Json<T> = T | string;
export const bool = (v: Bool): boolean => v === true || v === 1;
export const json = <T>(v: Json<T>): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

export interface RoomRow {
  id: string;
  code: string;
  name: string;
  passphrase_hash: string;
  created_at: string;
  ended_at: string | null;
  keep: Bool;
  purged_at: string | null;
}
export const room = (r: RoomRow): Room => ({
  id: r.id,
  code: r.code,
  name: r.name,
  passphraseHash: r.passphrase_hash,
  createdAt: r.created_at,
  endedAt: r.ended_at,
  keep: bool(r.keep),
  purgedAt: r.purged_at,
});

export interface DeviceRow {
  id: string;
  room_id: string;
  name: string;
  kind: string;
  local: Bool;
  token_hash: string | null;
  created_at: string;
  last_seen_at: string;
}
export const device = (r: DeviceRow): Device => ({
  id: r.id,
  roomId: r.room_id,
  name: r.name,
  kind: r.kind as Device['kind'],
  local: bool(r.local),
  tokenHash: r.token_hash,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
});

export interface SessionRow {
  token_hash: string;
  room_id: string;
  created_at: string;
  expires_at: string;
}
export const session = (r: SessionRow): FacilitatorSession => ({ tokenHash: r.token_hash, roomId: r.room_id, createdAt: r.created_at, expiresAt: r.expires_at });

export interface StoryRow {
  id: string;
  room_id: string;
  title: Json<Title>;
  language: string;
  version: number;
  doc_hash: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
  scenes: number;
  problems: number;
  thumbnail_hash: string | null;
}
export const storyHead = (r: StoryRow): StoryHead => ({
  id: r.id,
  roomId: r.room_id,
  title: json(r.title),
  language: r.language,
  version: r.version,
  docHash: r.doc_hash,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
  scenes: r.scenes,
  problems: r.problems,
  thumbnailHash: r.thumbnail_hash,
});

export interface VersionRow {
  story_id: string;
  version: number;
  doc_hash: string;
  base_version: number | null;
  created_at: string;
  device_id: string | null;
  device_name: string;
  bytes: number;
  title: Json<Title>;
  scenes: number;
  doc?: string;
}
export const versionInfo = (r: VersionRow): StoryVersionInfo => ({
  storyId: r.story_id,
  version: r.version,
  docHash: r.doc_hash,
  baseVersion: r.base_version,
  createdAt: r.created_at,
  deviceId: r.device_id,
  deviceName: r.device_name,
  bytes: r.bytes,
  title: json(r.title),
  scenes: r.scenes,
});
export const version = (r: VersionRow & { doc: string }): StoryVersion => ({ ...versionInfo(r), doc: r.doc });

export interface MediaRow {
  hash: string;
  bytes: number;
  mime: string;
  kind: string;
  width: number | null;
  height: number | null;
  created_at: string;
}
export const media = (r: MediaRow): MediaRecord => ({
  hash: r.hash,
  bytes: r.bytes,
  mime: r.mime,
  kind: r.kind as MediaRecord['kind'],
  width: r.width,
  height: r.height,
  createdAt: r.created_at,
});

export interface InboxRow {
  id: string;
  story_id: string;
  room_id: string;
  hash: string;
  kind: string;
  mime: string;
  bytes: number;
  filename: string;
  width: number | null;
  height: number | null;
  gpano: string | null;
  notes: Json<string[]>;
  device_id: string | null;
  device_name: string;
  created_at: string;
  taken_at: string | null;
}
export const inbox = (r: InboxRow): InboxRecord => ({
  id: r.id,
  storyId: r.story_id,
  roomId: r.room_id,
  hash: r.hash,
  kind: r.kind as InboxRecord['kind'],
  mime: r.mime,
  bytes: r.bytes,
  filename: r.filename,
  width: r.width,
  height: r.height,
  gpano: r.gpano,
  notes: json(r.notes),
  deviceId: r.device_id,
  deviceName: r.device_name,
  createdAt: r.created_at,
  takenAt: r.taken_at,
});

export interface CollectionRow {
  story_id: string;
  title: string;
  place: string;
  language: string;
  consent_by: string;
  consent_at: string;
  consent_uses: Json<CollectionEntry['consent']['uses']>;
  consent_note: string;
  added_at: string;
  added_by: string;
  updated_at: string;
}
export const collectionEntry = (r: CollectionRow): CollectionEntry => ({
  storyId: r.story_id,
  title: r.title,
  place: r.place,
  language: r.language,
  consent: { by: r.consent_by, at: r.consent_at, uses: json(r.consent_uses), note: r.consent_note },
  addedAt: r.added_at,
  addedBy: r.added_by,
  updatedAt: r.updated_at,
});

export interface RetentionRow {
  id: string;
  started_at: string;
  finished_at: string;
  trigger: string;
  days: number;
  rooms: number;
  stories: number;
  media: number;
  bytes: number;
  details: Json<string[]>;
  error: string | null;
}
export const retentionRun = (r: RetentionRow): RetentionRun => ({
  id: r.id,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  trigger: r.trigger as RetentionRun['trigger'],
  days: r.days,
  rooms: r.rooms,
  stories: r.stories,
  media: r.media,
  bytes: r.bytes,
  details: json(r.details),
  error: r.error,
});
