import type { AssetSource } from '../../../storage/asset-source.ts';
import { PUBLISHED_BASE_SIDE, PUBLISHED_TILE_SIDE } from '../../../story/io/package/tile-path.ts';
import { planGrid, singleTextureLimit, type DeviceLimits, type TileGrid } from '../../../story/media/panorama-grid.ts';
import type { TileRect, TileSource } from './tileSource.ts';

/** Tile files downloaded at once (each a few hundred kB). */
export const PUBLISHED_IN_FLIGHT = 4;

/**
 * A picture whose tiles were made at publish (story/io/package/tile-path.ts) is shown from them on
 * every device that takes a 1024 px texture: its small whole under the tile files in view, never
 * the full picture (no download of tens of MB, no decode of hundreds of MB on a phone).
 */
export const hasPublishedTiles = (assets: AssetSource | null, id: string, d: DeviceLimits): boolean =>
  !!assets?.getTileUrl?.(id, 0, 0, 0) && d.maxTextureSize >= PUBLISHED_TILE_SIDE;

/** The largest side of a published-tiled picture's whole on this device. */
export const publishedBaseSide = (d: DeviceLimits): number => Math.min(singleTextureLimit(d), PUBLISHED_BASE_SIDE);

/** The grid of the published tile files (the same maths the publisher cut them with). */
export const publishedGrid = (size: { width: number; height: number }): TileGrid => planGrid(size.width, size.height, PUBLISHED_TILE_SIDE);

/** Tiles from the site's files: each fetched and decoded (off the main thread) when it comes into view. */
export function openPublishedTiles(assets: AssetSource, id: string): TileSource {
  const abort = new AbortController();
  return {
    tile: async (t: TileRect) => {
      const url = assets.getTileUrl?.(id, 1, t.col, t.row);
      if (!url) throw new Error('the picture has no tiles');
      const res = await fetch(url, { signal: abort.signal });
      if (!res.ok) throw new Error(`a tile could not be fetched (HTTP ${res.status})`);
      return createImageBitmap(await res.blob(), { premultiplyAlpha: 'none' });
    },
    dispose: () => abort.abort(),
  };
}
