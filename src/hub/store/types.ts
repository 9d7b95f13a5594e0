import type { Readable } from 'node:stream';
import type { DeviceKind } from '../../live/api.ts';
import type { ServiceStore } from './service-types.ts';
import type { ShowcaseStore } from './showcase-types.ts';

/**
 * The hub's storage, behind two small async interfaces so PostgreSQL (#17) can implement them too:
 * `HubStore` (rooms, devices, facilitator sessions, stories and their versions, media records, the
 * phones' inbox) and `MediaStore` (the bytes of photos and sounds, by sha-256). Every method that
 * writes resolves only once the write is durable (SQLite: committed with synchronous=FULL; media:
 * fsynced and renamed). Failures are HubStoreErrors (kind 'full' when the disk is full).
 */
export type Title = Record<string, string>;

export interface Room {
  id: string;
  /** 6 characters, see src/live/codes.ts. Unique among open rooms. */
  code: string;
  name: string;
  /** scrypt, see ../passphrase.ts. */
  passphraseHash: string;
  createdAt: string;
  endedAt: string | null;
  /** (#17) Kept: retention never deletes its photos and sounds. Stores always say; new rooms may leave it out. */
  keep?: boolean;
  /** (#17) When retention deleted its stories' photos and sounds. */
  purgedAt?: string | null;
}

export interface Device {
  id: string;
  roomId: string;
  name: string;
  kind: DeviceKind;
  /** The hub laptop's own browser (no token: trusted by its listener). */
  local: boolean;
  /** sha-256 of the device's cookie token (the token itself is never stored). */
  tokenHash: string | null;
  createdAt: string;
  lastSeenAt: string;
}

export interface FacilitatorSession {
  /** sha-256 of the cookie token. */
  tokenHash: string;
  roomId: string;
  createdAt: string;
  expiresAt: string;
}

/** What the library card and the facilitator's page show of a story (its current version). */
export interface StoryHead {
  id: string;
  roomId: string;
  title: Title;
  language: string;
  version: number;
  docHash: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  scenes: number;
  problems: number;
  thumbnailHash: string | null;
}

export interface StoryVersionInfo {
  storyId: string;
  version: number;
  docHash: string;
  /** The hub version the sender based this one on (null: new, or a restore). */
  baseVersion: number | null;
  createdAt: string;
  deviceId: string | null;
  deviceName: string;
  bytes: number;
  title: Title;
  scenes: number;
}

export interface StoryVersion extends StoryVersionInfo {
  /** The document as canonical JSON text (serializeStory). */
  doc: string;
}

/** Everything about one document the store needs: the caller has loaded and measured it. */
export interface DocFacts {
  doc: string;
  docHash: string;
  title: Title;
  language: string;
  scenes: number;
  problems: number;
  thumbnailHash: string | null;
  /** The media hashes the document lists (its assets). */
  media: string[];
}

export interface SaveRequest {
  storyId: string;
  roomId: string;
  baseVersion: number | null;
  facts: DocFacts;
  device: { id: string | null; name: string };
  at: string;
  /** Only called (inside the transaction) when the save must be kept beside a newer version. */
  makeCopy: () => { id: string; facts: DocFacts };
  keepVersions: number;
}

export type SaveOutcome =
  | { status: 'saved'; version: number; head: StoryHead; changed: boolean }
  | { status: 'kept-both'; version: number; head: StoryHead; changed: boolean }
  /** The story belongs to another room that is still open. */
  | { status: 'other-room' };

export interface MediaRecord {
  hash: string;
  bytes: number;
  mime: string;
  kind: 'image' | 'audio' | 'video';
  width: number | null;
  height: number | null;
  createdAt: string;
}

export interface InboxRecord {
  id: string;
  storyId: string;
  roomId: string;
  hash: string;
  kind: 'image' | 'audio' | 'video';
  mime: string;
  bytes: number;
  filename: string;
  width: number | null;
  height: number | null;
  /** JSON of the GPano placement, or null. */
  gpano: string | null;
  notes: string[];
  deviceId: string | null;
  deviceName: string;
  createdAt: string;
  takenAt: string | null;
}

export interface HubStore extends ServiceStore, ShowcaseStore {
  // Rooms
  createRoom(room: Room): Promise<void>;
  room(id: string): Promise<Room | null>;
  openRoomByCode(code: string): Promise<Room | null>;
  openRooms(): Promise<Room[]>;
  /** Every room, newest first, with how many stories and devices each holds. */
  rooms(): Promise<Array<Room & { stories: number; devices: number }>>;
  endRoom(id: string, at: string): Promise<void>;
  /** Moves every story of `fromRoomId` into `toRoomId`; returns how many. */
  moveStories(fromRoomId: string, toRoomId: string): Promise<number>;

  // Devices and facilitator sessions
  addDevice(device: Device): Promise<void>;
  deviceByToken(tokenHash: string): Promise<Device | null>;
  localDevice(roomId: string): Promise<Device | null>;
  devices(roomId: string): Promise<Device[]>;
  /** How many devices of this kind have joined the room (for names such as "Phone 3"). */
  countDevices(roomId: string, kind: DeviceKind): Promise<number>;
  touchDevice(id: string, at: string): Promise<void>;
  /** The facilitator names a device ("Headset by the window"). */
  renameDevice(id: string, name: string): Promise<void>;
  addSession(session: FacilitatorSession): Promise<void>;
  sessionByToken(tokenHash: string): Promise<FacilitatorSession | null>;
  deleteSession(tokenHash: string): Promise<void>;

  // Stories
  storyHeads(roomId: string): Promise<StoryHead[]>;
  allStoryHeads(): Promise<StoryHead[]>;
  storyHead(id: string): Promise<StoryHead | null>;
  /** One kept version (the current one when `version` is not given). */
  storyVersion(id: string, version?: number): Promise<StoryVersion | null>;
  /** The kept versions, newest first. */
  storyVersions(id: string): Promise<StoryVersionInfo[]>;
  /** Compare-and-set save: see SaveRequest and the README in this folder. One transaction. */
  saveStory(request: SaveRequest): Promise<SaveOutcome>;
  /** Deletes stories, their versions and inbox entries. */
  deleteStories(ids: readonly string[]): Promise<void>;

  // Media records (the bytes are in a MediaStore)
  putMedia(record: MediaRecord): Promise<void>;
  media(hash: string): Promise<MediaRecord | null>;
  hasMedia(hashes: readonly string[]): Promise<Set<string>>;
  deleteMedia(hashes: readonly string[]): Promise<void>;
  /** Every media hash any kept version or inbox entry mentions, optionally leaving out one room's. */
  referencedMedia(options?: { exceptRoomId?: string; onlyRoomId?: string }): Promise<Set<string>>;

  // The phones' inbox
  /** Adds an entry; an entry with the same id is left as it is (so a retried finish adds nothing). */
  addInboxEntry(entry: InboxRecord): Promise<void>;
  inbox(storyId: string, options?: { includeTaken?: boolean }): Promise<InboxRecord[]>;
  /** Marks an entry as taken into the story; false when there is no such entry. */
  takeInboxEntry(storyId: string, entryId: string, at: string): Promise<boolean>;
  inboxCount(storyId: string): Promise<number>;

  close(): Promise<void>;
}

export interface MediaStore {
  has(hash: string): Promise<boolean>;
  /**
   * Streams bytes into the store. Resolves once they are durable under their sha-256; rejects
   * (leaving nothing behind) when `expectedHash` is given and differs, when `check` throws on a
   * chunk, when more than `maxBytes` arrive, or when the disk is full.
   */
  put(source: Readable | AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options?: MediaPutOptions): Promise<{ hash: string; bytes: number }>;
  /** Bytes [start, end] inclusive (HTTP Range), or the whole file. Null when there is none. */
  get(hash: string, range?: { start: number; end: number }): Promise<Readable | null>;
  size(hash: string): Promise<number | null>;
  delete(hash: string): Promise<void>;
  /** Every hash stored (for clean-ups and checks). */
  list(): AsyncIterable<string>;
}

export interface MediaPutOptions {
  expectedHash?: string;
  maxBytes?: number;
  /** Sees the bytes as they arrive (e.g. sniffing the first ones); throws to refuse them. */
  check?: (chunk: Uint8Array, offset: number) => void;
  /** After the last byte, before the file is put in place: throws to refuse it (nothing is kept). */
  beforeCommit?: (info: { hash: string; bytes: number }) => void | Promise<void>;
}

export type StoreErrorKind = 'full' | 'io' | 'hash-mismatch' | 'too-big' | 'refused' | 'not-found';

export class HubStoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'HubStoreError';
  }
}
