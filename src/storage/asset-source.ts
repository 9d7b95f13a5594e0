/**
 * Where the player, editor and audio find an asset's bytes, by content hash.
 * The built-in sample story resolves to files bundled by Vite; stories in the library resolve to
 * blobs in IndexedDB (object URLs); a published site resolves to relative `assets/<sha>.<ext>` files.
 */
export interface AssetSource {
  /** A URL the browser can load (http(s), blob: or data:), or null when the asset is not available. */
  getUrl(assetId: string): Promise<string | null>;
  /** Lets go of anything held for this asset (e.g. revokes an object URL). Optional. */
  release?(assetId: string): void;
  /**
   * A small preview of an image asset (about 320 px wide) for lists and the story map, or null.
   * Optional: callers fall back to getUrl. Release it with releaseThumbnail.
   */
  getThumbnailUrl?(assetId: string): Promise<string | null>;
  releaseThumbnail?(assetId: string): void;
  /**
   * A small stand-in of a panorama picture (a published site's preview, about 1024 px wide) that
   * the player shows, soft, while the full picture is not on the GPU yet; or null. Optional.
   */
  getStandInUrl?(assetId: string): Promise<string | null>;
  /**
   * A published site's tile file of a large picture (story/io/package/tile-path.ts): level 0 its
   * small whole, level 1 its full-resolution grid; null when the picture has none. Optional.
   */
  getTileUrl?(assetId: string, level: 0 | 1, col: number, row: number): string | null;
}

/** An AssetSource over a fixed map of asset id -> URL. */
export function urlMapSource(urls: Readonly<Record<string, string>>): AssetSource {
  return { getUrl: async (id) => urls[id] ?? null };
}
