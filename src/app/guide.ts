import { useEffect } from 'react';
import type { GuideLink } from '../player/guided/link.ts';
import type { RoomApp } from '../room/context.ts';
import { navigate, parseRoute } from './router.ts';

/** This device is a headset of the room (it joined as one): the facilitator may guide it. */
export const isGuidedHeadset = (room: RoomApp | null): boolean => room?.state.snapshot().info.room?.device?.kind === 'headset';

/** Opens a story the facilitator sent, unless it is already playing. */
function openSent(storyId: string) {
  const route = parseRoute(location.pathname);
  if (route.name === 'play' && route.storyId === storyId) return;
  navigate({ name: 'play', storyId });
}

/**
 * The last story sending (`Guide.sent`) this headset acted on, kept for the tab's life: a headset
 * that joins (or whose page starts) after the facilitator sent a story still opens it, and one that
 * went back to the library is not pulled into the story again by the same sending.
 */
const seenKey = (room: RoomApp) => `storyscape.guide.sent.${room.state.snapshot().info.room?.device?.id ?? ''}`;
function seenSent(room: RoomApp): number {
  try {
    const v = sessionStorage.getItem(seenKey(room));
    return v === null ? -1 : Number(v);
  } catch {
    return -1;
  }
}
function markSent(room: RoomApp, sent: number): void {
  try {
    sessionStorage.setItem(seenKey(room), String(sent));
  } catch {
    // private mode: the next page start may open the sent story again, nothing worse
  }
}

/**
 * The player's line to the showcase (#16) over the room's live connection: a guided headset, or the
 * facilitator's leading player (`?lead`). The first guide comes from the room's snapshot (the hub
 * sent it when the connection opened), then every new one; after each reconnection it is "fresh".
 */
export function guideLinkFor(room: RoomApp, storyId: string, role: GuideLink['role']): GuideLink {
  return {
    role,
    storyId,
    onGuide(listener) {
      let fresh = true;
      const first = room.state.snapshot().guide;
      if (first) {
        listener(first, true);
        if (role === 'headset') markSent(room, first.sent);
        fresh = false;
      }
      return room.state.onMessage((m) => {
        if (m.type === 'welcome') fresh = true;
        else if (m.type === 'guide-state') {
          listener(m.guide, fresh);
          if (role === 'headset') markSent(room, m.guide.sent);
          fresh = false;
        }
      });
    },
    onConnected: (listener) => room.state.onMessage((m) => m.type === 'welcome' && listener()),
    send: (message) => void room.state.send(message),
    openStory: openSent,
  };
}

/**
 * A headset away from the player (the library, the join page) still opens the story the
 * facilitator sends, at once or when it reconnects; in the player the guided controller does it.
 */
export function useSentStories(room: RoomApp | null, playing: boolean): void {
  useEffect(() => {
    if (!room || playing) return;
    // A sending this headset already acted on (it went back to the library) opens nothing by itself;
    // one it never saw (it joined, or its page started, after the facilitator sent it) opens the story.
    const check = () => {
      const { guide } = room.state.snapshot();
      if (!isGuidedHeadset(room) || !guide?.storyId || guide.sent === seenSent(room)) return;
      markSent(room, guide.sent);
      openSent(guide.storyId);
    };
    check();
    return room.state.subscribe(check);
  }, [room, playing]);
}
