import type { GetAssetBytes } from '../story/io/package/write.ts';
import type { Story } from '../story/schema/story.ts';
import { TILE_QUALITY } from '../story/io/package/tile-path.ts';
import { planTiles, tileFileCount, tiledPictures, type TileFiles, type TilePlan } from './tiles.ts';
import type { TilesIn, TilesOut } from './tiles.worker.ts';

export interface BrowserTiles {
  tiles: Map<string, TileFiles>;
  /** Names of the pictures that could not be cut (the player cuts those on the reader's device). */
  failed: string[];
}

/**
 * The tile files of the story's large pictures (tiles.ts), for a site published from the app: each
 * picture decoded and cut in a worker (a 12000 px photo is hundreds of MB decoded: never on the
 * page), one picture at a time. `progress` gets files made so far and in all (0 first).
 */
export async function makeTilesInBrowser(story: Story, getAssetBytes: GetAssetBytes, progress?: (done: number, total: number) => void): Promise<BrowserTiles> {
  const pictures = tiledPictures(story);
  const out: BrowserTiles = { tiles: new Map(), failed: [] };
  if (!pictures.length) return out;
  const plans = pictures.map(planTiles);
  const total = plans.reduce((n, p) => n + tileFileCount(p), 0);
  let done = 0;
  progress?.(0, total);
  for (const [i, picture] of pictures.entries()) {
    const plan = plans[i]!;
    try {
      const bytes = await getAssetBytes(picture.id, picture);
      if (!bytes) throw new Error('the photo is missing');
      const blob = bytes instanceof Blob ? bytes : await new Response(bytes as BodyInit).blob();
      out.tiles.set(picture.id, await cutInWorker(blob, plan, () => progress?.(++done, total)));
    } catch {
      out.failed.push(picture.name || picture.id.slice(0, 8));
    }
    done = plans.slice(0, i + 1).reduce((n, p) => n + tileFileCount(p), 0);
    progress?.(done, total);
  }
  return out;
}

function cutInWorker(blob: Blob, plan: TilePlan, onFile: () => void): Promise<Map<string, Uint8Array>> {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return Promise.reject(new Error('this browser cannot cut tiles'));
  const worker = new Worker(new URL('./tiles.worker.ts', import.meta.url), { type: 'module' });
  const files = new Map<string, Uint8Array>();
  return new Promise<Map<string, Uint8Array>>((ok, no) => {
    worker.onmessage = (e: MessageEvent<TilesOut>) => {
      const m = e.data;
      if (m.type === 'file') {
        files.set(m.path, m.bytes);
        onFile();
      } else if (m.type === 'done') ok(files);
      else no(new Error(m.message));
    };
    worker.onerror = () => no(new Error('the tile worker failed (often: not enough memory)'));
    worker.postMessage({ blob, plan, quality: TILE_QUALITY } satisfies TilesIn);
  }).finally(() => worker.terminate());
}
