import type { ServiceStore } from '../service-types.ts';
import type { Pg } from './db.ts';
import { collectionEntry, retentionRun, type CollectionRow, type RetentionRow } from '../rows.ts';

/** The library service's part of the store (see ../service-types.ts) in PostgreSQL. */
export function pgService(db: Pg): ServiceStore {
  return {
    async addTry(key, at) {
      await db.run('INSERT INTO tries (key, at) VALUES ($1, $2)', [key, at]);
    },
    async triesSince(key, since) {
      return (await db.rows<{ at: string }>('SELECT at FROM tries WHERE key = $1 AND at > $2 ORDER BY at', [key, since])).map((r) => r.at);
    },
    async clearTries(key) {
      await db.run('DELETE FROM tries WHERE key = $1', [key]);
    },
    async pruneTries(before) {
      await db.run('DELETE FROM tries WHERE at <= $1', [before]);
    },

    async addConnection(c) {
      await db.run('INSERT INTO live_connections (id, process_id, room_id, device_id, at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING', [
        c.id,
        c.processId,
        c.roomId,
        c.deviceId,
        c.at,
      ]);
    },
    async removeConnection(id) {
      await db.run('DELETE FROM live_connections WHERE id = $1', [id]);
    },
    async heartbeat(processId, at) {
      await db.run('INSERT INTO hub_processes (id, seen_at) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET seen_at = EXCLUDED.seen_at', [processId, at]);
    },
    async onlineDevices(roomId, aliveSince) {
      const list = await db.rows<{ device_id: string }>(
        `SELECT DISTINCT c.device_id FROM live_connections c JOIN hub_processes p ON p.id = c.process_id
         WHERE c.room_id = $1 AND c.device_id IS NOT NULL AND p.seen_at > $2`,
        [roomId, aliveSince],
      );
      return new Set(list.map((r) => r.device_id));
    },
    async forgetProcesses(before) {
      await db.tx(async (c) => {
        await db.run('DELETE FROM live_connections WHERE process_id IN (SELECT id FROM hub_processes WHERE seen_at <= $1)', [before], c);
        await db.run('DELETE FROM live_connections WHERE process_id NOT IN (SELECT id FROM hub_processes)', [], c);
        await db.run('DELETE FROM hub_processes WHERE seen_at <= $1', [before], c);
      });
    },

    async setting(key) {
      return (await db.one<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]))?.value ?? null;
    },
    async setSetting(key, value) {
      if (value === null) await db.run('DELETE FROM settings WHERE key = $1', [key]);
      else await db.run('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, value]);
    },

    async addAdminSession(s) {
      await db.run('INSERT INTO admin_sessions (token_hash, created_at, expires_at) VALUES ($1, $2, $3)', [s.tokenHash, s.createdAt, s.expiresAt]);
    },
    async adminSession(tokenHash) {
      const r = await db.one<{ token_hash: string; created_at: string; expires_at: string }>('SELECT * FROM admin_sessions WHERE token_hash = $1', [tokenHash]);
      return r ? { tokenHash: r.token_hash, createdAt: r.created_at, expiresAt: r.expires_at } : null;
    },
    async deleteAdminSession(tokenHash) {
      await db.run('DELETE FROM admin_sessions WHERE token_hash = $1', [tokenHash]);
    },
    async deleteAdminSessions() {
      await db.run('DELETE FROM admin_sessions');
    },

    async setRoomKeep(roomId, keep) {
      await db.run('UPDATE rooms SET keep = $1 WHERE id = $2', [keep, roomId]);
    },
    async markRoomPurged(roomId, at) {
      await db.run('UPDATE rooms SET purged_at = $1 WHERE id = $2', [at, roomId]);
    },

    async putCollectionEntry(e) {
      await db.run(
        `INSERT INTO collection (story_id, title, place, language, consent_by, consent_at, consent_uses, consent_note, added_at, added_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (story_id) DO UPDATE SET title = EXCLUDED.title, place = EXCLUDED.place, language = EXCLUDED.language,
           consent_by = EXCLUDED.consent_by, consent_at = EXCLUDED.consent_at, consent_uses = EXCLUDED.consent_uses,
           consent_note = EXCLUDED.consent_note, updated_at = EXCLUDED.updated_at`,
        [e.storyId, e.title, e.place, e.language, e.consent.by, e.consent.at, JSON.stringify(e.consent.uses), e.consent.note, e.addedAt, e.addedBy, e.updatedAt],
      );
    },
    async collectionEntry(storyId) {
      const r = await db.one<CollectionRow>('SELECT * FROM collection WHERE story_id = $1', [storyId]);
      return r ? collectionEntry(r) : null;
    },
    async collection() {
      return (await db.rows<CollectionRow>('SELECT * FROM collection ORDER BY added_at DESC, story_id')).map(collectionEntry);
    },
    async removeCollectionEntry(storyId) {
      return (await db.run('DELETE FROM collection WHERE story_id = $1', [storyId])) > 0;
    },

    async addRetentionRun(r) {
      await db.run(
        'INSERT INTO retention_runs (id, started_at, finished_at, trigger, days, rooms, stories, media, bytes, details, error) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
        [r.id, r.startedAt, r.finishedAt, r.trigger, r.days, r.rooms, r.stories, r.media, r.bytes, JSON.stringify(r.details), r.error],
      );
    },
    async retentionRuns(limit) {
      return (await db.rows<RetentionRow>('SELECT * FROM retention_runs ORDER BY started_at DESC, id LIMIT $1', [limit])).map(retentionRun);
    },
    async claimJob(name, holder, now, until) {
      const n = await db.run(
        `INSERT INTO jobs (name, holder, until) VALUES ($1, $2, $4)
         ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, until = EXCLUDED.until WHERE jobs.until <= $3 OR jobs.holder = $2`,
        [name, holder, now, until],
      );
      return n > 0;
    },
    async releaseJob(name, holder) {
      await db.run('DELETE FROM jobs WHERE name = $1 AND holder = $2', [name, holder]);
    },
  };
}
