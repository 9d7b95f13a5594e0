/**
 * The pixel size of a picture, read from its header (JPEG, PNG, WebP, GIF) without decoding it.
 * Pure: runs in Node and the browser. Works on the first bytes of a file, so a package reader can
 * refuse a giant picture before it has read the rest of it.
 */
export interface ImageSize {
  width: number;
  height: number;
}

/** ok: the size; more: look again once `need` bytes are there; invalid: not a picture we can read. */
export type ImageProbe = ({ status: 'ok' } & ImageSize) | { status: 'more'; need: number } | { status: 'invalid' };

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const is = (b: Uint8Array, at: number, s: string) => {
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false;
  return true;
};

const ok = (width: number, height: number): ImageProbe =>
  width > 0 && height > 0 ? { status: 'ok', width, height } : { status: 'invalid' };
const more = (need: number): ImageProbe => ({ status: 'more', need });

function probeJpeg(b: Uint8Array): ImageProbe {
  let i = 2; // after SOI
  for (;;) {
    if (b.length < i + 2) return more(i + 2);
    if (b[i] !== 0xff) return { status: 'invalid' };
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    // Markers without a length: TEM, RSTn, SOI.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return { status: 'invalid' }; // image data before any frame header
    if (b.length < i + 4) return more(i + 4);
    const len = u16be(b, i + 2);
    if (len < 2) return { status: 'invalid' };
    // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (b.length < i + 9) return more(i + 9);
      return ok(u16be(b, i + 7), u16be(b, i + 5));
    }
    i += 2 + len;
  }
}

function probePng(b: Uint8Array): ImageProbe {
  if (b.length < 24) return more(24);
  if (!is(b, 12, 'IHDR')) return { status: 'invalid' };
  return ok(u32be(b, 16), u32be(b, 20));
}

function probeGif(b: Uint8Array): ImageProbe {
  if (b.length < 10) return more(10);
  return ok(u16le(b, 6), u16le(b, 8));
}

function probeWebp(b: Uint8Array): ImageProbe {
  if (b.length < 30) return more(30);
  if (is(b, 12, 'VP8X')) return ok(u24le(b, 24) + 1, u24le(b, 27) + 1);
  if (is(b, 12, 'VP8 ')) {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return { status: 'invalid' };
    return ok(u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
  }
  if (is(b, 12, 'VP8L')) {
    if (b[20] !== 0x2f) return { status: 'invalid' };
    const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0;
    return ok((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  return { status: 'invalid' };
}

/** Reads the pixel size from the first bytes of a picture, or says how many bytes it needs. */
export function probeImage(b: Uint8Array): ImageProbe {
  if (b.length < 12) return more(12);
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return probeJpeg(b);
  if (b[0] === 0x89 && is(b, 1, 'PNG\r\n\x1a\n')) return probePng(b);
  if (is(b, 0, 'GIF87a') || is(b, 0, 'GIF89a')) return probeGif(b);
  if (is(b, 0, 'RIFF') && is(b, 8, 'WEBP')) return probeWebp(b);
  return { status: 'invalid' };
}

/** The pixel size of a JPEG, PNG, WebP or GIF (whole file or its beginning), or null. */
export function imageDimensions(bytes: Uint8Array): ImageSize | null {
  const p = probeImage(bytes);
  return p.status === 'ok' ? { width: p.width, height: p.height } : null;
}
