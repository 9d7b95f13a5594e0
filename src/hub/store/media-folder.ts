import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { HubStoreError, type MediaPutOptions, type MediaStore } from './types.ts';

const HASH = /^[0-9a-f]{64}$/;

/** The file-system calls the media folder makes (tests put a full disk in between). */
export interface MediaFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
  mkdir: typeof fsp.mkdir;
  stat: typeof fsp.stat;
  readdir: typeof fsp.readdir;
  /** Free bytes on the disk holding `path` (statfs). */
  freeBytes(path: string): Promise<number>;
}

export const nodeMediaFs: MediaFs = {
  open: fsp.open,
  rename: fsp.rename,
  unlink: fsp.unlink,
  mkdir: fsp.mkdir,
  stat: fsp.stat,
  readdir: fsp.readdir,
  async freeBytes(path) {
    const s = await fsp.statfs(path);
    return s.bavail * s.bsize;
  },
};

export interface MediaFolderOptions {
  /** DIR/media: where files live, as media/ab/abcdef… */
  dir: string;
  /** DIR/tmp: where files are written before they are renamed into place. */
  tmpDir: string;
  fs?: MediaFs;
  /**
   * Bytes to leave free on the disk: a write that would eat into them is refused as "disk full"
   * before the disk really is (so SQLite always has room to commit). Default 64 MB.
   */
  keepFreeBytes?: number;
  /**
   * (#17) Temp files younger than this are left alone at start: several hub processes may share
   * the folder, and another one may be writing them. Default 0: every leftover is removed.
   */
  staleTempMs?: number;
}

const isDiskFull = (e: unknown) => ['ENOSPC', 'EDQUOT', 'EFBIG'].includes((e as { code?: string }).code ?? '');
const FREE_CHECK_EVERY = 8 * 1024 * 1024;

/**
 * Content-addressed media files in a folder: each file is named by the sha-256 of its bytes,
 * sharded by its first two characters. A file is written to DIR/tmp, fsynced, then renamed into
 * place and its folder fsynced: once `put` resolves the bytes survive a crash, and a crash before
 * that leaves only a temp file (removed at the next start), never half a media file.
 */
export class MediaFolder implements MediaStore {
  private readonly fs: MediaFs;
  private readonly keepFree: number;

  constructor(private readonly options: MediaFolderOptions) {
    this.fs = options.fs ?? nodeMediaFs;
    this.keepFree = options.keepFreeBytes ?? 64 * 1024 * 1024;
  }

  /** Creates the folders and removes temp files left by a crash. */
  async open(): Promise<this> {
    await this.fs.mkdir(this.options.dir, { recursive: true });
    await this.fs.mkdir(this.options.tmpDir, { recursive: true });
    const staleBefore = Date.now() - (this.options.staleTempMs ?? 0);
    for (const name of await this.fs.readdir(this.options.tmpDir)) {
      if (!name.startsWith('media-') || !name.endsWith('.part')) continue;
      const path = join(this.options.tmpDir, name);
      if (this.options.staleTempMs && ((await this.fs.stat(path).catch(() => null))?.mtimeMs ?? 0) > staleBefore) continue;
      await this.fs.unlink(path).catch(() => {});
    }
    return this;
  }

  pathOf(hash: string): string {
    if (!HASH.test(hash)) throw new HubStoreError('not-found', 'That is not a media name.');
    return join(this.options.dir, hash.slice(0, 2), hash);
  }

  async has(hash: string): Promise<boolean> {
    return (await this.size(hash)) !== null;
  }

  async size(hash: string): Promise<number | null> {
    if (!HASH.test(hash)) return null;
    const s = await this.fs.stat(this.pathOf(hash)).catch(() => null);
    return s?.isFile() ? s.size : null;
  }

  async get(hash: string, range?: { start: number; end: number }): Promise<Readable | null> {
    if ((await this.size(hash)) === null) return null;
    const stream: ReadStream = createReadStream(this.pathOf(hash), range ? { start: range.start, end: range.end } : {});
    return stream;
  }

  async delete(hash: string): Promise<void> {
    if (!HASH.test(hash)) return;
    await this.fs.unlink(this.pathOf(hash)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw new HubStoreError('io', e.message, e);
    });
  }

  async *list(): AsyncIterable<string> {
    const shards = await this.fs.readdir(this.options.dir).catch(() => [] as string[]);
    for (const shard of shards.sort()) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      const names = await this.fs.readdir(join(this.options.dir, shard)).catch(() => [] as string[]);
      for (const name of names.sort()) if (HASH.test(name) && name.startsWith(shard)) yield name;
    }
  }

  /** Refuses to write when fewer than `keepFreeBytes` (+ what is still coming) would be left. */
  async checkRoom(moreBytes: number): Promise<void> {
    const free = await this.fs.freeBytes(this.options.tmpDir).catch(() => Infinity);
    if (free - moreBytes < this.keepFree) throw new HubStoreError('full', 'The disk is full.');
  }

  async put(source: Readable | AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: MediaPutOptions = {}): Promise<{ hash: string; bytes: number }> {
    const tmp = join(this.options.tmpDir, `media-${randomUUID()}.part`);
    const hasher = createHash('sha256');
    let fh: fsp.FileHandle | null = null;
    let bytes = 0;
    try {
      await this.checkRoom(0);
      fh = await this.fs.open(tmp, 'wx', 0o644);
      let sinceCheck = 0;
      for await (const chunk of source as AsyncIterable<Uint8Array>) {
        const c = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        options.check?.(c, bytes);
        bytes += c.length;
        if (options.maxBytes !== undefined && bytes > options.maxBytes) throw new HubStoreError('too-big', 'The file is too big.');
        sinceCheck += c.length;
        if (sinceCheck >= FREE_CHECK_EVERY) {
          sinceCheck = 0;
          await this.checkRoom(0);
        }
        hasher.update(c);
        for (let at = 0; at < c.length; ) {
          const { bytesWritten } = await fh.write(c, at, c.length - at);
          at += bytesWritten;
        }
      }
      await fh.sync();
      await fh.close();
      fh = null;
      const hash = hasher.digest('hex');
      if (options.expectedHash !== undefined && options.expectedHash !== hash) {
        throw new HubStoreError('hash-mismatch', 'The bytes do not match their name (sha-256): the file was changed or cut short on the way.');
      }
      await options.beforeCommit?.({ hash, bytes });
      const final = this.pathOf(hash);
      if (await this.has(hash)) {
        await this.fs.unlink(tmp).catch(() => {});
        return { hash, bytes };
      }
      const shard = join(this.options.dir, hash.slice(0, 2));
      await this.fs.mkdir(shard, { recursive: true });
      await this.fs.rename(tmp, final);
      await syncDir(this.fs, shard);
      return { hash, bytes };
    } catch (e) {
      if (fh) await fh.close().catch(() => {});
      await this.fs.unlink(tmp).catch(() => {});
      if (e instanceof HubStoreError) throw e;
      if (isDiskFull(e)) throw new HubStoreError('full', 'The disk is full.', e);
      throw e;
    }
  }
}

/** fsync a folder, so a rename into it survives a power cut (where the OS allows it). */
export async function syncDir(fs: MediaFs, dir: string): Promise<void> {
  let h: fsp.FileHandle | null = null;
  try {
    h = await fs.open(dir, 'r');
    await h.sync();
  } catch {
    // Some systems (Windows) cannot open a folder: the rename is still atomic.
  } finally {
    await h?.close().catch(() => {});
  }
}
