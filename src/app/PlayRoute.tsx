import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { t } from '../i18n/index.ts';
import { navigate } from './router.ts';
import { openStory, type OpenedStory } from './stories.ts';
import { StoryNotOpened, StoryOpening } from '../ui/StoryNotOpened.tsx';
import { useRepository } from '../storage/context.ts';
import { useRoom } from '../room/context.ts';
import { openFromHub } from '../room/play.ts';
import { guideLinkFor, isGuidedHeadset } from './guide.ts';

// The player is its own chunk: the library and editor never load it until a story is played.
const PlayerScreen = lazy(() => import('../player/PlayerScreen.tsx').then((m) => ({ default: m.PlayerScreen })));

export function PlayRoute({ storyId }: { storyId: string }) {
  const repo = useRepository();
  const [opened, setOpened] = useState<OpenedStory | null>(null);
  const room = useRoom();
  // Showcase (#16): a headset of the room is guided; the facilitator's player leads with ?lead.
  const guide = useMemo(() => {
    const lead = !!room?.state.snapshot().info.facilitator && new URLSearchParams(location.search).has('lead');
    return room && (lead || isGuidedHeadset(room)) ? guideLinkFor(room, storyId, lead ? 'lead' : 'headset') : undefined;
  }, [room, storyId]);
  useEffect(() => {
    // App keys this route by storyId, so a new id mounts a fresh component: no reset needed here.
    let live = true;
    const open = async (): Promise<OpenedStory> => {
      // In a room: "Play" in the room's list (?room) plays the hub's version; a story this laptop
      // does not have (a headset) comes from the hub too.
      const inRoom = !!room?.state.roomId();
      if (room && inRoom && new URLSearchParams(location.search).has('room')) return openFromHub(room.client, storyId);
      const here = await openStory(repo, storyId);
      return !here.ok && here.reason === 'not-found' && room && inRoom ? openFromHub(room.client, storyId) : here;
    };
    void open().then((o) => live && setOpened(o));
    return () => {
      live = false;
    };
  }, [repo, storyId, room]);

  const loading = <StoryOpening text={t('player.loading')} />;
  if (!opened) return loading;
  const toLibrary = () => navigate({ name: 'library' });
  if (!opened.ok) return <StoryNotOpened storyId={storyId} failure={opened} onBack={toLibrary} />;
  const debug = new URLSearchParams(location.search).has('debug');
  return (
    <Suspense fallback={loading}>
      <PlayerScreen story={opened.story} assets={opened.assets} debug={debug} onExit={toLibrary} guide={guide} />
    </Suspense>
  );
}
