import type { ClientMessage } from '../../live/messages.ts';
import type { Guide } from '../../live/showcase.ts';

/**
 * The player's line to the room's showcase (#16), handed in by the app when it runs on a room hub:
 * a headset is guided (`headset`); the facilitator's own player leads (`lead`). Without it the
 * player is the one it always was.
 */
export interface GuideLink {
  readonly role: 'headset' | 'lead';
  /** The story's id in the room (the address's). */
  readonly storyId: string;
  /**
   * The hub's guide for this device, whole, after every change; `fresh` for the first one after
   * each (re)connection. Returns the unsubscribe function.
   */
  onGuide(listener: (guide: Guide, fresh: boolean) => void): () => void;
  /** Told each time the connection opens again (send what the hub should know). */
  onConnected(listener: () => void): () => void;
  send(message: ClientMessage): void;
  /** Opens another story (the facilitator sent it). */
  openStory(storyId: string): void;
}
