import { describe, expect, test } from 'vitest';
import { fakeStory } from '../../../src/story/fake.ts';
import { publishedAssets } from '../../../src/player/standalone/publishedAssets.ts';
import { hasPublishedTiles, publishedBaseSide, publishedGrid } from '../../../src/player/view/tiles/publishedTiles.ts';

describe('a published site’s tiles, as the player finds them', () => {
  const story = fakeStory({ scenes: 2 });
  const [a, b] = [story.assets[0]!.id, story.assets[1]?.id ?? 'f'.repeat(64)];
  const assets = publishedAssets(story, 'https://example.org/s/', false, new Set([a]));
  const screen = { maxTextureSize: 16384, headset: false };

  test('tile files of a listed picture, next to the page; none for another', () => {
    expect(assets.getTileUrl?.(a, 1, 2, 3)).toBe(`https://example.org/s/assets/tiles-${a}/1/2-3.jpg`);
    expect(assets.getTileUrl?.(a, 0, 0, 0)).toBe(`https://example.org/s/assets/tiles-${a}/0/0-0.jpg`);
    expect(assets.getTileUrl?.(b, 0, 0, 0)).toBeNull();
  });

  test('shown from the tiles on any device taking a 1024 px texture, from a whole of at most 4096 px', () => {
    expect(hasPublishedTiles(assets, a, screen)).toBe(true);
    expect(hasPublishedTiles(assets, b, screen)).toBe(false);
    expect(hasPublishedTiles(assets, a, { maxTextureSize: 512, headset: false })).toBe(false);
    expect(hasPublishedTiles(null, a, screen)).toBe(false);
    expect(publishedBaseSide(screen)).toBe(4096);
    expect(publishedBaseSide({ maxTextureSize: 2048, headset: true })).toBe(2048);
  });

  test('the grid is the one the files were cut in', () => {
    expect(publishedGrid({ width: 12000, height: 6000 })).toEqual({ width: 12000, height: 6000, cols: 12, rows: 6 });
  });
});
