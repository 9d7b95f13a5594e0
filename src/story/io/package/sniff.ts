/**
 * What kind of media file some bytes are, from their first bytes ("magic numbers"), never from a
 * file name or a declared type. Pure: runs in Node and the browser. 16 bytes are enough.
 */
export type MediaKind = 'image' | 'audio' | 'video';

export interface SniffedMedia {
  mime: string;
  kind: MediaKind;
  /** A name people know, e.g. "JPEG", "MP3". */
  label: string;
}

const ascii = (b: Uint8Array, at: number, s: string): boolean => {
  if (b.length < at + s.length) return false;
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false;
  return true;
};

/** How many leading bytes sniffMedia looks at. */
export const SNIFF_BYTES = 16;

export function sniffMedia(b: Uint8Array): SniffedMedia | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { mime: 'image/jpeg', kind: 'image', label: 'JPEG' };
  if (b.length >= 8 && b[0] === 0x89 && ascii(b, 1, 'PNG\r\n\x1a\n')) return { mime: 'image/png', kind: 'image', label: 'PNG' };
  if (ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')) return { mime: 'image/gif', kind: 'image', label: 'GIF' };
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return { mime: 'image/webp', kind: 'image', label: 'WebP' };
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WAVE')) return { mime: 'audio/wav', kind: 'audio', label: 'WAV' };
  if (ascii(b, 4, 'ftyp')) {
    const brand = String.fromCharCode(...b.subarray(8, 12));
    if (brand === 'avif' || brand === 'avis') return { mime: 'image/avif', kind: 'image', label: 'AVIF' };
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return { mime: 'image/heic', kind: 'image', label: 'HEIC' };
    return { mime: 'audio/mp4', kind: 'audio', label: brand.startsWith('M4A') ? 'M4A' : 'MP4' };
  }
  if (ascii(b, 0, 'ID3')) return { mime: 'audio/mpeg', kind: 'audio', label: 'MP3' };
  if (ascii(b, 0, 'OggS')) return { mime: 'audio/ogg', kind: 'audio', label: 'Ogg' };
  if (ascii(b, 0, 'fLaC')) return { mime: 'audio/flac', kind: 'audio', label: 'FLAC' };
  if (b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return { mime: 'audio/webm', kind: 'audio', label: 'WebM' };
  if (b.length >= 3 && b[0] === 0xff && (b[1]! & 0xe0) === 0xe0) {
    const layer = (b[1]! >> 1) & 3;
    const version = (b[1]! >> 3) & 3;
    if (layer === 0 && (b[1]! & 0xf6) === 0xf0) return { mime: 'audio/aac', kind: 'audio', label: 'AAC' };
    const bitrate = b[2]! >> 4;
    const rate = (b[2]! >> 2) & 3;
    if (layer !== 0 && version !== 1 && bitrate !== 15 && rate !== 3) return { mime: 'audio/mpeg', kind: 'audio', label: 'MP3' };
  }
  return null;
}

/**
 * MP4 and WebM hold sound, video or both, and their first bytes do not tell which: sniffMedia calls
 * them sound. This is the same container seen as a video (null for bytes that cannot hold one).
 */
export function asVideo(m: SniffedMedia | null | undefined): SniffedMedia | null {
  if (m?.mime === 'audio/mp4') return { mime: 'video/mp4', kind: 'video', label: 'MP4' };
  if (m?.mime === 'audio/webm') return { mime: 'video/webm', kind: 'video', label: 'WebM' };
  return null;
}

/** The MIME type of media bytes, or null when they are not a format Storyscape knows. */
export function sniffMime(bytes: Uint8Array): string | null {
  return sniffMedia(bytes)?.mime ?? null;
}

const ALIASES: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-png': 'image/png',
  'audio/mp3': 'audio/mpeg',
  'audio/mpeg3': 'audio/mpeg',
  'audio/x-mp3': 'audio/mpeg',
  'audio/x-mpeg': 'audio/mpeg',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/x-pn-wav': 'audio/wav',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
  'video/mp4': 'audio/mp4',
  'audio/x-aac': 'audio/aac',
  'application/ogg': 'audio/ogg',
  'audio/opus': 'audio/ogg',
  'video/ogg': 'audio/ogg',
  'audio/vorbis': 'audio/ogg',
  'video/webm': 'audio/webm',
  'audio/x-flac': 'audio/flac',
  'image/heif': 'image/heic',
};

/** Lower-cases a MIME type, drops parameters and maps well-known aliases to one name. */
export function normalizeMime(mime: string): string {
  const base = mime.split(';')[0]!.trim().toLowerCase();
  return ALIASES[base] ?? base;
}

/** Two MIME types that name the same format (e.g. "audio/x-wav" and "audio/wav"; m4a and AAC). */
export function sameFormat(a: string, b: string): boolean {
  const x = normalizeMime(a);
  const y = normalizeMime(b);
  if (x === y) return true;
  const aac = new Set(['audio/mp4', 'audio/aac']);
  return aac.has(x) && aac.has(y);
}

/** Images every browser Storyscape supports can show. */
export const SHOWABLE_IMAGES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);
/** Videos Storyscape accepts (their codec checked apart: ./tracks). */
export const PLAYABLE_VIDEO: ReadonlySet<string> = new Set(['video/mp4', 'video/webm']);
/** Sounds Storyscape accepts. */
export const PLAYABLE_AUDIO: ReadonlySet<string> = new Set(['audio/mpeg', 'audio/ogg', 'audio/wav', 'audio/mp4', 'audio/aac', 'audio/webm', 'audio/flac']);

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'image/heic': 'heic',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'audio/mp4': 'm4a',
  'audio/aac': 'aac',
  'audio/webm': 'webm',
  'audio/flac': 'flac',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
};

/** The usual file extension for a MIME type ("bin" when unknown). */
export function extensionFor(mime: string): string {
  return EXTENSIONS[mime.split(';')[0]!.trim().toLowerCase()] ?? EXTENSIONS[normalizeMime(mime)] ?? 'bin';
}

/** Where an asset's bytes sit in a package or a published site: `assets/<sha256>.<ext>`. */
export const assetPath = (asset: { id: string; mime: string }): string => `assets/${asset.id}.${extensionFor(asset.mime)}`;
