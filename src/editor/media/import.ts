import type { AudioAsset, ImageAsset, VideoAsset } from '../../story/schema/asset.ts';
import { asVideo, sniffMedia } from '../../story/io/package/sniff.ts';
import { probeImage } from '../../story/io/package/image-size.ts';
import { hashBlob } from '../../story/hash.ts';
import { readExif, readXmp, stripJpegMetadata } from '../../story/media/jpeg-meta.ts';
import { stripPngMetadata, stripWebpMetadata } from '../../story/media/container-meta.ts';
import { checkTwoToOne, isCropped, northOffsetFor, parseGPano, placeInFullFrame } from '../../story/media/gpano.ts';
import { processImageOffThread } from './process-client.ts';
import { THUMB_WIDTH } from '../../storage/thumbnails/make.ts';
import { audioDuration, canPlay } from './audio-info.ts';
import { frameAt, looksLikeHevc, openVideo, videoFacts } from './video-info.ts';
import { cannotPlayMessage, cannotPlayVideoMessage, hevcMessage, noPosterMessage, damagedMessage, notMediaMessage, tooBigMessage, tooManyPixelsMessage, wrongImageFormatMessage } from './describe.ts';
import { DEFAULT_LIMITS } from '../../story/io/package/limits.ts';

/**
 * One file from the picker, a drop or the microphone -> an asset ready for `editor.addAsset`, or a
 * message saying why not. Decided by the bytes. Pictures come out upright, at full size (the player
 * shows what the device can hold, with tiles beyond that), padded to 2:1 when they are phone
 * photospheres, and without GPS or other personal metadata. They are decoded in a worker, so a
 * 12000 x 6000 photo does not freeze the page. Pictures larger than packages take (16384 px wide,
 * 16384 x 8192 pixels) are refused, with words, before anything is decoded.
 */
export const MAX_WIDTH = DEFAULT_LIMITS.maxImageSide;
/** Files larger than this are refused before reading (a 360 photo is rarely over 60 MB). */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;

export interface ImportedImage {
  kind: 'image';
  asset: ImageAsset;
  blob: Blob;
  thumbnail: Blob | null;
  /** North offset from the photosphere's compass heading (0 when unknown). */
  northOffset: number;
  /** Width/height when the picture is not 2:1 (the person is asked whether to use it anyway). */
  notTwoToOne: number | null;
  padded: boolean;
}

export interface ImportedAudio {
  kind: 'audio';
  asset: AudioAsset;
  blob: Blob;
}

export interface ImportedVideo {
  kind: 'video';
  asset: VideoAsset;
  blob: Blob;
  /** Its first frame, as a picture: the scene's panorama while the video loads. */
  poster: ImportedImage;
}

export type ImportResult = { ok: true; media: ImportedImage | ImportedAudio | ImportedVideo } | { ok: false; message: string };

const VIDEO_NAME = /\.(mp4|m4v|mov|webm|mkv|insv|lrv)$/i;

const OK_IMAGES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** How far one file's import is, 0..1 (for a progress bar: decoding a big photo takes seconds). */
export type ImportProgress = (fraction: number) => void;

export async function importFile(file: Blob, name: string, onProgress?: ImportProgress): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: tooBigMessage(name) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  onProgress?.(0.15);
  const sniffed = sniffMedia(bytes.subarray(0, 16));
  if (!sniffed) return { ok: false, message: notMediaMessage(name, bytes) };
  if (sniffed.kind === 'image') {
    if (!OK_IMAGES.has(sniffed.mime)) return { ok: false, message: wrongImageFormatMessage(name, sniffed.label) };
    return importImage(bytes, sniffed.mime, sniffed.label, name, onProgress);
  }
  const video = asVideo(sniffed);
  if (video || VIDEO_NAME.test(name)) {
    const r = await importVideo(bytes, video?.mime ?? 'video/mp4', name);
    if (r) return r;
  }
  return importAudio(bytes, sniffed.mime, sniffed.label, name);
}

/**
 * A 360° video, with its first frame as its poster. Null when the file holds only sound (an M4A or
 * a WebM recording is the same kind of file as a video). Refused, with how to convert it, when
 * this browser cannot play it (e.g. H.265/HEVC).
 */
async function importVideo(bytes: Uint8Array, mime: string, name: string): Promise<ImportResult | null> {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  let opened;
  try {
    opened = await openVideo(blob);
  } catch {
    if (looksLikeHevc(bytes)) return { ok: false, message: hevcMessage(name) };
    return VIDEO_NAME.test(name) ? { ok: false, message: cannotPlayVideoMessage(name) } : null;
  }
  try {
    if (!opened.el.videoWidth) {
      if (looksLikeHevc(bytes)) return { ok: false, message: hevcMessage(name) };
      return null;
    }
    const facts = await videoFacts(opened.el);
    const frame = await frameAt(opened.el, 0);
    if (!frame) return { ok: false, message: noPosterMessage(name) };
    const poster = await importFile(frame, posterName(name));
    if (!poster.ok || poster.media.kind !== 'image') return { ok: false, message: noPosterMessage(name) };
    const asset: VideoAsset = {
      id: await hashBlob(blob),
      kind: 'video',
      mime,
      bytes: blob.size,
      name,
      width: facts.width,
      height: facts.height,
      duration: Math.round(facts.duration * 1000) / 1000,
      sound: 'sounds',
      transcript: {},
      captions: {},
      credit: {},
      consent: { peopleRecognisable: 'unknown', consentRecorded: false },
    };
    return { ok: true, media: { kind: 'video', asset, blob, poster: poster.media } };
  } finally {
    opened.close();
  }
}

/** "walk.mp4" -> "walk (still picture).jpg" */
export const posterName = (videoName: string): string => `${videoName.replace(/\.[a-z0-9]{2,5}$/i, '')} (still picture).jpg`;

/** The frame at `time` seconds of a video the story has, as a picture asset (a new poster). */
export async function posterAt(video: Blob, videoName: string, time: number): Promise<ImportedImage | null> {
  const opened = await openVideo(video).catch(() => null);
  if (!opened) return null;
  try {
    const frame = await frameAt(opened.el, time);
    const r = frame ? await importFile(frame, posterName(videoName)) : null;
    return r?.ok && r.media.kind === 'image' ? r.media : null;
  } finally {
    opened.close();
  }
}

async function importImage(bytes: Uint8Array, mime: string, label: string, name: string, onProgress?: ImportProgress): Promise<ImportResult> {
  const probe = probeImage(bytes);
  if (probe.status !== 'ok') return { ok: false, message: damagedMessage(name, label) };
  if (tooManyPixels(probe.width, probe.height)) return { ok: false, message: tooManyPixelsMessage(name, probe.width, probe.height) };
  onProgress?.(0.2);
  const isJpeg = mime === 'image/jpeg';
  const exif = isJpeg ? readExif(bytes) : null;
  const xmp = isJpeg ? readXmp(bytes) : null; // read before the metadata is stripped
  const gpano = xmp ? parseGPano(xmp) : null;
  const cropped = gpano && isCropped(gpano) ? gpano : null;
  const rotated = (exif?.orientation ?? 1) !== 1;
  const source = new Blob([bytes as BlobPart], { type: mime });
  let processed;
  try {
    const upright = rotated && exif!.orientation >= 5 ? { w: probe.height, h: probe.width } : { w: probe.width, h: probe.height };
    processed = await processImageOffThread({
      blob: source,
      reencode: rotated,
      placement: cropped ? placeInFullFrame(cropped, upright.w, upright.h, MAX_WIDTH) : null,
      maxWidth: MAX_WIDTH,
      thumbWidth: THUMB_WIDTH,
    });
  } catch {
    return { ok: false, message: damagedMessage(name, label) };
  }
  onProgress?.(0.8);
  let finalBlob: Blob;
  let finalMime = mime;
  if (processed.blob) {
    finalBlob = processed.blob;
    finalMime = processed.blob.type || 'image/jpeg';
  } else {
    const stripped = isJpeg ? stripJpegMetadata(bytes) : mime === 'image/png' ? stripPngMetadata(bytes) : stripWebpMetadata(bytes);
    if (!stripped) return { ok: false, message: damagedMessage(name, label) };
    finalBlob = new Blob([stripped as BlobPart], { type: mime });
  }
  const id = await hashBlob(finalBlob);
  const aspect = checkTwoToOne(processed.width, processed.height);
  const asset: ImageAsset = {
    id,
    kind: 'image',
    mime: finalMime,
    bytes: finalBlob.size,
    name,
    width: processed.width,
    height: processed.height,
    alt: {},
    credit: {},
    consent: { peopleRecognisable: 'unknown', consentRecorded: false },
  };
  return {
    ok: true,
    media: {
      kind: 'image',
      asset,
      blob: finalBlob,
      thumbnail: processed.thumbnail,
      northOffset: northOffsetFor(gpano?.heading ?? null),
      notTwoToOne: aspect.ok ? null : aspect.ratio,
      padded: !!cropped,
    },
  };
}

/** Larger than any package, hub or device takes (the same limits as packages). */
export const tooManyPixels = (width: number, height: number): boolean =>
  width > DEFAULT_LIMITS.maxImageSide || height > DEFAULT_LIMITS.maxImageSide || width * height > DEFAULT_LIMITS.maxImagePixels;

async function importAudio(bytes: Uint8Array, mime: string, label: string, name: string): Promise<ImportResult> {
  if (!canPlay(mime)) return { ok: false, message: cannotPlayMessage(name, label) };
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const duration = await audioDuration(blob);
  if (duration === null) return { ok: false, message: damagedMessage(name, label) };
  const asset: AudioAsset = {
    id: await hashBlob(blob),
    kind: 'audio',
    mime,
    bytes: blob.size,
    name,
    duration,
    transcript: {},
    credit: {},
    consent: { peopleRecognisable: 'unknown', consentRecorded: false },
  };
  return { ok: true, media: { kind: 'audio', asset, blob } };
}
