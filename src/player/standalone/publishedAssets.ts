import type { AssetSource } from '../../storage/asset-source.ts';
import { assetPath } from '../../story/io/package/sniff.ts';
import type { Story } from '../../story/schema/index.ts';

/**
 * Assets of a published story site: `assets/<sha256>.<ext>` next to story.json (the same layout
 * as a .storyscape package), resolved against `base` (the folder of player.html).
 */
export function publishedAssets(story: Story, base: string): AssetSource {
  const byId = new Map(story.assets.map((a) => [a.id, a]));
  return {
    getUrl: async (id) => {
      const asset = byId.get(id);
      return asset ? new URL(assetPath(asset), base).href : null;
    },
  };
}
