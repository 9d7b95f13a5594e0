import sharp from 'sharp';
import type { Story } from '../story/schema/story.ts';
import { PREVIEW_QUALITY, previewSize, startPicture } from '../publish/preview.ts';

/**
 * The start picture's preview for a published site (src/publish/preview.ts), made with sharp, or
 * undefined when there is no start picture or it cannot be read (the site then works without one).
 */
export async function makePreview(story: Story, asset: (id: string) => Promise<Blob>): Promise<Uint8Array | undefined> {
  const picture = startPicture(story);
  if (!picture) return undefined;
  try {
    const input = new Uint8Array(await (await asset(picture.id)).arrayBuffer());
    const { width, height } = previewSize(picture.width, picture.height);
    const out = await sharp(input, { limitInputPixels: false })
      .rotate() // as the browser shows it (EXIF orientation), like the player's own decode
      .resize({ width, height, fit: 'fill' })
      .jpeg({ quality: Math.round(PREVIEW_QUALITY * 100) })
      .toBuffer();
    return new Uint8Array(out);
  } catch {
    return undefined;
  }
}
