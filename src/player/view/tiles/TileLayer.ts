import { Group, LinearFilter, Mesh, NoColorSpace, Texture, type WebGLRenderer } from 'three';
import { createPanoramaMaterial } from '../panoramaMaterial.ts';
import { allTiles, directionOf, tileKey, tileNear, type Tile, type TileGrid } from '../../../story/media/panorama-grid.ts';
import { TileLru } from './lru.ts';
import { createTileGeometry } from './tileGeometry.ts';
import type { TileSource } from './tileSource.ts';

/** Tiles kept on the GPU per scene (about 4 MB each at 1024 x 1024): a bounded 96 MB at any picture size. */
export const MAX_TILES = 24;
/** Tiles cut and uploaded at once. */
export const IN_FLIGHT = 2;

interface Shown {
  mesh: Mesh;
  texture: Texture;
  bytes: number;
}

/**
 * The full-resolution tiles of one picture over its low-resolution whole: those in view are cut (in
 * a worker), uploaded and drawn, nearest the middle of the view first; at most MAX_TILES stay on the
 * GPU (least recently seen go first, never one in view). Drawn after the base sphere, before a
 * crossfade (drawn in one pass on the base sphere, see panoramaMaterial.ts): a new scene's tiles show at once.
 */
export class TileLayer {
  readonly group = new Group();
  private tiles: Tile[];
  private lru: TileLru<Shown>;
  private loading = new Set<string>();
  private failed = new Set<string>();
  private source: Promise<TileSource> | null = null;
  private disposed = false;
  /** Tiles uploaded so far (for tests and the bench). */
  loaded = 0;

  constructor(
    grid: TileGrid,
    private radius: number,
    private renderer: WebGLRenderer,
    private open: () => Promise<TileSource>,
    private onChange: () => void,
    max = MAX_TILES,
    private inFlight = IN_FLIGHT,
  ) {
    this.tiles = allTiles(grid);
    this.group.name = 'panorama:tiles';
    this.lru = new TileLru<Shown>(max, (s) => {
      this.group.remove(s.mesh);
      s.mesh.geometry.dispose();
      (s.mesh.material as { dispose(): void }).dispose();
      s.texture.dispose();
    });
  }

  /** Which tiles are seen looking toward `dir` (unit vector) with `angle` radians around it on screen. */
  update(dir: readonly [number, number, number], angle: number) {
    if (this.disposed) return;
    // Nearest the middle of the view first, never more than the bound: GPU memory stays bounded.
    const seen = this.tiles
      .filter((t) => tileNear(t, dir, angle))
      .map((t) => ({ t, d: -dot(centre(t), dir) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, this.lru.max)
      .map((x) => x.t);
    const keys = new Set(seen.map(tileKey));
    for (const k of keys) this.lru.touch(k);
    const missing = seen
      .filter((t) => !this.lru.has(tileKey(t)) && !this.loading.has(tileKey(t)) && !this.failed.has(tileKey(t)))
      .map((t) => ({ t, d: -dot(centre(t), dir) }))
      .sort((a, b) => a.d - b.d);
    for (const { t } of missing) {
      if (this.loading.size >= this.inFlight) break;
      void this.load(t, keys);
    }
  }

  /** Tiles on the GPU now. */
  stats() {
    const bytes = this.lru.keys().reduce((n, k) => n + (this.lru.get(k)?.bytes ?? 0), 0);
    return { onGpu: this.lru.size, bytes, loading: this.loading.size, loaded: this.loaded, max: this.lru.max, keys: this.lru.keys() };
  }

  dispose() {
    this.disposed = true;
    this.lru.clear();
    void this.source?.then((s) => s.dispose(), () => undefined);
    this.source = null;
  }

  private async load(t: Tile, inView: ReadonlySet<string>) {
    const key = tileKey(t);
    this.loading.add(key);
    try {
      this.source ??= this.open();
      const bitmap = await (await this.source).tile(t);
      if (this.disposed) {
        bitmap.close();
        return;
      }
      const texture = new Texture(bitmap as unknown as HTMLImageElement);
      texture.colorSpace = NoColorSpace; // as the base picture: see panoramaMaterial.ts
      texture.flipY = false;
      texture.generateMipmaps = false;
      texture.minFilter = LinearFilter;
      texture.magFilter = LinearFilter;
      texture.name = `panorama-tile:${key}`;
      texture.needsUpdate = true;
      this.renderer.initTexture(texture);
      bitmap.close(); // the GPU has its copy
      const mesh = new Mesh(createTileGeometry(t, this.radius), createPanoramaMaterial({ map: texture, depthWrite: false }));
      mesh.name = `panorama-tile:${key}`;
      mesh.renderOrder = 0.5;
      this.group.add(mesh);
      this.lru.set(key, { mesh, texture, bytes: t.w * t.h * 4 }, inView);
      this.loaded++;
    } catch {
      if (!this.disposed) this.failed.add(key); // the base picture still shows there
    } finally {
      this.loading.delete(key);
      if (!this.disposed) this.onChange();
    }
  }
}

const dot = (a: readonly number[], b: readonly number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;

const centre = (t: Tile) => directionOf(t.phiStart + t.phiLength / 2, t.thetaStart + t.thetaLength / 2);
