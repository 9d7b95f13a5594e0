import pg from 'pg';
import type { ServiceStore } from '../service-types.ts';
import type { ShowcaseStore } from '../showcase-types.ts';
import type { HubStore } from '../types.ts';
import { makePg, pgError, type Pg } from './db.ts';
import { migratePg } from './migrations.ts';
import * as rows from '../rows.ts';
import { pgService } from './service.ts';
import { pgShowcase } from './showcase.ts';
import { pgStories } from './stories.ts';

export interface PostgresStoreOptions {
  /** Connections this process keeps open at most (default 10). */
  poolSize?: number;
  /** Sets PostgreSQL's application_name (seen in pg_stat_activity). */
  applicationName?: string;
}

export type PostgresStore = HubStore & { db: Pg };

/**
 * Rows arrive in the shapes the SQLite store's rows have (../rows.ts): times as ISO strings (as
 * the store's records carry them) and counts and sizes (bigint) as numbers (all far below 2^53).
 */
const TIMESTAMPTZ = 1184;
const INT8 = 20;
function typeParser(oid: number, format?: 'text' | 'binary') {
  if (oid === TIMESTAMPTZ) return (v: string) => new Date(v).toISOString();
  if (oid === INT8) return (v: string) => Number(v);
  return pg.types.getTypeParser(oid, format);
}

/** True for postgres:// and postgresql:// URLs (the hub's --database). */
export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

/**
 * The HubStore on PostgreSQL (#17), for a library service whose hub runs as several processes:
 * every process opens the same database, so rooms, devices, log-ins, stories and rate limits are
 * shared. Migrations run once at start (under an advisory lock). Writes are committed (PostgreSQL
 * fsyncs its WAL on commit with the default synchronous_commit) before a method resolves.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const pool = new pg.Pool({
    connectionString: url,
    types: { getTypeParser: typeParser as typeof pg.types.getTypeParser },
    max: options.poolSize ?? 10,
    application_name: options.applicationName ?? 'storyscape-hub',
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection that breaks (the server restarted) must not crash the hub: the pool drops it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    try {
      await migratePg(client);
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => {});
    throw pgError(e);
  }
  const db = makePg(pool);
  let closed = false;
  const store: PostgresStore = {
    db,
    ...pgRoomsAndMedia(db),
    ...pgStories(db),
    ...(pgService(db) satisfies ServiceStore),
    ...pgShowcase(db),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
  return store;
}

type Core = Omit<HubStore, keyof ServiceStore | keyof ShowcaseStore | 'storyHeads' | 'allStoryHeads' | 'storyHead' | 'storyVersion' | 'storyVersions' | 'saveStory' | 'deleteStories' | 'close'>;

function pgRoomsAndMedia(db: Pg): Core {
  const room = async (sql: string, params: unknown[]) => {
    const r = await db.one<rows.RoomRow>(sql, params);
    return r ? rows.room(r) : null;
  };
  const device = async (sql: string, params: unknown[]) => {
    const r = await db.one<rows.DeviceRow>(sql, params);
    return r ? rows.device(r) : null;
  };
  return {
    async createRoom(r) {
      await db.run('INSERT INTO rooms (id, code, name, passphrase_hash, created_at, ended_at, keep) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        r.id,
        r.code,
        r.name,
        r.passphraseHash,
        r.createdAt,
        r.endedAt,
        r.keep ?? false,
      ]);
    },
    room: (id) => room('SELECT * FROM rooms WHERE id = $1', [id]),
    openRoomByCode: (code) => room('SELECT * FROM rooms WHERE code = $1 AND ended_at IS NULL', [code]),
    async openRooms() {
      return (await db.rows<rows.RoomRow>('SELECT * FROM rooms WHERE ended_at IS NULL ORDER BY created_at, id')).map(rows.room);
    },
    async rooms() {
      const list = await db.rows<rows.RoomRow & { stories: number; devices: number }>(
        `SELECT r.*, (SELECT COUNT(*) FROM stories s WHERE s.room_id = r.id) AS stories,
                (SELECT COUNT(*) FROM devices d WHERE d.room_id = r.id AND NOT d.local) AS devices
         FROM rooms r ORDER BY r.created_at DESC, r.id`,
      );
      return list.map((r) => ({ ...rows.room(r), stories: r.stories, devices: r.devices }));
    },
    async endRoom(id, at) {
      await db.tx(async (c) => {
        await db.run('UPDATE rooms SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL', [at, id], c);
        await db.run('DELETE FROM facilitator_sessions WHERE room_id = $1', [id], c);
      });
    },
    moveStories(from, to) {
      return db.tx(async (c) => {
        await db.run('UPDATE inbox SET room_id = $1 WHERE room_id = $2', [to, from], c);
        return db.run('UPDATE stories SET room_id = $1 WHERE room_id = $2', [to, from], c);
      });
    },

    async addDevice(d) {
      await db.run('INSERT INTO devices (id, room_id, name, kind, local, token_hash, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
        d.id,
        d.roomId,
        d.name,
        d.kind,
        d.local,
        d.tokenHash,
        d.createdAt,
        d.lastSeenAt,
      ]);
    },
    deviceByToken: (tokenHash) => device('SELECT * FROM devices WHERE token_hash = $1', [tokenHash]),
    localDevice: (roomId) => device('SELECT * FROM devices WHERE room_id = $1 AND local LIMIT 1', [roomId]),
    async devices(roomId) {
      return (await db.rows<rows.DeviceRow>('SELECT * FROM devices WHERE room_id = $1 ORDER BY created_at, id', [roomId])).map(rows.device);
    },
    async countDevices(roomId, kind) {
      return (await db.one<{ n: number }>('SELECT COUNT(*) AS n FROM devices WHERE room_id = $1 AND kind = $2 AND NOT local', [roomId, kind]))!.n;
    },
    async touchDevice(id, at) {
      await db.run('UPDATE devices SET last_seen_at = $1 WHERE id = $2', [at, id]);
    },
    async renameDevice(id, name) {
      await db.run('UPDATE devices SET name = $1 WHERE id = $2', [name, id]);
    },
    async addSession(s) {
      await db.run('INSERT INTO facilitator_sessions (token_hash, room_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [s.tokenHash, s.roomId, s.createdAt, s.expiresAt]);
    },
    async sessionByToken(tokenHash) {
      const r = await db.one<rows.SessionRow>('SELECT * FROM facilitator_sessions WHERE token_hash = $1', [tokenHash]);
      return r ? rows.session(r) : null;
    },
    async deleteSession(tokenHash) {
      await db.run('DELETE FROM facilitator_sessions WHERE token_hash = $1', [tokenHash]);
    },

    async putMedia(m) {
      await db.run('INSERT INTO media (hash, bytes, mime, kind, width, height, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (hash) DO NOTHING', [
        m.hash,
        m.bytes,
        m.mime,
        m.kind,
        m.width,
        m.height,
        m.createdAt,
      ]);
    },
    async media(hash) {
      const r = await db.one<rows.MediaRow>('SELECT * FROM media WHERE hash = $1', [hash]);
      return r ? rows.media(r) : null;
    },
    async hasMedia(hashes) {
      if (!hashes.length) return new Set();
      return new Set((await db.rows<{ hash: string }>('SELECT hash FROM media WHERE hash = ANY($1)', [hashes])).map((r) => r.hash));
    },
    async deleteMedia(hashes) {
      if (hashes.length) await db.run('DELETE FROM media WHERE hash = ANY($1)', [hashes]);
    },
    async referencedMedia(options = {}) {
      const { exceptRoomId: except, onlyRoomId: only } = options;
      const where = only ? 'WHERE s.room_id = $1' : except ? 'WHERE s.room_id <> $1' : '';
      const inboxWhere = only ? 'WHERE room_id = $1' : except ? 'WHERE room_id <> $1' : '';
      const params = only ?? except ? [only ?? except] : [];
      const list = await db.rows<{ hash: string }>(
        `SELECT jsonb_array_elements_text(v.media) AS hash FROM story_versions v JOIN stories s ON s.id = v.story_id ${where}
         UNION SELECT hash FROM inbox ${inboxWhere}`,
        params,
      );
      return new Set(list.map((r) => r.hash));
    },

    async addInboxEntry(e) {
      await db.run(
        `INSERT INTO inbox (id, story_id, room_id, hash, kind, mime, bytes, filename, width, height, gpano, notes, device_id, device_name, created_at, taken_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) ON CONFLICT (id) DO NOTHING`,
        [e.id, e.storyId, e.roomId, e.hash, e.kind, e.mime, e.bytes, e.filename, e.width, e.height, e.gpano, JSON.stringify(e.notes), e.deviceId, e.deviceName, e.createdAt, e.takenAt],
      );
    },
    async inbox(storyId, options = {}) {
      const sql = options.includeTaken ? 'SELECT * FROM inbox WHERE story_id = $1 ORDER BY created_at, id' : 'SELECT * FROM inbox WHERE story_id = $1 AND taken_at IS NULL ORDER BY created_at, id';
      return (await db.rows<rows.InboxRow>(sql, [storyId])).map(rows.inbox);
    },
    async takeInboxEntry(storyId, entryId, at) {
      return (await db.run('UPDATE inbox SET taken_at = COALESCE(taken_at, $1) WHERE story_id = $2 AND id = $3', [at, storyId, entryId])) > 0;
    },
    async inboxCount(storyId) {
      return (await db.one<{ n: number }>('SELECT COUNT(*) AS n FROM inbox WHERE story_id = $1 AND taken_at IS NULL', [storyId]))!.n;
    },
  };
}
