import { createContext, useContext } from 'react';
import type { InboxEntry } from '../live/api.ts';
import type { SyncStatusMap } from './hub/sync-status.ts';
import type { KeptBoth, SyncStatus } from './hub/sync-status.ts';

export type { InboxEntry, KeptBoth, SyncStatus };

/**
 * What the editor needs from the room, when the app runs on a room hub and this device is in the
 * room (null otherwise: the editor then is the one-laptop editor it always was). The app provides
 * it (src/room/); the editor never talks to the hub itself.
 */
export interface RoomLink {
  /** Where each room story stands with the hub ("Saved to the room", "Sending…"…). */
  readonly statuses: SyncStatusMap;
  isRoomStory(storyId: string): boolean;
  /** Someone else saved first: this laptop's version was kept as a copy (switch to it). */
  onKeptBoth(listener: (event: KeptBoth) => void): () => void;
  /** Photos and sounds sent from a phone, waiting to be taken into the story. */
  inbox(storyId: string): Promise<InboxEntry[]>;
  /** The bytes of one (from the hub). */
  inboxBlob(entry: InboxEntry): Promise<Blob>;
  /** Marks an entry as taken into the story (the editor has imported it). */
  takeFromInbox(storyId: string, entryId: string): Promise<void>;
  /** Told when a story's inbox changes (count = entries waiting). */
  onInbox(listener: (storyId: string, count: number) => void): () => void;
  /** Told when the room's live connection is back after a break: what was said meanwhile was missed. */
  onReconnect(listener: () => void): () => void;
  /** The address a phone opens to add photos to this story (joining the room on the way), or null. */
  phoneAddress(storyId: string): string | null;
}

export const RoomLinkContext = createContext<RoomLink | null>(null);

/** The room, for screens inside the app (null outside a room). */
export const useRoomLink = (): RoomLink | null => useContext(RoomLinkContext);
