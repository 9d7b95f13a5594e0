import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HUB_PATHS, MediaHasBody, type MediaPutReply } from '../../live/api.ts';
import { MAX_MEDIA_BYTES } from '../../live/limits.ts';
import { needMember } from '../auth.ts';
import type { HubContext } from '../context.ts';
import { words } from '../errors.ts';
import { MediaSniffer, type MediaFacts } from '../media/sniffer.ts';
import { mediaWords } from '../media/words.ts';
import { HubStoreError } from '../store/types.ts';
import { hashParam, parseBody } from '../validate.ts';
import type { Listener } from '../listener.ts';

/** One byte range of a file of `size` bytes from a Range header; null = whole file, 'bad' = 416. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | 'bad' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null; // not one simple range: send it all (RFC 9110)
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'bad';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return 'bad';
  return { start, end };
}

/** Photos and sounds by sha-256: which the hub has, upload (checked as it streams), download with ranges. */
export function mediaRoutes(app: FastifyInstance, ctx: HubContext, l: Listener): void {
  app.post(HUB_PATHS.mediaHas, async (req) => {
    needMember(await l.caller(req));
    const { hashes } = parseBody(MediaHasBody, req.body);
    const have = await ctx.store.hasMedia([...new Set(hashes)]);
    return { have: [...have] };
  });

  app.put<{ Params: { hash?: string } }>('/api/media/:hash', async (req, reply) => {
    needMember(await l.caller(req));
    const hash = hashParam(req.params.hash);
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > MAX_MEDIA_BYTES) {
      reply.header('connection', 'close');
      throw mediaWords.tooBig(declared, MAX_MEDIA_BYTES);
    }
    const known = await ctx.store.media(hash);
    if (known && (await ctx.media.has(hash))) {
      reply.header('connection', 'close');
      return { hash, bytes: known.bytes, mime: known.mime } satisfies MediaPutReply;
    }
    const sniffer = new MediaSniffer();
    let facts: MediaFacts | null = null;
    try {
      const put = await ctx.media.put(req.raw, {
        expectedHash: hash,
        maxBytes: MAX_MEDIA_BYTES,
        check: (chunk) => sniffer.feed(chunk),
        beforeCommit: ({ bytes }) => void (facts = sniffer.finish(bytes)),
      });
      const f = facts as MediaFacts | null;
      if (!f) throw words.internal();
      await ctx.store.putMedia({ hash, bytes: put.bytes, mime: f.mime, kind: f.kind, width: f.width, height: f.height, createdAt: new Date().toISOString() });
      reply.code(201);
      return { hash, bytes: put.bytes, mime: f.mime } satisfies MediaPutReply;
    } catch (e) {
      reply.header('connection', 'close');
      if (e instanceof HubStoreError && e.kind === 'hash-mismatch') throw mediaWords.hashMismatch();
      if (e instanceof HubStoreError && e.kind === 'too-big') throw mediaWords.tooBig(MAX_MEDIA_BYTES + 1, MAX_MEDIA_BYTES);
      throw e;
    }
  });

  const get = async (req: FastifyRequest<{ Params: { hash?: string } }>, reply: FastifyReply) => {
    needMember(await l.caller(req));
    const hash = hashParam(req.params.hash);
    const record = await ctx.store.media(hash);
    const size = record ? await ctx.media.size(hash) : null;
    if (!record || size === null) throw words.mediaNotFound();
    const etag = `"${hash}"`;
    reply.header('content-type', record.mime);
    reply.header('cache-control', 'private, max-age=31536000, immutable');
    reply.header('etag', etag);
    reply.header('accept-ranges', 'bytes');
    if (req.headers['if-none-match'] === etag) return reply.code(304).send();
    const range = parseRange(req.headers.range, size);
    if (range === 'bad') {
      reply.header('content-range', `bytes */${size}`);
      return reply.code(416).send();
    }
    if (range) {
      reply.code(206);
      reply.header('content-range', `bytes ${range.start}-${range.end}/${size}`);
    }
    reply.header('content-length', range ? range.end - range.start + 1 : size);
    return reply.send(await ctx.media.get(hash, range ?? undefined));
  };
  app.get('/api/media/:hash', get);
}
