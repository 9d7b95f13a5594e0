import sharp from 'sharp';
import type { Story } from '../story/schema/story.ts';
import { PREVIEW_QUALITY, previewSize, scenePictures } from '../publish/preview.ts';

/**
 * The scene pictures' previews for a published site (src/publish/preview.ts), made with sharp, by
 * picture id: those that could be read (the site works without the others).
 */
export async function makePreviews(story: Story, asset: (id: string) => Promise<Blob>): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const picture of scenePictures(story)) {
    try {
      const input = new Uint8Array(await (await asset(picture.id)).arrayBuffer());
      const { width, height } = previewSize(picture.width, picture.height);
      const jpeg = await sharp(input, { limitInputPixels: false })
        .rotate() // as the browser shows it (EXIF orientation), like the player's own decode
        .resize({ width, height, fit: 'fill' })
        .jpeg({ quality: Math.round(PREVIEW_QUALITY * 100) })
        .toBuffer();
      out.set(picture.id, new Uint8Array(jpeg));
    } catch {
      // this picture has no preview; the player waits for the full one
    }
  }
  return out;
}
