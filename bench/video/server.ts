/**
 * The video bench's static server on 127.0.0.1: the shared harness's (lib/server.mjs: no-store,
 * longest prefix wins) plus HTTP range requests, which every static host a story is put on answers
 * and which a browser uses to start a video before the whole file has arrived.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import { extname, join, posix, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt',
  '.woff2': 'font/woff2',
};

export interface Mount {
  prefix: string;
  dir: string;
}

/** bytes=a-b, bytes=a- or bytes=-n; null = the whole file; 'bad' = 416. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | null | 'bad' {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start >= size || end < start ? 'bad' : { start, end };
}

export async function startRangeServer(mounts: Mount[]): Promise<{ origin: string; close(): Promise<void> }> {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server = http.createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      const m = sorted.find((x) => path.startsWith(x.prefix));
      if (!m) return void res.writeHead(404).end();
      let file = resolve(m.dir, '.' + posix.normalize('/' + path.slice(m.prefix.length)));
      if (!file.startsWith(resolve(m.dir))) return void res.writeHead(403).end();
      let st = await stat(file).catch(() => null);
      if (st?.isDirectory()) st = await stat((file = join(file, 'index.html'))).catch(() => null);
      if (!st) return void res.writeHead(404).end();
      const range = byteRange(req.headers.range, st.size);
      const head: Record<string, string | number> = {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        'Accept-Ranges': 'bytes',
        'Access-Control-Allow-Origin': '*',
      };
      if (range === 'bad') return void res.writeHead(416, { ...head, 'Content-Range': `bytes */${st.size}` }).end();
      if (range) head['Content-Range'] = `bytes ${range.start}-${range.end}/${st.size}`;
      head['Content-Length'] = range ? range.end - range.start + 1 : st.size;
      res.writeHead(range ? 206 : 200, head);
      if (req.method === 'HEAD') return void res.end();
      const stream = createReadStream(file, range ?? {});
      stream.on('error', () => res.destroy());
      res.on('close', () => stream.destroy());
      stream.pipe(res);
    })().catch((e: unknown) => res.writeHead(500).end(String(e)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
