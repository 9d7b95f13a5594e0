import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPersonalMetadata, jpegSegments, readExif, readXmp, stripJpegMetadata } from '../../../../src/story/media/jpeg-meta.ts';
import { stripPngMetadata, stripWebpMetadata } from '../../../../src/story/media/container-meta.ts';
import { probeImage } from '../../../../src/story/io/package/image-size.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../fixtures/media', name)));
const seg = (marker: number, text: string, extra: number[] = []) => {
  const payload = [...new TextEncoder().encode(text), ...extra];
  return [0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
};
/** A real JPEG with an ICC profile, a comment and a "motion photo" video glued after its end. */
function withExtras(b: Uint8Array): Uint8Array {
  const icc = seg(0xe2, 'ICC_PROFILE\0', [1, 1, 9, 9, 9, 9]);
  const com = seg(0xfe, 'taken at 12 Secret Street');
  return new Uint8Array([...b.subarray(0, 2), ...icc, ...com, ...b.subarray(2), ...new TextEncoder().encode('ftypmp42 VIDEO')]);
}

describe('JPEG metadata', () => {
  it('finds the GPS section and the orientation in EXIF', () => {
    expect(readExif(fixture('gps-photo.jpg'))).toEqual({ orientation: 1, hasGps: true });
    expect(readExif(fixture('generated-pano.jpg'))).toBeNull();
  });

  it('strips EXIF (GPS), XMP, comments and trailing data, keeps the ICC profile and the picture', () => {
    const src = withExtras(fixture('photosphere-cropped.jpg'));
    expect(hasPersonalMetadata(src)).toBe(true);
    const out = stripJpegMetadata(src)!;
    expect(out).not.toBeNull();
    expect(readExif(out)).toBeNull();
    expect(readXmp(out)).toBeNull();
    expect(hasPersonalMetadata(out)).toBe(false);
    const text = new TextDecoder('latin1').decode(out);
    expect(text).toContain('ICC_PROFILE');
    expect(text).not.toContain('Secret Street');
    expect(text).not.toContain('GPano');
    expect(text).not.toContain('VIDEO');
    expect(probeImage(out)).toEqual({ status: 'ok', width: 1200, height: 400 });
    // The coded picture is copied byte for byte: everything from the first DQT on is the same.
    const firstCoding = (b: Uint8Array) => jpegSegments(b)!.segments.find((s) => s.marker === 0xdb)!.start;
    const tailOf = (b: Uint8Array) => b.subarray(firstCoding(b), jpegSegments(b)!.tail);
    expect(Buffer.from(tailOf(out)).equals(Buffer.from(tailOf(src)))).toBe(true);
  });

  it('leaves a clean JPEG as it is, and refuses bytes that are not a whole JPEG', () => {
    const clean = fixture('generated-pano.jpg');
    expect(Buffer.from(stripJpegMetadata(clean)!).equals(Buffer.from(clean))).toBe(true);
    expect(stripJpegMetadata(clean.subarray(0, clean.length - 200))).toBeNull();
    expect(stripJpegMetadata(fixture('notes.jpg'))).toBeNull();
  });

  it('reads the GPano XMP packet before stripping', () => {
    expect(readXmp(fixture('photosphere-cropped.jpg'))).toContain('GPano:FullPanoWidthPixels="2400"');
  });
});

describe('PNG and WebP metadata', () => {
  const chunk = (type: string, data: number[]) => {
    const len = data.length;
    return [len >>> 24, (len >> 16) & 255, (len >> 8) & 255, len & 255, ...new TextEncoder().encode(type), ...data, 0, 0, 0, 0];
  };
  it('drops eXIf and text chunks from a PNG, keeps colour and picture chunks', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
      ...chunk('IHDR', [0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0]),
      ...chunk('iCCP', [1, 2, 3]),
      ...chunk('eXIf', [9, 9, 9]),
      ...chunk('iTXt', [...new TextEncoder().encode('XML:com.adobe.xmp')]),
      ...chunk('IDAT', [1, 2, 3, 4]),
      ...chunk('IEND', []),
    ]);
    const out = new TextDecoder('latin1').decode(stripPngMetadata(png)!);
    expect(out).toContain('IHDR');
    expect(out).toContain('iCCP');
    expect(out).toContain('IDAT');
    expect(out).not.toContain('eXIf');
    expect(out).not.toContain('iTXt');
    expect(stripPngMetadata(png.subarray(0, 40))).toBeNull();
  });

  it('drops EXIF and XMP chunks from a WebP and clears their flags', () => {
    const c = (type: string, data: number[]) => [...new TextEncoder().encode(type), data.length, 0, 0, 0, ...data, ...(data.length % 2 ? [0] : [])];
    const body = [...c('VP8X', [0x0c | 0x20, 0, 0, 0, 1, 0, 0, 1, 0, 0]), ...c('VP8 ', [1, 2, 3, 4]), ...c('EXIF', [7, 7, 7]), ...c('XMP ', [8, 8])];
    const size = body.length + 4;
    const webp = new Uint8Array([...new TextEncoder().encode('RIFF'), size & 255, size >> 8, 0, 0, ...new TextEncoder().encode('WEBP'), ...body]);
    const out = stripWebpMetadata(webp)!;
    const text = new TextDecoder('latin1').decode(out);
    expect(text).not.toContain('EXIF');
    expect(text).not.toContain('XMP ');
    expect(out[20]! & 0x0c).toBe(0);
    expect(out[20]! & 0x20).toBe(0x20);
    expect(out[4]! | (out[5]! << 8)).toBe(out.length - 8);
  });
});
