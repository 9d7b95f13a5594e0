import { describe, expect, it } from 'vitest';
import { firstPicture } from '../../../src/player/standalone/boot.ts';
import { bandRows } from '../../../src/player/view/textures/bandUpload.ts';

const hash = (n: number) => n.toString(16).padStart(64, '0');
const image = (n: number, width = 4096, height = 2048) => ({ id: hash(n), kind: 'image', mime: 'image/jpeg', width, height });
const scene = (id: string, pano: number, to: string[]) => ({
  id,
  panorama: hash(pano),
  hotspots: to.map((t, i) => ({ id: `h${i}`, action: { type: 'goto', sceneId: t } })),
});

describe('the first script finds the start scene and its neighbours in story.json', () => {
  it('lists the pictures the start scene leads to, in order, at most two, never its own', () => {
    const story = {
      startSceneId: 'a',
      scenes: [scene('a', 1, ['b', 'a', 'b', 'c', 'd']), scene('b', 2, []), scene('c', 3, []), scene('d', 4, [])],
      assets: [image(1), image(2), image(3), image(4)],
    };
    const found = firstPicture(JSON.stringify(story));
    expect(found?.id).toBe(hash(1));
    expect(found?.neighbours.map((n) => n.id)).toEqual([hash(2), hash(3)]);
  });

  it('skips a neighbour that is not a plain image or too big to hold early', () => {
    const story = {
      startSceneId: 'a',
      scenes: [scene('a', 1, ['b', 'c', 'd']), scene('b', 2, []), scene('c', 3, []), scene('d', 4, [])],
      assets: [image(1), { ...image(2), kind: 'video' }, image(3, 16384, 8192), image(4)],
    };
    expect(firstPicture(JSON.stringify(story))?.neighbours.map((n) => n.id)).toEqual([hash(4)]);
    // A large picture with tile files (its small whole is what is fetched early) is not too big.
    expect(firstPicture(JSON.stringify(story), new Set([hash(3)]))?.neighbours.map((n) => n.id)).toEqual([hash(3), hash(4)]);
  });

  it('has no neighbours for a start scene without choices, and nothing for odd JSON', () => {
    const story = { startSceneId: 'a', scenes: [{ id: 'a', panorama: hash(1) }], assets: [image(1)] };
    expect(firstPicture(JSON.stringify(story))?.neighbours).toEqual([]);
    expect(firstPicture('{"scenes": 3}')).toBeNull();
  });
});

describe("the first script finds the start scene's video, to fetch it while the player loads", () => {
  const video = (n: number, mime = 'video/webm') => ({ id: hash(n), kind: 'video', mime, width: 3840, height: 1920 });
  it('names the video of a start scene that has one (its picture is the poster)', () => {
    const story = { startSceneId: 'a', scenes: [{ id: 'a', panorama: hash(1), video: { asset: hash(9) } }], assets: [image(1), video(9)] };
    expect(firstPicture(JSON.stringify(story))?.video).toEqual({ id: hash(9), mime: 'video/webm' });
  });

  it('names none for a scene without video, or one whose record looks odd', () => {
    const plain = { startSceneId: 'a', scenes: [{ id: 'a', panorama: hash(1) }], assets: [image(1)] };
    expect(firstPicture(JSON.stringify(plain))?.video).toBeNull();
    for (const asset of [image(9), video(9, 'image/jpeg'), { ...video(9), id: 'x' }]) {
      const odd = { startSceneId: 'a', scenes: [{ id: 'a', panorama: hash(1), video: { asset: hash(9) } }], assets: [image(1), asset] };
      expect(firstPicture(JSON.stringify(odd))?.video).toBeNull();
    }
  });
});

describe('band upload', () => {
  it('cuts a picture into bands of about 2 MB of pixels', () => {
    expect(bandRows(4096, 2048)).toBe(128);
    expect(bandRows(8192, 4096)).toBe(64);
    expect(bandRows(100, 50)).toBe(50); // small: one band
  });
});
