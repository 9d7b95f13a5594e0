/**
 * A published site's preview of its start picture: a small JPEG (PREVIEW_WIDTH wide) that the page
 * downloads and draws first, in a fraction of the time a full 4096 or 8192 px panorama takes to
 * decode (on a slow device, seconds). The reader sees the start scene, soft, at once; the full
 * picture replaces it as soon as it is decoded (src/player/standalone/firstPaint.ts). The CLI makes
 * it with sharp, the app in the browser (preview-browser.ts); without one the page simply waits for the full picture.
 */
import type { Story } from '../story/schema/story.ts';

type ImageAsset = Extract<Story['assets'][number], { kind: 'image' }>;

/** Wide enough to recognise the scene on a phone or a laptop; ~1/16 of a 4096 px picture's pixels. */
export const PREVIEW_WIDTH = 1024;
/** JPEG quality of the preview (0–1): it is soft anyway, bytes matter more. */
export const PREVIEW_QUALITY = 0.7;

/** Where a picture's preview goes in the site. */
export const previewPath = (assetId: string): string => `assets/preview-${assetId}.jpg`;

/** The preview's pixel size for a picture of this size (never larger than the picture). */
export function previewSize(width: number, height: number): { width: number; height: number } {
  const w = Math.min(PREVIEW_WIDTH, width);
  return { width: w, height: Math.max(1, Math.round((height * w) / width)) };
}

/** The start scene's picture asset, the one a preview is made of (none for a video or a missing picture). */
export function startPicture(story: Story): ImageAsset | undefined {
  const start = story.scenes.find((s) => s.id === story.startSceneId);
  return start?.panorama ? story.assets.find((a): a is ImageAsset => a.id === start.panorama && a.kind === 'image') : undefined;
}
