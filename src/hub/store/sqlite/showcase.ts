import type Database from 'better-sqlite3';
import type { PresenceWrite, ShowcaseStore } from '../showcase-types.ts';

type Run = <T>(f: () => T) => Promise<T>;

/** The showcase's part of the store (see ../showcase-types.ts) in SQLite. */
export function sqliteShowcase(db: Database.Database, run: Run): ShowcaseStore {
  const q = {
    get: db.prepare<[string], { state: string; version: number }>('SELECT state, version FROM showcases WHERE room_id = ?'),
    insert: db.prepare('INSERT OR IGNORE INTO showcases (room_id, state, version, updated_at) VALUES (?, ?, 1, ?)'),
    update: db.prepare('UPDATE showcases SET state = ?, version = version + 1, updated_at = ? WHERE room_id = ? AND version = ?'),
    setPresence: db.prepare(
      'INSERT INTO headset_presence (device_id, room_id, presence, heard_at) VALUES (?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET presence = excluded.presence, heard_at = excluded.heard_at',
    ),
    presences: db.prepare<[string], { device_id: string; presence: string; heard_at: string }>('SELECT device_id, presence, heard_at FROM headset_presence WHERE room_id = ?'),
  };
  const setPresences = db.transaction((writes: readonly PresenceWrite[]) => {
    for (const w of writes) q.setPresence.run(w.deviceId, w.roomId, w.presence, w.at);
  });
  return {
    showcase: (roomId) => run(() => q.get.get(roomId) ?? null),
    saveShowcase: (roomId, state, version, at) => run(() => (version === 0 ? q.insert.run(roomId, state, at) : q.update.run(state, at, roomId, version)).changes > 0),
    setPresences: (writes) => run(() => setPresences(writes)),
    presences: (roomId) => run(() => q.presences.all(roomId).map((r) => ({ deviceId: r.device_id, presence: r.presence, heardAt: r.heard_at }))),
  };
}
