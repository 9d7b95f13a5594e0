import type Database from 'better-sqlite3';

/**
 * The embedded store's schema, one numbered step at a time (never edit a step that has shipped: add
 * the next one). Applied in order inside one transaction each; `schema_migrations` records them.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'rooms, devices, stories, versions, media, inbox',
    sql: `
      CREATE TABLE rooms (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        passphrase_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        ended_at TEXT
      );
      CREATE UNIQUE INDEX rooms_open_code ON rooms(code) WHERE ended_at IS NULL;

      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        local INTEGER NOT NULL DEFAULT 0,
        token_hash TEXT UNIQUE,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      );
      CREATE INDEX devices_room ON devices(room_id, kind);

      CREATE TABLE facilitator_sessions (
        token_hash TEXT PRIMARY KEY,
        room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );

      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        room_id TEXT NOT NULL REFERENCES rooms(id),
        title TEXT NOT NULL,
        language TEXT NOT NULL,
        version INTEGER NOT NULL,
        doc_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        scenes INTEGER NOT NULL,
        problems INTEGER NOT NULL,
        thumbnail_hash TEXT,
        copy_of TEXT,
        copy_base INTEGER,
        copy_doc_hash TEXT
      );
      CREATE INDEX stories_room ON stories(room_id);
      CREATE INDEX stories_copy ON stories(copy_of, copy_doc_hash);

      CREATE TABLE story_versions (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        doc_hash TEXT NOT NULL,
        base_version INTEGER,
        doc TEXT NOT NULL,
        media TEXT NOT NULL,
        created_at TEXT NOT NULL,
        device_id TEXT,
        device_name TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        title TEXT NOT NULL,
        scenes INTEGER NOT NULL,
        PRIMARY KEY (story_id, version)
      );
      CREATE INDEX story_versions_hash ON story_versions(story_id, doc_hash);

      CREATE TABLE media (
        hash TEXT PRIMARY KEY,
        bytes INTEGER NOT NULL,
        mime TEXT NOT NULL,
        kind TEXT NOT NULL,
        width INTEGER,
        height INTEGER,
        created_at TEXT NOT NULL
      );

      CREATE TABLE inbox (
        id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL,
        room_id TEXT NOT NULL,
        hash TEXT NOT NULL,
        kind TEXT NOT NULL,
        mime TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        filename TEXT NOT NULL,
        width INTEGER,
        height INTEGER,
        gpano TEXT,
        notes TEXT NOT NULL,
        device_id TEXT,
        device_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        taken_at TEXT
      );
      CREATE INDEX inbox_story ON inbox(story_id, taken_at);
    `,
  },
  {
    version: 2,
    name: 'service: tries, live presence, settings, admin sessions, collection, retention',
    sql: `
      ALTER TABLE rooms ADD COLUMN keep INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE rooms ADD COLUMN purged_at TEXT;

      CREATE TABLE tries (key TEXT NOT NULL, at TEXT NOT NULL);
      CREATE INDEX tries_key ON tries(key, at);

      CREATE TABLE hub_processes (id TEXT PRIMARY KEY, seen_at TEXT NOT NULL);
      CREATE TABLE live_connections (
        id TEXT PRIMARY KEY,
        process_id TEXT NOT NULL,
        room_id TEXT NOT NULL,
        device_id TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX live_connections_room ON live_connections(room_id);

      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

      CREATE TABLE admin_sessions (token_hash TEXT PRIMARY KEY, created_at TEXT NOT NULL, expires_at TEXT NOT NULL);

      CREATE TABLE collection (
        story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        place TEXT NOT NULL,
        language TEXT NOT NULL,
        consent_by TEXT NOT NULL,
        consent_at TEXT NOT NULL,
        consent_uses TEXT NOT NULL,
        consent_note TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE retention_runs (
        id TEXT PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        trigger TEXT NOT NULL,
        days INTEGER NOT NULL,
        rooms INTEGER NOT NULL,
        stories INTEGER NOT NULL,
        media INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        details TEXT NOT NULL,
        error TEXT
      );
      CREATE INDEX retention_runs_started ON retention_runs(started_at);

      CREATE TABLE jobs (name TEXT PRIMARY KEY, holder TEXT NOT NULL, until TEXT NOT NULL);
    `,
  },
  {
    version: 3,
    name: 'showcase: guides and headset presence',
    sql: `
      CREATE TABLE showcases (
        room_id TEXT PRIMARY KEY REFERENCES rooms(id) ON DELETE CASCADE,
        state TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE headset_presence (
        device_id TEXT PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
        room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        presence TEXT NOT NULL,
        heard_at TEXT NOT NULL
      );
      CREATE INDEX headset_presence_room ON headset_presence(room_id);
    `,
  },
];

/** The newest schema this code knows. A data folder from a newer hub is refused, not damaged. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const from = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  if (from > newest) {
    throw new Error(`This data folder was made by a newer Storyscape hub (store format ${from}; this one knows up to ${newest}). Update Storyscape, or use another data folder.`);
  }
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
  }
  return { from, to: Math.max(from, newest) };
}
