import { lazy, Suspense, useEffect, useState } from 'react';
import { t } from '../i18n/index.ts';
import { navigate } from './router.ts';
import { openStory, type OpenedStory } from './stories.ts';
import { StoryNotOpened, StoryOpening } from '../ui/StoryNotOpened.tsx';
import { useRepository } from '../storage/context.ts';

// The player is its own chunk: the library and editor never load it until a story is played.
const PlayerScreen = lazy(() => import('../player/PlayerScreen.tsx').then((m) => ({ default: m.PlayerScreen })));

export function PlayRoute({ storyId }: { storyId: string }) {
  const repo = useRepository();
  const [opened, setOpened] = useState<OpenedStory | null>(null);
  useEffect(() => {
    // App keys this route by storyId, so a new id mounts a fresh component: no reset needed here.
    let live = true;
    openStory(repo, storyId).then((o) => live && setOpened(o));
    return () => {
      live = false;
    };
  }, [repo, storyId]);

  const loading = <StoryOpening text={t('player.loading')} />;
  if (!opened) return loading;
  const toLibrary = () => navigate({ name: 'library' });
  if (!opened.ok) return <StoryNotOpened storyId={storyId} failure={opened} onBack={toLibrary} />;
  const debug = new URLSearchParams(location.search).has('debug');
  return (
    <Suspense fallback={loading}>
      <PlayerScreen story={opened.story} assets={opened.assets} debug={debug} onExit={toLibrary} />
    </Suspense>
  );
}
