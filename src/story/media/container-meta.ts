/**
 * Removing personal metadata from PNG and WebP files without re-encoding them (pure).
 * PNG: drops eXIf (EXIF, may hold GPS), tEXt/zTXt/iTXt (comments, XMP) and tIME chunks; keeps the
 * colour chunks (iCCP, sRGB, gAMA, cHRM) and the picture. WebP: drops the EXIF and XMP chunks and
 * clears their flags in VP8X; keeps ICCP and the picture.
 */

const ascii = (b: Uint8Array, at: number, s: string) => {
  if (b.length < at + s.length) return false;
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false;
  return true;
};
const type = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);

const PNG_DROP = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

/** The parts one after another, in one array. */
export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The PNG without metadata chunks, or null when it is not a well-formed PNG. */
export function stripPngMetadata(b: Uint8Array): Uint8Array | null {
  if (!(b[0] === 0x89 && ascii(b, 1, 'PNG\r\n\x1a\n'))) return null;
  const parts = [b.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= b.length) {
    const len = ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
    const end = i + 12 + len;
    if (end > b.length) return null;
    const name = type(b, i + 4);
    if (!PNG_DROP.has(name)) parts.push(b.subarray(i, end));
    i = end;
    if (name === 'IEND') return concat(parts);
  }
  return null;
}

/** The WebP without EXIF/XMP chunks, or null when it is not a well-formed WebP. */
export function stripWebpMetadata(b: Uint8Array): Uint8Array | null {
  if (!ascii(b, 0, 'RIFF') || !ascii(b, 8, 'WEBP')) return null;
  const parts: Uint8Array[] = [];
  let i = 12;
  while (i + 8 <= b.length) {
    const len = b[i + 4]! | (b[i + 5]! << 8) | (b[i + 6]! << 16) | (b[i + 7]! * 2 ** 24);
    const end = i + 8 + len + (len & 1);
    if (i + 8 + len > b.length) return null;
    const name = type(b, i);
    if (name === 'VP8X') {
      const chunk = b.slice(i, Math.min(end, b.length));
      chunk[8] = chunk[8]! & ~0x0c; // clear the EXIF (0x08) and XMP (0x04) flags
      parts.push(chunk);
    } else if (name !== 'EXIF' && name !== 'XMP ') parts.push(b.subarray(i, Math.min(end, b.length)));
    i = end;
  }
  const body = concat(parts);
  const out = new Uint8Array(12 + body.length);
  out.set(b.subarray(0, 12));
  out.set(body, 12);
  const size = out.length - 8;
  out[4] = size & 0xff;
  out[5] = (size >> 8) & 0xff;
  out[6] = (size >> 16) & 0xff;
  out[7] = (size >>> 24) & 0xff;
  return out;
}
