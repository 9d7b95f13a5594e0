/**
 * The tracks of an MP4 (ISO BMFF) file: its `moov` box found as the bytes stream past (it may
 * come before or after the media data), then the first track whose handler is 'vide'. Pure.
 */
import type { TrackFacts } from './types.ts';

/** A moov bigger than this is not read (an hour of video has a few MB). */
const MAX_MOOV = 64 * 1024 * 1024;

const type4 = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);
const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) + b[at + 1]!;

interface Box {
  type: string;
  /** First byte after the header. */
  start: number;
  end: number;
}

/** The boxes inside b[from, to). */
function* boxes(b: Uint8Array, from: number, to: number): Generator<Box> {
  let at = from;
  while (at + 8 <= to) {
    let size = u32(b, at);
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) return;
      size = u32(b, at + 8) * 2 ** 32 + u32(b, at + 12);
      header = 16;
    } else if (size === 0) size = to - at;
    if (size < header || at + size > to) return;
    yield { type: type4(b, at + 4), start: at + header, end: at + size };
    at += size;
  }
}

const child = (b: Uint8Array, box: Box | undefined, type: string, skip = 0): Box | undefined => {
  if (!box) return undefined;
  for (const c of boxes(b, box.start + skip, box.end)) if (c.type === type) return c;
  return undefined;
};

/** The first video track in a moov box's contents (null when there is none). */
export function mp4Tracks(moov: Uint8Array): TrackFacts {
  let traks = 0;
  for (const trak of boxes(moov, 0, moov.length)) {
    if (trak.type !== 'trak') continue;
    traks++;
    const mdia = child(moov, trak, 'mdia');
    const hdlr = child(moov, mdia, 'hdlr');
    if (!hdlr || hdlr.start + 12 > hdlr.end || type4(moov, hdlr.start + 8) !== 'vide') continue;
    const stsd = child(moov, child(moov, child(moov, mdia, 'minf'), 'stbl'), 'stsd');
    const entry = stsd ? [...boxes(moov, stsd.start + 8, stsd.end)][0] : undefined;
    const codec = entry?.type ?? 'unknown';
    let width: number | null = null;
    let height: number | null = null;
    if (entry && entry.start + 28 <= entry.end) {
      width = u16(moov, entry.start + 24);
      height = u16(moov, entry.start + 26);
    }
    return { kind: 'video', codec, width: width || null, height: height || null };
  }
  return traks > 0 ? { kind: 'sound' } : { kind: 'unknown' };
}

/** Walks the top-level boxes of a stream, keeping only the moov box. */
export class Mp4MoovFinder {
  private at = 0;
  private next = 0;
  private header = new Uint8Array(16);
  private headerLen = 0;
  private moov: Uint8Array | null = null;
  private fill = 0;
  /** The moov box's contents once read; 'none' when the file has none (or one too big to read). */
  found: Uint8Array | 'none' | null = null;

  feed(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length && !this.found) {
      const pos = this.at + i;
      if (this.moov) {
        const n = Math.min(chunk.length - i, this.moov.length - this.fill);
        this.moov.set(chunk.subarray(i, i + n), this.fill);
        this.fill += n;
        i += n;
        if (this.fill === this.moov.length) this.found = this.moov;
      } else if (pos < this.next) {
        i += Math.min(chunk.length - i, this.next - pos);
      } else {
        this.header[this.headerLen++] = chunk[i++]!;
        this.onHeaderByte();
      }
    }
    this.at += chunk.length;
  }

  private onHeaderByte(): void {
    const h = this.header;
    if (this.headerLen < 8) return;
    const small = u32(h, 0);
    if (small === 1 && this.headerLen < 16) return;
    const size = small === 1 ? u32(h, 8) * 2 ** 32 + u32(h, 12) : small;
    const type = type4(h, 4);
    if (size < this.headerLen) {
      this.found = 'none'; // 0 (to the end of the file) or damaged: no moov after it
      return;
    }
    if (type === 'moov') {
      if (size > MAX_MOOV) this.found = 'none';
      else this.moov = new Uint8Array(size - this.headerLen);
      if (this.moov?.length === 0) this.found = this.moov;
    }
    this.next += size;
    this.headerLen = 0;
  }
}
