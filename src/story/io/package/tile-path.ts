/**
 * Where a published site keeps the tiles of a large scene picture, made once at publish
 * (src/publish/tiles.ts with the browser, src/cli/publish-tiles.ts with sharp), and how its page
 * says which pictures have them: shared by the publishers and the published player, which then
 * fetches the tiles in view and never the whole picture (player/view/tiles/publishedTiles.ts).
 *
 * Two levels: level 0 is the whole picture made small (at most PUBLISHED_BASE_SIDE, one file),
 * level 1 the full-resolution grid of tiles at most PUBLISHED_TILE_SIDE (story/media/panorama-grid.ts
 * planGrid: the same grid the player cuts at run time).
 */

/** Pictures with a side larger than this get tiles (phones often hold at most 4096 px in one texture). */
export const PUBLISHED_BASE_SIDE = 4096;
/** Largest side of a full-resolution tile file. */
export const PUBLISHED_TILE_SIDE = 1024;
/** JPEG quality of the tile files (0–1). */
export const TILE_QUALITY = 0.85;

/** Does a picture of this size get tiles when it is published? */
export const publishesTiles = (size: { width: number; height: number }): boolean =>
  Math.max(size.width, size.height) > PUBLISHED_BASE_SIDE;

/** The folder of a picture's tiles in the site. */
export const tilesFolder = (assetId: string): string => `assets/tiles-${assetId}`;

/** One tile file: level 0 is the small whole (0-0), level 1 the full-resolution grid. */
export const tilePath = (assetId: string, level: 0 | 1, col: number, row: number): string =>
  `${tilesFolder(assetId)}/${level}/${col}-${row}.jpg`;

/** The small whole of a tiled picture. */
export const tileBasePath = (assetId: string): string => tilePath(assetId, 0, 0, 0);

/**
 * The page lists the pictures that have tiles: `<meta name="ssp-tiles" content="1024 id id …">`
 * (the tile side first, so a player that cuts another grid ignores them).
 */
export const TILES_META = 'ssp-tiles';

export const formatTilesMeta = (ids: readonly string[]): string => [PUBLISHED_TILE_SIDE, ...ids].join(' ');

/** The ids in a page's TILES_META content: none when it is missing or made for another tile side. */
export function parseTilesMeta(content: string | null | undefined): Set<string> {
  const [side, ...ids] = (content ?? '').trim().split(/\s+/);
  if (Number(side) !== PUBLISHED_TILE_SIDE) return new Set();
  return new Set(ids.filter((id) => /^[0-9a-f]{64}$/.test(id)));
}
