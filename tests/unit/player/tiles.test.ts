import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import {
  allTiles,
  anglesOf,
  baseSide,
  directionOf,
  gridFor,
  needsTiles,
  planGrid,
  singleTextureLimit,
  tileAt,
  tileNear,
} from '../../../src/story/media/panorama-grid.ts';
import { TileLru } from '../../../src/player/view/tiles/lru.ts';
import { createTileGeometry } from '../../../src/player/view/tiles/tileGeometry.ts';
import { createPanoramaGeometry } from '../../../src/player/view/panoramaGeometry.ts';
import { deviceLimits, forcedMaxTexture, isHeadsetBrowser } from '../../../src/player/view/tiles/device.ts';

const desktop = { maxTextureSize: 16384, headset: false };
const phone = { maxTextureSize: 4096, headset: false };
const quest = { maxTextureSize: 8192, headset: true };
const deg = (d: number) => (d * Math.PI) / 180;

describe('which pictures need tiles', () => {
  it('one texture up to 8192 px (5120 in a headset, less on a small GPU)', () => {
    expect(singleTextureLimit(desktop)).toBe(8192);
    expect(singleTextureLimit(quest)).toBe(5120);
    expect(singleTextureLimit(phone)).toBe(4096);
    expect(needsTiles({ width: 8192, height: 4096 }, desktop)).toBe(false);
    expect(needsTiles({ width: 12000, height: 6000 }, desktop)).toBe(true);
    expect(needsTiles({ width: 8192, height: 4096 }, quest)).toBe(true);
    expect(needsTiles({ width: 5120, height: 2560 }, quest)).toBe(false);
    expect(needsTiles({ width: 4096, height: 2048 }, phone)).toBe(false);
  });
  it('a tiled picture has a low-resolution whole of at most 4096 px; others their full limit', () => {
    expect(baseSide({ width: 12000, height: 6000 }, desktop)).toBe(4096);
    expect(baseSide({ width: 8192, height: 4096 }, desktop)).toBe(8192);
    expect(baseSide({ width: 12000, height: 6000 }, { maxTextureSize: 2048, headset: false })).toBe(2048);
  });
  it('device limits: the GPU, a smaller size asked for, the debug-only URL hook, the headset browser', () => {
    expect(deviceLimits(16384, 4096).maxTextureSize).toBe(4096);
    expect(deviceLimits(2048, 4096).maxTextureSize).toBe(2048);
    expect(forcedMaxTexture('?debug&maxTexture=2048')).toBe(2048);
    expect(forcedMaxTexture('?maxTexture=2048')).toBeUndefined();
    expect(forcedMaxTexture('?debug&maxTexture=abc')).toBeUndefined();
    expect(isHeadsetBrowser('Mozilla/5.0 (X11; Linux x86_64; Quest 3) OculusBrowser/35.0')).toBe(true);
    expect(isHeadsetBrowser('Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0')).toBe(false);
  });
});

describe('the tile grid', () => {
  it('cuts a 12000 x 6000 picture into 1024-pixel (or smaller) tiles that cover it exactly', () => {
    const g = gridFor({ width: 12000, height: 6000 }, desktop);
    expect(g).toEqual({ width: 12000, height: 6000, cols: 12, rows: 6 });
    const tiles = allTiles(g);
    expect(tiles).toHaveLength(72);
    expect(tiles.reduce((n, t) => n + t.w * t.h, 0)).toBe(12000 * 6000);
    for (const t of tiles) {
      expect(t.w).toBeLessThanOrEqual(1024);
      expect(t.h).toBeLessThanOrEqual(1024);
    }
    // Neighbours share edges, in pixels and in angles.
    const a = tileAt(g, 3, 2);
    const b = tileAt(g, 4, 2);
    expect(a.x + a.w).toBe(b.x);
    expect(a.phiStart + a.phiLength).toBeCloseTo(b.phiStart, 12);
    const last = tileAt(g, 11, 5);
    expect(last.phiStart + last.phiLength).toBeCloseTo(2 * Math.PI, 12);
    expect(last.thetaStart + last.thetaLength).toBeCloseTo(Math.PI, 12);
  });
  it('smaller tiles on a smaller GPU; odd sizes still covered', () => {
    expect(gridFor({ width: 12000, height: 6000 }, { maxTextureSize: 512, headset: false })).toMatchObject({ cols: 24, rows: 12 });
    const g = planGrid(10001, 5001, 1000);
    expect(g).toMatchObject({ cols: 11, rows: 6 });
    expect(allTiles(g).reduce((n, t) => n + t.w * t.h, 0)).toBe(10001 * 5001);
  });
});

describe('directions and what is in view', () => {
  it('the picture centre is ahead (-Z), three quarters to the right (+X), the top up', () => {
    expect(directionOf(Math.PI, Math.PI / 2).map((v) => +v.toFixed(9) + 0)).toEqual([0, 0, -1]);
    expect(directionOf(1.5 * Math.PI, Math.PI / 2).map((v) => +v.toFixed(9) + 0)).toEqual([1, 0, 0]);
    expect(directionOf(0, 0)[1]).toBeCloseTo(1, 12);
    const back = anglesOf(directionOf(2.5, 1.1));
    expect(back.phi).toBeCloseTo(2.5, 9);
    expect(back.theta).toBeCloseTo(1.1, 9);
  });
  it('looking ahead with a 60° half view, the middle tiles are in view and those behind are not', () => {
    const g = gridFor({ width: 12000, height: 6000 }, desktop);
    const ahead: [number, number, number] = [0, 0, -1];
    const seen = allTiles(g).filter((t) => tileNear(t, ahead, deg(60)));
    const cols = new Set(seen.map((t) => t.col));
    expect(cols.has(5) && cols.has(6)).toBe(true); // the centre is between columns 5 and 6
    expect(cols.has(0) || cols.has(11)).toBe(false); // behind
    expect(seen.length).toBeLessThan(30);
    // A narrow view inside one big tile still sees it (no corner is near, the direction is in it).
    const big = planGrid(2000, 1000, 2000);
    expect(allTiles(big).filter((t) => tileNear(t, ahead, deg(5)))).toHaveLength(1);
  });
  it('a tile geometry lies where its pixels are on the whole sphere (same direction for the same u, v)', () => {
    const g = gridFor({ width: 12000, height: 6000 }, desktop);
    const t = tileAt(g, 7, 2);
    const tile = createTileGeometry(t, 1);
    const pos = tile.getAttribute('position');
    const uv = tile.getAttribute('uv');
    for (const i of [0, Math.floor(pos.count / 2), pos.count - 1]) {
      // The tile's (u, v) is a point of the whole picture; directionOf says where it must be.
      const px = t.x + uv.getX(i) * t.w;
      const py = t.y + uv.getY(i) * t.h;
      const want = directionOf((2 * Math.PI * px) / 12000, (Math.PI * py) / 6000);
      const got = new Vector3(pos.getX(i), pos.getY(i), pos.getZ(i)).normalize();
      expect(got.x).toBeCloseTo(want[0], 5);
      expect(got.y).toBeCloseTo(want[1], 5);
      expect(got.z).toBeCloseTo(want[2], 5);
    }
    // And the whole sphere agrees with directionOf at its centre pixel.
    const whole = createPanoramaGeometry(1);
    const wuv = whole.getAttribute('uv');
    const wpos = whole.getAttribute('position');
    for (let i = 0; i < wuv.count; i += 97) {
      const u = wuv.getX(i);
      const v = wuv.getY(i);
      if (v < 0.02 || v > 0.98) continue; // the poles' u is arbitrary
      const want = directionOf(2 * Math.PI * u, Math.PI * v);
      const got = new Vector3(wpos.getX(i), wpos.getY(i), wpos.getZ(i)).normalize();
      expect(got.distanceTo(new Vector3(...want))).toBeLessThan(1e-5);
    }
  });
});

describe('the tile LRU', () => {
  it('keeps at most max tiles, lets go of the least recently seen first, never one in view', () => {
    const gone: string[] = [];
    const lru = new TileLru<number>(3, (_v, k) => gone.push(k));
    lru.set('a', 1);
    lru.set('b', 2);
    lru.set('c', 3);
    lru.touch('a');
    lru.set('d', 4);
    expect(gone).toEqual(['b']);
    expect(lru.keys()).toEqual(['c', 'a', 'd']);
    lru.set('e', 5, new Set(['c', 'a', 'd', 'e']));
    expect(lru.size).toBe(4); // everything in view stays, even over max
    lru.set('f', 6, new Set(['f']));
    expect(lru.size).toBe(3);
    expect(gone).toEqual(['b', 'c', 'a']);
    lru.clear();
    expect(gone).toHaveLength(6);
  });
});
