/**
 * Multi-resolution panoramas, the maths (pure): when a picture needs tiles, the size of its
 * low-resolution whole ("base"), and the grid of full-resolution tiles cut from it. Each tile is an
 * equirectangular rectangle of the picture, drawn on its own segment of the sphere (as Photo Sphere
 * Viewer's EquirectangularTilesAdapter does), so its texture holds only the pixels it shows.
 */

/** Quest Browser's advice: at most 5120 x 2560 equirectangular in WebXR. */
export const HEADSET_MAX_SIDE = 5120;
/** Largest single panorama texture on other devices, also where the GPU takes more (128 MB). */
export const SCREEN_MAX_SIDE = 8192;
/** The low-resolution whole of a tiled picture: at most this wide (32 MB), under the tiles. */
export const BASE_MAX_SIDE = 4096;
/** Largest side of one tile. */
export const TILE_SIDE = 1024;

export interface DeviceLimits {
  /** The GPU's MAX_TEXTURE_SIZE (or a smaller one forced by a test). */
  maxTextureSize: number;
  /** A headset (WebXR immersive sessions): Quest Browser's 5120-pixel budget applies. */
  headset: boolean;
}

/** The widest picture this device shows as one texture. */
export const singleTextureLimit = (d: DeviceLimits): number =>
  Math.max(1, Math.min(d.maxTextureSize, d.headset ? HEADSET_MAX_SIDE : SCREEN_MAX_SIDE));

/** Does a picture of this size need tiles here (is it larger than one texture may be)? */
export const needsTiles = (size: { width: number; height: number }, d: DeviceLimits): boolean =>
  Math.max(size.width, size.height) > singleTextureLimit(d);

/** The largest side the whole picture is decoded to as one texture. */
export function baseSide(size: { width: number; height: number }, d: DeviceLimits): number {
  const limit = singleTextureLimit(d);
  return needsTiles(size, d) ? Math.min(limit, BASE_MAX_SIDE) : limit;
}

export interface TileGrid {
  width: number;
  height: number;
  cols: number;
  rows: number;
}

export interface Tile {
  col: number;
  row: number;
  /** The tile's rectangle in the picture, in pixels. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Its part of the sphere, in radians: longitude from the picture's left edge, latitude from the top. */
  phiStart: number;
  phiLength: number;
  thetaStart: number;
  thetaLength: number;
}

/** A grid of tiles no larger than `side` (nor than the GPU's largest texture). */
export function planGrid(width: number, height: number, side: number): TileGrid {
  const s = Math.max(16, Math.floor(side));
  return { width, height, cols: Math.max(1, Math.ceil(width / s)), rows: Math.max(1, Math.ceil(height / s)) };
}

/** The grid for a picture on a device: tiles of TILE_SIDE, or smaller when the GPU is smaller. */
export const gridFor = (size: { width: number; height: number }, d: DeviceLimits): TileGrid =>
  planGrid(size.width, size.height, Math.min(TILE_SIDE, d.maxTextureSize));

/** Tile (col, row): edges on whole pixels, so neighbours share their edges exactly. */
export function tileAt(g: TileGrid, col: number, row: number): Tile {
  const x0 = Math.floor((g.width * col) / g.cols);
  const x1 = Math.floor((g.width * (col + 1)) / g.cols);
  const y0 = Math.floor((g.height * row) / g.rows);
  const y1 = Math.floor((g.height * (row + 1)) / g.rows);
  return {
    col,
    row,
    x: x0,
    y: y0,
    w: x1 - x0,
    h: y1 - y0,
    phiStart: (2 * Math.PI * x0) / g.width,
    phiLength: (2 * Math.PI * (x1 - x0)) / g.width,
    thetaStart: (Math.PI * y0) / g.height,
    thetaLength: (Math.PI * (y1 - y0)) / g.height,
  };
}

export function allTiles(g: TileGrid): Tile[] {
  const out: Tile[] = [];
  for (let row = 0; row < g.rows; row++) for (let col = 0; col < g.cols; col++) out.push(tileAt(g, col, row));
  return out;
}

export const tileKey = (t: { col: number; row: number }): string => `${t.col}_${t.row}`;

/**
 * The direction (unit vector, in the view's world: -Z is yaw 0, +X yaw 90, +Y up) of a point of the
 * picture at longitude phi (0 = its left edge) and latitude theta (0 = its top). The picture's
 * centre (phi = PI) is at -Z, as panoramaGeometry.ts lays it out.
 */
export function directionOf(phi: number, theta: number): [number, number, number] {
  const yaw = phi - Math.PI;
  const s = Math.sin(theta);
  return [s * Math.sin(yaw), Math.cos(theta), -s * Math.cos(yaw)];
}

/** The picture's longitude and latitude (radians, as in Tile) seen in direction `dir` (unit vector). */
export function anglesOf(dir: readonly [number, number, number]): { phi: number; theta: number } {
  const theta = Math.acos(Math.max(-1, Math.min(1, dir[1])));
  const phi = Math.atan2(dir[0], -dir[2]) + Math.PI;
  return { phi: phi >= 2 * Math.PI ? phi - 2 * Math.PI : phi, theta };
}

/**
 * Is the tile seen when looking toward `dir` (unit vector) with everything within `angle` radians
 * of it on screen? True when `dir` falls in the tile, or any of its corners, edges' middles and
 * centre is within `angle` (tiles are at most a few tens of degrees, views wider).
 */
export function tileNear(t: Tile, dir: readonly [number, number, number], angle: number): boolean {
  const { phi, theta } = anglesOf(dir);
  if (phi >= t.phiStart && phi <= t.phiStart + t.phiLength && theta >= t.thetaStart && theta <= t.thetaStart + t.thetaLength) return true;
  const cos = Math.cos(angle);
  for (const a of [0, 0.5, 1]) {
    for (const b of [0, 0.5, 1]) {
      const p = directionOf(t.phiStart + a * t.phiLength, t.thetaStart + b * t.thetaLength);
      if (p[0] * dir[0] + p[1] * dir[1] + p[2] * dir[2] >= cos) return true;
    }
  }
  return false;
}

/** The size a panorama is shown at: scaled down (keeping its shape) to fit maxSize on both sides. */
export function fittedSize(width: number, height: number, maxSize: number): { width: number; height: number } {
  const k = Math.min(1, maxSize / width, maxSize / height);
  return { width: Math.max(1, Math.floor(width * k)), height: Math.max(1, Math.floor(height * k)) };
}
