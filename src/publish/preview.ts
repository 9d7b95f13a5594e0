/**
 * A published site's previews of its scene pictures: small JPEGs (PREVIEW_WIDTH wide) that decode
 * and go to the GPU in a fraction of the time a full 4096 or 8192 px panorama takes (on a slow
 * device, seconds). The start picture's is downloaded and drawn first (src/player/standalone/firstPaint.ts);
 * the others stand in for a chosen scene whose full picture is not on the GPU yet, so the scene
 * shows, soft, in the next frame and sharpens when its picture is ready (player/view/Panorama.tsx).
 * The CLI makes them with sharp, the app in the browser (preview-browser.ts); without them the page
 * simply waits for the full pictures.
 */
import type { Story } from '../story/schema/story.ts';

type ImageAsset = Extract<Story['assets'][number], { kind: 'image' }>;

/** Wide enough to recognise the scene on a phone or a laptop; ~1/16 of a 4096 px picture's pixels. */
export const PREVIEW_WIDTH = 1024;
/** JPEG quality of the preview (0–1): it is soft anyway, bytes matter more. */
export const PREVIEW_QUALITY = 0.7;

export { PREVIEWS_META, previewPath } from '../story/io/package/preview-path.ts';

/** The preview's pixel size for a picture of this size (never larger than the picture). */
export function previewSize(width: number, height: number): { width: number; height: number } {
  const w = Math.min(PREVIEW_WIDTH, width);
  return { width: w, height: Math.max(1, Math.round((height * w) / width)) };
}

/** Every picture a scene shows (each once, the start scene's first): the pictures that get a preview. */
export function scenePictures(story: Story): ImageAsset[] {
  const start = startPicture(story);
  const out: ImageAsset[] = start ? [start] : [];
  for (const scene of story.scenes) {
    const a = story.assets.find((x): x is ImageAsset => x.id === scene.panorama && x.kind === 'image');
    if (a && !out.some((o) => o.id === a.id)) out.push(a);
  }
  return out;
}

/** The start scene's picture asset, the one a preview is made of (none for a video or a missing picture). */
export function startPicture(story: Story): ImageAsset | undefined {
  const start = story.scenes.find((s) => s.id === story.startSceneId);
  return start?.panorama ? story.assets.find((a): a is ImageAsset => a.id === start.panorama && a.kind === 'image') : undefined;
}
