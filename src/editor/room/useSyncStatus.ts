import { useCallback, useSyncExternalStore } from 'react';
import { useRoomLink, type SyncStatus } from '../../storage/room-link.ts';

/** Where this story stands with the room hub; null when it is not a room story (or there is no room). */
export function useSyncStatus(storyId: string): SyncStatus | null {
  const link = useRoomLink();
  const subscribe = useCallback(
    (cb: () => void) => (link ? link.statuses.subscribe((id) => id === storyId && cb()) : () => {}),
    [link, storyId],
  );
  const get = useCallback(() => link?.statuses.get(storyId) ?? null, [link, storyId]);
  return useSyncExternalStore(subscribe, get, get);
}
