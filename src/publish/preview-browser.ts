import type { GetAssetBytes } from '../story/io/package/write.ts';
import type { Story } from '../story/schema/story.ts';
import { PREVIEW_QUALITY, previewSize, scenePictures } from './preview.ts';

/**
 * The scene pictures' previews for a site published from the app (preview.ts), made by the browser
 * (createImageBitmap + OffscreenCanvas), by picture id: those it could make (the site works without the others).
 */
export async function makePreviewsInBrowser(story: Story, getAssetBytes: GetAssetBytes): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  if (typeof OffscreenCanvas === 'undefined') return out;
  for (const picture of scenePictures(story)) {
    try {
      const bytes = await getAssetBytes(picture.id, picture);
      if (!bytes) continue;
      const blob = bytes instanceof Blob ? bytes : await new Response(bytes as BodyInit).blob();
      const { width, height } = previewSize(picture.width, picture.height);
      const bitmap = await createImageBitmap(blob, { resizeWidth: width, resizeHeight: height, resizeQuality: 'medium' });
      const canvas = new OffscreenCanvas(width, height);
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
      bitmap.close();
      const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: PREVIEW_QUALITY });
      out.set(picture.id, new Uint8Array(await jpeg.arrayBuffer()));
    } catch {
      // this picture has no preview; the player waits for the full one
    }
  }
  return out;
}
