import type { PutStoryReply } from '../../live/api.ts';
import type { Story } from '../../story/schema/story.ts';
import type { Timers } from '../autosave.ts';
import type { StoryRepository } from '../repository.ts';
import { HubRequestError, HubUnreachable, type HubClient } from './client.ts';
import type { OutboxEntry, OutboxStore } from './outbox-store.ts';
import { pullStory } from './pull.ts';
import type { KeptBoth, SyncStatus } from './sync-status.ts';

/**
 * The outbox's sender: sends every queued room story to the hub, oldest first: the photos and
 * sounds the hub does not have, then the document with the hub version it was based on. Pure logic
 * over an injected client, store, library and clock (unit tests run it with fakes).
 * - The hub away (no answer, restarting): everything waits, tried again with back-off, and at once
 *   on `kick()` (a new save, the live connection coming back, the browser going online).
 * - The hub full or busy: the same, with its own reason.
 * - This device not in the room: waits for `kick()` after joining.
 * - The hub refusing a version (in words): that version is kept here, marked, and not sent again
 *   until the story changes.
 * - "kept-both" (someone saved first): this laptop's version becomes the hub's copy (saved here
 *   under the copy's id, its later changes following it), the original is refreshed from the hub,
 *   and `onKeptBoth` tells the editor to switch.
 */
export interface SenderDeps {
  client: Pick<HubClient, 'mediaHas' | 'putMedia' | 'putStory' | 'story' | 'getMedia'>;
  store: OutboxStore;
  local: Pick<StoryRepository, 'getAsset' | 'hasAssets' | 'putAssets' | 'save'>;
  /** The room this device is in now, or null. */
  roomId(): string | null;
  /** Runs `work` while no save of that story runs (the repository's per-story queue). */
  lock<T>(storyId: string, work: () => Promise<T>): Promise<T>;
  /** Later saves of `storyId` from the editor that had it open go to the copy (set before anything else). */
  redirect(event: KeptBoth): void;
  onStatus(storyId: string, status: SyncStatus): void;
  onKeptBoth(event: KeptBoth): void;
  timers?: Timers;
  /** Back-off between tries while the hub is away (ms); the last one repeats. */
  retryDelays?: number[];
}

export interface Sender {
  /** Sends now (or right after the running pass). Resolves when the queue has been tried. */
  kick(): Promise<void>;
  /** Stops the timers. */
  dispose(): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** Why the pass stopped: everything after this waits. */
class Pause extends Error {
  constructor(
    readonly status: SyncStatus,
    readonly retryMs: number | null,
  ) {
    super('paused');
  }
}

/** The same story under the copy's id and title. */
export const asCopy = (doc: Story, copyId: string, title: Record<string, string>): Story => ({ ...doc, id: copyId, meta: { ...doc.meta, title: { ...title } } });

export function createSender(deps: SenderDeps): Sender {
  const timers = deps.timers ?? realTimers;
  const delays = deps.retryDelays ?? [1000, 2000, 5000, 10_000, 20_000, 30_000];
  let running: Promise<void> | null = null;
  let again = false;
  let failures = 0;
  let timer: unknown = null;
  let disposed = false;

  const clear = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const schedule = (ms: number) => {
    clear();
    if (!disposed) timer = timers.setTimeout(() => void kick(), ms);
  };

  /** A failure of one entry: pause everything, or refuse this version only. */
  function classify(e: unknown): Pause | { refused: { code: string; message: string } } {
    const backoff = () => delays[Math.min(failures, delays.length - 1)] ?? 30_000;
    if (e instanceof HubUnreachable) return new Pause({ state: 'waiting', reason: 'unreachable', retryAt: timers.now() + backoff() }, backoff());
    if (!(e instanceof HubRequestError)) return new Pause({ state: 'waiting', reason: 'unreachable', retryAt: timers.now() + backoff() }, backoff());
    if (e.status === 401 || e.code === 'no-room' || e.code === 'not-joined') return new Pause({ state: 'not-joined' }, null);
    if (e.status === 507 || e.code === 'disk-full') return new Pause({ state: 'waiting', reason: 'hub-full', retryAt: timers.now() + backoff() }, backoff());
    if (e.status === 429 || e.status >= 500) {
      const ms = e.retryAfterSeconds !== undefined ? e.retryAfterSeconds * 1000 : backoff();
      return new Pause({ state: 'waiting', reason: 'busy', retryAt: timers.now() + ms }, ms);
    }
    return { refused: { code: e.code, message: e.message } };
  }

  /** Sends the photos and sounds the hub lacks (`hashes` to ask about, or `missing` when the hub said). */
  async function sendMedia(entry: OutboxEntry, hashes: string[], hubSaidMissing = false): Promise<void> {
    const have = hubSaidMissing ? new Set<string>() : await deps.client.mediaHas(hashes);
    const missing = [...new Set(hashes)].filter((h) => !have.has(h));
    for (let i = 0; i < missing.length; i++) {
      deps.onStatus(entry.storyId, { state: 'sending', media: { done: i, total: missing.length } });
      const blob = await deps.local.getAsset(missing[i]!);
      if (!blob) throw new HubRequestError(400, { error: { code: 'missing-here', message: 'A photo or sound of this story is missing on this laptop.' } }, '');
      await deps.client.putMedia(missing[i]!, blob);
    }
    if (missing.length) deps.onStatus(entry.storyId, { state: 'sending' });
  }

  async function sendOne(entry: OutboxEntry, roomId: string): Promise<void> {
    deps.onStatus(entry.storyId, { state: 'sending' });
    const base = (await deps.store.sync(entry.storyId))?.version ?? null;
    await sendMedia(entry, entry.doc.assets.map((a) => a.id));
    let reply: PutStoryReply;
    try {
      reply = await deps.client.putStory(entry.storyId, entry.doc, base);
    } catch (e) {
      // Someone removed a photo from the hub in between (or it was lost): send those, then again.
      if (!(e instanceof HubRequestError && e.status === 409 && e.missingMedia.length)) throw e;
      await sendMedia(entry, e.missingMedia, true);
      reply = await deps.client.putStory(entry.storyId, entry.doc, base);
    }
    if (reply.status === 'saved') {
      await deps.store.acknowledge({ storyId: entry.storyId, version: reply.version, revision: entry.revision, roomId }, entry.seq);
      const newer = await deps.store.entry(entry.storyId);
      deps.onStatus(entry.storyId, newer ? { state: 'sending' } : { state: 'sent', version: reply.version });
    } else {
      await keptBoth(entry, { storyId: entry.storyId, copyId: reply.copy.id, copyTitle: reply.copy.title }, reply.version, roomId);
    }
  }

  async function keptBoth(sent: OutboxEntry, event: KeptBoth, copyVersion: number, roomId: string): Promise<void> {
    deps.redirect(event);
    await deps.lock(event.storyId, () =>
      deps.lock(event.copyId, async () => {
        const latest = (await deps.store.entry(event.storyId)) ?? sent;
        const later = await deps.store.entry(event.copyId); // saves redirected already: newer still
        if (later) {
          await deps.store.putSync({ storyId: event.copyId, version: copyVersion, revision: 0, roomId });
        } else {
          const listing = await deps.local.save(asCopy(latest.doc, event.copyId, event.copyTitle));
          if (latest.seq === sent.seq) {
            await deps.store.acknowledge({ storyId: event.copyId, version: copyVersion, revision: listing.revision, roomId }, null);
          } else {
            await deps.store.putSync({ storyId: event.copyId, version: copyVersion, revision: 0, roomId });
            await deps.store.put({ ...latest, storyId: event.copyId, doc: asCopy(latest.doc, event.copyId, event.copyTitle), revision: listing.revision, refused: null });
          }
        }
        await deps.store.remove(event.storyId);
      }),
    );
    const copyQueued = await deps.store.entry(event.copyId);
    deps.onStatus(event.copyId, copyQueued ? { state: 'sending' } : { state: 'sent', version: copyVersion });
    deps.onKeptBoth(event);
    // The original now is the other person's version: bring it here (later, if the hub went away).
    try {
      const pulled = await deps.lock(event.storyId, () => pullStory(deps, event.storyId, roomId));
      deps.onStatus(event.storyId, { state: 'sent', version: pulled.version });
    } catch {
      deps.onStatus(event.storyId, { state: 'sent', version: copyVersion });
    }
  }

  async function pass(): Promise<void> {
    const roomId = deps.roomId();
    const queue = (await deps.store.entries()).filter((e) => !e.refused).sort((a, b) => (a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : 0));
    if (!roomId) {
      for (const e of queue) deps.onStatus(e.storyId, { state: 'not-joined' });
      return;
    }
    for (let i = 0; i < queue.length; i++) {
      const entry = await deps.store.entry(queue[i]!.storyId); // the newest version, if it changed since
      if (!entry || entry.refused) continue;
      try {
        await sendOne(entry, roomId);
        failures = 0;
      } catch (e) {
        const what = classify(e);
        if (what instanceof Pause) {
          for (const rest of queue.slice(i)) deps.onStatus(rest.storyId, what.status);
          if (what.retryMs !== null) {
            failures++;
            schedule(what.retryMs);
          }
          return;
        }
        // Refused: keep this version here, marked, unless a newer one replaced it meanwhile.
        const current = await deps.store.entry(entry.storyId);
        if (current?.seq === entry.seq) {
          await deps.store.put({ ...current, refused: what.refused });
          deps.onStatus(entry.storyId, { state: 'refused', ...what.refused });
        } else again = true;
      }
    }
  }

  function kick(): Promise<void> {
    if (disposed) return Promise.resolve();
    clear();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await pass();
        } while (again && !disposed && timer === null);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    kick,
    dispose() {
      disposed = true;
      clear();
    },
  };
}
