import { t, type MessageKey } from '../../i18n/index.ts';
import { localize } from '../../story/text.ts';
import type { StoryListing } from '../../storage/repository.ts';
import { StorageError } from '../../storage/errors.ts';

export { relativeTime, sceneCount } from '../../ui/when.ts';

/** How the library words a story's card: its title, scene count, when it changed, what went wrong. */
export const titleOf = (l: StoryListing) => localize(l.title, l.language) || t('library.newTitle');

export function errorText(e: unknown): string {
  return e instanceof StorageError ? t(`storage.error.${e.kind}` as MessageKey) : t('storage.error.failed');
}
