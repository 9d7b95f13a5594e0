import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throw-away PostgreSQL server for tests and benchmarks: Debian's PostgreSQL, initdb'd into a temp
 * folder, listening on 127.0.0.1 only (a random free port) and on a socket in that folder. When the
 * tests run as root (CI does), the server runs as the `postgres` user (runuser), as PostgreSQL
 * refuses to run as root. A missing PostgreSQL is an error, never a skip.
 *
 * One server per test file: `createDatabase()` gives each test its own empty database.
 */
export interface PostgresServer {
  port: number;
  /** postgres://… for a database on this server. */
  url(database?: string): string;
  /** A new empty database (a unique name when none is given); returns its URL. */
  createDatabase(name?: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  /**
   * A new empty schema in one shared test database, and a URL whose connections use only it
   * (search_path): much quicker than a database per test. `drop` removes it.
   */
  createSchema(): Promise<{ url: string; drop(): Promise<void> }>;
  /** Runs SQL as the superuser in a database (default: postgres). */
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[], database?: string): Promise<pg.QueryResult<T>>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
  dir: string;
}

export interface PostgresOptions {
  /** Tests: no fsync (a crashed test machine loses a test database, nothing else). Benchmarks: false. */
  fast?: boolean;
  maxConnections?: number;
}

const USER = 'storyscape_test';

/** Where Debian's PostgreSQL programs are: $PG_BIN, the newest /usr/lib/postgresql/N/bin, or PATH. */
export function postgresBin(): string {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  for (const dir of (process.env.PATH ?? '').split(':')) candidates.push(dir);
  const found = candidates.find((d) => d && existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl')));
  if (!found) {
    throw new Error('PostgreSQL is not installed, and these tests need it (they never skip). Install it with: apt-get install -y postgresql (.ci/run does this).');
  }
  return found;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL program, as `postgres` when we are root. */
function runPg(bin: string, program: string, args: string[]): { status: number | null; output: string } {
  const cmd = join(bin, program);
  const r = isRoot() ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' }) : spawnSync(cmd, args, { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const live = new Set<string>();
let exitHookInstalled = false;
function stopAllOnExit(bin: string) {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const data of live) runPg(bin, 'pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
  });
}

export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresServer> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'storyscape-pg-'));
  const data = join(dir, 'data');
  const sock = join(dir, 'sock');
  mkdirSync(sock);
  if (isRoot()) {
    const pgUser = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const uid = Number(pgUser.stdout?.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout?.trim());
    if (!Number.isInteger(uid) || pgUser.status !== 0) throw new Error('Running as root, but there is no "postgres" user to run PostgreSQL as (apt-get install -y postgresql makes one).');
    chmodSync(dir, 0o755);
    chownSync(dir, uid, gid);
    chownSync(sock, uid, gid);
  }
  const init = runPg(bin, 'initdb', ['-D', data, '-U', USER, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions']);
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed:\n${init.output}`);
  }
  // Only 127.0.0.1 (and the folder's own socket): never a LAN address.
  const settings = [
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = '${sock}'`,
    `max_connections = ${options.maxConnections ?? 100}`,
    ...(options.fast === false ? [] : ['fsync = off', 'full_page_writes = off', 'synchronous_commit = off']),
    'shared_buffers = 32MB',
    `log_min_messages = warning`,
  ];
  let port = 0;
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    writeFileSync(join(data, 'postgresql.auto.conf'), [...settings, `port = ${port}`].join('\n') + '\n');
    const started = runPg(bin, 'pg_ctl', ['start', '-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60']);
    if (started.status === 0) break;
    if (attempt >= 3) {
      const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`PostgreSQL did not start:\n${started.output}\n${log}`);
    }
  }
  live.add(data);
  stopAllOnExit(bin);

  const url = (database = 'postgres') => `postgres://${USER}@127.0.0.1:${port}/${database}`;
  let n = 0;
  let schemasDb: Promise<string> | null = null;
  const query = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = [], database = 'postgres') => {
    const client = new pg.Client({ connectionString: url(database) });
    await client.connect();
    try {
      return await client.query<T>(sql, params);
    } finally {
      await client.end();
    }
  };
  const server: PostgresServer = {
    port,
    dir,
    url,
    query,
    async createDatabase(name) {
      const db = name ?? `t_${process.pid}_${Date.now().toString(36)}_${n++}`;
      if (!/^[a-z0-9_]+$/.test(db)) throw new Error(`Not a database name for tests: ${db}`);
      await query(`CREATE DATABASE ${db}`);
      return url(db);
    },
    async dropDatabase(name) {
      if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Not a database name for tests: ${name}`);
      await query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
    async createSchema() {
      schemasDb ??= server.createDatabase(`s_${process.pid}_${Date.now().toString(36)}`);
      const dbUrl: string = await schemasDb;
      const database = new URL(dbUrl).pathname.slice(1);
      const schema = `s_${Date.now().toString(36)}_${n++}`;
      await query(`CREATE SCHEMA ${schema}`, [], database);
      return {
        url: `${dbUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
        drop: async () => void (await query(`DROP SCHEMA ${schema} CASCADE`, [], database)),
      };
    },
    async stop() {
      if (!live.has(data)) return;
      runPg(bin, 'pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '30']);
      live.delete(data);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}
