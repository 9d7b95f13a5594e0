import type Database from 'better-sqlite3';
import { collectionEntry, retentionRun, type CollectionRow, type RetentionRow } from '../rows.ts';
import type { ServiceStore } from '../service-types.ts';

type Run = <T>(f: () => T) => Promise<T>;

/**
 * The library service's part of the store (see ../service-types.ts) in SQLite. One hub process
 * uses an SQLite file, so presence and leases are simple here; they exist so that the same code
 * runs on both stores (and the contract suite checks both).
 */
export function sqliteService(db: Database.Database, run: Run): ServiceStore {
  const q = {
    addTry: db.prepare('INSERT INTO tries (key, at) VALUES (?, ?)'),
    triesSince: db.prepare<[string, string], { at: string }>('SELECT at FROM tries WHERE key = ? AND at > ? ORDER BY at'),
    clearTries: db.prepare('DELETE FROM tries WHERE key = ?'),
    pruneTries: db.prepare('DELETE FROM tries WHERE at <= ?'),
    addConnection: db.prepare('INSERT OR IGNORE INTO live_connections (id, process_id, room_id, device_id, at) VALUES (?, ?, ?, ?, ?)'),
    removeConnection: db.prepare('DELETE FROM live_connections WHERE id = ?'),
    heartbeat: db.prepare('INSERT INTO hub_processes (id, seen_at) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET seen_at = excluded.seen_at'),
    online: db.prepare<[string, string], { device_id: string }>(
      `SELECT DISTINCT c.device_id FROM live_connections c JOIN hub_processes p ON p.id = c.process_id
       WHERE c.room_id = ? AND c.device_id IS NOT NULL AND p.seen_at > ?`,
    ),
    forgetConnections: db.prepare('DELETE FROM live_connections WHERE process_id IN (SELECT id FROM hub_processes WHERE seen_at <= ?) OR process_id NOT IN (SELECT id FROM hub_processes)'),
    forgetProcesses: db.prepare('DELETE FROM hub_processes WHERE seen_at <= ?'),
    setting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
    setSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    deleteSetting: db.prepare('DELETE FROM settings WHERE key = ?'),
    addAdminSession: db.prepare('INSERT INTO admin_sessions (token_hash, created_at, expires_at) VALUES (?, ?, ?)'),
    adminSession: db.prepare<[string], { token_hash: string; created_at: string; expires_at: string }>('SELECT * FROM admin_sessions WHERE token_hash = ?'),
    deleteAdminSession: db.prepare('DELETE FROM admin_sessions WHERE token_hash = ?'),
    deleteAdminSessions: db.prepare('DELETE FROM admin_sessions'),
    setKeep: db.prepare('UPDATE rooms SET keep = ? WHERE id = ?'),
    setPurged: db.prepare('UPDATE rooms SET purged_at = ? WHERE id = ?'),
    putCollection: db.prepare(
      `INSERT INTO collection (story_id, title, place, language, consent_by, consent_at, consent_uses, consent_note, added_at, added_by, updated_at)
       VALUES (@storyId, @title, @place, @language, @by, @at, @uses, @note, @addedAt, @addedBy, @updatedAt)
       ON CONFLICT (story_id) DO UPDATE SET title = excluded.title, place = excluded.place, language = excluded.language,
         consent_by = excluded.consent_by, consent_at = excluded.consent_at, consent_uses = excluded.consent_uses,
         consent_note = excluded.consent_note, updated_at = excluded.updated_at`,
    ),
    collectionEntry: db.prepare<[string], CollectionRow>('SELECT * FROM collection WHERE story_id = ?'),
    collection: db.prepare<[], CollectionRow>('SELECT * FROM collection ORDER BY added_at DESC, story_id'),
    removeCollection: db.prepare('DELETE FROM collection WHERE story_id = ?'),
    addRun: db.prepare(
      `INSERT INTO retention_runs (id, started_at, finished_at, trigger, days, rooms, stories, media, bytes, details, error)
       VALUES (@id, @startedAt, @finishedAt, @trigger, @days, @rooms, @stories, @media, @bytes, @details, @error)`,
    ),
    runs: db.prepare<[number], RetentionRow>('SELECT * FROM retention_runs ORDER BY started_at DESC, id LIMIT ?'),
    claim: db.prepare(
      `INSERT INTO jobs (name, holder, until) VALUES (@name, @holder, @until)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until WHERE jobs.until <= @now OR jobs.holder = @holder`,
    ),
    release: db.prepare('DELETE FROM jobs WHERE name = ? AND holder = ?'),
  };
  return {
    addTry: (key, at) => run(() => void q.addTry.run(key, at)),
    triesSince: (key, since) => run(() => q.triesSince.all(key, since).map((r) => r.at)),
    clearTries: (key) => run(() => void q.clearTries.run(key)),
    pruneTries: (before) => run(() => void q.pruneTries.run(before)),

    addConnection: (c) => run(() => void q.addConnection.run(c.id, c.processId, c.roomId, c.deviceId, c.at)),
    removeConnection: (id) => run(() => void q.removeConnection.run(id)),
    heartbeat: (processId, at) => run(() => void q.heartbeat.run(processId, at)),
    onlineDevices: (roomId, since) => run(() => new Set(q.online.all(roomId, since).map((r) => r.device_id))),
    forgetProcesses: (before) =>
      run(() =>
        db.transaction(() => {
          q.forgetConnections.run(before);
          q.forgetProcesses.run(before);
        })(),
      ),

    setting: (key) => run(() => q.setting.get(key)?.value ?? null),
    setSetting: (key, value) => run(() => void (value === null ? q.deleteSetting.run(key) : q.setSetting.run(key, value))),

    addAdminSession: (s) => run(() => void q.addAdminSession.run(s.tokenHash, s.createdAt, s.expiresAt)),
    adminSession: (tokenHash) =>
      run(() => {
        const r = q.adminSession.get(tokenHash);
        return r ? { tokenHash: r.token_hash, createdAt: r.created_at, expiresAt: r.expires_at } : null;
      }),
    deleteAdminSession: (tokenHash) => run(() => void q.deleteAdminSession.run(tokenHash)),
    deleteAdminSessions: () => run(() => void q.deleteAdminSessions.run()),

    setRoomKeep: (roomId, keep) => run(() => void q.setKeep.run(keep ? 1 : 0, roomId)),
    markRoomPurged: (roomId, at) => run(() => void q.setPurged.run(at, roomId)),

    putCollectionEntry: (e) =>
      run(() => {
        const { consent, ...rest } = e;
        q.putCollection.run({ ...rest, by: consent.by, at: consent.at, uses: JSON.stringify(consent.uses), note: consent.note });
      }),
    collectionEntry: (storyId) =>
      run(() => {
        const r = q.collectionEntry.get(storyId);
        return r ? collectionEntry(r) : null;
      }),
    collection: () => run(() => q.collection.all().map(collectionEntry)),
    removeCollectionEntry: (storyId) => run(() => q.removeCollection.run(storyId).changes > 0),

    addRetentionRun: (r) => run(() => void q.addRun.run({ ...r, details: JSON.stringify(r.details) })),
    retentionRuns: (limit) =>
      run(() =>
        q.runs.all(limit).map(retentionRun),
      ),
    claimJob: (name, holder, now, until) => run(() => q.claim.run({ name, holder, now, until }).changes > 0),
    releaseJob: (name, holder) => run(() => void q.release.run(name, holder)),
  };
}
