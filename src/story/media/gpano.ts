import { normalizeYaw } from '../angles.ts';

/**
 * Phone "photospheres" that do not cover the whole sphere (GPano XMP, Google's Photo Sphere
 * metadata) and the 2:1 check (pure).
 *
 * A photosphere stores only the part that was photographed (the cropped area) and says where it
 * sits in the full equirectangular frame (FullPano*, CroppedArea*), and which compass heading the
 * centre of the full frame faces (PoseHeadingDegrees, clockwise from north). Storyscape stores
 * full 2:1 frames: the cropped picture is placed at its spot on a 2:1 canvas, and the heading
 * becomes the scene's north offset (the yaw at which north lies, yaw 0 = frame centre).
 */

export interface GPano {
  fullWidth: number;
  fullHeight: number;
  croppedWidth: number;
  croppedHeight: number;
  left: number;
  top: number;
  /** Compass heading of the centre of the full panorama, or null when not given. */
  heading: number | null;
}

/** One GPano property, written as an attribute (GPano:X="1") or an element (<GPano:X>1</GPano:X>). */
function prop(xmp: string, name: string): number | null {
  const re = new RegExp(`GPano:${name}\\s*=\\s*["']([^"']*)["']|<GPano:${name}>([^<]*)</GPano:${name}>`);
  const m = re.exec(xmp);
  if (!m) return null;
  const v = Number((m[1] ?? m[2] ?? '').trim());
  return Number.isFinite(v) ? v : null;
}

/** The GPano placement in an XMP packet, or null when it has none (or it makes no sense). */
export function parseGPano(xmp: string): GPano | null {
  const fullWidth = prop(xmp, 'FullPanoWidthPixels');
  const fullHeight = prop(xmp, 'FullPanoHeightPixels');
  const croppedWidth = prop(xmp, 'CroppedAreaImageWidthPixels');
  const croppedHeight = prop(xmp, 'CroppedAreaImageHeightPixels');
  if (!fullWidth || !fullHeight || !croppedWidth || !croppedHeight) {
    const heading = prop(xmp, 'PoseHeadingDegrees');
    return heading === null ? null : { fullWidth: 2, fullHeight: 1, croppedWidth: 2, croppedHeight: 1, left: 0, top: 0, heading };
  }
  if (fullWidth <= 0 || fullHeight <= 0 || croppedWidth <= 0 || croppedHeight <= 0) return null;
  if (croppedWidth > fullWidth || croppedHeight > fullHeight) return null;
  const left = Math.max(0, prop(xmp, 'CroppedAreaLeftPixels') ?? Math.round((fullWidth - croppedWidth) / 2));
  const top = Math.max(0, prop(xmp, 'CroppedAreaTopPixels') ?? Math.round((fullHeight - croppedHeight) / 2));
  return { fullWidth, fullHeight, croppedWidth, croppedHeight, left, top, heading: prop(xmp, 'PoseHeadingDegrees') };
}

/** The scene's north offset for a heading (the frame centre faces `heading`, so north is at -heading). */
export const northOffsetFor = (heading: number | null): number => (heading === null ? 0 : normalizeYaw(-heading));

export interface Placement {
  /** Size of the full 2:1 frame. */
  width: number;
  height: number;
  /** Where the picture goes in it. */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Does the picture cover only part of the sphere (so it must be padded)? */
export const isCropped = (g: GPano) => g.croppedWidth < g.fullWidth || g.croppedHeight < g.fullHeight;

/**
 * Where a picture of `imageWidth` x `imageHeight` pixels goes in its full 2:1 frame, scaled so the
 * frame is at most `maxWidth` wide. The GPano numbers may describe a larger original (phones and
 * apps resize photos): everything is taken as fractions of the full panorama.
 */
export function placeInFullFrame(g: GPano, imageWidth: number, imageHeight: number, maxWidth = 8192): Placement {
  const fx = g.croppedWidth / g.fullWidth;
  const fy = g.croppedHeight / g.fullHeight;
  let width = Math.round(imageWidth / fx);
  width = Math.min(maxWidth, width + (width % 2));
  const height = width / 2;
  const x = Math.round((g.left / g.fullWidth) * width);
  const y = Math.round((g.top / g.fullHeight) * height);
  const w = Math.max(1, Math.round(fx * width));
  const h = Math.max(1, Math.round(fy * height));
  void imageHeight;
  return { width, height, x, y, w: Math.min(w, width - x), h: Math.min(h, height - y) };
}

export type AspectCheck = { ok: true } | { ok: false; ratio: number };

/** 360° pictures are twice as wide as tall; within 1% is fine. */
export function checkTwoToOne(width: number, height: number): AspectCheck {
  const ratio = width / height;
  return Math.abs(ratio - 2) <= 0.02 ? { ok: true } : { ok: false, ratio: Math.round(ratio * 100) / 100 };
}
