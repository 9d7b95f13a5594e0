import { fittedSize } from '../../../story/media/panorama-grid.ts';

export interface DecodeOptions {
  /** Largest side the GPU takes (renderer.capabilities.maxTextureSize, or less on purpose). */
  maxSize: number;
  signal?: AbortSignal;
  /** Pixel size from the story's asset record, when known: lets a too-big image be scaled while decoding. */
  expected?: { width: number; height: number };
  /** How urgently the browser should download it (a neighbour: 'low', behind the first picture). */
  priority?: RequestPriority;
  /** Decoding waits for this (the download does not): e.g. until the first picture is on screen. */
  decodeAfter?: Promise<unknown>;
}

/**
 * Fetches and decodes a panorama off the main thread (createImageBitmap on a Blob), scaled down
 * to fit maxSize. Rows stay top-first: the panorama geometry maps v accordingly.
 */
export async function decodePanorama(url: string, o: DecodeOptions): Promise<ImageBitmap> {
  const res = await fetch(url, { signal: o.signal, priority: o.priority ?? 'auto' });
  if (!res.ok) throw new Error(`the picture could not be fetched (HTTP ${res.status})`);
  const blob = await res.blob();
  o.signal?.throwIfAborted();
  performance.mark('story:picture-fetched', { detail: { bytes: blob.size } });
  if (o.decodeAfter) {
    await o.decodeAfter.catch(() => {});
    o.signal?.throwIfAborted();
  }
  const base: ImageBitmapOptions = { premultiplyAlpha: 'none' };
  const e = o.expected;
  if (e && (e.width > o.maxSize || e.height > o.maxSize)) {
    const f = fittedSize(e.width, e.height, o.maxSize);
    return createImageBitmap(blob, { ...base, resizeWidth: f.width, resizeHeight: f.height, resizeQuality: 'high' });
  }
  return fitBitmap(await createImageBitmap(blob, base), o.maxSize);
}

/** The bitmap itself if it fits maxSize, else a scaled copy (the original is closed). */
export async function fitBitmap(bmp: ImageBitmap, maxSize: number): Promise<ImageBitmap> {
  if (bmp.width <= maxSize && bmp.height <= maxSize) return bmp;
  const f = fittedSize(bmp.width, bmp.height, maxSize);
  try {
    return await createImageBitmap(bmp, { resizeWidth: f.width, resizeHeight: f.height, resizeQuality: 'high' });
  } finally {
    bmp.close();
  }
}
