import fc from 'fast-check';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../src/story/fake.ts';
import { Story } from '../../src/story/schema/index.ts';
import {
  imageDimensions,
  readPackage,
  sniffMime,
  streamToBytes,
  writePackage,
} from '../../src/story/io/package/index.ts';
import { audioHeader, fakeImage, fillerBytes, imageHeader } from '../../src/story/io/package/fake-media.ts';
import { probeImage } from '../../src/story/io/package/image-size.ts';
import { unsafeName } from '../../src/story/io/package/names.ts';
import { Crc32 } from '../../src/story/io/package/crc32.ts';
import { createSha256, sha256Hex, sha256OfBlob, sha256OfStream } from '../../src/story/hash.ts';

const created = new Date('2026-03-01T12:00:00Z');
const img = fakeImage();
const story = Story.parse(fakeStory({ panoramas: [img.asset] }));
const goodPackage = () => streamToBytes(writePackage(story, async () => img.bytes, { created }));
/** The good package's files, changed by `edit`, zipped again (fflate: sizes in local headers). */
const remade = async (edit: (files: Zippable) => void) => {
  const files: Zippable = unzipSync(await goodPackage());
  edit(files);
  return zipSync(files);
};

describe('entry names', () => {
  it.each([
    ['../evil', /climbs out/],
    ['assets/../../evil', /climbs out/],
    ['/etc/passwd', /top of the disk/],
    ['assets\\evil.jpg', /backslashes/],
    ['C:/Windows/evil', /disk drive \("C:"\)/],
    ['c:evil', /disk drive/],
    ['assets/a\u0000.jpg', /control characters/],
    ['', /no name/],
  ])('%j is unsafe', async (name, why) => {
    expect(unsafeName(name)).toMatch(why);
    if (name === '') return;
    const result = await readPackage(await remade((f) => (f[name] = new Uint8Array([1]))));
    expect(result.problems[0]).toMatchObject({ code: 'entry-name-unsafe', entry: name });
  });

  it.each(['story.json', 'manifest.json', 'assets/ab.jpg', 'a..b/story.json', `assets/${'a'.repeat(64)}.jpg`])('%j is not unsafe', (name) => {
    expect(unsafeName(name)).toBeNull();
  });

  it('refuses names outside story.json, manifest.json and assets/<sha256>.<ext>', async () => {
    for (const name of ['notes.txt', 'assets/photo.jpg', `assets/${'a'.repeat(63)}.jpg`, 'assets/sub/x.jpg', 'images/']) {
      const result = await readPackage(await remade((f) => (f[name] = new Uint8Array([1]))));
      expect(result.problems[0], name).toMatchObject({ code: 'entry-name-unexpected', entry: name });
      expect(result.problems[0]!.message).toMatch(/export the story from Storyscape instead/);
    }
  });

  it('leaves out files computers add to zips by themselves, with a note', async () => {
    const result = await readPackage(
      await remade((f) => {
        f['__MACOSX/._story.json'] = new Uint8Array([1]);
        f['.DS_Store'] = new Uint8Array([1]);
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => p.code)).toContain('entry-ignored');
  });

  it('reports every dangerous name, not just the first', async () => {
    const result = await readPackage(
      await remade((f) => {
        f['../a'] = new Uint8Array([1]);
        f['/b'] = new Uint8Array([1]);
      }),
    );
    expect(result.problems.map((p) => p.entry).sort()).toEqual(['../a', '/b']);
  });
});

describe('limits, checked while unpacking', () => {
  it('story.json beyond the story size limit', async () => {
    const result = await readPackage(await goodPackage(), { limits: { maxStoryBytes: 1000 } });
    expect(result.problems[0]).toMatchObject({ code: 'story-too-big', entry: 'story.json' });
  });

  it('a picture beyond a configured pixel limit', async () => {
    const result = await readPackage(await goodPackage(), { limits: { maxImageSide: 4000 } });
    expect(result.problems[0]!.code).toBe('image-too-big');
    expect(result.problems[0]!.message).toMatch(/\(4096 × 2048 pixels\); the largest we can show is 4000 × /);
  });

  it('more pixels than allowed, even within the width limit', async () => {
    const big = fakeImage({ width: 16000, height: 16000 });
    const s = Story.parse(fakeStory({ panoramas: [big.asset] }));
    const result = await readPackage(await streamToBytes(writePackage(s, async () => big.bytes)));
    expect(result.problems[0]!.message).toMatch(/too big \(16000 × 16000 pixels\); the largest we can show is 16384 × 8192 pixels/);
  });

  it('a story.json that lies about its size is stopped after a few MB, while inflating', async () => {
    const bomb = new TextEncoder().encode(' '.repeat(40 * 1024 * 1024));
    const bytes = zipSync({ 'story.json': [bomb, { level: 9 }] });
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const cd = bytes.length - 22 - view.getUint32(bytes.length - 22 + 12, true);
    view.setUint32(cd + 24, 1000, true); // declared size: 1000 bytes
    const result = await readPackage(bytes);
    expect(result.problems[0]).toMatchObject({ code: 'entry-damaged', entry: 'story.json' });
    expect(result.problems[0]!.message).toMatch(/longer than the zip says/);
    expect(result.stats.bytesInflated).toBeLessThan(8 * 1024 * 1024);
    // Told the truth, it is refused before inflating: more than a story may be.
    view.setUint32(cd + 24, bomb.length, true);
    const honest = await readPackage(bytes);
    expect(honest.problems[0]).toMatchObject({ code: 'story-too-big', entry: 'story.json' });
    expect(honest.stats.bytesInflated).toBe(0);
  });

  it('a valid story that shrinks 180:1 (repeated captions) is not mistaken for a bomb', async () => {
    const s = Story.parse(fakeStory({ panoramas: [img.asset] }));
    s.scenes[0]!.soundscape.narration = {
      recordings: {},
      captions: { en: Array.from({ length: 2000 }, (_, i) => ({ start: i, end: i + 1, text: 'la '.repeat(600) })) },
      autoplay: true,
    };
    const result = await readPackage(await streamToBytes(writePackage(s, async () => img.bytes)));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('the total unpacked size (declared)', async () => {
    const result = await readPackage(await goodPackage(), { limits: { maxTotalBytes: 2000 } });
    expect(result.problems[0]!.code).toBe('package-too-big');
    expect(result.stats.bytesInflated).toBe(0);
  });

  it('a stream longer than any package may be is refused while it is read', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const result = await readPackage(endless, { limits: { maxTotalBytes: 1024 * 1024 } });
    expect(result.problems[0]!.code).toBe('package-too-big');
    expect(pulled).toBeLessThan(2000);
  });

  it('entries that claim one size and unpack to another are damaged', async () => {
    const bytes = await remade(() => {});
    // Make story.json's declared size (central directory) one byte smaller.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const cd = bytes.length - 22 - view.getUint32(bytes.length - 22 + 12, true);
    view.setUint32(cd + 24, view.getUint32(cd + 24, true) - 1, true);
    const result = await readPackage(bytes);
    expect(result.problems[0]).toMatchObject({ code: 'entry-damaged', entry: 'story.json' });
  });

  it('an empty file, a JSON file, an unsupported compression method', async () => {
    expect((await readPackage(new Uint8Array(0))).problems[0]!.message).toMatch(/This file is empty/);
    const json = await readPackage(new TextEncoder().encode('\uFEFF  {"schemaVersion": 1}'));
    expect(json.problems[0]!.message).toMatch(/This is a story file \(story\.json\), not a story package/);
    const bytes = await remade(() => {});
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const cd = bytes.length - 22 - view.getUint32(bytes.length - 22 + 12, true);
    view.setUint16(cd + 10, 14, true); // LZMA
    view.setUint16(8, 14, true);
    expect((await readPackage(bytes)).problems[0]!.code).toBe('entry-compression-unsupported');
  });

  it('a HEIC photo is refused with a way out', async () => {
    const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0, ...fillerBytes(200)]);
    const asset = { ...img.asset, id: sha256Hex(heic), bytes: heic.length };
    const s = Story.parse(fakeStory({ panoramas: [asset] }));
    const result = await readPackage(await streamToBytes(writePackage(s, async () => heic)));
    expect(result.problems[0]!.code).toBe('image-format-unsupported');
    expect(result.problems[0]!.message).toMatch(/HEIC photo, which not every browser can show\. Save it as JPEG/);
  });

  it('can be stopped', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await readPackage(await goodPackage(), { signal: controller.signal });
    expect(result.problems[0]!.code).toBe('aborted');
  });
});

describe('damaged packages never throw and never hand back wrong bytes (property)', { timeout: 120_000 }, () => {
  it('flipping any byte', async () => {
    const pkg = await goodPackage();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: pkg.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const copy = pkg.slice();
        copy[at]! ^= xor;
        const result = await readPackage(copy);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          expect(result.problems[0]!.severity).toBe('error');
          return;
        }
        for (const [id, blob] of result.assets) expect(sha256Hex(new Uint8Array(await blob.arrayBuffer()))).toBe(id);
        expect(result.story.assets.map((a) => a.id).sort()).toEqual([...result.assets.keys()].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('cutting it anywhere', async () => {
    const pkg = await goodPackage();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: pkg.length - 1 }), async (n) => {
        const result = await readPackage(pkg.subarray(0, n));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe('sniffMime', () => {
  it.each([
    [imageHeader('jpeg', 10, 10), 'image/jpeg'],
    [imageHeader('png', 10, 10), 'image/png'],
    [imageHeader('webp', 10, 10), 'image/webp'],
    [imageHeader('gif', 10, 10), 'image/gif'],
    [audioHeader('mp3'), 'audio/mpeg'],
    [new Uint8Array([0xff, 0xfb, 0x90, 0x64]), 'audio/mpeg'],
    [new Uint8Array([0xff, 0xf1, 0x50, 0x80]), 'audio/aac'],
    [audioHeader('ogg'), 'audio/ogg'],
    [audioHeader('wav'), 'audio/wav'],
    [audioHeader('m4a'), 'audio/mp4'],
    [audioHeader('webm'), 'audio/webm'],
    [new TextEncoder().encode('fLaC\0\0\0\x22'), 'audio/flac'],
    [new TextEncoder().encode('<html>'), null],
    [new Uint8Array([0xff, 0xd8]), null],
    [new Uint8Array(0), null],
  ])('%#: %s', (bytes, mime) => {
    expect(sniffMime(bytes as Uint8Array)).toBe(mime);
  });
});

describe('imageDimensions', () => {
  it.each(['jpeg', 'png', 'webp', 'gif'] as const)('%s header', (format) => {
    expect(imageDimensions(imageHeader(format, 4096, 2048))).toEqual({ width: 4096, height: 2048 });
  });

  it('WebP lossy (VP8) and lossless (VP8L)', () => {
    const riff = (chunk: string, body: number[]) =>
      new Uint8Array([...new TextEncoder().encode(`RIFF\0\0\0\0WEBP${chunk}`), 0, 0, 0, 0, ...body, ...new Array(16).fill(0)]);
    expect(imageDimensions(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x00, 0x10, 0x00, 0x08]))).toEqual({ width: 4096, height: 2048 });
    const w = 1999;
    const h = 999;
    const bits = (w - 1) | ((h - 1) << 14);
    expect(imageDimensions(riff('VP8L', [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff]))).toEqual({ width: w, height: h });
  });

  it('a JPEG frame header after big metadata segments, read in pieces', () => {
    const app1 = [0xff, 0xe1, 0xff, 0xff, ...new Array(0xfffd).fill(0x41)];
    const sof = imageHeader('jpeg', 20000, 10000).subarray(20);
    const bytes = new Uint8Array([0xff, 0xd8, ...app1, ...app1, ...sof]);
    expect(imageDimensions(bytes)).toEqual({ width: 20000, height: 10000 });
    const probe = probeImage(bytes.subarray(0, 1000));
    expect(probe).toEqual({ status: 'more', need: 2 + 0x10001 + 2 }); // the next segment's marker
  });

  it('says when it is not a picture it can read', () => {
    expect(imageDimensions(new TextEncoder().encode('not a picture at all'))).toBeNull();
    expect(probeImage(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 0, 0, 0, 0, 0, 0, 0])).status).toBe('invalid');
  });
});

describe('hashing', () => {
  it('matches Node\'s sha-256 however the bytes are cut (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.array(fc.nat(), { maxLength: 5 }), (bytes, cuts) => {
        const h = createSha256();
        let last = 0;
        for (const c of [...cuts.map((x) => x % (bytes.length + 1))].sort((a, b) => a - b)) {
          h.update(bytes.subarray(last, c));
          last = c;
        }
        h.update(bytes.subarray(last));
        expect(h.digestHex()).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
    );
  });

  it('hashes blobs and streams', async () => {
    const bytes = fillerBytes(300_000, 3);
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(await sha256OfBlob(new Blob([bytes as BlobPart]))).toBe(expected);
    expect(await sha256OfBlob(new Blob([bytes as BlobPart]), { factory: createSha256 })).toBe(expected);
    expect(await sha256OfStream(new Blob([bytes as BlobPart]).stream())).toBe(expected);
  });

  it('CRC-32 matches zlib', async () => {
    const { crc32 } = await import('node:zlib');
    const bytes = fillerBytes(10_000, 5);
    const c = new Crc32();
    c.update(bytes.subarray(0, 3333));
    c.update(bytes.subarray(3333));
    expect(c.value()).toBe(crc32(bytes));
  });
});
