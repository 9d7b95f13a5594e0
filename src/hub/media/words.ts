import { DEFAULT_LIMITS } from '../../story/io/package/limits.ts';
import { formatBytes, formatCount } from '../../story/phrase.ts';
import { HubError } from '../errors.ts';

/** Why a photo, sound or video was refused, in words (the same checks as importing in the editor). */
const named = (name: string | undefined) => (name ? `"${name}"` : 'This file');

export const mediaWords = {
  notMedia: (name?: string) =>
    new HubError(415, 'not-media', `${named(name)} is not a photo, a sound or a video Storyscape can use. Photos can be JPEG, PNG or WebP; sounds MP3, Ogg, WAV, M4A, WebM or FLAC; videos MP4 (H.264) or WebM.`),
  heic: (name?: string) =>
    new HubError(
      415,
      'heic',
      `${named(name)} is a HEIC photo, which browsers cannot show. On an iPhone, choose Settings → Camera → Formats → Most Compatible and take the photo again, or send it as JPEG.`,
    ),
  hevc: (name?: string) =>
    new HubError(
      415,
      'hevc',
      `${named(name)} is an H.265 (HEVC) video, the kind some phones and 360° cameras make. Most browsers cannot play it, so it was not kept. Turn it into an MP4 (H.264) video, for example with the free app HandBrake (preset "Fast 4K"), or set your phone to record "Most compatible" video (iPhone: Settings › Camera › Formats), then send it again.`,
    ),
  videoFormat: (codec: string, name?: string) =>
    new HubError(
      415,
      'video-format',
      `${named(name)} is a video browsers cannot play (its format is called ${codec.replace(/[^\w/.-]/g, '?').slice(0, 40)}). Turn it into an MP4 (H.264) video, for example with the free app HandBrake, then send it again.`,
    ),
  imageFormat: (label: string, name?: string) => new HubError(415, 'image-format', `${named(name)} is a ${label} picture. Storyscape takes JPEG, PNG or WebP photos.`),
  tooBig: (bytes: number, limit: number, name?: string) =>
    new HubError(413, 'too-big', `${named(name)} is ${formatBytes(bytes)}: too big. Photos, sounds and videos can be at most ${formatBytes(limit)} each.`),
  tooManyPixels: (width: number, height: number, name?: string) =>
    new HubError(
      413,
      'too-many-pixels',
      `${named(name)} is ${formatCount(width)} × ${formatCount(height)} pixels: too big to show in a headset. Storyscape takes pictures up to ${formatCount(DEFAULT_LIMITS.maxImageSide)} pixels wide. Make it smaller and try again.`,
    ),
  damaged: (label: string, name?: string) =>
    new HubError(422, 'damaged', `${named(name)} looks like a ${label} file but cannot be read: it may be damaged or cut short. Try sending it again.`),
  hashMismatch: () =>
    new HubError(400, 'hash-mismatch', 'The file changed or was cut short on the way (its contents do not match its name). Send it again.'),
  empty: (name?: string) => new HubError(422, 'empty', `${named(name)} is empty.`),
};
