import { useEffect, useState } from 'react';
import type { AssetSource } from '../storage/asset-source.ts';

/** A small preview URL for an image asset (falls back to the full picture), released on unmount. */
export function useThumbnail(assets: AssetSource, assetId: string | null | undefined): string | null {
  const [url, setUrl] = useState<{ id: string; url: string | null } | null>(null);
  useEffect(() => {
    if (!assetId) return;
    let live = true;
    const thumb = !!assets.getThumbnailUrl;
    const get = thumb ? assets.getThumbnailUrl!(assetId) : assets.getUrl(assetId);
    void get.then((u) => live && setUrl({ id: assetId, url: u }));
    return () => {
      live = false;
      if (thumb) assets.releaseThumbnail?.(assetId);
      else assets.release?.(assetId);
    };
  }, [assets, assetId]);
  return assetId && url?.id === assetId ? url.url : null;
}
