/**
 * Reading and removing the metadata inside JPEG files (pure: bytes in, bytes out; runs anywhere).
 *
 * A JPEG is a list of segments (marker 0xFFxx + length + payload) and, after each start-of-scan,
 * entropy-coded picture data. Cameras and phones put personal data in APP1 (EXIF: GPS position,
 * camera serial, date; XMP: the same and more), APP13 (IPTC), COM comments and bytes after the end
 * (e.g. "motion photo" videos). What the picture itself needs stays: JFIF (APP0), the colour
 * profile (APP2 ICC_PROFILE), Adobe's colour transform (APP14) and every coding segment.
 */

export interface JpegSegment {
  marker: number;
  /** Offset of the 0xFF of the marker. */
  start: number;
  /** Offset just after the segment (after its payload, and for SOS after its picture data). */
  end: number;
  /** Payload (after the 2 length bytes). Empty for markers without one. */
  payload: Uint8Array;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const ascii = (b: Uint8Array, at: number, s: string) => {
  if (b.length < at + s.length) return false;
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false;
  return true;
};

export const isJpeg = (b: Uint8Array) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** End of the entropy-coded data that starts at `i`: the offset of the next real marker. */
function scanEnd(b: Uint8Array, i: number): number {
  while (i < b.length - 1) {
    if (b[i] !== 0xff) {
      // Jump to the next 0xFF (indexOf is native: a 20 MB photo takes milliseconds, not a blocking loop).
      i = b.indexOf(0xff, i);
      if (i < 0) return b.length;
      continue;
    }
    const m = b[i + 1]!;
    if (m === 0x00 || (m >= 0xd0 && m <= 0xd7) || m === 0xff) { i += m === 0xff ? 1 : 2; continue; }
    return i;
  }
  return b.length;
}

/**
 * The segments of a JPEG up to and including EOI, or null when the bytes are not a well-formed
 * JPEG. `tail` is the offset just after EOI (bytes after it are not part of the picture).
 */
export function jpegSegments(b: Uint8Array): { segments: JpegSegment[]; tail: number } | null {
  if (!isJpeg(b)) return null;
  const segments: JpegSegment[] = [{ marker: 0xd8, start: 0, end: 2, payload: new Uint8Array() }];
  let i = 2;
  while (i < b.length) {
    if (b[i] !== 0xff) return null;
    while (b[i + 1] === 0xff) i++; // fill bytes
    const marker = b[i + 1];
    if (marker === undefined) return null;
    if (marker === 0xd9) {
      segments.push({ marker, start: i, end: i + 2, payload: new Uint8Array() });
      return { segments, tail: i + 2 };
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      segments.push({ marker, start: i, end: i + 2, payload: new Uint8Array() });
      i += 2;
      continue;
    }
    if (i + 4 > b.length) return null;
    const len = u16be(b, i + 2);
    if (len < 2 || i + 2 + len > b.length) return null;
    const payload = b.subarray(i + 4, i + 2 + len);
    let end = i + 2 + len;
    if (marker === 0xda) end = scanEnd(b, end);
    segments.push({ marker, start: i, end, payload });
    i = end;
  }
  return null; // no EOI: cut short
}

const EXIF = 'Exif\0\0';
const XMP = 'http://ns.adobe.com/xap/1.0/\0';
const XMP_EXT = 'http://ns.adobe.com/xmp/extension/\0';

export interface ExifInfo {
  /** 1 (as stored) to 8; 1 when missing. */
  orientation: number;
  /** The EXIF has a GPS section (where the photo was taken). */
  hasGps: boolean;
}

/** Orientation and GPS presence from a JPEG's EXIF, or null when it has none (or it is unreadable). */
export function readExif(b: Uint8Array): ExifInfo | null {
  const parsed = jpegSegments(b);
  const seg = parsed?.segments.find((s) => s.marker === 0xe1 && ascii(s.payload, 0, EXIF));
  if (!seg) return null;
  return parseTiff(seg.payload.subarray(EXIF.length));
}

/** Reads IFD0 of a TIFF/EXIF block: Orientation (0x0112) and the GPS IFD pointer (0x8825). */
export function parseTiff(t: Uint8Array): ExifInfo | null {
  if (t.length < 8) return null;
  const le = ascii(t, 0, 'II');
  if (!le && !ascii(t, 0, 'MM')) return null;
  const u16 = (i: number) => (le ? t[i]! | (t[i + 1]! << 8) : (t[i]! << 8) | t[i + 1]!);
  const u32 = (i: number) => (le ? (t[i]! | (t[i + 1]! << 8) | (t[i + 2]! << 16)) + t[i + 3]! * 2 ** 24 : t[i]! * 2 ** 24 + ((t[i + 1]! << 16) | (t[i + 2]! << 8) | t[i + 3]!));
  if (u16(2) !== 42) return null;
  const ifd = u32(4);
  if (ifd + 2 > t.length) return null;
  const count = u16(ifd);
  const info: ExifInfo = { orientation: 1, hasGps: false };
  for (let k = 0; k < count; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > t.length) break;
    const tag = u16(e);
    if (tag === 0x0112) {
      const v = u16(e + 8);
      if (v >= 1 && v <= 8) info.orientation = v;
    } else if (tag === 0x8825) {
      info.hasGps = u32(e + 8) > 0;
    }
  }
  return info;
}

/** The main XMP packet of a JPEG as text, or null. */
export function readXmp(b: Uint8Array): string | null {
  const parsed = jpegSegments(b);
  const seg = parsed?.segments.find((s) => s.marker === 0xe1 && ascii(s.payload, 0, XMP));
  return seg ? new TextDecoder().decode(seg.payload.subarray(XMP.length)) : null;
}

/** Segments the picture needs; everything else (EXIF, XMP, IPTC, comments, maker notes) goes. */
function keep(s: JpegSegment): boolean {
  const m = s.marker;
  if (m === 0xe0) return ascii(s.payload, 0, 'JFIF\0') || ascii(s.payload, 0, 'JFXX\0');
  if (m === 0xe2) return ascii(s.payload, 0, 'ICC_PROFILE\0');
  if (m === 0xee) return ascii(s.payload, 0, 'Adobe');
  if (m >= 0xe1 && m <= 0xef) return false; // APPn: EXIF, XMP, MPF, IPTC, vendors
  if (m === 0xfe) return false; // comment
  return true;
}

/**
 * The same JPEG without personal metadata (see the top of this file), or null when the bytes are
 * not a well-formed JPEG. The picture data is copied byte for byte (no quality lost).
 */
export function stripJpegMetadata(b: Uint8Array): Uint8Array | null {
  const parsed = jpegSegments(b);
  if (!parsed) return null;
  const kept = parsed.segments.filter(keep);
  const size = kept.reduce((n, s) => n + (s.end - s.start), 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const s of kept) {
    out.set(b.subarray(s.start, s.end), at);
    at += s.end - s.start;
  }
  return out;
}

/** True when the JPEG still carries EXIF, XMP or extended XMP (used by tests and checks). */
export function hasPersonalMetadata(b: Uint8Array): boolean {
  const parsed = jpegSegments(b);
  if (!parsed) return false;
  return (
    parsed.tail < b.length ||
    parsed.segments.some((s) => s.marker === 0xfe || (s.marker >= 0xe1 && s.marker <= 0xef && s.marker !== 0xe2 && s.marker !== 0xee) ||
      (s.marker === 0xe1 && (ascii(s.payload, 0, EXIF) || ascii(s.payload, 0, XMP) || ascii(s.payload, 0, XMP_EXT))))
  );
}
