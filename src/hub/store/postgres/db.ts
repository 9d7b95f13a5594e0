import pg from 'pg';
import { HubStoreError } from '../types.ts';

/** A pool with the few helpers the store's parts share: queries and transactions with mapped errors. */
export interface Pg {
  pool: pg.Pool;
  rows<T extends pg.QueryResultRow>(sql: string, params?: unknown[], client?: pg.ClientBase): Promise<T[]>;
  one<T extends pg.QueryResultRow>(sql: string, params?: unknown[], client?: pg.ClientBase): Promise<T | null>;
  /** Rows changed. */
  run(sql: string, params?: unknown[], client?: pg.ClientBase): Promise<number>;
  /** One transaction (READ COMMITTED); rolled back when `f` throws. */
  tx<T>(f: (client: pg.PoolClient) => Promise<T>): Promise<T>;
}

/** PostgreSQL's codes for a full disk (53100) and too little memory or too many connections. */
export function pgError(e: unknown): HubStoreError {
  if (e instanceof HubStoreError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = e instanceof Error ? e.message : String(e);
  if (code === '53100' || code === 'ENOSPC') return new HubStoreError('full', 'The database disk is full.', e);
  return new HubStoreError('io', message, e);
}

/** Unique violations stay visible (callers may retry with another id or code). */
export const isUniqueViolation = (e: unknown): boolean => ((e as HubStoreError).cause as { code?: string } | undefined)?.code === '23505' || (e as { code?: string }).code === '23505';

export function makePg(pool: pg.Pool): Pg {
  const exec = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] | undefined, client: pg.ClientBase | undefined) => {
    try {
      return await (client ?? pool).query<T>(sql, params);
    } catch (e) {
      throw pgError(e);
    }
  };
  return {
    pool,
    rows: async <T extends pg.QueryResultRow>(sql: string, params?: unknown[], client?: pg.ClientBase) => (await exec<T>(sql, params, client)).rows,
    one: async <T extends pg.QueryResultRow>(sql: string, params?: unknown[], client?: pg.ClientBase) => (await exec<T>(sql, params, client)).rows[0] ?? null,
    run: async (sql, params, client) => (await exec(sql, params, client)).rowCount ?? 0,
    async tx(f) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (e) {
        throw pgError(e);
      }
      let broken = false;
      try {
        await client.query('BEGIN');
        const out = await f(client);
        await client.query('COMMIT');
        return out;
      } catch (e) {
        // A connection that cannot even roll back is dropped from the pool, not reused.
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw pgError(e);
      } finally {
        client.release(broken);
      }
    },
  };
}
