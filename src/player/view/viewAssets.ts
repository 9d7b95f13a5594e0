import { createContext, useContext } from 'react';
import type { AssetSource } from '../../storage/asset-source.ts';

/**
 * The story's assets, for anything drawn inside the 360° view that shows a picture of its own
 * (e.g. an info hotspot's image on a headset panel). Provided by PanoramaView inside its canvas.
 */
export const ViewAssetsContext = createContext<AssetSource | null>(null);

export function useViewAssets(): AssetSource | null {
  return useContext(ViewAssetsContext);
}
