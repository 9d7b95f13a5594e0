import { createContext, useContext, useSyncExternalStore } from 'react';
import type { HubClient } from '../storage/hub/client.ts';
import type { HubStoryRepository } from '../storage/hub/hub-repository.ts';
import type { RoomSnapshot, RoomState } from '../storage/hub/room-state.ts';
import type { RoomLink } from '../storage/room-link.ts';

/** The room, when the app runs on a room hub: its state, its client, the repository and the editor's link. */
export interface RoomApp {
  state: RoomState;
  client: HubClient;
  repo: HubStoryRepository;
  link: RoomLink;
  /** The app's own address (ends with "/"). */
  base: string;
  /** `?join=CODE` was in the address at start and did not work: the hub's answer. */
  joinError: unknown;
}

export const RoomContext = createContext<RoomApp | null>(null);

/** The room, or null when the app does not run on a hub (dev server, published site). */
export const useRoom = (): RoomApp | null => useContext(RoomContext);

const nothing = () => () => {};
const none = () => null;

/** The room's snapshot, kept fresh (null without a hub). */
export function useRoomSnapshot(): RoomSnapshot | null {
  const room = useRoom();
  return useSyncExternalStore(room ? room.state.subscribe : nothing, room ? room.state.snapshot : none, room ? room.state.snapshot : none);
}

/** Is this device in the room (joined, the hub laptop, or the facilitator)? */
export const isMember = (s: RoomSnapshot | null): boolean => !!s?.info.room && (s.info.room.joined || s.info.facilitator);

/** Where the room's pages can go (the app shell's router, handed in). */
export interface RoomNav {
  library(): void;
  join(): void;
  room(): void;
  /** The facilitator's Headsets panel (showcase). */
  headsets(): void;
  edit(storyId: string): void;
  /** Plays a story; `fromRoom` plays the hub's current version rather than this laptop's copy. */
  play(storyId: string, fromRoom?: boolean): void;
}
