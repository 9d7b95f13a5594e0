import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { PerspectiveCamera, Vector3 } from 'three';
import { useViewAssets } from '../viewAssets.ts';
import type { PanoramaTextures } from '../textures/PanoramaTextures.ts';
import { gridFor, needsTiles, type DeviceLimits } from '../../../story/media/panorama-grid.ts';
import { IN_FLIGHT, MAX_TILES, TileLayer } from './TileLayer.ts';
import { openTileSource } from './tileSource.ts';
import { hasPublishedTiles, openPublishedTiles, PUBLISHED_IN_FLIGHT, publishedGrid } from './publishedTiles.ts';

interface Props {
  cache: PanoramaTextures;
  assetId: string | null;
  size: { width: number; height: number } | undefined;
  limits: DeviceLimits;
  radius: number;
  /** Receives the layer (for the debug handle), null when the picture has no tiles. */
  onLayer?(layer: TileLayer | null): void;
}

/** Headsets' fields of view are about 100°: everything within 70° of the gaze may be seen. */
const XR_HALF_ANGLE = (70 * Math.PI) / 180;
/** Tiles just outside the view are loaded too, so turning shows them sooner. */
const MARGIN = (8 * Math.PI) / 180;

/**
 * The current scene's full-resolution tiles, when its picture is larger than this device shows as
 * one texture (see story/media/panorama-grid.ts), over its low-resolution whole once that is shown.
 */
export function PanoramaTiles({ cache, assetId, size, limits, radius, onLayer }: Props) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const assets = useViewAssets();
  const w = size?.width ?? 0;
  const h = size?.height ?? 0;
  const published = !!assetId && w > 0 && hasPublishedTiles(assets, assetId, limits);
  const tiled = !!assetId && !!assets && w > 0 && (published || needsTiles({ width: w, height: h }, limits));
  const layer = useMemo(() => {
    if (!tiled) return null;
    const size = { width: w, height: h };
    // A published site's tile files when it has them, else cut here from the whole picture.
    if (published) return new TileLayer(publishedGrid(size), radius, gl, async () => openPublishedTiles(assets, assetId), invalidate, MAX_TILES, PUBLISHED_IN_FLIGHT);
    const open = async () => {
      const url = await assets.getUrl(assetId);
      if (!url) throw new Error('the picture is not available');
      return openTileSource(url);
    };
    return new TileLayer(gridFor(size, limits), radius, gl, open, invalidate, MAX_TILES, IN_FLIGHT);
  }, [tiled, published, assets, assetId, w, h, limits, radius, gl, invalidate]);
  useEffect(() => {
    onLayer?.(layer);
    return () => {
      onLayer?.(null);
      layer?.dispose();
    };
  }, [layer, onLayer]);

  const dir = useMemo(() => new Vector3(), []);
  useFrame(({ camera }) => {
    if (!layer || !assetId) return;
    // Over the base picture only once it shows (not over the previous scene's, nor a placeholder).
    const shown = !!cache.get(assetId);
    layer.group.visible = shown;
    if (!shown) return;
    const xr = gl.xr.isPresenting;
    const cam = xr ? gl.xr.getCamera() : camera;
    cam.getWorldDirection(dir);
    layer.update([dir.x, dir.y, dir.z], (xr ? XR_HALF_ANGLE : halfDiagonal(cam)) + MARGIN);
  });

  return layer ? <primitive object={layer.group} /> : null;
}

/** Half the angle across the screen's diagonal, in radians. */
function halfDiagonal(cam: unknown): number {
  if (!(cam instanceof PerspectiveCamera)) return XR_HALF_ANGLE;
  const tv = Math.tan((cam.fov * Math.PI) / 360);
  const th = tv * cam.aspect;
  return Math.atan(Math.sqrt(tv * tv + th * th));
}
