import { UnzipInflate, UnzipPassThrough, type UnzipDecoder } from 'fflate';
import type { ByteSource } from './source.ts';
import type { Phrase } from '../../phrase.ts';
import { packagePhrase } from './messages.ts';

/**
 * The zip format, read defensively: the table of contents (central directory) first, then each
 * file's bytes on request, inflated by fflate's streaming decoders in small slices so every limit
 * is checked while inflating, never after.
 */
export interface ZipEntry {
  /** Position in the table of contents. */
  index: number;
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type DirectoryFailure =
  | { reason: 'empty' }
  | { reason: 'not-a-zip'; looksLikeJson: boolean }
  | { reason: 'damaged'; detail: Phrase }
  | { reason: 'too-many-entries'; count: number };

export type Directory = { ok: true; entries: ZipEntry[]; directoryOffset: number } | ({ ok: false } & DirectoryFailure);

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x1_0000_0000;

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

function decodeName(raw: Uint8Array, flags: number): string {
  return flags & 0x800 || raw.every((c) => c < 0x80) ? utf8.decode(raw) : latin1.decode(raw);
}

export async function readDirectory(src: ByteSource, limits: { maxEntries: number; maxDirectoryBytes: number }): Promise<Directory> {
  const fail = (f: DirectoryFailure): Directory => ({ ok: false, ...f });
  const damaged = (detail: Phrase) => fail({ reason: 'damaged', detail });
  if (src.size === 0) return fail({ reason: 'empty' });
  const head = await src.read(0, Math.min(src.size, 64));
  if (head.length < 4 || (u32(head, 0) !== SIG_LOCAL && u32(head, 0) !== SIG_END)) {
    const text = latin1.decode(head).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart();
    return fail({ reason: 'not-a-zip', looksLikeJson: text.startsWith('{') });
  }
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes, at the very end.
  const tailStart = Math.max(0, src.size - (22 + 0xffff));
  const tail = await src.read(tailStart, src.size);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === SIG_END && i + 22 + u16(tail, i + 20) <= tail.length) {
      end = i;
      break;
    }
  }
  if (end < 0) return damaged(packagePhrase('package.detail.no-directory'));
  if (u16(tail, end + 4) !== 0 || u16(tail, end + 6) !== 0) return damaged(packagePhrase('package.detail.split'));
  let count = u16(tail, end + 10);
  let dirSize = u32(tail, end + 12);
  let dirOffset = u32(tail, end + 16);
  const endPos = tailStart + end;
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    // Zip64: a locator 20 bytes before, pointing at a bigger end record.
    if (endPos < 20) return damaged(packagePhrase('package.detail.directory-broken'));
    const loc = await src.read(endPos - 20, endPos);
    if (u32(loc, 0) !== SIG_END64_LOCATOR) return damaged(packagePhrase('package.detail.directory-broken'));
    const at = u64(loc, 8);
    if (at + 56 > endPos) return damaged(packagePhrase('package.detail.directory-broken'));
    const rec = await src.read(at, at + 56);
    if (u32(rec, 0) !== SIG_END64) return damaged(packagePhrase('package.detail.directory-broken'));
    count = u64(rec, 32);
    dirSize = u64(rec, 40);
    dirOffset = u64(rec, 48);
  }
  if (count > limits.maxEntries) return fail({ reason: 'too-many-entries', count });
  if (dirSize > limits.maxDirectoryBytes) return fail({ reason: 'too-many-entries', count: Math.max(count, Math.ceil(dirSize / 46)) });
  if (dirOffset + dirSize > endPos) return damaged(packagePhrase('package.detail.directory-past-end'));
  const dir = await src.read(dirOffset, dirOffset + dirSize);
  const entries: ZipEntry[] = [];
  let i = 0;
  while (i < dir.length) {
    if (i + 46 > dir.length || u32(dir, i) !== SIG_CENTRAL) return damaged(packagePhrase('package.detail.directory-broken'));
    if (entries.length >= limits.maxEntries) return fail({ reason: 'too-many-entries', count: entries.length + 1 });
    const flags = u16(dir, i + 8);
    const nameLen = u16(dir, i + 28);
    const extraLen = u16(dir, i + 30);
    const commentLen = u16(dir, i + 32);
    const next = i + 46 + nameLen + extraLen + commentLen;
    if (next > dir.length) return damaged(packagePhrase('package.detail.directory-broken'));
    const raw = dir.subarray(i + 46, i + 46 + nameLen);
    let size = u32(dir, i + 24);
    let compressedSize = u32(dir, i + 20);
    let localOffset = u32(dir, i + 42);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // Zip64 extra field (id 1): the 64-bit values, only for the fields set to 0xffffffff, in this order.
      const extra = dir.subarray(i + 46 + nameLen, i + 46 + nameLen + extraLen);
      let e = 0;
      let found = false;
      while (e + 4 <= extra.length) {
        const id = u16(extra, e);
        const len = u16(extra, e + 2);
        if (id === 1) {
          let f = e + 4;
          const take = () => {
            const v = f + 8 <= e + 4 + len ? u64(extra, f) : -1;
            f += 8;
            return v;
          };
          if (size === 0xffffffff) size = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localOffset === 0xffffffff) localOffset = take();
          found = true;
          break;
        }
        e += 4 + len;
      }
      if (!found || size < 0 || compressedSize < 0 || localOffset < 0) return damaged(packagePhrase('package.detail.directory-broken'));
    }
    entries.push({
      index: entries.length,
      name: decodeName(raw, flags),
      flags,
      method: u16(dir, i + 10),
      crc: u32(dir, i + 16),
      compressedSize,
      size,
      localOffset,
    });
    i = next;
  }
  if (entries.length !== count) return damaged(packagePhrase('package.detail.directory-count'));
  return { ok: true, entries, directoryOffset: dirOffset };
}

/**
 * Where an entry's packed bytes start, from its local header, and a check that they end before the
 * next entry starts (overlapping entries are how "non-recursive" zip bombs multiply themselves).
 */
export async function locateData(
  src: ByteSource,
  entry: ZipEntry,
  limit: number,
): Promise<{ ok: true; start: number; end: number } | { ok: false; reason: 'damaged' | 'overlap'; detail: Phrase | string }> {
  if (entry.localOffset + 30 > limit) return { ok: false, reason: 'overlap', detail: 'entries overlap' };
  const h = await src.read(entry.localOffset, entry.localOffset + 30);
  if (h.length < 30 || u32(h, 0) !== SIG_LOCAL) return { ok: false, reason: 'damaged', detail: packagePhrase('package.detail.entry-misplaced', { entry: entry.name }) };
  const nameLen = u16(h, 26);
  const extraLen = u16(h, 28);
  const nameBytes = await src.read(entry.localOffset + 30, entry.localOffset + 30 + nameLen);
  if (decodeName(nameBytes, u16(h, 6)) !== entry.name) {
    return { ok: false, reason: 'damaged', detail: packagePhrase('package.detail.entry-renamed', { entry: entry.name }) };
  }
  if (u16(h, 8) !== entry.method) return { ok: false, reason: 'damaged', detail: packagePhrase('package.detail.entry-two-ways', { entry: entry.name }) };
  const start = entry.localOffset + 30 + nameLen + extraLen;
  const end = start + entry.compressedSize;
  if (end > limit) return { ok: false, reason: 'overlap', detail: 'entries overlap' };
  return { ok: true, start, end };
}

/** Why inflating stopped early (returned by a check; the reader turns it into a problem). */
export type Stop = { stop: string };

export interface InflateHooks {
  /** Called after every decoder push with the bytes in so far and out so far. Return a Stop to end. */
  check(packedIn: number, unpackedOut: number): Stop | null;
  /** Each piece of unpacked data, in order. Return a Stop to end. */
  data(chunk: Uint8Array): Stop | null | Promise<Stop | null>;
  signal?: AbortSignal;
}

/** Packed bytes are pushed into the inflater this many at a time, so one push never unpacks more than ~4 MB (deflate packs at most ~1032:1). */
export const INFLATE_SLICE = 4 * 1024;

/**
 * Streams one entry's unpacked bytes through `hooks`, checking after every small slice.
 * Resolves to null when the whole entry was read, or to why it stopped.
 */
export async function inflateEntry(src: ByteSource, entry: ZipEntry, start: number, end: number, hooks: InflateHooks): Promise<Stop | null> {
  const decoder: UnzipDecoder = entry.method === 8 ? new UnzipInflate() : new UnzipPassThrough();
  let pending: Uint8Array[] = [];
  let error: Error | null = null;
  let finished = false;
  decoder.ondata = (err, data, final) => {
    if (err) error = err;
    else if (data) {
      if (data.length) pending.push(data);
      if (final) finished = true;
    }
  };
  let packedIn = 0;
  let out = 0;
  const drain = async (): Promise<Stop | null> => {
    if (error) return { stop: 'corrupt' };
    const list = pending;
    pending = [];
    for (const c of list) out += c.length;
    const s = hooks.check(packedIn, out);
    if (s) return s;
    for (const c of list) {
      const r = await hooks.data(c);
      if (r) return r;
    }
    return null;
  };
  try {
    const slice = entry.method === 8 ? INFLATE_SLICE : Infinity;
    for await (const chunk of src.chunks(start, end)) {
      for (let i = 0; i < chunk.length; i += slice) {
        hooks.signal?.throwIfAborted();
        const piece = slice === Infinity ? chunk : chunk.subarray(i, i + slice);
        packedIn += piece.length;
        decoder.push(piece, false);
        const s = await drain();
        if (s) return s;
      }
    }
    if (packedIn !== end - start) return { stop: 'truncated' };
    decoder.push(new Uint8Array(0), true);
    const s = await drain();
    if (s) return s;
    if (entry.method === 8 && !finished) return { stop: 'corrupt' };
    return null;
  } catch (e) {
    if (hooks.signal?.aborted) throw e;
    return { stop: 'corrupt' };
  } finally {
    decoder.terminate?.();
  }
}
