import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openS3Media, parseS3Url, s3Client, type S3MediaStore, type S3Target } from '../../../src/hub/store/media-s3.ts';
import { HubStoreError } from '../../../src/hub/store/types.ts';
import { startS3Server, type S3TestServer } from '../../lib/s3-server.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const bytes = (n: number, seed = 1) => Buffer.from(Uint8Array.from({ length: n }, (_, i) => (i * seed + 7) & 255));
async function readAll(s: Readable | null): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of s!) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

describe('S3 addresses (--media s3://…)', () => {
  it('reads the bucket, folder, endpoint and region, and says what is wrong in words', () => {
    expect(parseS3Url('s3://media-bucket/hub/one?endpoint=https://s3.example.org&region=eu-north-1')).toEqual({
      bucket: 'media-bucket',
      prefix: 'hub/one/',
      endpoint: 'https://s3.example.org',
      region: 'eu-north-1',
      pathStyle: true,
    });
    expect(parseS3Url('s3://media-bucket')).toMatchObject({ prefix: '', endpoint: undefined, pathStyle: false });
    expect(parseS3Url('s3://Bad_Bucket')).toMatch(/bucket name/);
    expect(parseS3Url('s3://bucket?endpoint=ftp://x')).toMatch(/starts with https/);
    expect(parseS3Url('s3://bucket/../x?')).toBeTypeOf('object'); // URL resolves the dots away
  });
});

describe('media in an S3-compatible store (s3rver)', () => {
  let s3: S3TestServer;
  let dir: string;
  let media: S3MediaStore;
  let target: S3Target;
  const sent: Array<Record<string, string>> = [];

  beforeAll(async () => {
    s3 = await startS3Server();
    Object.assign(process.env, s3.env);
  }, 60_000);
  afterAll(async () => {
    await s3?.stop();
  });
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hub-s3-'));
    target = parseS3Url(s3.mediaUrl(`t${Date.now()}`)) as S3Target;
    const client = s3Client(target);
    // What the hub sends, for the checks s3rver itself does not make (x-amz-checksum-sha256).
    client.middlewareStack.add(
      (next) => async (args) => {
        const req = args.request as { method?: string; headers?: Record<string, string> };
        if (req.method === 'PUT') sent.push({ ...req.headers });
        return next(args);
      },
      { step: 'finalizeRequest', name: 'recordHeaders' },
    );
    media = await openS3Media(target, { stagingDir: join(dir, 'staging'), tmpDir: join(dir, 'tmp'), keepFreeBytes: 0, client });
    sent.length = 0;
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('stores bytes under their sha-256 (checked on arrival), reads them back whole and by range, lists and deletes them', async () => {
    const b = bytes(3_000_000);
    const put = await media.put(Readable.from([b.subarray(0, 1_000_000), b.subarray(1_000_000)]));
    expect(put).toEqual({ hash: sha(b), bytes: b.length });
    expect(sent.length).toBe(1);
    expect(sent[0]!['x-amz-checksum-sha256']).toBe(Buffer.from(put.hash, 'hex').toString('base64'));
    expect(await media.has(put.hash)).toBe(true);
    expect(await media.size(put.hash)).toBe(b.length);
    expect((await readAll(await media.get(put.hash))).equals(b)).toBe(true);
    expect((await readAll(await media.get(put.hash, { start: 10, end: 2_000_009 }))).equals(b.subarray(10, 2_000_010))).toBe(true);
    // Staged on the local disk only until it was sent.
    expect(readdirSync(join(dir, 'staging')).flatMap((s) => readdirSync(join(dir, 'staging', s)))).toEqual([]);
    const second = await media.put([bytes(100, 3)]);
    const listed: string[] = [];
    for await (const h of media.list()) listed.push(h);
    expect(listed.sort()).toEqual([put.hash, second.hash].sort());
    // The same bytes again: nothing is sent twice.
    await media.put([b]);
    expect(sent.length).toBe(2);
    await media.delete(put.hash);
    expect(await media.has(put.hash)).toBe(false);
    expect(await media.get(put.hash)).toBeNull();
    expect(await media.size('nope')).toBeNull();
  });

  it('refuses bytes that do not match their name, or too many of them, and sends nothing', async () => {
    const b = bytes(5000);
    await expect(media.put([b], { expectedHash: sha(bytes(5000, 2)) })).rejects.toMatchObject({ kind: 'hash-mismatch' });
    await expect(media.put([b], { maxBytes: 4000 })).rejects.toMatchObject({ kind: 'too-big' });
    await expect(
      media.put([b], {
        check: () => {
          throw new HubStoreError('refused', 'not a photo');
        },
      }),
    ).rejects.toMatchObject({ kind: 'refused' });
    expect(sent.length).toBe(0);
    expect(await media.has(sha(b))).toBe(false);
  });

  it('a bucket that is not there is said at start, in words', async () => {
    const wrong = parseS3Url(`s3://no-such-bucket?endpoint=${encodeURIComponent(s3.endpoint)}`) as S3Target;
    await expect(openS3Media(wrong, { stagingDir: join(dir, 's2'), tmpDir: join(dir, 'tmp') })).rejects.toThrow(/bucket "no-such-bucket" could not be read/);
  });
});
