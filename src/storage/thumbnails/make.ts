/** Width in pixels of the small copies of pictures shown on cards and in lists (made once, kept). */
export const THUMB_WIDTH = 320;

/**
 * A small JPEG copy of a picture: scaled while decoding (the height follows the picture's
 * proportions) and turned upright; from a picture already decoded, without decoding it again.
 * Browser only (createImageBitmap, OffscreenCanvas); thumbnail.worker.ts runs it off the page's thread.
 */
export async function makeThumbnail(picture: Blob | ImageBitmap | OffscreenCanvas, width = THUMB_WIDTH): Promise<Blob> {
  const bitmap = await createImageBitmap(picture, { resizeWidth: width, resizeQuality: 'medium', imageOrientation: 'from-image' });
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  } finally {
    bitmap.close();
  }
}
