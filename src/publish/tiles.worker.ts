/// <reference lib="webworker" />
import type { TilePlan } from './tiles.ts';

/**
 * Cuts one picture's tile files (tiles.ts) off the app's main thread: decodes the picture once,
 * then draws the small whole and each tile onto a canvas and encodes it as JPEG. Posts each file
 * as it is made (so the page shows progress), then 'done', or 'error' with why.
 */
export type TilesIn = { blob: Blob; plan: TilePlan; quality: number };
export type TilesOut = { type: 'file'; path: string; bytes: Uint8Array } | { type: 'done' } | { type: 'error'; message: string };

const post = (m: TilesOut, transfer: Transferable[] = []) => self.postMessage(m, transfer);

async function encode(source: ImageBitmap, sx: number, sy: number, sw: number, sh: number, w: number, h: number, quality: number): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(w, h);
  const g = canvas.getContext('2d')!;
  g.imageSmoothingQuality = 'high';
  g.drawImage(source, sx, sy, sw, sh, 0, 0, w, h);
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer());
}

self.onmessage = async (e: MessageEvent<TilesIn>) => {
  const { blob, plan, quality } = e.data;
  let picture: ImageBitmap | null = null;
  try {
    picture = await createImageBitmap(blob, { premultiplyAlpha: 'none' });
    const small = await createImageBitmap(picture, { resizeWidth: plan.base.width, resizeHeight: plan.base.height, resizeQuality: 'high' });
    const base = await encode(small, 0, 0, small.width, small.height, small.width, small.height, quality);
    small.close();
    post({ type: 'file', path: plan.base.path, bytes: base }, [base.buffer]);
    for (const t of plan.tiles) {
      if (t.x + t.w > picture.width || t.y + t.h > picture.height) throw new Error('the photo is smaller than the story says');
      const bytes = await encode(picture, t.x, t.y, t.w, t.h, t.w, t.h, quality);
      post({ type: 'file', path: t.path, bytes }, [bytes.buffer]);
    }
    post({ type: 'done' });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  } finally {
    picture?.close();
  }
};
