import { lazy, Suspense } from 'react';
import { t } from '../i18n/index.ts';
import type { RoomNav } from '../room/context.ts';
import { navigate } from './router.ts';

// The room's pages are their own chunk (the phone page brings the resumable-upload client).
const JoinPage = lazy(() => import('../room/JoinPage.tsx').then((m) => ({ default: m.JoinPage })));
const RoomPage = lazy(() => import('../room/RoomPage.tsx').then((m) => ({ default: m.RoomPage })));
const HeadsetsPage = lazy(() => import('../room/showcase/HeadsetsPage.tsx').then((m) => ({ default: m.HeadsetsPage })));
const AddPage = lazy(() => import('../room/AddPage.tsx').then((m) => ({ default: m.AddPage })));

/** Where the room's pages go: the app's router. */
export const roomNav: RoomNav = {
  library: () => navigate({ name: 'library' }),
  join: () => navigate({ name: 'join' }),
  room: () => navigate({ name: 'room' }),
  headsets: () => navigate({ name: 'headsets' }),
  edit: (storyId) => navigate({ name: 'edit', storyId }),
  play: (storyId, fromRoom) => navigate({ name: 'play', storyId }, fromRoom ? { search: '?room' } : {}),
};

export function RoomRoute({ page, storyId }: { page: 'join' | 'room' | 'add' | 'headsets'; storyId?: string }) {
  return (
    <Suspense fallback={<p className="page" role="status">{t('room.stories.loading')}</p>}>
      {page === 'join' && <JoinPage nav={roomNav} />}
      {page === 'room' && <RoomPage nav={roomNav} />}
      {page === 'headsets' && <HeadsetsPage nav={roomNav} />}
      {page === 'add' && <AddPage nav={roomNav} storyId={storyId ?? ''} />}
    </Suspense>
  );
}
