import { SphereGeometry } from 'three';
import type { Tile } from '../../../story/media/panorama-grid.ts';

/**
 * One tile's segment of the panorama sphere, laid out as createPanoramaGeometry lays out the whole
 * picture (its left edge toward +Z, its centre toward -Z, its top row up, v flipped for flipY =
 * false), with the tile's texture spread over it from u, v = 0 to 1. About as finely divided as
 * the whole sphere (64 x 32), never less than 2 x 2.
 */
export function createTileGeometry(tile: Tile, radius: number): SphereGeometry {
  const w = Math.max(2, Math.ceil((tile.phiLength / (2 * Math.PI)) * 64));
  const h = Math.max(2, Math.ceil((tile.thetaLength / Math.PI) * 32));
  const g = new SphereGeometry(radius, w, h, Math.PI / 2 + tile.phiStart, tile.phiLength, tile.thetaStart, tile.thetaLength);
  g.scale(-1, 1, 1);
  const uv = g.getAttribute('uv');
  for (let i = 0; i < uv.count; i++) uv.setY(i, 1 - uv.getY(i));
  uv.needsUpdate = true;
  g.computeBoundingSphere();
  return g;
}
