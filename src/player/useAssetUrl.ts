import { useEffect, useState } from 'react';
import type { AssetSource } from '../storage/asset-source.ts';

/** The URL of an asset (null while resolving or when missing). */
export function useAssetUrl(assets: AssetSource, assetId: string | undefined | null): string | null {
  const [state, setState] = useState<{ id: string; url: string | null } | null>(null);
  useEffect(() => {
    if (!assetId) return;
    let live = true;
    assets.getUrl(assetId).then(
      (url) => live && setState({ id: assetId, url }),
      () => live && setState({ id: assetId, url: null }),
    );
    return () => {
      live = false;
    };
  }, [assets, assetId]);
  return assetId && state?.id === assetId ? state.url : null;
}
