import type { AssetSource } from '../../storage/asset-source.ts';
import { assetPath } from '../../story/io/package/sniff.ts';
import type { Story } from '../../story/schema/index.ts';
import { PREVIEWS_META, previewPath } from '../../story/io/package/preview-path.ts';
import { parseTilesMeta, tilePath, TILES_META } from '../../story/io/package/tile-path.ts';

/**
 * Assets of a published story site: `assets/<sha256>.<ext>` next to story.json (the same layout
 * as a .storyscape package), resolved against `base` (the folder of player.html). When the page
 * says every scene picture has a preview (PREVIEWS_META), those previews are the pictures' stand-ins;
 * the pictures it lists with tiles (TILES_META) are shown from their tile files.
 */
export function publishedAssets(story: Story, base: string, previews = pageHasPreviews(), tiled = pageTiles()): AssetSource {
  const byId = new Map(story.assets.map((a) => [a.id, a]));
  const scenePictures = new Set(story.scenes.map((s) => s.panorama));
  return {
    getUrl: async (id) => {
      const asset = byId.get(id);
      return asset ? new URL(assetPath(asset), base).href : null;
    },
    getTileUrl: (id, level, col, row) => (tiled.has(id) ? new URL(tilePath(id, level, col, row), base).href : null),
    ...(previews && {
      getStandInUrl: async (id: string) => (byId.get(id)?.kind === 'image' && scenePictures.has(id) ? new URL(previewPath(id), base).href : null),
    }),
  };
}

/** The pictures the page says have tile files. */
export const pageTiles = (): Set<string> =>
  parseTilesMeta(typeof document !== 'undefined' ? document.querySelector(`meta[name="${TILES_META}"]`)?.getAttribute('content') : null);

/** Does the page say every scene picture has a preview (PREVIEWS_META)? */
export function pageHasPreviews(): boolean {
  return typeof document !== 'undefined' && document.querySelector(`meta[name="${PREVIEWS_META}"]`)?.getAttribute('content') === 'scenes';
}
