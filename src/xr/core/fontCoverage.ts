/**
 * Which characters a font file can draw, read from its `cmap` table (WOFF 1.0 or plain TTF/OTF).
 * No React, no three.js; runs in Node tests too.
 *
 * Why: troika-three-text (drei's <Text>) looks up any character its font lacks in a fallback font
 * index on a CDN. Nothing may load from the internet at run time, so text is fitted to the font
 * first (`fitText`): characters the font cannot draw become a replacement mark instead.
 */
export type CodeRanges = ReadonlyArray<readonly [number, number]>;

const WOFF = 0x774f4646; // 'wOFF'
const TTF = 0x00010000;
const OTTO = 0x4f54544f; // 'OTTO'
const TRUE = 0x74727565; // 'true'
const CMAP = 0x636d6170; // 'cmap'

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The raw `cmap` table of a WOFF 1.0 or TTF/OTF file. */
export async function cmapTable(file: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = view.getUint32(0);
  if (signature === WOFF) {
    const numTables = view.getUint16(12);
    for (let i = 0; i < numTables; i++) {
      const at = 44 + i * 20;
      if (view.getUint32(at) !== CMAP) continue;
      const offset = view.getUint32(at + 4);
      const compLength = view.getUint32(at + 8);
      const origLength = view.getUint32(at + 12);
      const raw = bytes.subarray(offset, offset + compLength);
      return compLength < origLength ? inflate(raw) : raw;
    }
    throw new Error('This font has no cmap table.');
  }
  if (signature === TTF || signature === OTTO || signature === TRUE) {
    const numTables = view.getUint16(4);
    for (let i = 0; i < numTables; i++) {
      const at = 12 + i * 16;
      if (view.getUint32(at) !== CMAP) continue;
      const offset = view.getUint32(at + 8);
      return bytes.subarray(offset, offset + view.getUint32(at + 12));
    }
    throw new Error('This font has no cmap table.');
  }
  throw new Error('Not a WOFF 1.0, TrueType or OpenType font (WOFF2 is not supported).');
}

/** Code points with a glyph (glyph id > 0), as sorted, merged [first, last] ranges. */
export function cmapCoverage(cmap: Uint8Array): CodeRanges {
  const view = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength);
  const count = view.getUint16(2);
  let best: { offset: number; format: number; rank: number } | null = null;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(4 + i * 8);
    const encoding = view.getUint16(6 + i * 8);
    const offset = view.getUint32(8 + i * 8);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    const rank = format === 12 ? 2 : 1;
    if (!best || rank > best.rank) best = { offset, format, rank };
  }
  if (!best) throw new Error('This font has no Unicode character map.');
  const out: Array<[number, number]> = [];
  const add = (first: number, last: number) => {
    const prev = out[out.length - 1];
    if (prev && first <= prev[1] + 1) prev[1] = Math.max(prev[1], last);
    else out.push([first, last]);
  };
  const at = best.offset;
  if (best.format === 12) {
    const groups = view.getUint32(at + 12);
    for (let g = 0; g < groups; g++) {
      const first = view.getUint32(at + 16 + g * 12);
      const last = view.getUint32(at + 20 + g * 12);
      const glyph = view.getUint32(at + 24 + g * 12);
      add(glyph === 0 ? first + 1 : first, last);
    }
  } else {
    const segs = view.getUint16(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + segs * 2 + 2;
    const deltas = starts + segs * 2;
    const rangeOffsets = deltas + segs * 2;
    for (let s = 0; s < segs; s++) {
      const first = view.getUint16(starts + s * 2);
      const last = view.getUint16(ends + s * 2);
      const delta = view.getInt16(deltas + s * 2);
      const ro = view.getUint16(rangeOffsets + s * 2);
      for (let c = first; c <= last && c !== 0xffff; c++) {
        let glyph: number;
        if (ro === 0) glyph = (c + delta) & 0xffff;
        else {
          const addr = rangeOffsets + s * 2 + ro + (c - first) * 2;
          if (addr + 2 > cmap.byteLength) continue;
          glyph = view.getUint16(addr);
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph !== 0) add(c, c);
      }
    }
  }
  out.sort((a, b) => a[0] - b[0]);
  return out;
}

export async function fontCoverage(file: ArrayBuffer | Uint8Array): Promise<CodeRanges> {
  return cmapCoverage(await cmapTable(file));
}

export function covers(ranges: CodeRanges, codePoint: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = ranges[mid]!;
    if (codePoint < first) hi = mid - 1;
    else if (codePoint > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The text as the font can draw it: leading white space dropped (troika checks the first
 * character against the font even when it is a space), other white space kept, and every other
 * character the font lacks replaced by `replacement` (U+FFFD or "?", whichever the font has).
 */
export function fitText(text: string, ranges: CodeRanges, replacement?: string): string {
  const mark = replacement ?? (covers(ranges, 0xfffd) ? '\ufffd' : '?');
  let out = '';
  for (const ch of text.replace(/^\s+/, '')) {
    const cp = ch.codePointAt(0)!;
    out += /\s/.test(ch) || covers(ranges, cp) ? ch : mark;
  }
  return out;
}

/** True when every non-space character is drawable (nothing would be replaced). */
export function fitsFont(text: string, ranges: CodeRanges): boolean {
  for (const ch of text) if (!/\s/.test(ch) && !covers(ranges, ch.codePointAt(0)!)) return false;
  return true;
}
