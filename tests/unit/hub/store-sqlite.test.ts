import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../src/hub/store/sqlite/migrations.ts';
import { openSqliteStore } from '../../../src/hub/store/sqlite/index.ts';
import { HubStoreError } from '../../../src/hub/store/types.ts';
import { facts, room, storeContract } from './store-contract.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'hub-sqlite-'));

storeContract('SQLite', async () => {
  const dir = tempDir();
  return { store: openSqliteStore(join(dir, 'hub.sqlite')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

describe('SQLite store', () => {
  it('runs in WAL mode with synchronous=FULL and foreign keys on, and records its migrations', async () => {
    const dir = tempDir();
    const store = openSqliteStore(join(dir, 'hub.sqlite'));
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.prepare('SELECT version FROM schema_migrations').all()).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    await store.close();
    // Opening again applies nothing twice.
    const again = openSqliteStore(join(dir, 'hub.sqlite'));
    expect(again.db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    await again.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a data folder made by a newer hub, without touching it', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare('INSERT INTO schema_migrations VALUES (999, ?, ?)').run('future', 'x');
    expect(() => migrate(db)).toThrow(/newer Storyscape hub/);
  });

  it('applies migrations in order, each whole or not at all', () => {
    const db = new Database(':memory:');
    const steps = [
      { version: 1, name: 'a', sql: 'CREATE TABLE a (x)' },
      { version: 2, name: 'b', sql: 'CREATE TABLE b (x); CREATE TABLE a (x)' }, // fails half-way
    ];
    expect(() => migrate(db, steps)).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('a','b') ORDER BY name").all()).toEqual([{ name: 'a' }]);
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);
  });

  it('a full disk (SQLITE_FULL) is a "full" error, and the last acknowledged version is intact', async () => {
    const dir = tempDir();
    const file = join(dir, 'hub.sqlite');
    const store = openSqliteStore(file);
    await store.createRoom(room('r1', 'ABCDEF'));
    const base = { storyId: 's1', roomId: 'r1', device: { id: null, name: 'Laptop 1' }, at: new Date().toISOString(), keepVersions: 50, makeCopy: () => ({ id: 'c', facts: facts('c') }) };
    await store.saveStory({ ...base, baseVersion: null, facts: facts('small') });
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages + 2}`);
    const big = facts('big', { doc: JSON.stringify({ text: 'x'.repeat(2_000_000) }) });
    const err = await store.saveStory({ ...base, baseVersion: 1, facts: big }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HubStoreError);
    expect((err as HubStoreError).kind).toBe('full');
    expect((await store.storyHead('s1'))?.version).toBe(1);
    expect((await store.storyVersion('s1'))?.doc).toBe(facts('small').doc);
    await store.close();
    // And after a restart.
    const again = openSqliteStore(file);
    expect((await again.storyVersion('s1'))?.doc).toBe(facts('small').doc);
    await again.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
