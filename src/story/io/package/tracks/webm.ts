/**
 * The tracks of a WebM / Matroska file (EBML): the Tracks element near the start of the Segment,
 * its first TrackEntry of TrackType 1 (video), with its CodecID and pixel size. Pure.
 */
import type { TrackFacts } from './types.ts';

const SEGMENT = 0x18538067;
const TRACKS = 0x1654ae6b;
const CLUSTER = 0x1f43b675;
const TRACK_ENTRY = 0xae;
const TRACK_TYPE = 0x83;
const CODEC_ID = 0x86;
const VIDEO = 0xe0;
const PIXEL_WIDTH = 0xb0;
const PIXEL_HEIGHT = 0xba;

interface Element {
  id: number;
  start: number;
  /** Infinity for an element of unknown size (live recordings). */
  end: number;
}

/** One element header at `at`, or null when the bytes end inside it (or it is not EBML). */
function element(b: Uint8Array, at: number): Element | null {
  const first = b[at];
  if (first === undefined || first === 0) return null;
  const idLen = Math.clz32(first) - 23;
  if (idLen > 4 || at + idLen >= b.length) return null;
  let id = 0;
  for (let i = 0; i < idLen; i++) id = id * 256 + b[at + i]!;
  const s = b[at + idLen]!;
  if (s === 0) return null;
  const sizeLen = Math.clz32(s) - 23;
  if (at + idLen + sizeLen > b.length) return null;
  let size = s & (0xff >> sizeLen);
  let allOnes = size === 0xff >> sizeLen;
  for (let i = 1; i < sizeLen; i++) {
    const v = b[at + idLen + i]!;
    size = size * 256 + v;
    allOnes &&= v === 0xff;
  }
  const start = at + idLen + sizeLen;
  return { id, start, end: allOnes ? Infinity : start + size };
}

function* children(b: Uint8Array, from: number, to: number): Generator<Element> {
  let at = from;
  while (at < to) {
    const e = element(b, at);
    if (!e || e.end > to) return;
    yield e;
    at = e.end;
  }
}

const uint = (b: Uint8Array, e: Element) => b.subarray(e.start, e.end).reduce((n, v) => n * 256 + v, 0);

function trackEntry(b: Uint8Array, entry: Element): TrackFacts | null {
  let type = 0;
  let codec = 'unknown';
  let width: number | null = null;
  let height: number | null = null;
  for (const c of children(b, entry.start, entry.end)) {
    if (c.id === TRACK_TYPE) type = uint(b, c);
    else if (c.id === CODEC_ID) codec = new TextDecoder().decode(b.subarray(c.start, c.end)).replace(/\0+$/, '');
    else if (c.id === VIDEO) {
      for (const v of children(b, c.start, c.end)) {
        if (v.id === PIXEL_WIDTH) width = uint(b, v);
        if (v.id === PIXEL_HEIGHT) height = uint(b, v);
      }
    }
  }
  return type === 1 ? { kind: 'video', codec, width: width || null, height: height || null } : null;
}

/** The tracks, from the first bytes of a WebM file; 'more' when they go on past the bytes given. */
export function webmTracks(b: Uint8Array): TrackFacts | 'more' {
  let at = 0;
  while (at < b.length) {
    const e = element(b, at);
    if (!e) return 'more';
    if (e.id === SEGMENT) {
      at = e.start; // look inside
      continue;
    }
    if (e.id === CLUSTER) return { kind: 'unknown' }; // media before the tracks: not a file we can read
    if (e.id === TRACKS) {
      if (e.end > b.length) return 'more';
      let entries = 0;
      for (const entry of children(b, e.start, e.end)) {
        if (entry.id !== TRACK_ENTRY) continue;
        entries++;
        const video = trackEntry(b, entry);
        if (video) return video;
      }
      return entries > 0 ? { kind: 'sound' } : { kind: 'unknown' };
    }
    if (e.end === Infinity) return { kind: 'unknown' };
    at = e.end;
  }
  return 'more';
}
