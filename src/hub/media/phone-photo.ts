import sharp from 'sharp';
import { DEFAULT_LIMITS } from '../../story/io/package/limits.ts';
import { PLAYABLE_AUDIO, PLAYABLE_VIDEO } from '../../story/io/package/sniff.ts';
import { readExif, readXmp, stripJpegMetadata } from '../../story/media/jpeg-meta.ts';
import { stripPngMetadata, stripWebpMetadata } from '../../story/media/container-meta.ts';
import { parseGPano, type GPano } from '../../story/media/gpano.ts';
import { gpanoXmp, withXmp } from './gpano-xmp.ts';
import { MediaSniffer, type MediaFacts } from './sniffer.ts';
import { mediaWords } from './words.ts';

/** Photos a phone may send (the editor's import takes the same). */
export const PHONE_IMAGES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp']);
/** Pictures bigger than this are refused before they are read into memory. */
export const MAX_PHOTO_BYTES = 150 * 1024 * 1024;

export interface CheckedPhoto {
  bytes: Uint8Array;
  facts: MediaFacts;
  gpano: GPano | null;
  /** What was done to the file, in words for the person who sent it. */
  notes: string[];
}

sharp.cache(false);
sharp.concurrency(1);

/**
 * A photo from a phone, made safe to keep: the same type and pixel checks as the editor's import,
 * decoded once to be sure it is whole (sharp), upright, and without personal metadata (GPS, camera,
 * dates). The picture data is copied byte for byte where it can be (JPEG, PNG, WebP metadata are
 * removed without re-encoding); only a photo stored sideways (EXIF orientation) is re-encoded,
 * upright. A photosphere's GPano placement is kept (alone) so the editor can pad it to 2:1.
 */
export async function checkPhoto(input: Uint8Array, name?: string): Promise<CheckedPhoto> {
  const sniffer = new MediaSniffer({ images: PHONE_IMAGES, audio: new Set() }, name);
  sniffer.feed(input);
  const facts = sniffer.finish(input.length);
  if (facts.kind !== 'image') throw mediaWords.notMedia(name);
  if (input.length > MAX_PHOTO_BYTES) throw mediaWords.tooBig(input.length, MAX_PHOTO_BYTES, name);
  const options = { failOn: 'error' as const, limitInputPixels: DEFAULT_LIMITS.maxImagePixels };
  let orientation: number;
  try {
    const meta = await sharp(input, options).metadata();
    orientation = meta.orientation ?? 1;
    // Decoding every row (at a small size) finds pictures cut short or damaged inside.
    await sharp(input, options).resize({ width: 64, height: 32, fit: 'fill' }).raw().toBuffer();
  } catch {
    throw mediaWords.damaged(facts.label, name);
  }
  const notes: string[] = [];
  const isJpeg = facts.mime === 'image/jpeg';
  const exif = isJpeg ? readExif(input) : null;
  if (exif?.hasGps) notes.push('Removed where the photo was taken (GPS).');
  if (orientation !== 1) {
    const format = facts.mime === 'image/png' ? 'png' : facts.mime === 'image/webp' ? 'webp' : 'jpeg';
    let pipeline = sharp(input, options).rotate();
    pipeline = format === 'jpeg' ? pipeline.jpeg({ quality: 92 }) : format === 'png' ? pipeline.png() : pipeline.webp({ quality: 92 });
    const upright = new Uint8Array(await pipeline.toBuffer());
    notes.push('Turned the photo upright.', 'Removed the hidden details the camera adds.');
    return { bytes: upright, facts: { ...facts, width: orientation >= 5 ? facts.height : facts.width, height: orientation >= 5 ? facts.width : facts.height }, gpano: null, notes };
  }
  const xmp = isJpeg ? readXmp(input) : null;
  const gpano = xmp ? parseGPano(xmp) : null;
  let bytes = isJpeg ? stripJpegMetadata(input) : facts.mime === 'image/png' ? stripPngMetadata(input) : stripWebpMetadata(input);
  if (!bytes) throw mediaWords.damaged(facts.label, name);
  if (bytes.length !== input.length) notes.push('Removed the hidden details the camera adds.');
  if (gpano && isJpeg) bytes = withXmp(bytes, gpanoXmp(gpano)) ?? bytes;
  return { bytes, facts, gpano, notes };
}

/** The checks for a sound or a video from a phone, fed as it streams (both are kept as they are). */
export function phoneMediaSniffer(name?: string): MediaSniffer {
  return new MediaSniffer({ images: PHONE_IMAGES, audio: PLAYABLE_AUDIO, video: PLAYABLE_VIDEO }, name);
}

/** A sound from a phone: the type from its bytes; kept as it is (sounds carry no GPS). */
export function checkSound(head: Uint8Array, size: number, name?: string): MediaFacts {
  const sniffer = phoneMediaSniffer(name);
  sniffer.feed(head);
  return sniffer.finish(size);
}
