import sharp from 'sharp';
import type { Story } from '../story/schema/story.ts';
import { TILE_QUALITY } from '../story/io/package/tile-path.ts';
import { planTiles, tiledPictures, type TileFiles, type TilePlan } from '../publish/tiles.ts';

/**
 * The tiles of a published site's large scene pictures (src/publish/tiles.ts), cut with sharp: the
 * picture is decoded once, then each tile is cut from the decoded pixels. By picture id: those that
 * could be made (the player cuts the others itself, as for older sites).
 */
export async function makeTiles(story: Story, asset: (id: string) => Promise<Blob>, onPicture?: (done: number, total: number) => void): Promise<Map<string, TileFiles>> {
  const out = new Map<string, TileFiles>();
  const pictures = tiledPictures(story);
  for (const [i, picture] of pictures.entries()) {
    try {
      const input = new Uint8Array(await (await asset(picture.id)).arrayBuffer());
      out.set(picture.id, await cutPicture(input, planTiles(picture)));
    } catch {
      // no tiles for this picture: the player cuts them on the reader's device
    }
    onPicture?.(i + 1, pictures.length);
  }
  return out;
}

/** Every file of one picture's tiles, from its encoded bytes. */
export async function cutPicture(input: Uint8Array, plan: TilePlan): Promise<Map<string, Uint8Array>> {
  // As the browser shows it (EXIF orientation), like the player's own decode.
  const { data, info } = await sharp(input, { limitInputPixels: false }).rotate().removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
  const jpeg = { quality: Math.round(TILE_QUALITY * 100) };
  const files = new Map<string, Uint8Array>();
  const base = await sharp(data, raw).resize({ width: plan.base.width, height: plan.base.height, fit: 'fill' }).jpeg(jpeg).toBuffer();
  files.set(plan.base.path, new Uint8Array(base));
  for (const t of plan.tiles) {
    if (t.x + t.w > info.width || t.y + t.h > info.height) throw new Error('the picture is smaller than the story says');
    const tile = await sharp(data, raw).extract({ left: t.x, top: t.y, width: t.w, height: t.h }).jpeg(jpeg).toBuffer();
    files.set(t.path, new Uint8Array(tile));
  }
  return files;
}
