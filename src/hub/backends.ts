import { join, resolve } from 'node:path';
import type { HubLog } from './log.ts';
import type { DataDir } from './data-dir.ts';
import { memoryLiveBus, type LiveBus } from './live-bus.ts';
import { MediaFolder } from './store/media-folder.ts';
import { openSqliteStore } from './store/sqlite/index.ts';
import type { HubStore, MediaStore } from './store/types.ts';

export interface BackendOptions {
  /** postgres://… (a library service); default: SQLite in the data folder. */
  database?: string;
  /** A folder, or s3://bucket[/prefix]?endpoint=…; default: DATA/media. */
  media?: string;
  keepFreeBytes?: number;
  maxDbPages?: number;
  /**
   * Several processes share the media folder and the data folder's temp files: a starting process
   * must not remove another's temp files in progress (only ones older than an hour are leftovers).
   */
  shared?: boolean;
}

export interface Backends {
  store: HubStore;
  media: MediaStore;
  bus: LiveBus;
  /** "SQLite in DIR", "PostgreSQL at host/db", for the banner and the logs. */
  describe: { database: string; media: string };
}

/** A failure to open the store or media, in one sentence for the terminal. */
export class BackendError extends Error {}

const STALE_TEMP_MS = 3600_000;

/** Where the hub keeps rooms and stories (SQLite or PostgreSQL), media (folder or S3) and live events. */
export async function openBackends(options: BackendOptions, data: DataDir, log: HubLog): Promise<Backends> {
  let store: HubStore;
  let bus: LiveBus;
  let database: string;
  if (options.database) {
    const { isPostgresUrl, openPostgresStore } = await import('./store/postgres/index.ts');
    if (!isPostgresUrl(options.database)) throw new BackendError(`--database takes a PostgreSQL address such as postgres://storyscape@localhost/storyscape (leave it out to use SQLite in the data folder).`);
    const url = new URL(options.database);
    database = `PostgreSQL ${url.hostname || 'localhost'}${url.port ? `:${url.port}` : ''}${url.pathname}`;
    try {
      const pg = await openPostgresStore(options.database);
      store = pg;
      const { postgresLiveBus } = await import('./live-bus-postgres.ts');
      bus = await postgresLiveBus({ url: options.database, pool: pg.db.pool, log }).catch(async (e: unknown) => {
        await pg.close();
        throw e;
      });
    } catch (e) {
      if (e instanceof BackendError) throw e;
      throw new BackendError(`The database ${database} could not be opened: ${(e as Error).message}`);
    }
  } else {
    try {
      store = openSqliteStore(data.db, { maxPageCount: options.maxDbPages });
    } catch (e) {
      const m = (e as Error).message;
      throw new BackendError(/full/i.test(m) ? `The disk holding ${data.root} is full. Free some space and start the hub again.` : `The hub's database in ${data.root} could not be opened: ${m}`);
    }
    bus = memoryLiveBus();
    database = `SQLite ${data.db}`;
  }
  try {
    const { media, describe } = await openMedia(options, data);
    return { store, media, bus, describe: { database, media: describe } };
  } catch (e) {
    await bus.close();
    await store.close();
    throw e instanceof BackendError ? e : new BackendError(`The media store could not be opened: ${(e as Error).message}`);
  }
}

async function openMedia(options: BackendOptions, data: DataDir): Promise<{ media: MediaStore; describe: string }> {
  const staleTempMs = options.shared ? STALE_TEMP_MS : 0;
  if (options.media?.startsWith('s3://')) {
    const { openS3Media, parseS3Url } = await import('./store/media-s3.ts');
    const target = parseS3Url(options.media);
    if (typeof target === 'string') throw new BackendError(target);
    const media = await openS3Media(target, { stagingDir: join(data.tmp, 's3-staging'), tmpDir: data.tmp, keepFreeBytes: options.keepFreeBytes, staleTempMs });
    return { media, describe: `S3 ${target.bucket}${target.prefix ? `/${target.prefix}` : ''} at ${target.endpoint ?? 'AWS'}` };
  }
  if (options.media && /^[a-z][a-z0-9+.-]*:\/\//i.test(options.media)) throw new BackendError(`--media takes a folder or an s3:// address, not "${options.media.split('?')[0]}".`);
  const dir = options.media ? resolve(options.media) : data.media;
  // A media folder elsewhere (a shared disk) keeps its temp files beside it, so a finished file is renamed, not copied.
  const tmpDir = options.media ? join(dir, '.tmp') : data.tmp;
  const media = await new MediaFolder({ dir, tmpDir, keepFreeBytes: options.keepFreeBytes, staleTempMs }).open();
  return { media, describe: `folder ${dir}` };
}
