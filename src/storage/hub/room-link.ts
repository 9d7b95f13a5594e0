import type { RoomLink } from '../room-link.ts';
import type { HubClient } from './client.ts';
import type { HubStoryRepository } from './hub-repository.ts';
import { joinLink } from './addresses.ts';
import type { RoomState } from './room-state.ts';

/** The editor's view of the room (storage/room-link.ts), over the room state, repository and client. */
export function createRoomLink(room: RoomState, repo: HubStoryRepository, client: HubClient): RoomLink {
  return {
    statuses: repo.statuses,
    isRoomStory: (id) => repo.isRoomStory(id),
    onKeptBoth: (listener) => repo.onKeptBoth(listener),
    inbox: (storyId) => client.inbox(storyId),
    inboxBlob: async (entry) => {
      const blob = await client.getMedia(entry.hash);
      return blob.type === entry.mime ? blob : new Blob([blob], { type: entry.mime });
    },
    takeFromInbox: async (storyId, entryId) => void (await client.inboxTaken(storyId, entryId)),
    onInbox: (listener) => room.onMessage((m) => m.type === 'inbox' && listener(m.storyId, m.count)),
    onReconnect: (listener) => room.onReconnect(listener),
    phoneAddress: (storyId) => joinLink(room.snapshot().info, client.base, `add/${encodeURIComponent(storyId)}`),
  };
}
