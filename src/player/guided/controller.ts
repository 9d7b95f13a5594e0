import type { Guide, GuideVariables } from '../../live/showcase.ts';

/** What the guided controller drives: the player of one story (a thin face of the engine). */
export interface GuidedPlayer {
  readonly storyId: string;
  sceneId(): string | null;
  /** Moves to a scene with the facilitator's variables (the usual transition and sound). */
  goTo(sceneId: string, variables: GuideVariables): void;
  restart(): void;
}

/** What the guide asks of the page around the player. */
export interface GuidedView {
  /** Opens another story (the facilitator sent it). */
  openStory(storyId: string): void;
  /** A calm full-view message, or null to play on. */
  setPause(message: string | null): void;
  setFollowing(following: boolean): void;
}

export interface GuidedController {
  /**
   * Applies the hub's guide for this device. `fresh`: the first state after (re)connecting, when
   * anything may have been missed, so the player catches up with the whole state.
   */
  apply(guide: Guide, fresh: boolean): void;
  /** The guide last applied (null before the first). */
  current(): Guide | null;
}

/**
 * The player's side of the showcase (#16), pure: the hub sends the whole guide after every change
 * and on every connection, and this decides what to do by comparing it with the last one applied.
 * Counters say "a new request": a story sent again (`sent`), "back to the start" (`restart`), a
 * move of the facilitator (`lead.seq`). The first guide a page sees only records the counters (the
 * page has just opened at the start) unless it names another story. Without the hub nothing comes
 * and the story plays on as usual.
 */
export function createGuidedController(player: GuidedPlayer, view: GuidedView): GuidedController {
  let last: Guide | null = null;
  let pause: string | null = null;
  let following = false;

  function follow(guide: Guide, catchUp: boolean) {
    const lead = guide.lead;
    if (!guide.follow || !lead || lead.storyId !== player.storyId) return;
    const moved = !last?.lead || last.lead.seq !== lead.seq || !last.follow || catchUp;
    if (moved && player.sceneId() !== lead.sceneId) player.goTo(lead.sceneId, lead.variables);
  }

  return {
    current: () => last,
    apply(guide, fresh) {
      const prev = last;
      const sentNow = !!prev && guide.sent > prev.sent;
      if (guide.storyId && guide.storyId !== player.storyId && (sentNow || !prev || fresh)) {
        last = guide;
        view.openStory(guide.storyId);
        return;
      }
      if (sentNow && guide.storyId === player.storyId) player.restart(); // the same story sent again: from the start
      else if (prev && guide.restart > prev.restart) player.restart();
      follow(guide, fresh || !prev);
      last = guide;
      const message = guide.pause?.message ?? null;
      if (message !== pause) view.setPause((pause = message));
      if (guide.follow !== following) view.setFollowing((following = guide.follow));
    },
  };
}

/** Lets a value through at most once per `everyMs`, keeping the latest for the end of the wait. */
export function throttle<T>(everyMs: number, send: (value: T) => void, clock: { now(): number; later(fn: () => void, ms: number): unknown } = { now: () => Date.now(), later: (fn, ms) => setTimeout(fn, ms) }) {
  let lastAt = -Infinity;
  let pending: T | undefined;
  let waiting = false;
  return (value: T) => {
    const wait = lastAt + everyMs - clock.now();
    if (wait <= 0 && !waiting) {
      lastAt = clock.now();
      send(value);
      return;
    }
    pending = value;
    if (waiting) return;
    waiting = true;
    clock.later(() => {
      waiting = false;
      lastAt = clock.now();
      send(pending as T);
    }, Math.max(0, wait));
  };
}
