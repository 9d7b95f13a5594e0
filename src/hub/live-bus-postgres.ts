import { EventEmitter } from 'node:events';
import pg from 'pg';
import { z } from 'zod';
import { ServerMessage } from '../live/messages.ts';
import type { HubLog } from './log.ts';
import type { LiveBus, LiveEvent } from './live-bus.ts';

/** The channel every hub process of one database listens on. */
export const LIVE_CHANNEL = 'storyscape_live';
/** NOTIFY payloads must stay under 8000 bytes; bigger events go through the live_events table. */
const INLINE_MAX_BYTES = 7000;
const KEEP_EVENTS_MS = 5 * 60_000;

const Audience = z.discriminatedUnion('to', [
  z.object({ roomId: z.string(), to: z.literal('room') }),
  z.object({ roomId: z.string(), to: z.literal('facilitator') }),
  z.object({ roomId: z.string(), to: z.literal('device'), deviceId: z.string() }),
]);
const LiveEventSchema = z.object({ audience: Audience, message: ServerMessage });

export interface PostgresBusOptions {
  url: string;
  /** The store's pool, for publishing and the live_events table. */
  pool: pg.Pool;
  log: HubLog;
  /** Longest wait between reconnection attempts of the listening connection. */
  maxBackoffMs?: number;
}

/**
 * Live events shared by every hub process on one PostgreSQL database (#17): `publish` is a NOTIFY
 * on one channel (events over 7000 bytes are stored in live_events and only their id is sent), and
 * each process LISTENs on its own connection and hands what arrives to its sockets, its own events
 * included, so every process delivers the same events in the same order (PostgreSQL delivers
 * notifications in commit order). A lost listening connection is reopened with back-off; devices
 * catch up on their own when they reconnect (they ask for the story list again).
 */
export async function postgresLiveBus(options: PostgresBusOptions): Promise<LiveBus & { connected(): boolean }> {
  const { pool, log } = options;
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let client: pg.Client | null = null;
  let closed = false;
  let backoff = 500;
  let retry: NodeJS.Timeout | null = null;
  // Notifications are handled one after another, so a big event fetched from the table keeps its place.
  let chain: Promise<void> = Promise.resolve();

  const handle = async (payload: string) => {
    let text = payload;
    if (payload.startsWith('#')) {
      const id = Number(payload.slice(1));
      const row = Number.isSafeInteger(id) ? (await pool.query<{ payload: string }>('SELECT payload FROM live_events WHERE id = $1', [id])).rows[0] : undefined;
      if (!row) return;
      text = row.payload;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    const event = LiveEventSchema.safeParse(parsed);
    if (!event.success) {
      log.warn('live: dropped an invalid event from the database channel');
      return;
    }
    emitter.emit('event', event.data as LiveEvent);
  };

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: options.url, application_name: 'storyscape-hub-live' });
    c.on('notification', (n) => {
      if (n.channel !== LIVE_CHANNEL || n.payload === undefined) return;
      const payload = n.payload;
      chain = chain.then(() => handle(payload)).catch((e: unknown) => log.error('live: an event could not be read', e));
    });
    const lost = (why: string) => {
      if (client !== c) return;
      client = null;
      c.removeAllListeners('notification');
      void c.end().catch(() => {});
      if (closed) return;
      log.warn(`live: the connection to the database for live messages was lost (${why}); reconnecting`);
      scheduleReconnect();
    };
    c.on('error', (e) => lost(e.message));
    c.on('end', () => lost('closed'));
    await c.connect();
    await c.query(`LISTEN ${LIVE_CHANNEL}`);
    client = c;
    backoff = 500;
  };

  const scheduleReconnect = () => {
    if (retry || closed) return;
    retry = setTimeout(() => {
      retry = null;
      connect().then(
        () => log.info('live: listening for live messages again'),
        () => {
          backoff = Math.min(backoff * 2, options.maxBackoffMs ?? 10_000);
          scheduleReconnect();
        },
      );
    }, backoff);
    retry.unref();
  };

  await connect();
  const sweep = setInterval(() => {
    void pool.query('DELETE FROM live_events WHERE at < $1', [new Date(Date.now() - KEEP_EVENTS_MS).toISOString()]).catch(() => {});
  }, 60_000);
  sweep.unref();

  return {
    async publish(event) {
      const text = JSON.stringify(event);
      if (Buffer.byteLength(text) <= INLINE_MAX_BYTES) {
        await pool.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, text]);
        return;
      }
      await pool.query("WITH e AS (INSERT INTO live_events (payload) VALUES ($2) RETURNING id) SELECT pg_notify($1, '#' || id) FROM e", [LIVE_CHANNEL, text]);
    },
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    connected: () => client !== null,
    async close() {
      closed = true;
      clearInterval(sweep);
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      emitter.removeAllListeners();
      await c?.end().catch(() => {});
    },
  };
}
