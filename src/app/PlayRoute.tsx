import { lazy, Suspense, useEffect, useState } from 'react';
import { t } from '../i18n/index.ts';
import { navigate } from './router.ts';
import { openStory, type OpenedStory } from './stories.ts';

// The player is its own chunk: the library and editor never load it until a story is played.
const PlayerScreen = lazy(() => import('../player/PlayerScreen.tsx').then((m) => ({ default: m.PlayerScreen })));

export function PlayRoute({ storyId }: { storyId: string }) {
  const [opened, setOpened] = useState<OpenedStory | null>(null);
  useEffect(() => {
    // App keys this route by storyId, so a new id mounts a fresh component: no reset needed here.
    let live = true;
    openStory(storyId).then((o) => live && setOpened(o));
    return () => {
      live = false;
    };
  }, [storyId]);

  const loading = (
    <main className="page message-page" aria-busy="true">
      <p role="status">{t('player.loading')}</p>
    </main>
  );
  if (!opened) return loading;
  if (!opened.ok) {
    return (
      <main className="page message-page">
        <h1>{t('error.title')}</h1>
        {opened.reason === 'not-found' ? (
          <p>{t('error.storyNotFound', { id: storyId })}</p>
        ) : (
          <>
            <p>{t('error.storyBroken')}</p>
            <ul>
              {opened.problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </>
        )}
        <button type="button" className="button primary" onClick={() => navigate({ name: 'library' })}>
          {t('player.back')}
        </button>
      </main>
    );
  }
  const debug = new URLSearchParams(location.search).has('debug');
  return (
    <Suspense fallback={loading}>
      <PlayerScreen story={opened.story} assets={opened.assets} debug={debug} onExit={() => navigate({ name: 'library' })} />
    </Suspense>
  );
}
