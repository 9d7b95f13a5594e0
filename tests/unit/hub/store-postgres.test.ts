import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePg, PG_MIGRATIONS } from '../../../src/hub/store/postgres/migrations.ts';
import { openPostgresStore } from '../../../src/hub/store/postgres/index.ts';
import { HubStoreError } from '../../../src/hub/store/types.ts';
import { startPostgres, type PostgresServer } from '../../lib/postgres-server.ts';
import { facts, room, storeContract } from './store-contract.ts';

// One PostgreSQL server for this file (Debian's, started here; a missing PostgreSQL fails the file),
// and a new schema (the contract) or database (the rest) for each test.
let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

const freshDatabase = async () => {
  const name = `t_${Math.random().toString(36).slice(2, 10)}`;
  const url = await server.createDatabase(name);
  return { name, url };
};

storeContract('PostgreSQL', async () => {
  const { url, drop } = await server.createSchema();
  return { store: await openPostgresStore(url, { poolSize: 4 }), cleanup: drop };
});

describe('PostgreSQL store', () => {
  it('records its migrations, applies none twice, and several processes starting at once migrate once', async () => {
    const { name, url } = await freshDatabase();
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(url, { poolSize: 2 })));
    const applied = await server.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version', [], name);
    expect(applied.rows).toEqual(PG_MIGRATIONS.map((m) => ({ version: m.version })));
    await Promise.all(stores.map((s) => s.close()));
    await server.dropDatabase(name);
  });

  it('refuses a database made by a newer hub, without touching it', async () => {
    const { name, url } = await freshDatabase();
    (await openPostgresStore(url)).close();
    await server.query("INSERT INTO schema_migrations VALUES (999, 'future', now())", [], name);
    await expect(openPostgresStore(url)).rejects.toThrow(/newer Storyscape hub/);
    await server.dropDatabase(name);
  });

  it('applies migrations in order, each whole or not at all', async () => {
    const { name, url } = await freshDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const steps = [
      { version: 1, name: 'a', sql: 'CREATE TABLE a (x int)' },
      { version: 2, name: 'b', sql: 'CREATE TABLE b (x int); CREATE TABLE a (x int)' }, // fails half-way
    ];
    await expect(migratePg(client, steps)).rejects.toThrow();
    const tables = await client.query("SELECT table_name FROM information_schema.tables WHERE table_name IN ('a', 'b') ORDER BY table_name");
    expect(tables.rows).toEqual([{ table_name: 'a' }]);
    expect((await client.query('SELECT version FROM schema_migrations')).rows).toEqual([{ version: 1 }]);
    await client.end();
    await server.dropDatabase(name);
  });

  it('saves of one story from several processes at once keep every change (versions or copies, none lost)', async () => {
    const { name, url } = await freshDatabase();
    const a = await openPostgresStore(url, { poolSize: 4 });
    const b = await openPostgresStore(url, { poolSize: 4 });
    await a.createRoom(room('r1', 'ABCDEF'));
    const base = { storyId: 's1', roomId: 'r1', at: new Date().toISOString(), keepVersions: 50 };
    let copies = 0;
    await a.saveStory({ ...base, baseVersion: null, device: { id: null, name: 'Laptop 1' }, facts: facts('v1'), makeCopy: () => ({ id: 'c0', facts: facts('c0') }) });
    // 20 laptops, half on each process, all based on version 1.
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).saveStory({
          ...base,
          baseVersion: 1,
          device: { id: `d${i}`, name: `Laptop ${i}` },
          facts: facts(`change ${i}`),
          makeCopy: () => ({ id: `copy-${i}-${++copies}`, facts: facts(`change ${i} (copy)`) }),
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'saved').length).toBe(1);
    expect(outcomes.filter((o) => o.status === 'kept-both').length).toBe(19);
    expect((await a.storyHeads('r1')).length).toBe(20);
    expect((await b.storyHead('s1'))?.version).toBe(2);
    await a.close();
    await b.close();
    await server.dropDatabase(name);
  });

  it('a database that cannot be reached is an error with words, not a hang', async () => {
    const err = await openPostgresStore(`postgres://nobody@127.0.0.1:${server.port + 1 === 65536 ? 1 : server.port + 1}/none`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HubStoreError);
    expect((err as HubStoreError).kind).toBe('io');
  });
});
