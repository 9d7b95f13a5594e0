import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fakeStory, fakeVideoAsset } from '../../../src/story/fake.ts';
import { readPackage, streamToBytes, writePackage } from '../../../src/story/io/package/index.ts';
import { sha256Hex } from '../../../src/story/hash.ts';
import { fakeAudio, fakeImage } from '../../../src/story/io/package/fake-media.ts';
import { makeMp4 } from '../../lib/mp4-boxes.ts';
import { setUiLanguage } from '../../../src/i18n/index.ts';
import { problemText } from '../../../src/i18n/problems.ts';

/** The first bytes of a WebM file (EBML header, doc type "webm"), then filler: enough for sniffing. */
function webmBytes(): Uint8Array {
  const head = [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6d];
  const bytes = new Uint8Array(4096);
  bytes.set(head);
  for (let i = head.length; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
  return bytes;
}

describe('packages carry 360° videos', () => {
  it('a video scene goes out and comes back: the video stored as it is, still a video, with its end rule', async () => {
    const poster = fakeImage({ format: 'jpeg', width: 64, height: 32, payload: new Uint8Array(10), name: 'poster.jpg' });
    const video = webmBytes();
    const story = fakeStory({ scenes: 2, panoramas: [poster.asset as never] });
    const asset = fakeVideoAsset(1, { id: sha256Hex(video), mime: 'video/webm', bytes: video.length, name: 'walk.webm' });
    story.assets.push(asset);
    story.scenes[0]!.video = { asset: asset.id, end: { type: 'goto', sceneId: 'scene-2' }, volume: 0.7 };
    const bytes = new Map([[poster.asset.id, poster.bytes], [asset.id, video]]);
    const pkg = await streamToBytes(writePackage(story, async (id) => bytes.get(id)!, { created: new Date('2026-01-01T00:00:00Z'), appVersion: 'test' }));

    const entries = unzipSync(pkg);
    const path = Object.keys(entries).find((p) => p.endsWith('.webm'))!;
    expect(path, 'the video keeps a .webm name').toBeTruthy();
    expect(entries[path]).toEqual(video);

    const back = await readPackage(new Blob([pkg as BlobPart]));
    expect(back.ok, JSON.stringify(back.problems)).toBe(true);
    if (!back.ok) return;
    expect(back.problems).toEqual([]);
    expect(back.story.scenes[0]!.video).toEqual({ asset: asset.id, end: { type: 'goto', sceneId: 'scene-2' }, volume: 0.7 });
    expect(back.story.assets.find((a) => a.id === asset.id)).toMatchObject({ kind: 'video', mime: 'video/webm' });
    expect(new Uint8Array(await back.assets.get(asset.id)!.arrayBuffer())).toEqual(video);
  });

  it('a "video" that is a picture is refused', async () => {
    const poster = fakeImage({ format: 'jpeg', width: 64, height: 32, payload: new Uint8Array(10), name: 'poster.jpg' });
    const story = fakeStory({ scenes: 1, panoramas: [poster.asset as never] });
    const asset = fakeVideoAsset(1, { id: poster.asset.id, mime: 'video/mp4', bytes: poster.bytes.length });
    story.assets = [asset];
    story.scenes[0]!.panorama = null;
    story.scenes[0]!.video = { asset: asset.id, end: { type: 'loop' }, volume: 1 };
    const pkg = await streamToBytes(writePackage(story, async () => poster.bytes, { created: new Date('2026-01-01T00:00:00Z'), appVersion: 'test' }));
    const back = await readPackage(new Blob([pkg as BlobPart]));
    expect(back.ok).toBe(false);
    expect(back.problems.map((p) => p.code)).toContain('video-not-video');
  });

  it('a "video" is told from its bytes: not a video, sound only, H.265 (saying how to convert), a codec browsers cannot play', async () => {
    const sound = fakeAudio({ format: 'mp3', name: 'song.mp3' }).bytes;
    const cases: Array<[Uint8Array, string, RegExp]> = [
      [sound, 'video-not-video', /should be an MP4 or WebM video, but its file .* is not one/],
      [makeMp4({ handler: 'soun' }), 'video-no-picture', /has sound but no picture/],
      [makeMp4({ codec: 'hvc1', moovLast: true, mdatBytes: 200_000 }), 'video-hevc', /H\.265 \(HEVC\) video .*HandBrake .*Most compatible/],
      [makeMp4({ codec: 'hev1' }), 'video-hevc', /H\.265/],
      [makeMp4({ codec: 'apch' }), 'video-format', /browsers cannot play .*called apch.*HandBrake/],
    ];
    for (const [bytes, code, words] of cases) {
      const back = await readPackage(new Blob([(await videoPackage(bytes, 'clip.mp4')) as BlobPart]));
      expect(back.ok, code).toBe(false);
      const problem = back.problems.find((p) => p.code === code);
      expect(problem?.message, `${code}: ${JSON.stringify(back.problems)}`).toMatch(words);
      expect(problem!.message).toMatch(/^The video "clip\.mp4"/);
      // Norwegian and Arabic readers get it in their language.
      setUiLanguage('nb');
      expect(problemText(problem!)).toMatch(/^Videoen «clip\.mp4»/);
      setUiLanguage('ar');
      expect(problemText(problem!)).toMatch(/الفيديو «clip\.mp4»/);
      setUiLanguage('en');
    }
  });

  it('an H.264 MP4 or a real WebM goes through, the moov box first or last', async () => {
    for (const bytes of [makeMp4({ codec: 'avc1' }), makeMp4({ codec: 'avc1', moovLast: true, mdatBytes: 300_000 }), fixture('count.webm')]) {
      const back = await readPackage(new Blob([(await videoPackage(bytes, 'ok.mp4')) as BlobPart]));
      expect(back.ok, JSON.stringify(back.problems)).toBe(true);
    }
  });
});

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/media', name)));

/** A one-scene package whose scene plays `video` (said to be an MP4) over a picture. */
async function videoPackage(video: Uint8Array, name: string): Promise<Uint8Array> {
  const poster = fakeImage({ format: 'jpeg', width: 64, height: 32, payload: new Uint8Array(10), name: 'poster.jpg' });
  const story = fakeStory({ scenes: 1, panoramas: [poster.asset as never] });
  const asset = fakeVideoAsset(1, { id: sha256Hex(video), mime: 'video/mp4', bytes: video.length, name });
  story.assets.push(asset);
  story.scenes[0]!.video = { asset: asset.id, end: { type: 'loop' }, volume: 1 };
  const bytes = new Map([[poster.asset.id, poster.bytes], [asset.id, video]]);
  return streamToBytes(writePackage(story, async (id) => bytes.get(id)!, { created: new Date('2026-01-01T00:00:00Z'), appVersion: 'test' }));
}
