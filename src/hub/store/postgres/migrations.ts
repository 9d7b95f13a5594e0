import type pg from 'pg';

/**
 * The PostgreSQL store's schema, one numbered step at a time (never edit a step that has shipped:
 * add the next one). The steps follow the SQLite store's (same numbers, same meaning), in
 * PostgreSQL's types: times are timestamptz, lists and titles jsonb, documents text (their exact
 * bytes are hashed). Several hub processes may start at once: the steps run under an advisory
 * lock, each in its own transaction, and `schema_migrations` records them.
 */
export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'rooms, devices, stories, versions, media, inbox',
    sql: `
      CREATE TABLE rooms (
        id text PRIMARY KEY,
        code text NOT NULL,
        name text NOT NULL,
        passphrase_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        ended_at timestamptz
      );
      CREATE UNIQUE INDEX rooms_open_code ON rooms(code) WHERE ended_at IS NULL;

      CREATE TABLE devices (
        id text PRIMARY KEY,
        room_id text NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL,
        local boolean NOT NULL DEFAULT false,
        token_hash text UNIQUE,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL
      );
      CREATE INDEX devices_room ON devices(room_id, kind);

      CREATE TABLE facilitator_sessions (
        token_hash text PRIMARY KEY,
        room_id text NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );

      CREATE TABLE stories (
        id text PRIMARY KEY,
        room_id text NOT NULL REFERENCES rooms(id),
        title jsonb NOT NULL,
        language text NOT NULL,
        version integer NOT NULL,
        doc_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        scenes integer NOT NULL,
        problems integer NOT NULL,
        thumbnail_hash text,
        copy_of text,
        copy_base integer,
        copy_doc_hash text
      );
      CREATE INDEX stories_room ON stories(room_id);
      CREATE INDEX stories_copy ON stories(copy_of, copy_doc_hash);

      CREATE TABLE story_versions (
        story_id text NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        version integer NOT NULL,
        doc_hash text NOT NULL,
        base_version integer,
        doc text NOT NULL,
        media jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        device_id text,
        device_name text NOT NULL,
        bytes integer NOT NULL,
        title jsonb NOT NULL,
        scenes integer NOT NULL,
        PRIMARY KEY (story_id, version)
      );
      CREATE INDEX story_versions_hash ON story_versions(story_id, doc_hash);

      CREATE TABLE media (
        hash text PRIMARY KEY,
        bytes bigint NOT NULL,
        mime text NOT NULL,
        kind text NOT NULL,
        width integer,
        height integer,
        created_at timestamptz NOT NULL
      );

      CREATE TABLE inbox (
        id text PRIMARY KEY,
        story_id text NOT NULL,
        room_id text NOT NULL,
        hash text NOT NULL,
        kind text NOT NULL,
        mime text NOT NULL,
        bytes bigint NOT NULL,
        filename text NOT NULL,
        width integer,
        height integer,
        gpano text,
        notes jsonb NOT NULL,
        device_id text,
        device_name text NOT NULL,
        created_at timestamptz NOT NULL,
        taken_at timestamptz
      );
      CREATE INDEX inbox_story ON inbox(story_id, taken_at);
      CREATE INDEX inbox_room ON inbox(room_id);
    `,
  },
  {
    version: 2,
    name: 'service: tries, live presence, settings, admin sessions, collection, retention',
    sql: `
      ALTER TABLE rooms ADD COLUMN keep boolean NOT NULL DEFAULT false;
      ALTER TABLE rooms ADD COLUMN purged_at timestamptz;

      CREATE TABLE tries (
        key text NOT NULL,
        at timestamptz NOT NULL
      );
      CREATE INDEX tries_key ON tries(key, at);

      CREATE TABLE hub_processes (
        id text PRIMARY KEY,
        seen_at timestamptz NOT NULL
      );
      CREATE TABLE live_connections (
        id text PRIMARY KEY,
        process_id text NOT NULL,
        room_id text NOT NULL,
        device_id text,
        at timestamptz NOT NULL
      );
      CREATE INDEX live_connections_room ON live_connections(room_id);
      CREATE INDEX live_connections_process ON live_connections(process_id);

      CREATE TABLE settings (
        key text PRIMARY KEY,
        value text NOT NULL
      );

      CREATE TABLE admin_sessions (
        token_hash text PRIMARY KEY,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );

      CREATE TABLE collection (
        story_id text PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        title text NOT NULL,
        place text NOT NULL,
        language text NOT NULL,
        consent_by text NOT NULL,
        consent_at text NOT NULL,
        consent_uses jsonb NOT NULL,
        consent_note text NOT NULL,
        added_at timestamptz NOT NULL,
        added_by text NOT NULL,
        updated_at timestamptz NOT NULL
      );

      CREATE TABLE retention_runs (
        id text PRIMARY KEY,
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL,
        trigger text NOT NULL,
        days integer NOT NULL,
        rooms integer NOT NULL,
        stories integer NOT NULL,
        media integer NOT NULL,
        bytes bigint NOT NULL,
        details jsonb NOT NULL,
        error text
      );
      CREATE INDEX retention_runs_started ON retention_runs(started_at);

      CREATE TABLE jobs (
        name text PRIMARY KEY,
        holder text NOT NULL,
        until timestamptz NOT NULL
      );

      CREATE TABLE live_events (
        id bigserial PRIMARY KEY,
        payload text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 3,
    name: 'showcase: guides and headset presence',
    sql: `
      CREATE TABLE showcases (
        room_id text PRIMARY KEY REFERENCES rooms(id) ON DELETE CASCADE,
        state text NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE TABLE headset_presence (
        device_id text PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
        room_id text NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        presence text NOT NULL,
        heard_at timestamptz NOT NULL
      );
      CREATE INDEX headset_presence_room ON headset_presence(room_id);
    `,
  },
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]!.version;

/** Any number: the advisory lock that lets one starting process migrate at a time. */
const MIGRATION_LOCK = 727_017;

export async function migratePg(client: pg.ClientBase, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<{ from: number; to: number }> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)');
    const from = Number((await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations')).rows[0]?.v ?? 0);
    const newest = migrations[migrations.length - 1]?.version ?? 0;
    if (from > newest) {
      throw new Error(
        `This database was made by a newer Storyscape hub (store format ${from}; this one knows up to ${newest}). Update Storyscape on every hub process, or use another database.`,
      );
    }
    for (const m of migrations) {
      if (m.version <= from) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      }
    }
    return { from, to: Math.max(from, newest) };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
  }
}
