import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { fakeStory } from '../../src/story/fake.ts';
import { planSite, SW_PATH, type PlayerFile } from '../../src/publish/site.ts';
import { planTiles, tiledPictures } from '../../src/publish/tiles.ts';
import { cutPicture } from '../../src/cli/publish-tiles.ts';
import { formatTilesMeta, parseTilesMeta, publishesTiles, tileBasePath, tilePath, TILES_META } from '../../src/story/io/package/tile-path.ts';

const ID = 'a'.repeat(64);
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe('tile names and the page list', () => {
  test('paths in the tiles folder, by level, column and row', () => {
    expect(tilePath(ID, 1, 3, 2)).toBe(`assets/tiles-${ID}/1/3-2.jpg`);
    expect(tileBasePath(ID)).toBe(`assets/tiles-${ID}/0/0-0.jpg`);
  });
  test('only pictures larger than 4096 px get tiles', () => {
    expect(publishesTiles({ width: 4096, height: 2048 })).toBe(false);
    expect(publishesTiles({ width: 4097, height: 2048 })).toBe(true);
  });
  test('the page list reads back; another tile side or odd ids are ignored', () => {
    expect([...parseTilesMeta(formatTilesMeta([ID, 'b'.repeat(64)]))]).toEqual([ID, 'b'.repeat(64)]);
    expect(parseTilesMeta(`512 ${ID}`).size).toBe(0);
    expect([...parseTilesMeta(`1024 ${ID} ../x`)]).toEqual([ID]);
    expect(parseTilesMeta(null).size).toBe(0);
  });
});

describe('planTiles', () => {
  const plan = planTiles({ id: ID, width: 12000, height: 6000 });
  test('a 12000 px picture: a 4096 px whole and 12 x 6 tiles of at most 1024 px', () => {
    expect(plan.base).toEqual({ path: tileBasePath(ID), width: 4096, height: 2048 });
    expect(plan.tiles).toHaveLength(72);
    for (const t of plan.tiles) expect(Math.max(t.w, t.h)).toBeLessThanOrEqual(1024);
  });
  test('the tiles cover the picture exactly: edge tiles end on its edges, neighbours share theirs', () => {
    const area = plan.tiles.reduce((n, t) => n + t.w * t.h, 0);
    expect(area).toBe(12000 * 6000);
    const last = plan.tiles.at(-1)!;
    expect([last.x + last.w, last.y + last.h]).toEqual([12000, 6000]);
    expect(last.path).toBe(tilePath(ID, 1, 11, 5));
  });
});

/** A picture whose four quarters are red, green, blue and white (left-top, right-top, left-bottom, right-bottom). */
async function quarters(width: number, height: number): Promise<Uint8Array> {
  const px = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const q = (x < width / 2 ? 0 : 1) + (y < height / 2 ? 0 : 2);
      px.set([[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 255]][q]!, (y * width + x) * 3);
    }
  }
  return new Uint8Array(await sharp(px, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer());
}

async function middle(bytes: Uint8Array) {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const o = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
  return { width: info.width, height: info.height, rgb: [data[o]!, data[o + 1]!, data[o + 2]!] };
}

describe('cutPicture (sharp)', () => {
  test('a 5000 x 2500 picture: the small whole and 5 x 3 tiles, each of its size and colour', { timeout: 60_000 }, async () => {
    const plan = planTiles({ id: ID, width: 5000, height: 2500 });
    const files = await cutPicture(await quarters(5000, 2500), plan);
    expect(files.size).toBe(1 + 15);
    const base = await middle(files.get(plan.base.path)!);
    expect([base.width, base.height]).toEqual([4096, 2048]);
    const first = await middle(files.get(tilePath(ID, 1, 0, 0))!);
    expect([first.width, first.height]).toEqual([1000, 833]);
    expect(first.rgb[0]).toBeGreaterThan(200);
    expect(first.rgb[1]).toBeLessThan(60);
    const edge = plan.tiles.find((t) => t.path === tilePath(ID, 1, 4, 2))!;
    const last = await middle(files.get(edge.path)!);
    expect([last.width, last.height]).toEqual([edge.w, edge.h]);
    expect([edge.x + edge.w, edge.y + edge.h]).toEqual([5000, 2500]);
    expect(Math.min(...last.rgb)).toBeGreaterThan(200); // white quarter
    const blue = await middle(files.get(tilePath(ID, 1, 0, 2))!);
    expect(blue.rgb[2]).toBeGreaterThan(200);
    expect(blue.rgb[0]).toBeLessThan(60);
  });
});

describe('planSite with tiles', () => {
  const player: PlayerFile[] = [{ path: 'player.html', bytes: enc('<html lang="en"><head><meta charset="UTF-8" /><title>x</title></head><body></body></html>') }];
  const base = fakeStory({ scenes: 2 });
  const big = { ...base.assets[0]!, width: 8192, height: 4096 } as (typeof base.assets)[number];
  const story = { ...base, assets: base.assets.map((a) => (a.id === big.id ? big : a)) };
  const picture = tiledPictures(story)[0]!;
  const plan = planTiles(picture);
  const all = new Map([plan.base, ...plan.tiles].map((f) => [f.path, new Uint8Array([1])]));

  test('writes the tile files, lists the picture on the page, preloads its small whole and precaches it, not the full picture', () => {
    expect(picture.id).toBe(big.id);
    const site = planSite(story, player, undefined, undefined, new Map([[picture.id, all]]));
    const paths = site.files.map((f) => f.path);
    for (const p of all.keys()) expect(paths).toContain(p);
    const html = dec((site.files[0] as { bytes: Uint8Array }).bytes);
    expect(html).toContain(`<meta name="${TILES_META}" content="${formatTilesMeta([picture.id])}">`);
    expect(html).toContain(`href="./${tileBasePath(picture.id)}"`);
    expect(html).not.toContain(`href="./assets/${picture.id}.jpg"`);
    const sw = dec((site.files.find((f) => f.path === SW_PATH) as { bytes: Uint8Array }).bytes);
    expect(sw).toContain(`./${tileBasePath(picture.id)}`);
    expect(sw).not.toContain(`./assets/${picture.id}.jpg`);
    expect(paths).toContain(`assets/${picture.id}.jpg`); // still in the site, for older players
  });

  test('a picture with tiles missing is not listed, and its files are not written', () => {
    const some = new Map([...all].slice(1));
    const site = planSite(story, player, undefined, undefined, new Map([[picture.id, some]]));
    expect(dec((site.files[0] as { bytes: Uint8Array }).bytes)).not.toContain(TILES_META);
    expect(site.files.some((f) => f.path.includes('tiles-'))).toBe(false);
  });
});
