import type { AudioAsset, ImageAsset } from '../../schema/asset.ts';
import { assetIdOf } from '../../hash.ts';
import { concatBytes } from './bytes.ts';

/**
 * Test and bench data: media-like bytes with REAL headers (magic numbers, pixel sizes) followed by
 * filler, and assets whose id is their real sha-256. Not decodable pictures or sounds: only what a
 * package reader looks at is real.
 */
export type FakeImageFormat = 'jpeg' | 'png' | 'webp' | 'gif';
export type FakeAudioFormat = 'mp3' | 'ogg' | 'wav' | 'm4a' | 'webm';

const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const le24 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The header of a picture of this size (what imageDimensions reads). */
export function imageHeader(format: FakeImageFormat, width: number, height: number): Uint8Array {
  switch (format) {
    case 'jpeg':
      return new Uint8Array([
        0xff, 0xd8, // SOI
        0xff, 0xe0, ...be16(16), ...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, // APP0
        0xff, 0xc0, ...be16(17), 8, ...be16(height), ...be16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, // SOF0
      ]);
    case 'png':
      return new Uint8Array([0x89, ...ascii('PNG\r\n\x1a\n'), ...be32(13), ...ascii('IHDR'), ...be32(width), ...be32(height), 8, 2, 0, 0, 0, 0, 0, 0, 0]);
    case 'webp':
      return new Uint8Array([...ascii('RIFF'), ...le32(0), ...ascii('WEBPVP8X'), ...le32(10), 0, 0, 0, 0, ...le24(width - 1), ...le24(height - 1)]);
    case 'gif':
      return new Uint8Array([...ascii('GIF89a'), ...le16(width), ...le16(height), 0, 0, 0]);
  }
}

export function audioHeader(format: FakeAudioFormat): Uint8Array {
  switch (format) {
    case 'mp3':
      return new Uint8Array([...ascii('ID3'), 4, 0, 0, 0, 0, 0, 0]);
    case 'ogg':
      return new Uint8Array([...ascii('OggS'), 0, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
    case 'wav':
      return new Uint8Array([...ascii('RIFF'), ...le32(0), ...ascii('WAVEfmt '), ...le32(16), 1, 0, 1, 0, ...le32(44100), ...le32(88200), 2, 0, 16, 0]);
    case 'm4a':
      return new Uint8Array([...be32(24), ...ascii('ftypM4A '), 0, 0, 0, 0, ...ascii('M4A isom')]);
    case 'webm':
      return new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]);
  }
}

export const IMAGE_MIME: Record<FakeImageFormat, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' };
export const AUDIO_MIME: Record<FakeAudioFormat, string> = { mp3: 'audio/mpeg', ogg: 'audio/ogg', wav: 'audio/wav', m4a: 'audio/mp4', webm: 'audio/webm' };

/** Deterministic filler bytes (xorshift), `n` of them. */
export function fillerBytes(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x;
    out[i + 1] = x >>> 8;
    out[i + 2] = x >>> 16;
    out[i + 3] = x >>> 24;
  }
  for (; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

export function fakeImage(options: { format?: FakeImageFormat; width?: number; height?: number; payload?: Uint8Array; name?: string } = {}): {
  asset: ImageAsset;
  bytes: Uint8Array;
} {
  const format = options.format ?? 'jpeg';
  const width = options.width ?? 4096;
  const height = options.height ?? 2048;
  const bytes = concatBytes([imageHeader(format, width, height), options.payload ?? fillerBytes(1000)]);
  const id = assetIdOf(bytes);
  return {
    bytes,
    asset: {
      id,
      kind: 'image',
      mime: IMAGE_MIME[format],
      bytes: bytes.length,
      name: options.name ?? `picture-${id.slice(0, 6)}.${format === 'jpeg' ? 'jpg' : format}`,
      width,
      height,
      alt: {},
      credit: {},
      consent: { peopleRecognisable: 'unknown', consentRecorded: false },
    },
  };
}

export function fakeAudio(options: { format?: FakeAudioFormat; payload?: Uint8Array; name?: string; duration?: number } = {}): {
  asset: AudioAsset;
  bytes: Uint8Array;
} {
  const format = options.format ?? 'mp3';
  const bytes = concatBytes([audioHeader(format), options.payload ?? fillerBytes(1000)]);
  const id = assetIdOf(bytes);
  return {
    bytes,
    asset: {
      id,
      kind: 'audio',
      mime: AUDIO_MIME[format],
      bytes: bytes.length,
      name: options.name ?? `sound-${id.slice(0, 6)}.${format}`,
      duration: options.duration ?? 10,
      transcript: {},
      credit: {},
      consent: { peopleRecognisable: 'unknown', consentRecorded: false },
    },
  };
}
