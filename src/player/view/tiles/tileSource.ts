import { TileCutter, type Rect } from './cut.ts';

/** A tile's rectangle of the picture, and its place in the grid. */
export type TileRect = Rect & { col: number; row: number };

/**
 * The tiles of one picture: here cut in a worker of their own (ended, with the decoded picture, by
 * dispose()), or on the page where module workers or OffscreenCanvas are missing; a published
 * site's tile files are fetched instead (publishedTiles.ts).
 */
export interface TileSource {
  tile(r: TileRect): Promise<ImageBitmap>;
  dispose(): void;
}

/** A test hook: `?tiles=page` cuts on the page (no worker). */
const onPageOnly = () => typeof location !== 'undefined' && new URLSearchParams(location.search).get('tiles') === 'page';

export function openTileSource(url: string): TileSource {
  const abs = new URL(url, typeof location !== 'undefined' ? location.href : undefined).href;
  let worker: Worker | null = null;
  try {
    if (typeof OffscreenCanvas !== 'undefined' && typeof Worker !== 'undefined' && !onPageOnly()) {
      worker = new Worker(new URL('./tile.worker.ts', import.meta.url), { type: 'module' });
    }
  } catch {
    worker = null;
  }
  if (!worker) {
    const cutter = new TileCutter(abs);
    return { tile: (r) => cutter.tile(r), dispose: () => cutter.close() };
  }
  const w = worker;
  let nextId = 1;
  let dead = false;
  const waiting = new Map<number, { ok(v: unknown): void; no(e: Error): void }>();
  const failAll = (why: string) => {
    for (const j of waiting.values()) j.no(new Error(why));
    waiting.clear();
  };
  w.onmessage = (e: MessageEvent<{ id: number; error?: string; bitmap?: ImageBitmap; size?: unknown }>) => {
    const job = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if (e.data.error !== undefined) job?.no(new Error(e.data.error));
    else job?.ok(e.data.bitmap ?? e.data.size);
    if (!job) e.data.bitmap?.close();
  };
  w.onerror = () => failAll('the tile worker failed');
  const ask = <T,>(msg: object): Promise<T> => {
    if (dead) return Promise.reject(new Error('closed'));
    const id = nextId++;
    return new Promise<T>((ok, no) => {
      waiting.set(id, { ok: ok as (v: unknown) => void, no });
      w.postMessage({ id, ...msg });
    });
  };
  const opened = ask<{ width: number; height: number }>({ type: 'open', url: abs });
  return {
    tile: async (rect) => {
      await opened;
      return ask<ImageBitmap>({ type: 'tile', rect: { x: rect.x, y: rect.y, w: rect.w, h: rect.h } });
    },
    dispose: () => {
      dead = true;
      failAll('closed');
      w.terminate();
    },
  };
}
