import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { hasPersonalMetadata, readExif, readXmp } from '../../../src/story/media/jpeg-meta.ts';
import { parseGPano } from '../../../src/story/media/gpano.ts';
import { HubError } from '../../../src/hub/errors.ts';
import { checkPhoto, checkSound } from '../../../src/hub/media/phone-photo.ts';
import { MediaSniffer } from '../../../src/hub/media/sniffer.ts';
import { parseRange } from '../../../src/hub/routes/media.ts';
import { probeImage } from '../../../src/story/io/package/image-size.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/media', name)));
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as HubError;
  }
  throw new Error('not refused');
};

/** A PNG header claiming a size, and nothing else (enough for the pixel check). */
function pngHeader(width: number, height: number): Uint8Array {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(b);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}

describe('the package checks on streamed media', () => {
  it('knows a file by its bytes, whatever its name says', () => {
    const s = new MediaSniffer();
    const jpeg = fixture('generated-pano.jpg');
    for (let i = 0; i < jpeg.length; i += 7) s.feed(jpeg.subarray(i, i + 7)); // tiny chunks
    expect(s.finish(jpeg.length)).toEqual({ mime: 'image/jpeg', kind: 'image', label: 'JPEG', width: 1024, height: 512 });
    const w = new MediaSniffer();
    w.feed(fixture('tone.wav'));
    expect(w.finish(100)).toMatchObject({ mime: 'audio/wav', kind: 'audio' });
  });

  it('refuses text dressed up as a photo, HEIC, and empty files, with words', () => {
    const text = refusal(() => {
      const s = new MediaSniffer(undefined, 'notes.jpg');
      s.feed(fixture('notes.jpg'));
      s.finish(10);
    });
    expect(text).toMatchObject({ status: 415, code: 'not-media' });
    expect(text.message).toContain('"notes.jpg" is not a photo, a sound or a video');
    const heic = refusal(() => new MediaSniffer().feed(new Uint8Array([0, 0, 0, 24, ...Buffer.from('ftypheic'), 0, 0, 0, 0])));
    expect(heic).toMatchObject({ status: 415, code: 'heic' });
    expect(refusal(() => new MediaSniffer().finish(0))).toMatchObject({ code: 'empty' });
  });

  it('refuses a 20,000-pixel picture from its header, before the rest arrives', () => {
    const s = new MediaSniffer();
    const e = refusal(() => s.feed(pngHeader(20000, 10000)));
    expect(e).toMatchObject({ status: 413, code: 'too-many-pixels' });
    expect(e.message).toContain('20,000 × 10,000 pixels');
    // The largest allowed side passes.
    const ok = new MediaSniffer();
    ok.feed(pngHeader(16384, 8192));
    expect(ok.finish(33)).toMatchObject({ width: 16384, height: 8192 });
  });

  it('refuses a picture whose header cannot be read', () => {
    const cut = fixture('generated-pano.jpg').subarray(0, 20);
    const s = new MediaSniffer();
    s.feed(cut);
    expect(refusal(() => s.finish(cut.length))).toMatchObject({ status: 422, code: 'damaged' });
  });
});

describe('photos from phones', () => {
  it('removes GPS and camera details without re-encoding the picture', async () => {
    const src = fixture('gps-photo.jpg');
    expect(readExif(src)?.hasGps).toBe(true);
    const out = await checkPhoto(src, 'IMG_0001.jpg');
    expect(readExif(out.bytes)).toBeNull();
    expect(hasPersonalMetadata(out.bytes)).toBe(false);
    expect(out.notes).toContain('Removed where the photo was taken (GPS).');
    expect(out.facts).toMatchObject({ mime: 'image/jpeg', width: 1024, height: 512 });
    // Byte for byte the same picture data: only segments were dropped.
    expect(out.bytes.length).toBeLessThan(src.length);
    expect(Buffer.from(src).includes(Buffer.from(out.bytes.subarray(out.bytes.length - 4096)))).toBe(true);
  });

  it("keeps a photosphere's GPano placement (alone), so the editor can still pad it", async () => {
    const src = fixture('photosphere-cropped.jpg');
    const out = await checkPhoto(src);
    expect(out.gpano).toEqual(parseGPano(readXmp(src)!));
    const xmp = readXmp(out.bytes)!;
    expect(parseGPano(xmp)).toEqual(out.gpano);
    expect(readExif(out.bytes)).toBeNull();
    expect(xmp).not.toMatch(/GPS|exif:/i);
    expect(probeImage(out.bytes)).toMatchObject({ width: 1200, height: 400 });
  });

  it('turns a photo stored sideways upright (re-encoded once), without its metadata', async () => {
    const out = await checkPhoto(fixture('rotated-6.jpg'));
    expect(probeImage(out.bytes)).toMatchObject({ status: 'ok', width: 1024, height: 512 });
    expect(out.facts).toMatchObject({ width: 1024, height: 512 });
    expect(readExif(out.bytes)).toBeNull();
    expect(out.notes).toContain('Turned the photo upright.');
  });

  it('refuses a JPEG cut short (the decoder finds it), and PNG/WebP pass with their metadata removed', async () => {
    const whole = fixture('examplepano.jpg');
    await expect(checkPhoto(whole.subarray(0, Math.floor(whole.length * 0.6)), 'cut.jpg')).rejects.toMatchObject({ status: 422, code: 'damaged' });
    const png = new Uint8Array(await sharp({ create: { width: 64, height: 32, channels: 3, background: '#336' } }).png().withMetadata({ exif: { IFD0: { Copyright: 'me' } } }).toBuffer());
    const p = await checkPhoto(png);
    expect(p.facts).toMatchObject({ mime: 'image/png', width: 64, height: 32 });
    expect(Buffer.from(p.bytes).includes(Buffer.from('eXIf'))).toBe(false);
    const webp = new Uint8Array(await sharp({ create: { width: 64, height: 32, channels: 3, background: '#633' } }).webp().toBuffer());
    expect((await checkPhoto(webp)).facts.mime).toBe('image/webp');
  });

  it('refuses GIFs and sounds sent as photos; sounds pass as they are', async () => {
    const gif = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).gif().toBuffer());
    await expect(checkPhoto(gif, 'a.gif')).rejects.toMatchObject({ status: 415, code: 'image-format' });
    await expect(checkPhoto(fixture('tone.wav'))).rejects.toMatchObject({ status: 415 });
    expect(checkSound(fixture('tone.wav').subarray(0, 64), 88244, 'tone.wav')).toMatchObject({ mime: 'audio/wav', kind: 'audio' });
  });
});

describe('HTTP byte ranges', () => {
  it('reads one simple range; anything else is the whole file or 416', () => {
    expect(parseRange(undefined, 100)).toBeNull();
    expect(parseRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=50-500', 100)).toEqual({ start: 50, end: 99 });
    expect(parseRange('bytes=100-', 100)).toBe('bad');
    expect(parseRange('bytes=9-3', 100)).toBe('bad');
    expect(parseRange('bytes=0-1,5-6', 100)).toBeNull();
    expect(parseRange('items=0-1', 100)).toBeNull();
  });
});
