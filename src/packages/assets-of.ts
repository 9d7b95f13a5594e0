import type { GetAssetBytes } from '../story/io/package/write.ts';
import type { AssetSource } from '../storage/asset-source.ts';
import type { StoryRepository } from '../storage/repository.ts';

/** An asset's bytes from the library, or (unsaved media in the editor) from the editor's source. */
export function libraryAssetBytes(repo: StoryRepository, source?: AssetSource): GetAssetBytes {
  return async (id) => {
    const stored = await repo.getAsset(id);
    if (stored || !source) return stored;
    const url = await source.getUrl(id);
    if (!url) return null;
    try {
      return await (await fetch(url)).blob();
    } finally {
      source.release?.(id);
    }
  };
}
