/**
 * A published site's tiles of its large scene pictures (story/io/package/tile-path.ts), planned:
 * which pictures, which files, each file's rectangle of the picture. The CLI cuts them with sharp
 * (src/cli/publish-tiles.ts), the app in a worker (tiles-browser.ts); both write what is planned here.
 */
import type { Story } from '../story/schema/story.ts';
import { allTiles, fittedSize, planGrid } from '../story/media/panorama-grid.ts';
import { PUBLISHED_BASE_SIDE, PUBLISHED_TILE_SIDE, publishesTiles, tileBasePath, tilePath } from '../story/io/package/tile-path.ts';
import { scenePictures } from './preview.ts';

type ImageAsset = Extract<Story['assets'][number], { kind: 'image' }>;

/** One tile file: its path in the site and its rectangle of the full picture (level 1). */
export interface TileCut {
  path: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TilePlan {
  assetId: string;
  /** The small whole (level 0): the picture scaled to these pixels. */
  base: { path: string; width: number; height: number };
  tiles: TileCut[];
}

/** The files made at publish, by path (previews and tiles alike). */
export type TileFiles = ReadonlyMap<string, Uint8Array>;

/** The scene pictures that get tiles (each once): those larger than a phone's single texture. */
export const tiledPictures = (story: Story): ImageAsset[] => scenePictures(story).filter(publishesTiles);

/** The files of one picture's tiles. */
export function planTiles(p: { id: string; width: number; height: number }): TilePlan {
  const grid = planGrid(p.width, p.height, PUBLISHED_TILE_SIDE);
  return {
    assetId: p.id,
    base: { path: tileBasePath(p.id), ...fittedSize(p.width, p.height, PUBLISHED_BASE_SIDE) },
    tiles: allTiles(grid).map((t) => ({ path: tilePath(p.id, 1, t.col, t.row), x: t.x, y: t.y, w: t.w, h: t.h })),
  };
}

/** How many files a picture's tiles are (for progress). */
export const tileFileCount = (plan: TilePlan): number => plan.tiles.length + 1;
