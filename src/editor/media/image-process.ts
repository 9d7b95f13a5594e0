import type { Placement } from '../../story/media/gpano.ts';
import { makeThumbnail } from '../../storage/thumbnails/make.ts';

/**
 * Decoding, turning upright, padding, downscaling and re-encoding a picture with OffscreenCanvas
 * (browser only; runs in a worker, see image.worker.ts, or on the page when workers are missing).
 */
export interface ProcessRequest {
  blob: Blob;
  /** Re-encode (upright, without metadata) even when no size change is needed. */
  reencode: boolean;
  /** Place the picture in a larger 2:1 frame (phone photospheres that are not full 360x180). */
  placement: Placement | null;
  maxWidth: number;
  thumbWidth: number;
}

export interface ProcessResult {
  /** The new bytes, or null when the original may be kept (after stripping metadata). */
  blob: Blob | null;
  width: number;
  height: number;
  thumbnail: Blob | null;
}

async function encode(canvas: OffscreenCanvas, type: string): Promise<Blob> {
  return canvas.convertToBlob({ type, quality: 0.92 });
}

export async function processImage(req: ProcessRequest): Promise<ProcessResult> {
  // Orientation from EXIF is applied here: the bytes we keep are upright and carry no EXIF.
  const bitmap = await createImageBitmap(req.blob, { imageOrientation: 'from-image' });
  try {
    let width = bitmap.width;
    let height = bitmap.height;
    let out: Blob | null = null;
    // What the kept bytes show, already decoded: the thumbnail is made from it.
    let shown: ImageBitmap | OffscreenCanvas = bitmap;
    const p = req.placement;
    if (p) {
      const canvas = new OffscreenCanvas(p.width, p.height);
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#000';
      ctx.fillRect(0, 0, p.width, p.height);
      ctx.drawImage(bitmap, p.x, p.y, p.w, p.h);
      out = await encode(canvas, 'image/jpeg');
      width = p.width;
      height = p.height;
      shown = canvas;
    } else if (req.reencode || width > req.maxWidth) {
      const scale = Math.min(1, req.maxWidth / width);
      width = Math.max(1, Math.round(width * scale));
      height = Math.max(1, Math.round(height * scale));
      const canvas = new OffscreenCanvas(width, height);
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
      out = await encode(canvas, 'image/jpeg');
      shown = canvas;
    }
    const thumbnail = await makeThumbnail(shown, req.thumbWidth).catch(() => null);
    return { blob: out, width, height, thumbnail };
  } finally {
    bitmap.close();
  }
}
