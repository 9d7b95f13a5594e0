import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * The reverse proxy in front of a library service's hub processes, for tests and the bench (#17):
 * one address on 127.0.0.1 (port 0), requests spread over the processes in turn, WebSocket upgrades
 * passed through. Like nginx's `proxy_next_upstream error`: a process that refuses the connection
 * (killed) is skipped for `downMs` and the request goes to the next one; a request cut off after it
 * was sent is answered 502 (it may have been applied, so it is not sent twice: the client retries,
 * as the browser's outbox does). A cookie `ss_backend=N` pins a client to process N while it is up
 * (sticky sessions, so a test can put a browser on each process), else it fails over too. Every
 * answer says which process gave it (`x-proxy-backend: N`).
 *
 * About 150 lines of node:http, rather than a dependency: the tests need exactly this and no more.
 */
export interface Proxy {
  url: string;
  port: number;
  /** The hub processes behind it (http://127.0.0.1:N/). */
  setBackends(urls: string[]): void;
  /** Requests and upgrades each backend answered, and failovers. */
  stats(): { served: number[]; failovers: number; refused: number };
  close(): Promise<void>;
}

const HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);
const PIN_COOKIE = /(?:^|;\s*)ss_backend=(\d+)/;

interface Backend {
  index: number;
  host: string;
  port: number;
  downUntil: number;
  served: number;
}

export async function startProxy(options: { downMs?: number } = {}): Promise<Proxy> {
  const downMs = options.downMs ?? 3000;
  let backends: Backend[] = [];
  let next = 0;
  let failovers = 0;
  let refused = 0;
  const sockets = new Set<Socket | Duplex>();

  /** Backends to try, in order: the pinned one (or the next in turn) first, those marked down last. */
  const order = (req: IncomingMessage): Backend[] => {
    const pin = PIN_COOKIE.exec(req.headers.cookie ?? '');
    const start = pin ? Number(pin[1]) % Math.max(1, backends.length) : next++ % Math.max(1, backends.length);
    const all = backends.map((_, i) => backends[(start + i) % backends.length]!);
    const now = Date.now();
    return [...all.filter((b) => b.downUntil <= now), ...all.filter((b) => b.downUntil > now)];
  };
  const isRefused = (e: NodeJS.ErrnoException) => e.code === 'ECONNREFUSED' || e.code === 'ECONNRESET' || e.code === 'EPIPE';
  const forwarded = (req: IncomingMessage) => {
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP.has(k)) headers[k] = v;
    headers['x-forwarded-for'] = req.socket.remoteAddress ?? '127.0.0.1';
    headers['x-forwarded-proto'] = 'http';
    return headers;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const tries = order(req);
    for (let i = 0; i < tries.length; i++) {
      const b = tries[i]!;
      const outcome = await new Promise<'done' | 'refused'>((done) => {
        let connected = false;
        const out = httpRequest({ agent: false, host: b.host, port: b.port, method: req.method, path: req.url, headers: { ...forwarded(req), 'content-length': String(body.length) } }, (up) => {
          b.served++;
          res.writeHead(up.statusCode ?? 502, up.statusMessage, { ...up.headers, 'x-proxy-backend': String(b.index) });
          up.pipe(res);
          up.on('error', () => res.destroy());
          up.on('end', () => done('done'));
        });
        out.on('socket', (s) => s.once('connect', () => (connected = true)));
        out.on('error', (e: NodeJS.ErrnoException) => {
          if (!connected && isRefused(e)) {
            b.downUntil = Date.now() + downMs;
            refused++;
            return done('refused');
          }
          // Cut off after the request went out: it may have been applied; the client decides.
          if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end('The hub process stopped while answering.');
          else res.destroy();
          done('done');
        });
        out.end(body);
      });
      if (outcome === 'done') return;
      failovers++;
    }
    res.writeHead(502, { 'content-type': 'text/plain' }).end('No hub process is answering.');
  };

  const upgrade = (req: IncomingMessage, client: Duplex, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const tries = order(req);
    const attempt = (i: number) => {
      const b = tries[i];
      if (!b) return void client.end('HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\n\r\n');
      const up = connect(b.port, b.host);
      let connected = false;
      up.once('connect', () => {
        connected = true;
        b.served++;
        sockets.add(up);
        const lines = [`${req.method} ${req.url} HTTP/1.1`];
        for (let k = 0; k < req.rawHeaders.length; k += 2) lines.push(`${req.rawHeaders[k]}: ${req.rawHeaders[k + 1]}`);
        up.write(lines.join('\r\n') + '\r\n\r\n');
        if (head.length) up.write(head);
        up.pipe(client);
        client.pipe(up);
      });
      up.on('error', (e: NodeJS.ErrnoException) => {
        if (!connected && isRefused(e)) {
          b.downUntil = Date.now() + downMs;
          refused++;
          failovers++;
          return attempt(i + 1);
        }
        client.destroy();
      });
      up.on('close', () => {
        sockets.delete(up);
        if (connected) client.destroy();
      });
    };
    attempt(0);
  };

  const server: Server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  server.on('upgrade', upgrade);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    setBackends(urls) {
      backends = urls.map((u, i) => {
        const x = new URL(u);
        return { index: i, host: x.hostname, port: Number(x.port), downUntil: 0, served: 0 };
      });
    },
    stats: () => ({ served: backends.map((b) => b.served), failovers, refused }),
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}
