import Database from 'better-sqlite3';
import type { DeviceKind } from '../../../live/api.ts';
import type { ServiceStore } from '../service-types.ts';
import type { ShowcaseStore } from '../showcase-types.ts';
import { HubStoreError, type Device, type FacilitatorSession, type HubStore, type InboxRecord, type MediaRecord, type Room, type SaveOutcome, type SaveRequest } from '../types.ts';
import { migrate } from './migrations.ts';
import * as rows from './rows.ts';
import { sqliteService } from './service.ts';
import { sqliteShowcase } from './showcase.ts';
import { SqliteStories } from './stories.ts';

export interface SqliteStoreOptions {
  /** For tests of a full disk: the most pages the database may grow to (SQLITE_FULL past it). */
  maxPageCount?: number;
}

/**
 * The embedded HubStore: one SQLite file (better-sqlite3) in WAL mode with synchronous=FULL, so a
 * write that returned survives a crash or a power cut. better-sqlite3 is synchronous; each method
 * is one short statement or transaction (documents of at most 32 MB), wrapped to be async for the
 * interface. Errors become HubStoreErrors ('full' for SQLITE_FULL / disk full).
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): HubStore & { db: Database.Database } {
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (options.maxPageCount) db.pragma(`max_page_count = ${Math.floor(options.maxPageCount)}`);
    migrate(db);
  } catch (e) {
    throw storeError(e);
  }
  return Object.assign(new SqliteStore(db), sqliteService(db, run), sqliteShowcase(db, run));
}

export function storeError(e: unknown): HubStoreError {
  if (e instanceof HubStoreError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || /database or disk is full/i.test(message)) {
    return new HubStoreError('full', 'The disk is full.', e);
  }
  return new HubStoreError('io', message, e);
}

/** Runs a synchronous store step as a promise, with its errors mapped. */
export function run<T>(f: () => T): Promise<T> {
  try {
    return Promise.resolve(f());
  } catch (e) {
    return Promise.reject(storeError(e));
  }
}

class SqliteStore implements Omit<HubStore, keyof ServiceStore | keyof ShowcaseStore> {
  private readonly stories: SqliteStories;
  private readonly q;

  constructor(readonly db: Database.Database) {
    this.stories = new SqliteStories(db);
    this.q = {
      insertRoom: db.prepare('INSERT INTO rooms (id, code, name, passphrase_hash, created_at, ended_at, keep) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      room: db.prepare<[string], rows.RoomRow>('SELECT * FROM rooms WHERE id = ?'),
      openByCode: db.prepare<[string], rows.RoomRow>('SELECT * FROM rooms WHERE code = ? AND ended_at IS NULL'),
      openRooms: db.prepare<[], rows.RoomRow>('SELECT * FROM rooms WHERE ended_at IS NULL ORDER BY created_at'),
      rooms: db.prepare<[], rows.RoomRow & { stories: number; devices: number }>(
        `SELECT r.*, (SELECT COUNT(*) FROM stories s WHERE s.room_id = r.id) AS stories,
         (SELECT COUNT(*) FROM devices d WHERE d.room_id = r.id AND d.local = 0) AS devices FROM rooms r ORDER BY r.created_at DESC, r.id`,
      ),
      endRoom: db.prepare('UPDATE rooms SET ended_at = ? WHERE id = ? AND ended_at IS NULL'),
      endSessions: db.prepare('DELETE FROM facilitator_sessions WHERE room_id = ?'),
      moveStories: db.prepare('UPDATE stories SET room_id = ? WHERE room_id = ?'),
      moveInbox: db.prepare('UPDATE inbox SET room_id = ? WHERE room_id = ?'),
      addDevice: db.prepare(
        'INSERT INTO devices (id, room_id, name, kind, local, token_hash, created_at, last_seen_at) VALUES (@id, @roomId, @name, @kind, @local, @tokenHash, @createdAt, @lastSeenAt)',
      ),
      deviceByToken: db.prepare<[string], rows.DeviceRow>('SELECT * FROM devices WHERE token_hash = ?'),
      localDevice: db.prepare<[string], rows.DeviceRow>('SELECT * FROM devices WHERE room_id = ? AND local = 1 LIMIT 1'),
      devices: db.prepare<[string], rows.DeviceRow>('SELECT * FROM devices WHERE room_id = ? ORDER BY created_at'),
      countDevices: db.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM devices WHERE room_id = ? AND kind = ? AND local = 0'),
      touchDevice: db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?'),
      renameDevice: db.prepare('UPDATE devices SET name = ? WHERE id = ?'),
      addSession: db.prepare('INSERT INTO facilitator_sessions (token_hash, room_id, created_at, expires_at) VALUES (?, ?, ?, ?)'),
      session: db.prepare<[string], rows.SessionRow>('SELECT * FROM facilitator_sessions WHERE token_hash = ?'),
      deleteSession: db.prepare('DELETE FROM facilitator_sessions WHERE token_hash = ?'),
      putMedia: db.prepare(
        'INSERT OR IGNORE INTO media (hash, bytes, mime, kind, width, height, created_at) VALUES (@hash, @bytes, @mime, @kind, @width, @height, @createdAt)',
      ),
      media: db.prepare<[string], rows.MediaRow>('SELECT * FROM media WHERE hash = ?'),
      deleteMedia: db.prepare('DELETE FROM media WHERE hash = ?'),
      versionMedia: db.prepare<[], { media: string }>('SELECT media FROM story_versions'),
      versionMediaOf: db.prepare<[string], { media: string }>('SELECT v.media FROM story_versions v JOIN stories s ON s.id = v.story_id WHERE s.room_id = ?'),
      versionMediaExcept: db.prepare<[string], { media: string }>('SELECT v.media FROM story_versions v JOIN stories s ON s.id = v.story_id WHERE s.room_id != ?'),
      inboxMedia: db.prepare<[], { hash: string }>('SELECT hash FROM inbox'),
      inboxMediaOf: db.prepare<[string], { hash: string }>('SELECT hash FROM inbox WHERE room_id = ?'),
      inboxMediaExcept: db.prepare<[string], { hash: string }>('SELECT hash FROM inbox WHERE room_id != ?'),
      addInbox: db.prepare(
        `INSERT OR IGNORE INTO inbox (id, story_id, room_id, hash, kind, mime, bytes, filename, width, height, gpano, notes, device_id, device_name, created_at, taken_at)
         VALUES (@id, @storyId, @roomId, @hash, @kind, @mime, @bytes, @filename, @width, @height, @gpano, @notes, @deviceId, @deviceName, @createdAt, @takenAt)`,
      ),
      inboxOpen: db.prepare<[string], rows.InboxRow>('SELECT * FROM inbox WHERE story_id = ? AND taken_at IS NULL ORDER BY created_at, id'),
      inboxAll: db.prepare<[string], rows.InboxRow>('SELECT * FROM inbox WHERE story_id = ? ORDER BY created_at, id'),
      take: db.prepare('UPDATE inbox SET taken_at = COALESCE(taken_at, ?) WHERE story_id = ? AND id = ?'),
      inboxCount: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM inbox WHERE story_id = ? AND taken_at IS NULL'),
    };
  }

  createRoom(r: Room): Promise<void> {
    return run(() => void this.q.insertRoom.run(r.id, r.code, r.name, r.passphraseHash, r.createdAt, r.endedAt, r.keep ? 1 : 0));
  }
  room(id: string): Promise<Room | null> {
    return run(() => {
      const r = this.q.room.get(id);
      return r ? rows.room(r) : null;
    });
  }
  openRoomByCode(code: string): Promise<Room | null> {
    return run(() => {
      const r = this.q.openByCode.get(code);
      return r ? rows.room(r) : null;
    });
  }
  openRooms(): Promise<Room[]> {
    return run(() => this.q.openRooms.all().map(rows.room));
  }
  rooms(): Promise<Array<Room & { stories: number; devices: number }>> {
    return run(() => this.q.rooms.all().map((r) => ({ ...rows.room(r), stories: r.stories, devices: r.devices })));
  }
  endRoom(id: string, at: string): Promise<void> {
    return run(() =>
      this.db.transaction(() => {
        this.q.endRoom.run(at, id);
        this.q.endSessions.run(id);
      })(),
    );
  }
  moveStories(from: string, to: string): Promise<number> {
    return run(() =>
      this.db.transaction(() => {
        this.q.moveInbox.run(to, from);
        return this.q.moveStories.run(to, from).changes;
      })(),
    );
  }

  addDevice(d: Device): Promise<void> {
    return run(() => void this.q.addDevice.run({ ...d, local: d.local ? 1 : 0 }));
  }
  deviceByToken(tokenHash: string): Promise<Device | null> {
    return run(() => {
      const r = this.q.deviceByToken.get(tokenHash);
      return r ? rows.device(r) : null;
    });
  }
  localDevice(roomId: string): Promise<Device | null> {
    return run(() => {
      const r = this.q.localDevice.get(roomId);
      return r ? rows.device(r) : null;
    });
  }
  devices(roomId: string): Promise<Device[]> {
    return run(() => this.q.devices.all(roomId).map(rows.device));
  }
  countDevices(roomId: string, kind: DeviceKind): Promise<number> {
    return run(() => this.q.countDevices.get(roomId, kind)!.n);
  }
  touchDevice(id: string, at: string): Promise<void> {
    return run(() => void this.q.touchDevice.run(at, id));
  }
  renameDevice(id: string, name: string): Promise<void> {
    return run(() => void this.q.renameDevice.run(name, id));
  }
  addSession(s: FacilitatorSession): Promise<void> {
    return run(() => void this.q.addSession.run(s.tokenHash, s.roomId, s.createdAt, s.expiresAt));
  }
  sessionByToken(tokenHash: string): Promise<FacilitatorSession | null> {
    return run(() => {
      const r = this.q.session.get(tokenHash);
      return r ? rows.session(r) : null;
    });
  }
  deleteSession(tokenHash: string): Promise<void> {
    return run(() => void this.q.deleteSession.run(tokenHash));
  }

  storyHeads(roomId: string) {
    return run(() => this.stories.heads(roomId));
  }
  allStoryHeads() {
    return run(() => this.stories.allHeads());
  }
  storyHead(id: string) {
    return run(() => this.stories.head(id));
  }
  storyVersion(id: string, version?: number) {
    return run(() => this.stories.version(id, version));
  }
  storyVersions(id: string) {
    return run(() => this.stories.versions(id));
  }
  saveStory(req: SaveRequest): Promise<SaveOutcome> {
    return run(() => this.stories.save(req));
  }
  deleteStories(ids: readonly string[]): Promise<void> {
    return run(() => this.stories.deleteMany(ids));
  }

  putMedia(m: MediaRecord): Promise<void> {
    return run(() => void this.q.putMedia.run(m));
  }
  media(hash: string): Promise<MediaRecord | null> {
    return run(() => {
      const r = this.q.media.get(hash);
      return r ? rows.media(r) : null;
    });
  }
  hasMedia(hashes: readonly string[]): Promise<Set<string>> {
    return run(() => new Set(hashes.filter((h) => this.q.media.get(h))));
  }
  deleteMedia(hashes: readonly string[]): Promise<void> {
    return run(() => this.db.transaction(() => hashes.forEach((h) => this.q.deleteMedia.run(h)))());
  }
  referencedMedia(options: { exceptRoomId?: string; onlyRoomId?: string } = {}): Promise<Set<string>> {
    return run(() => {
      const out = new Set<string>();
      const { exceptRoomId: except, onlyRoomId: only } = options;
      const versions = only ? this.q.versionMediaOf.iterate(only) : except ? this.q.versionMediaExcept.iterate(except) : this.q.versionMedia.iterate();
      for (const r of versions) for (const h of JSON.parse(r.media) as string[]) out.add(h);
      const inbox = only ? this.q.inboxMediaOf.iterate(only) : except ? this.q.inboxMediaExcept.iterate(except) : this.q.inboxMedia.iterate();
      for (const r of inbox) out.add(r.hash);
      return out;
    });
  }

  addInboxEntry(e: InboxRecord): Promise<void> {
    return run(() => void this.q.addInbox.run({ ...e, notes: JSON.stringify(e.notes) }));
  }
  inbox(storyId: string, options: { includeTaken?: boolean } = {}): Promise<InboxRecord[]> {
    return run(() => (options.includeTaken ? this.q.inboxAll : this.q.inboxOpen).all(storyId).map(rows.inbox));
  }
  takeInboxEntry(storyId: string, entryId: string, at: string): Promise<boolean> {
    return run(() => this.q.take.run(at, storyId, entryId).changes > 0);
  }
  inboxCount(storyId: string): Promise<number> {
    return run(() => this.q.inboxCount.get(storyId)!.n);
  }

  close(): Promise<void> {
    return run(() => {
      if (this.db.open) this.db.close();
    });
  }
}
