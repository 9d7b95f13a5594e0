import { t } from '../i18n/index.ts';

/** How a story's size and last change are worded on cards and lists (the library, the room's lists). */
export const sceneCount = (n: number) => (n === 1 ? t('library.oneScene') : t('library.scenes', { count: n }));

/** "2 minutes ago", "yesterday" in the UI's language. */
export function relativeTime(iso: string, now = Date.now()): string {
  const diff = (new Date(iso).getTime() - now) / 1000;
  const rtf = new Intl.RelativeTimeFormat(document.documentElement.lang || 'en', { numeric: 'auto' });
  const abs = Math.abs(diff);
  if (abs < 45) return rtf.format(0, 'second');
  if (abs < 3600) return rtf.format(Math.round(diff / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(diff / 3600), 'hour');
  if (abs < 86400 * 30) return rtf.format(Math.round(diff / 86400), 'day');
  return new Date(iso).toLocaleDateString();
}
