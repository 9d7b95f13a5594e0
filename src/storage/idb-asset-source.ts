import type { AssetSource } from './asset-source.ts';
import type { StoryRepository } from './repository.ts';
import { cachedThumbnail } from './thumbnails/thumbnails.ts';

/**
 * An AssetSource over the IndexedDB blob store. Object URLs are made on demand, counted, and
 * revoked when the last user releases them (or on dispose). `pending` holds blobs the editor has
 * but has not saved yet (they are looked up first), so new media show at once.
 */
export interface IdbAssetSource extends AssetSource {
  release(assetId: string): void;
  getThumbnailUrl(assetId: string): Promise<string | null>;
  releaseThumbnail(assetId: string): void;
  /** Revokes every URL still held. */
  dispose(): void;
  /** How many object URLs are alive (for tests and leak checks). */
  liveUrls(): number;
}

interface Held {
  url: Promise<string | null>;
  count: number;
}

export function idbAssetSource(
  repo: StoryRepository,
  pending: { get(assetId: string): Blob | undefined } = new Map(),
): IdbAssetSource {
  const full = new Map<string, Held>();
  const thumbs = new Map<string, Held>();

  const take = (map: Map<string, Held>, id: string, make: () => Promise<Blob | null>) => {
    let held = map.get(id);
    if (!held) {
      held = { count: 0, url: make().then((b) => (b ? URL.createObjectURL(b) : null)).catch(() => null) };
      map.set(id, held);
    }
    held.count++;
    const h = held;
    return h.url.then((url) => {
      if (url === null && map.get(id) === h && h.count <= 1) map.delete(id); // let a later call try again
      return url;
    });
  };
  const drop = (map: Map<string, Held>, id: string) => {
    const held = map.get(id);
    if (!held) return;
    held.count--;
    if (held.count <= 0) {
      map.delete(id);
      void held.url.then((u) => u && URL.revokeObjectURL(u));
    }
  };
  const blobOf = async (id: string) => pending.get(id) ?? (await repo.getAsset(id));

  return {
    getUrl: (id) => take(full, id, () => blobOf(id)),
    release: (id) => drop(full, id),
    getThumbnailUrl: (id) =>
      take(thumbs, id, () => cachedThumbnail(repo, id, () => blobOf(id))),
    releaseThumbnail: (id) => drop(thumbs, id),
    dispose() {
      for (const map of [full, thumbs]) {
        for (const held of map.values()) void held.url.then((u) => u && URL.revokeObjectURL(u));
        map.clear();
      }
    },
    liveUrls: () => full.size + thumbs.size,
  };
}
