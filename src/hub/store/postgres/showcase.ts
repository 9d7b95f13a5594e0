import type { ShowcaseStore } from '../showcase-types.ts';
import type { Pg } from './db.ts';

/** The showcase's part of the store (see ../showcase-types.ts) in PostgreSQL, shared by every hub process. */
export function pgShowcase(db: Pg): ShowcaseStore {
  return {
    async showcase(roomId) {
      return db.one<{ state: string; version: number }>('SELECT state, version FROM showcases WHERE room_id = $1', [roomId]);
    },
    async saveShowcase(roomId, state, version, at) {
      const changed =
        version === 0
          ? await db.run('INSERT INTO showcases (room_id, state, version, updated_at) VALUES ($1, $2, 1, $3) ON CONFLICT (room_id) DO NOTHING', [roomId, state, at])
          : await db.run('UPDATE showcases SET state = $1, version = version + 1, updated_at = $2 WHERE room_id = $3 AND version = $4', [state, at, roomId, version]);
      return changed > 0;
    },
    async setPresences(writes) {
      if (writes.length === 0) return;
      await db.run(
        `INSERT INTO headset_presence (device_id, room_id, presence, heard_at)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[])
         ON CONFLICT (device_id) DO UPDATE SET presence = EXCLUDED.presence, heard_at = EXCLUDED.heard_at`,
        [writes.map((w) => w.deviceId), writes.map((w) => w.roomId), writes.map((w) => w.presence), writes.map((w) => w.at)],
      );
    },
    async presences(roomId) {
      const rows = await db.rows<{ device_id: string; presence: string; heard_at: string }>('SELECT device_id, presence, heard_at FROM headset_presence WHERE room_id = $1', [roomId]);
      return rows.map((r) => ({ deviceId: r.device_id, presence: r.presence, heardAt: r.heard_at }));
    },
  };
}
