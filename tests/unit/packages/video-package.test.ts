import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fakeStory, fakeVideoAsset } from '../../../src/story/fake.ts';
import { readPackage, streamToBytes, writePackage } from '../../../src/story/io/package/index.ts';
import { sha256Hex } from '../../../src/story/hash.ts';
import { fakeImage } from '../../../src/story/io/package/fake-media.ts';

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
    expect(back.problems.map((p) => p.code)).toContain('asset-kind-mismatch');
  });
});
