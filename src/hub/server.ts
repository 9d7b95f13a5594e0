import { existsSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { lanAddresses, urlFor } from './addresses.ts';
import { buildApp } from './app.ts';
import type { HubContext } from './context.ts';
import type { HubLog } from './log.ts';
import { prepareDataDir, type DataDir } from './data-dir.ts';
import { durableWrite } from './durable.ts';
import { openBackends, type Backends } from './backends.ts';
import { LiveSockets } from './live-sockets.ts';
import { Showcase } from './showcase/showcase.ts';
import { Rooms } from './rooms.ts';
import { hubIndexHtml } from './static.ts';
import { Stories } from './stories.ts';
import { Admin } from './service/admin.ts';
import { Retention } from './service/retention.ts';
import { loadTls, type Tls } from './tls.ts';
import { makeTus, recoverUploads } from './uploads.ts';

export interface HubOptions {
  dataDir: string;
  /** HTTPS port for the room (0 = any free port). Default 8443. */
  port?: number;
  /** Plain HTTP port on 127.0.0.1 for the hub laptop (0 = any). Default 8080. */
  httpPort?: number;
  /** Where HTTPS listens; default every interface. */
  host?: string;
  certFile?: string;
  keyFile?: string;
  /** Written once listening: { httpsUrl, httpUrl, fingerprint, pid, dataDir }. */
  readyFile?: string;
  /** The built app; default <repo>/dist. */
  distDir?: string;
  version?: string;
  log?: HubLog;
  /** Disk space to leave free (bytes); default 64 MB. */
  keepFreeBytes?: number;
  /** Test hook for a full database: SQLite's max_page_count. */
  maxDbPages?: number;
  /** (#17) postgres://… instead of SQLite in the data folder. */
  database?: string;
  /** (#17) Media in another folder (a shared disk) or s3://bucket?endpoint=… instead of DATA/media. */
  media?: string;
  /**
   * (#17) Run as one process of a library service behind a reverse proxy: plain HTTP on --host
   * (default 127.0.0.1) --port (default 8080) for the proxy, many rooms at once, no certificate of
   * its own (the proxy has the real one). `publicUrl` is the address people use.
   */
  service?: { publicUrl: string; trustProxy?: string[] };
  /** How often retention checks whether a run is due (default an hour; tests make it shorter). */
  retentionCheckMs?: number;
}

export interface HubHandle {
  httpsUrl: string;
  httpUrl: string;
  httpsPort: number;
  httpPort: number;
  tls: Tls;
  data: DataDir;
  context: HubContext;
  /** Addresses for other devices (LAN first). */
  addresses: string[];
  /** Where rooms, stories and media are kept, in words. */
  backends: Backends['describe'];
  close(): Promise<void>;
}

/** The https:// addresses other devices can use: every LAN address (or the one --host names), then localhost. */
export function roomAddresses(host: string | undefined, port: number): string[] {
  const everywhere = !host || host === '0.0.0.0' || host === '::';
  const loopback = host === '127.0.0.1' || host === '::1' || host === 'localhost';
  const lan = everywhere ? lanAddresses() : loopback ? [] : [host!];
  return [...lan.map((ip) => urlFor('https', ip, port)), ...(everywhere || loopback ? [urlFor('https', 'localhost', port)] : [])];
}

const hasIpv6 = () => Object.values(networkInterfaces()).some((list) => list?.some((a) => a.family === 'IPv6'));

/** A start-up failure people can act on: one sentence, exit code 1. */
export class HubStartError extends Error {}

const ROOT = resolve(import.meta.dirname, '../..');

export const consoleLog: HubLog = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
  error: (m, e) => console.error(m, e instanceof Error ? e.stack : (e ?? '')),
};

async function listen(app: FastifyInstance, port: number, host: string, what: string): Promise<number> {
  try {
    await app.listen({ port, host });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new HubStartError(`Port ${port} is already in use (is another hub running?). Stop it, or choose another port with ${what}.`);
    if (code === 'EACCES') throw new HubStartError(`This computer does not allow the hub to use port ${port}. Choose a port above 1024 with ${what}.`);
    if (code === 'EADDRNOTAVAIL') throw new HubStartError(`This computer has no address ${host}. Leave out --host, or use one of: ${lanAddresses().join(', ') || '127.0.0.1'}.`);
    throw e;
  }
  const addr = app.server.address();
  return typeof addr === 'object' && addr ? addr.port : port;
}

/** Starts the hub: data folder, certificate, store, both listeners. */
export async function startHub(options: HubOptions): Promise<HubHandle> {
  const log = options.log ?? consoleLog;
  let data: DataDir;
  try {
    data = await prepareDataDir(options.dataDir);
  } catch (e) {
    throw new HubStartError((e as Error).message);
  }
  // A service's certificate is the reverse proxy's: the hub makes none.
  const tls: Tls = options.service
    ? { key: '', cert: '', fingerprint: '', selfSigned: false }
    : await loadTls({ dataDir: data.root, certFile: options.certFile, keyFile: options.keyFile }).catch((e: Error) => {
        throw new HubStartError(options.certFile ? `The certificate could not be read: ${e.message}` : `The hub's certificate could not be made: ${e.message}`);
      });
  const backends = await openBackends({ ...options, shared: !!(options.database || options.service) }, data, log).catch((e: Error) => {
    throw new HubStartError(e.message);
  });
  const { store, media, bus } = backends;
  const live = new LiveSockets(bus, store, log);
  const distDir = options.distDir ?? join(ROOT, 'dist');
  const indexHtml = existsSync(join(distDir, 'index.html')) ? readFileSync(join(distDir, 'index.html'), 'utf8') : null;
  let httpsPort = options.port ?? 8443;
  const ctx: HubContext = {
    version: options.version ?? '0.0.0',
    data,
    store,
    media,
    bus,
    rooms: new Rooms(store, undefined, !!options.service),
    stories: new Stories(store, bus),
    live,
    tus: makeTus(() => ctx, data.uploads),
    tls,
    admin: new Admin(store),
    retention: new Retention({ store, media, log, holder: live.processId }),
    distDir: indexHtml ? distDir : null,
    addresses: () => (options.service ? [options.service.publicUrl] : roomAddresses(options.host, httpsPort)),
    log,
  };
  ctx.live.showcase = new Showcase({ bus, store, log, online: (roomId) => ctx.live.onlineDevices(roomId) });
  const scriptHashes = indexHtml ? hubIndexHtml(indexHtml).scriptHashes : [];
  const apps: FastifyInstance[] = [];
  const close = async () => {
    ctx.retention.stop();
    await ctx.live.close();
    await Promise.allSettled(apps.map((a) => a.close()));
    await bus.close();
    await store.close();
  };
  try {
    let httpPort: number;
    if (options.service) {
      const one = await buildApp(ctx, { local: false, scriptHashes, service: { origin: new URL(options.service.publicUrl).origin, trustProxy: options.service.trustProxy ?? ['127.0.0.1', '::1'] } });
      apps.push(one);
      httpPort = httpsPort = await listen(one, options.port ?? 8080, options.host ?? '127.0.0.1', '--port');
    } else {
      const room = await buildApp(ctx, { local: false, https: { key: tls.key, cert: tls.cert }, scriptHashes });
      apps.push(room);
      const laptop = await buildApp(ctx, { local: true, scriptHashes });
      apps.push(laptop);
      // Every interface by default: '::' also takes IPv4 where the machine has IPv6 at all.
      httpsPort = await listen(room, httpsPort, options.host ?? (hasIpv6() ? '::' : '0.0.0.0'), '--port');
      httpPort = await listen(laptop, options.httpPort ?? 8080, '127.0.0.1', '--http-port');
    }
    ctx.retention.start({ checkEveryMs: options.retentionCheckMs });
    const recovered = await recoverUploads(ctx, data.uploads);
    if (recovered.finished) log.info(`Finished ${recovered.finished} phone upload(s) that arrived before the hub stopped.`);
    const sweep = setInterval(() => void ctx.tus.datastore.deleteExpired().catch(() => 0), 3600_000);
    sweep.unref();
    const loopbackHost = !options.host || ['0.0.0.0', '::'].includes(options.host) ? '127.0.0.1' : options.host;
    const serviceUrl = options.service ? urlFor('http', loopbackHost, httpPort) : null;
    const handle: HubHandle = {
      httpsUrl: serviceUrl ?? urlFor('https', loopbackHost, httpsPort),
      httpUrl: serviceUrl ?? urlFor('http', '127.0.0.1', httpPort),
      httpsPort,
      httpPort,
      tls,
      data,
      context: ctx,
      addresses: ctx.addresses(),
      backends: backends.describe,
      close: async () => {
        clearInterval(sweep);
        await close();
      },
    };
    if (options.readyFile) {
      await durableWrite(
        resolve(options.readyFile),
        JSON.stringify({ httpsUrl: handle.httpsUrl, httpUrl: handle.httpUrl, fingerprint: tls.fingerprint, pid: process.pid, dataDir: data.root }),
      );
    }
    return handle;
  } catch (e) {
    await close();
    throw e;
  }
}
