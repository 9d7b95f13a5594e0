import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MediaFolder, nodeMediaFs, type MediaFs } from '../../../src/hub/store/media-folder.ts';
import { HubStoreError } from '../../../src/hub/store/types.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const bytes = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * seed + 7) & 255);
const chunks = (b: Uint8Array, size = 1000) => Readable.from(Array.from({ length: Math.ceil(b.length / size) }, (_, i) => Buffer.from(b.subarray(i * size, (i + 1) * size))));
async function readAll(s: Readable | null): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of s!) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/** A disk that fills up after `room` bytes: writes fail with a real-looking ENOSPC, as the kernel's would. */
function fullDiskFs(room: number): MediaFs {
  let written = 0;
  return {
    ...nodeMediaFs,
    open: (async (path: string, flags: string, mode?: number) => {
      const fh = await fsp.open(path, flags, mode);
      const write = fh.write.bind(fh) as (b: Uint8Array, o: number, l: number) => Promise<{ bytesWritten: number }>;
      (fh as unknown as { write: unknown }).write = async (b: Uint8Array, o: number, l: number) => {
        if (written + l > room) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
        written += l;
        return write(b, o, l);
      };
      return fh;
    }) as MediaFs['open'],
  };
}

describe('media folder (content-addressed files)', () => {
  let dir: string;
  let folder: MediaFolder;
  const make = (o: Partial<ConstructorParameters<typeof MediaFolder>[0]> = {}) =>
    new MediaFolder({ dir: join(dir, 'media'), tmpDir: join(dir, 'tmp'), keepFreeBytes: 0, ...o }).open();
  const tmpFiles = () => readdirSync(join(dir, 'tmp'));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hub-media-'));
    folder = await make();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores bytes under their sha-256, sharded by its first two characters, and reads them back', async () => {
    const b = bytes(5000);
    const put = await folder.put(chunks(b));
    expect(put).toEqual({ hash: sha(b), bytes: 5000 });
    expect(existsSync(join(dir, 'media', put.hash.slice(0, 2), put.hash))).toBe(true);
    expect(await folder.has(put.hash)).toBe(true);
    expect(await folder.size(put.hash)).toBe(5000);
    expect((await readAll(await folder.get(put.hash))).equals(Buffer.from(b))).toBe(true);
    expect(tmpFiles()).toEqual([]);
    const listed: string[] = [];
    for await (const h of folder.list()) listed.push(h);
    expect(listed).toEqual([put.hash]);
  });

  it('reads byte ranges (inclusive ends, as HTTP Range)', async () => {
    const b = bytes(5000);
    const { hash } = await folder.put([b]);
    expect((await readAll(await folder.get(hash, { start: 10, end: 19 }))).equals(Buffer.from(b.subarray(10, 20)))).toBe(true);
    expect((await readAll(await folder.get(hash, { start: 4999, end: 4999 }))).length).toBe(1);
  });

  it('refuses bytes that do not match the expected hash, keeping nothing', async () => {
    const b = bytes(3000);
    const wrong = sha(bytes(3000, 3));
    const e = await folder.put(chunks(b), { expectedHash: wrong }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HubStoreError);
    expect((e as HubStoreError).kind).toBe('hash-mismatch');
    expect(await folder.has(wrong)).toBe(false);
    expect(await folder.has(sha(b))).toBe(false);
    expect(tmpFiles()).toEqual([]);
  });

  it('stops reading past maxBytes, and when a check refuses a chunk', async () => {
    await expect(folder.put(chunks(bytes(5000)), { maxBytes: 4000 })).rejects.toMatchObject({ kind: 'too-big' });
    await expect(folder.put(chunks(bytes(5000)), { check: (_c, at) => { if (at > 0) throw new Error('not a picture'); } })).rejects.toThrow('not a picture');
    await expect(folder.put(chunks(bytes(5000)), { beforeCommit: () => { throw new Error('refused at the end'); } })).rejects.toThrow('refused at the end');
    expect(tmpFiles()).toEqual([]);
    expect(readdirSync(join(dir, 'media'))).toEqual([]);
  });

  it('a full disk mid-write is a "full" error: no half file, no temp file, earlier files intact', async () => {
    const first = bytes(2000);
    const full = await make({ fs: fullDiskFs(3000) });
    const kept = await full.put([first]);
    const e = await full.put(chunks(bytes(5000, 5))).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HubStoreError);
    expect((e as HubStoreError).kind).toBe('full');
    expect(tmpFiles()).toEqual([]);
    const names: string[] = [];
    for await (const h of full.list()) names.push(h);
    expect(names).toEqual([kept.hash]);
    expect(readFileSync(full.pathOf(kept.hash)).equals(Buffer.from(first))).toBe(true);
  });

  it('refuses to eat into the space kept free (so the database can always commit)', async () => {
    const tight = await make({ fs: { ...nodeMediaFs, freeBytes: async () => 10_000_000 }, keepFreeBytes: 10_000_001 });
    await expect(tight.put([bytes(10)])).rejects.toMatchObject({ kind: 'full' });
    await expect(tight.checkRoom(0)).rejects.toMatchObject({ kind: 'full' });
    const roomy = await make({ fs: { ...nodeMediaFs, freeBytes: async () => 10_000_000 }, keepFreeBytes: 1_000_000 });
    await expect(roomy.checkRoom(8_000_000)).resolves.toBeUndefined();
    await expect(roomy.checkRoom(9_500_000)).rejects.toMatchObject({ kind: 'full' });
  });

  it('storing the same bytes twice keeps one file', async () => {
    const b = bytes(100);
    await folder.put([b]);
    await folder.put([b]);
    expect(readdirSync(join(dir, 'media', sha(b).slice(0, 2)))).toEqual([sha(b)]);
    expect(tmpFiles()).toEqual([]);
  });

  it('removes temp files left by a crash when it opens, and never builds a path from anything but a hash', async () => {
    writeFileSync(join(dir, 'tmp', 'media-dead.part'), 'half');
    await make();
    expect(tmpFiles()).toEqual([]);
    expect(() => folder.pathOf('../../etc/passwd')).toThrow();
    expect(await folder.get('../../etc/passwd')).toBeNull();
    expect(await folder.has('ABC')).toBe(false);
    await folder.delete('../x'); // nothing happens
  });
});
