import { t } from '../i18n/index.ts';
import { problemText } from '../i18n/problems.ts';
import type { Problem } from '../story/problems.ts';

/** Why a story in the library could not be opened (to play it or to edit it). */
export type StoryOpenFailure =
  | { reason: 'not-found' }
  | { reason: 'broken'; problems: readonly Pick<Problem, 'message' | 'phrase'>[] }
  /** Saving or reading on this computer failed; `message` says what to do. */
  | { reason: 'storage'; message: string };

/** The page shown while a story opens (the player's or the editor's words). */
export function StoryOpening({ text }: { text: string }) {
  return (
    <main className="page message-page" aria-busy="true">
      <p role="status">{text}</p>
    </main>
  );
}

/**
 * The page shown instead of a story that cannot be opened, with what went wrong in plain words and
 * a way back to the library (`onBack`). The player's and the editor's routes both use it.
 */
export function StoryNotOpened({ storyId, failure, onBack }: { storyId: string; failure: StoryOpenFailure; onBack(): void }) {
  return (
    <main className="page message-page">
      <h1>{failure.reason === 'not-found' ? t('error.storyNotFoundTitle') : t('error.title')}</h1>
      {failure.reason === 'not-found' && <p>{t('error.storyNotFound', { id: storyId })}</p>}
      {failure.reason === 'storage' && <p>{failure.message}</p>}
      {failure.reason === 'broken' && (
        <>
          <p>{t('error.storyBroken')}</p>
          <ul>
            {failure.problems.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button primary" onClick={onBack}>
        {t('player.back')}
      </button>
    </main>
  );
}
