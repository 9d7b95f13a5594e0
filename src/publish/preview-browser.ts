import type { GetAssetBytes } from '../story/io/package/write.ts';
import type { Story } from '../story/schema/story.ts';
import { PREVIEW_QUALITY, previewSize, startPicture } from './preview.ts';

/**
 * The start picture's preview for a site published from the app (preview.ts), made by the browser
 * (createImageBitmap + OffscreenCanvas), or undefined when it cannot: the site then works without one.
 */
export async function makePreviewInBrowser(story: Story, getAssetBytes: GetAssetBytes): Promise<Uint8Array | undefined> {
  const picture = startPicture(story);
  if (!picture || typeof OffscreenCanvas === 'undefined') return undefined;
  try {
    const bytes = await getAssetBytes(picture.id, picture);
    if (!bytes) return undefined;
    const blob = bytes instanceof Blob ? bytes : await new Response(bytes as BodyInit).blob();
    const { width, height } = previewSize(picture.width, picture.height);
    const bitmap = await createImageBitmap(blob, { resizeWidth: width, resizeHeight: height, resizeQuality: 'medium' });
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    bitmap.close();
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: PREVIEW_QUALITY });
    return new Uint8Array(await jpeg.arrayBuffer());
  } catch {
    return undefined;
  }
}
