import { t, type MessageKey } from '../../i18n/index.ts';
import { localize } from '../../story/text.ts';
import type { StoryListing } from '../../storage/repository.ts';
import { StorageError } from '../../storage/errors.ts';

/** How the library words a story's card: its title, scene count, when it changed, what went wrong. */
export const sceneCount = (n: number) => (n === 1 ? t('library.oneScene') : t('library.scenes', { count: n }));
export const titleOf = (l: StoryListing) => localize(l.title, l.language) || t('library.newTitle');

export function relativeTime(iso: string): string {
  const diff = (new Date(iso).getTime() - Date.now()) / 1000;
  const rtf = new Intl.RelativeTimeFormat(document.documentElement.lang || 'en', { numeric: 'auto' });
  const abs = Math.abs(diff);
  if (abs < 45) return rtf.format(0, 'second');
  if (abs < 3600) return rtf.format(Math.round(diff / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(diff / 3600), 'hour');
  if (abs < 86400 * 30) return rtf.format(Math.round(diff / 86400), 'day');
  return new Date(iso).toLocaleDateString();
}

export function errorText(e: unknown): string {
  return e instanceof StorageError ? t(`storage.error.${e.kind}` as MessageKey) : t('storage.error.failed');
}
