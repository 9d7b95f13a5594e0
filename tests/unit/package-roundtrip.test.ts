import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../src/story/fake.ts';
import { SCHEMA_VERSION, Story, type Asset } from '../../src/story/schema/index.ts';
import {
  PackageError,
  readBackup,
  readPackage,
  streamToBytes,
  writeBackup,
  writePackage,
  type AssetBytes,
} from '../../src/story/io/package/index.ts';
import { fakeAudio, fakeImage, fillerBytes, type FakeAudioFormat, type FakeImageFormat } from '../../src/story/io/package/fake-media.ts';
import { nodeSha256 } from '../../src/story/hash-node.ts';
import { sha256Hex } from '../../src/story/hash.ts';

type Media = { asset: Asset; bytes: Uint8Array };

const imageArb: fc.Arbitrary<Media> = fc
  .record({
    format: fc.constantFrom<FakeImageFormat>('jpeg', 'png', 'webp', 'gif'),
    width: fc.integer({ min: 1, max: 16384 }),
    height: fc.integer({ min: 1, max: 8192 }),
    payload: fc.uint8Array({ maxLength: 3000 }),
    name: fc.string({ maxLength: 40 }),
  })
  .map((m) => fakeImage({ ...m, width: m.format === 'gif' ? Math.min(m.width, 65535) : m.width }));

const audioArb: fc.Arbitrary<Media> = fc
  .record({
    format: fc.constantFrom<FakeAudioFormat>('mp3', 'ogg', 'wav', 'm4a', 'webm'),
    payload: fc.uint8Array({ maxLength: 3000 }),
    name: fc.string({ maxLength: 40 }),
    duration: fc.double({ min: 0, max: 3600, noNaN: true }),
  })
  .map((m) => fakeAudio(m));

/** A valid story (schema order, defaults filled) and the bytes of every asset it lists. */
const storyArb = fc
  .record({
    scenes: fc.integer({ min: 1, max: 6 }),
    languages: fc.subarray(['en', 'nb', 'ar', 'pt-BR'], { minLength: 1 }),
    images: fc.array(imageArb, { minLength: 1, maxLength: 4 }),
    sounds: fc.array(audioArb, { maxLength: 4 }),
    title: fc.string({ maxLength: 80 }),
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/),
  })
  .map(({ scenes, languages, images, sounds, title, id }) => {
    const unique = new Map<string, Media>();
    for (const m of [...images, ...sounds]) if (!unique.has(m.asset.id)) unique.set(m.asset.id, m);
    const media = [...unique.values()];
    const pictures = media.filter((m) => m.asset.kind === 'image').map((m) => m.asset) as Extract<Asset, { kind: 'image' }>[];
    const raw = fakeStory({ id, scenes, languages, panoramas: pictures });
    raw.meta.title = { ...raw.meta.title, [languages[0]!]: title };
    const audio = media.filter((m) => m.asset.kind === 'audio');
    raw.assets = media.map((m) => m.asset);
    audio.forEach((m, i) => raw.scenes[i % raw.scenes.length]!.soundscape.beds.push({ id: `bed-${i}`, asset: m.asset.id, volume: 0.5 }));
    return { story: Story.parse(raw), bytes: new Map(media.map((m) => [m.asset.id, m.bytes])) };
  });

/** Hands bytes back in one of the three accepted shapes. */
function shaped(bytes: Uint8Array, shape: number): AssetBytes {
  if (shape === 0) return bytes;
  if (shape === 1) return new Blob([bytes as BlobPart]);
  return new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < bytes.length; i += 777) c.enqueue(bytes.slice(i, i + 777));
      c.close();
    },
  });
}

/** A stream of `bytes` cut at arbitrary points. */
function chunked(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return new ReadableStream({
    start(c) {
      let last = 0;
      for (const p of [...points, bytes.length]) {
        if (p > last) c.enqueue(bytes.slice(last, p));
        last = p;
      }
      c.close();
    },
  });
}

const created = new Date('2026-03-01T12:00:00Z');

async function assetsEqual(assets: Map<string, Blob>, expected: Map<string, Uint8Array>) {
  expect(new Set(assets.keys())).toEqual(new Set(expected.keys()));
  for (const [id, blob] of assets) {
    const got = new Uint8Array(await blob.arrayBuffer());
    expect(sha256Hex(got)).toBe(id);
    expect(Buffer.from(got).equals(Buffer.from(expected.get(id)!))).toBe(true);
  }
}

describe('package round trip', { timeout: 120_000 }, () => {
  it('export -> import gives the same document, byte-identical assets, same ids (property)', async () => {
    await fc.assert(
      fc.asyncProperty(storyArb, fc.integer({ min: 0, max: 2 }), fc.array(fc.nat(), { maxLength: 12 }), async ({ story, bytes }, shape, cuts) => {
        const pkg = await streamToBytes(writePackage(story, async (id) => shaped(bytes.get(id)!, shape), { created, appVersion: 'test' }));
        const source = cuts.length % 3 === 0 ? pkg : cuts.length % 3 === 1 ? new Blob([pkg as BlobPart]) : chunked(pkg, cuts);
        const result = await readPackage(source);
        expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([]);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.story).toEqual(story);
        await assetsEqual(result.assets, bytes);
        for (const a of result.story.assets) expect(result.assets.get(a.id)!.type).toBe(a.mime);
        expect(result.manifest?.story.id).toBe(story.id);
      }),
      { numRuns: 60 },
    );
  });

  it('writes the exact serialised document as story.json, then the assets, then the manifest', async () => {
    const img = fakeImage();
    const story = Story.parse(fakeStory({ panoramas: [img.asset] }));
    const pkg = await streamToBytes(writePackage(story, async () => img.bytes, { created, appVersion: '1.2.3' }));
    const files = unzipSync(pkg);
    expect(Object.keys(files)).toEqual(['story.json', `assets/${img.asset.id}.jpg`, 'manifest.json']);
    expect(new TextDecoder().decode(files['story.json'])).toBe(JSON.stringify(story, null, 2) + '\n');
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest).toMatchObject({
      format: 'storyscape-package',
      formatVersion: 1,
      schemaVersion: SCHEMA_VERSION,
      app: { name: 'storyscape', version: '1.2.3' },
      created: '2026-03-01T12:00:00.000Z',
      story: { id: story.id, path: 'story.json', bytes: files['story.json']!.length, sha256: sha256Hex(files['story.json']!) },
      assets: [{ path: `assets/${img.asset.id}.jpg`, sha256: img.asset.id, bytes: img.bytes.length, mime: 'image/jpeg', kind: 'image' }],
    });
  });

  it('is deterministic: the same story and date give the same bytes, whatever the key order given', async () => {
    const img = fakeImage();
    const story = Story.parse(fakeStory({ panoramas: [img.asset] }));
    const { variables, assets, ...rest } = story;
    const reordered = JSON.parse(JSON.stringify({ variables, assets, ...rest })) as Story;
    expect(Object.keys(reordered)[0]).toBe('variables');
    const a = await streamToBytes(writePackage(story, async () => img.bytes, { created }));
    const b = await streamToBytes(writePackage(reordered, async () => img.bytes, { created }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('stores media as they are (no deflate) and deflates the JSON', async () => {
    const img = fakeImage({ payload: new Uint8Array(50_000) }); // very compressible, stored anyway
    const story = Story.parse(fakeStory({ scenes: 40, panoramas: [img.asset] }));
    const pkg = await streamToBytes(writePackage(story, async () => img.bytes, { created }));
    const json = new TextEncoder().encode(JSON.stringify(story, null, 2));
    expect(pkg.length).toBeGreaterThan(img.bytes.length);
    expect(pkg.length).toBeLessThan(img.bytes.length + json.length / 3);
  });

  it('reads a story whose document got an asset\'s facts wrong, correcting them with warnings', async () => {
    const img = fakeImage({ format: 'png', width: 300, height: 150 });
    const story = Story.parse(fakeStory({ panoramas: [{ ...img.asset, mime: 'image/jpeg', width: 301, height: 150, bytes: 5 }] }));
    const pkg = await streamToBytes(writePackage(story, async () => img.bytes, { created }));
    const result = await readPackage(pkg);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems.map((p) => p.code).sort()).toEqual(['asset-mime-fixed', 'asset-size-fixed', 'image-size-fixed']);
    expect(result.story.assets[0]).toMatchObject({ mime: 'image/png', width: 300, height: 150, bytes: img.bytes.length });
    expect(result.assets.get(img.asset.id)!.type).toBe('image/png');
  });

  it('hashes with any Sha256Factory (Node\'s native one here) with the same result', async () => {
    const img = fakeImage({ payload: fillerBytes(200_000, 7) });
    const story = Story.parse(fakeStory({ panoramas: [img.asset] }));
    const pkg = await streamToBytes(writePackage(story, async () => img.bytes, { created, sha256: nodeSha256 }));
    const result = await readPackage(pkg, { sha256: nodeSha256 });
    expect(result.ok).toBe(true);
  });

  it('stays correct when media contain zip signatures (what breaks forward-only unzipping)', async () => {
    const evil = new Uint8Array(4000);
    for (let i = 0; i < evil.length; i += 100) evil.set([0x50, 0x4b, 0x07, 0x08, 0x50, 0x4b, 0x03, 0x04, 0x50, 0x4b, 0x01, 0x02], i);
    const img = fakeImage({ payload: evil });
    const story = Story.parse(fakeStory({ panoramas: [img.asset] }));
    const pkg = await streamToBytes(writePackage(story, async () => img.bytes, { created }));
    const result = await readPackage(new Blob([pkg as BlobPart]).stream());
    expect(result.ok).toBe(true);
    if (result.ok) await assetsEqual(result.assets, new Map([[img.asset.id, img.bytes]]));
  });
});

describe('writing refuses what it cannot package', () => {
  const img = fakeImage();
  const story = Story.parse(fakeStory({ panoramas: [img.asset] }));
  const failure = async (stream: ReadableStream<Uint8Array>) => {
    try {
      await streamToBytes(stream);
    } catch (e) {
      expect(e).toBeInstanceOf(PackageError);
      return (e as PackageError).problems;
    }
    throw new Error('expected the stream to fail');
  };

  it('an asset the library does not have', async () => {
    const [p] = await failure(writePackage(story, async () => null));
    expect(p).toMatchObject({ code: 'asset-missing', path: '/assets/0' });
    expect(p!.message).toMatch(/could not be found in your library/);
  });

  it('an asset whose bytes are not its id', async () => {
    const [p] = await failure(writePackage(story, async () => fakeImage({ payload: fillerBytes(10) }).bytes));
    expect(p).toMatchObject({ code: 'asset-hash-mismatch' });
  });

  it('an invalid story', async () => {
    const broken = { ...story, startSceneId: 'has spaces' } as Story;
    const problems = await failure(writePackage(broken, async () => img.bytes));
    expect(problems[0]!.path).toBe('/startSceneId');
  });

  it('more than the limits allow, before writing a byte', async () => {
    const [p] = await failure(writePackage(story, async () => img.bytes, { limits: { maxTotalBytes: 1000 } }));
    expect(p!.code).toBe('package-too-big');
  });

  it('an asset that fails to read', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(c) {
        c.error(new Error('disk went away'));
      },
    });
    const [p] = await failure(writePackage(story, async () => broken));
    expect(p).toMatchObject({ code: 'asset-unreadable' });
    expect(p!.message).toMatch(/disk went away/);
  });
});

describe('backups', { timeout: 120_000 }, () => {
  it('many stories, shared assets stored once, all restored (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(storyArb, { minLength: 1, maxLength: 4 }), async (list) => {
        const stories = list.map((s, i) => ({ ...s, story: { ...s.story, id: `story-${i}` } }));
        // Share one asset between every story.
        const shared = fakeImage({ payload: fillerBytes(500, 99) });
        for (const s of stories) {
          s.story.assets.push(shared.asset);
          s.bytes.set(shared.asset.id, shared.bytes);
        }
        const all = new Map(stories.flatMap((s) => [...s.bytes]));
        const zip = await streamToBytes(writeBackup(stories.map((s) => s.story), async (id) => all.get(id)!, { created }));
        const names = Object.keys(unzipSync(zip));
        expect(names.filter((n) => n.startsWith('assets/')).length).toBe(all.size);
        expect(names.filter((n) => n.startsWith('stories/'))).toEqual(stories.map((s) => `stories/${s.story.id}.json`));
        const result = await readBackup(zip);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.stories).toEqual(stories.map((s) => s.story));
        await assetsEqual(result.assets, all);
        expect(result.manifest?.stories.map((s) => s.id)).toEqual(stories.map((s) => s.story.id));
      }),
      { numRuns: 15 },
    );
  });

  it('a backup and a package are told apart', async () => {
    const img = fakeImage();
    const story = Story.parse(fakeStory({ panoramas: [img.asset] }));
    const backup = await streamToBytes(writeBackup([story], async () => img.bytes));
    const single = await streamToBytes(writePackage(story, async () => img.bytes));
    expect((await readPackage(backup)).problems[0]!.code).toBe('package-is-backup');
    expect((await readBackup(single)).problems[0]!.code).toBe('backup-is-package');
  });

  it('one broken story refuses the whole backup (nothing half-restored)', async () => {
    const img = fakeImage();
    const good = Story.parse(fakeStory({ id: 'good', panoramas: [img.asset] }));
    const zip = await streamToBytes(writeBackup([good, { ...good, id: 'other' }], async () => img.bytes));
    const files = unzipSync(zip);
    files['stories/other.json'] = new TextEncoder().encode('{"schemaVersion": 42}');
    const { zipSync } = await import('fflate');
    const result = await readBackup(zipSync(files));
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: 'version-future', storyId: 'other', entry: 'stories/other.json' });
  });

  it('two stories with the same id cannot go in one backup', async () => {
    const img = fakeImage();
    const story = Story.parse(fakeStory({ panoramas: [img.asset] }));
    await expect(streamToBytes(writeBackup([story, story], async () => img.bytes))).rejects.toMatchObject({
      problems: [{ code: 'story-duplicate' }],
    });
  });
});
