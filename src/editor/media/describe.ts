import { t } from '../../i18n/index.ts';
import { formatCount } from '../../story/phrase.ts';
import { DEFAULT_LIMITS } from '../../story/io/package/limits.ts';

/**
 * Human words for files Storyscape cannot use, decided by their bytes (the name only tells us
 * what the person hoped it was: a picture or a sound).
 */
type Looks = 'text' | 'pdf' | 'zip' | 'web' | 'unknown';

export function looksLike(b: Uint8Array): Looks {
  const s = String.fromCharCode(...b.subarray(0, 8));
  if (s.startsWith('%PDF')) return 'pdf';
  if (s.startsWith('PK\x03\x04')) return 'zip';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype') || head.startsWith('<html') || head.startsWith('<svg') || head.startsWith('<?xml')) return 'web';
  if (b.length === 0) return 'unknown';
  const sample = b.subarray(0, 512);
  let odd = 0;
  for (const c of sample) if (c === 0 || (c < 9) || (c > 13 && c < 32)) odd++;
  return odd === 0 ? 'text' : 'unknown';
}

const AUDIO_NAME = /\.(mp3|ogg|oga|opus|wav|m4a|aac|webm|flac|weba)$/i;

/** "'notes.jpg' is not a picture: it looks like a text file. Choose a JPEG, PNG or WebP photo." */
export function notMediaMessage(name: string, bytes: Uint8Array): string {
  const wanted = AUDIO_NAME.test(name) ? 'sound' : /\.(jpe?g|png|webp|gif|heic|avif)$/i.test(name) ? 'picture' : 'either';
  const looks = looksLike(bytes);
  const what = looks === 'unknown' ? t('media.error.looksUnknown') : t(`media.error.looks.${looks}`);
  return t(`media.error.not.${wanted}`, { name, what });
}

/** A picture in a format browsers cannot show everywhere (HEIC, AVIF, GIF). */
export const wrongImageFormatMessage = (name: string, label: string) => t('media.error.imageFormat', { name, format: label });
export const damagedMessage = (name: string, label: string) => t('media.error.damaged', { name, format: label });
export const cannotPlayMessage = (name: string, label: string) => t('media.error.cannotPlay', { name, format: label });
export const tooBigMessage = (name: string) => t('media.error.tooBig', { name });
/** A picture with more pixels than any device can show (and packages take). */
export const tooManyPixelsMessage = (name: string, width: number, height: number) =>
  t('media.error.tooManyPixels', { name, width: formatCount(width), height: formatCount(height), max: formatCount(DEFAULT_LIMITS.maxImageSide), maxHeight: formatCount(DEFAULT_LIMITS.maxImagePixels / DEFAULT_LIMITS.maxImageSide) });
export const hevcMessage = (name: string) => t('media.error.hevc', { name });
export const cannotPlayVideoMessage = (name: string) => t('media.error.cannotPlayVideo', { name });
export const noPosterMessage = (name: string) => t('media.error.noPoster', { name });
