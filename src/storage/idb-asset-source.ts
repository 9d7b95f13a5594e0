import type { AssetSource } from './asset-source.ts';
import type { StoryRepository } from './repository.ts';

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

export const THUMB_WIDTH = 320;

/** Makes a small JPEG from an image blob, or null where the browser cannot. */
export async function makeThumbnail(blob: Blob, width = THUMB_WIDTH): Promise<Blob | null> {
  if (typeof createImageBitmap === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  try {
    const probe = await createImageBitmap(blob);
    const height = Math.max(1, Math.round((probe.height / probe.width) * width));
    probe.close();
    const bitmap = await createImageBitmap(blob, { resizeWidth: width, resizeHeight: height, resizeQuality: 'medium' });
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  } catch {
    return null;
  }
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
      take(thumbs, id, async () => {
        const cached = await repo.getThumbnail(id);
        if (cached) return cached;
        const blob = await blobOf(id);
        if (!blob || !blob.type.startsWith('image/')) return null;
        const small = await makeThumbnail(blob);
        if (small) void repo.putThumbnail(id, small);
        return small ?? blob;
      }),
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
