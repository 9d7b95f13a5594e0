import type { Story } from '../../story/schema/story.ts';
import type { Timers } from '../autosave.ts';
import type { StoryListing, StoryRepository } from '../repository.ts';
import { HubRequestError, type HubClient } from './client.ts';
import { asCopy, createSender } from './outbox.ts';
import { newSeq, type OutboxStore, type SyncRecord } from './outbox-store.ts';
import { pullStory, type PullProgress } from './pull.ts';
import { SyncStatusMap, type KeptBoth } from './sync-status.ts';

/**
 * A StoryRepository for a laptop in a room: this laptop's library (IndexedDB) first, always, then
 * the room hub through an outbox. It keeps the contract of the library it wraps (the same contract
 * tests run against it): every read and write is the local library's; a save of a room story also
 * queues that version for the hub, and the sender (outbox.ts) takes it from there.
 *
 * Which stories are room stories: those made or copied here while this device is in a room, those
 * opened from the room, and those shared with it. Other stories stay on this laptop only.
 */
export interface HubStoryRepository extends StoryRepository {
  /** Where each room story stands with the hub. */
  readonly statuses: SyncStatusMap;
  isRoomStory(id: string): boolean;
  onKeptBoth(listener: (event: KeptBoth) => void): () => void;
  /**
   * Copies a room story here (photos and sounds, then the document) to edit it. When this laptop
   * has changes of it the hub has not taken yet, they are kept: the hub decides when they arrive.
   * `knownVersion` (from the room's list) skips the copy when this laptop has that version already.
   */
  openFromRoom(id: string, options?: { knownVersion?: number; onProgress?(p: PullProgress): void }): Promise<StoryListing>;
  /** Makes a story of this laptop a room story and sends it. */
  shareWithRoom(id: string): Promise<void>;
  /** Finds versions a closed tab saved but never queued, then starts sending (without waiting for it). */
  start(): Promise<void>;
  /** Sends now (a save, the hub back, the device joined). */
  kick(): Promise<void>;
}

export interface HubRepositoryOptions {
  local: StoryRepository;
  client: Pick<HubClient, 'mediaHas' | 'putMedia' | 'putStory' | 'story' | 'getMedia'>;
  store: OutboxStore;
  /** The room this device is in now, or null (not joined, no session, no hub). */
  roomId(): string | null;
  timers?: Timers;
  retryDelays?: number[];
  now?: () => Date;
}

export function createHubRepository(options: HubRepositoryOptions): HubStoryRepository {
  const { local, client, roomId } = options;
  const now = options.now ?? (() => new Date());
  const statuses = new SyncStatusMap();
  const keptBothListeners = new Set<(e: KeptBoth) => void>();
  const redirects = new Map<string, KeptBoth>();
  const roomIds = new Set<string>();

  // The store, keeping `roomIds` (which stories are room stories) in step with it.
  const s = options.store;
  const store: OutboxStore = {
    ...s,
    acknowledge: async (sync, seq) => (await s.acknowledge(sync, seq), void roomIds.add(sync.storyId)),
    putSync: async (record) => (await s.putSync(record), void roomIds.add(record.storyId)),
    forget: async (id) => (await s.forget(id), void roomIds.delete(id)),
  };

  // One save of a story at a time (the sender takes the same turns when it rewrites one).
  const turns = new Map<string, Promise<unknown>>();
  function lock<T>(id: string, work: () => Promise<T>): Promise<T> {
    const prev = turns.get(id) ?? Promise.resolve();
    const next = prev.then(work, work);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    turns.set(id, settled);
    void settled.then(() => turns.get(id) === settled && turns.delete(id));
    return next;
  }

  const sender = createSender({
    client,
    store,
    local,
    roomId,
    lock,
    redirect: (e) => redirects.set(e.storyId, e),
    onStatus: (id, status) => statuses.set(id, status),
    onKeptBoth: (e) => keptBothListeners.forEach((l) => l(e)),
    ...(options.timers ? { timers: options.timers } : {}),
    ...(options.retryDelays ? { retryDelays: options.retryDelays } : {}),
  });

  /** Queues a version of a room story (a story becomes one when it is new and this device is in a room). */
  async function queue(doc: Story, listing: StoryListing, isNew: boolean): Promise<void> {
    try {
      if (!roomIds.has(doc.id)) {
        const room = roomId();
        if (!room || !isNew) return;
        await store.putSync({ storyId: doc.id, version: null, revision: 0, roomId: room });
      }
      await store.put({ storyId: doc.id, doc, seq: newSeq(), revision: listing.revision, queuedAt: now().toISOString(), refused: null });
      statuses.set(doc.id, roomId() ? { state: 'sending' } : { state: 'not-joined' });
      void sender.kick();
    } catch {
      // The outbox could not be written (storage full?): the work is saved here; start() finds
      // the version the hub lacks next time (its revision is newer than the one the hub has).
      statuses.set(doc.id, { state: 'waiting', reason: 'unreachable', retryAt: null });
    }
  }

  async function saveAndQueue(doc: Story, work: () => Promise<StoryListing>): Promise<StoryListing> {
    const listing = await work();
    await queue(doc, listing, listing.revision === 1);
    return listing;
  }

  return {
    ...local,
    statuses,
    isRoomStory: (id) => roomIds.has(id),

    async get(id) {
      redirects.delete(id); // opened afresh: its saves are its own again
      return local.get(id);
    },

    save(story, saveOptions) {
      const redirect = redirects.get(story.id);
      const doc = redirect ? asCopy(story, redirect.copyId, redirect.copyTitle) : story;
      return lock(doc.id, () => saveAndQueue(doc, () => local.save(doc, saveOptions)));
    },

    rename: (id, title, language) =>
      lock(id, async () => {
        const listing = await local.rename(id, title, language);
        if (roomIds.has(id)) {
          const stored = await local.get(id);
          if (stored) await queue(stored.story, listing, false);
        }
        return listing;
      }),

    async duplicate(id, dupOptions) {
      const listing = await local.duplicate(id, dupOptions);
      if (roomId()) {
        await lock(listing.id, async () => {
          const stored = await local.get(listing.id);
          if (stored) await queue(stored.story, listing, true);
        });
      }
      return listing;
    },

    async purge(id) {
      const result = await lock(id, () => local.purge(id));
      await store.forget(id);
      statuses.set(id, null);
      return result;
    },

    onKeptBoth(listener) {
      keptBothListeners.add(listener);
      return () => {
        keptBothListeners.delete(listener);
      };
    },

    openFromRoom: (id, o = {}) =>
      lock(id, async () => {
        const [entry, listing, sync] = await Promise.all([store.entry(id), local.getListing(id), store.sync(id)]);
        // Changes made here that the hub has not taken: keep them (sending them is the hub's turn to decide).
        if (listing && entry) return listing;
        if (listing && sync && o.knownVersion !== undefined && sync.version === o.knownVersion) return listing;
        const room = roomId();
        if (!room) throw new HubRequestError(401, { error: { code: 'not-joined', message: 'This device is not in the room.' } }, '');
        const pulled = await pullStory({ client, local, store }, id, room, o.onProgress);
        statuses.set(id, { state: 'sent', version: pulled.version });
        return pulled.listing;
      }),

    async shareWithRoom(id) {
      const room = roomId();
      if (!room) throw new HubRequestError(401, { error: { code: 'not-joined', message: 'This device is not in the room.' } }, '');
      await lock(id, async () => {
        const stored = await local.get(id);
        if (!stored) return;
        if (!roomIds.has(id)) await store.putSync({ storyId: id, version: null, revision: 0, roomId: room });
        await queue(stored.story, stored.listing, false);
      });
    },

    async start() {
      const [syncs, entries] = await Promise.all([store.syncs(), store.entries()]);
      const queued = new Map(entries.map((e) => [e.storyId, e]));
      for (const sync of syncs) roomIds.add(sync.storyId);
      for (const sync of syncs) await reconcile(sync, queued.get(sync.storyId) ?? null);
      void sender.kick();
    },

    kick: () => sender.kick(),

    close() {
      sender.dispose();
      s.close();
      local.close();
    },
  };

  /** A room story's status after a reload, and any version saved here that never reached the outbox. */
  async function reconcile(sync: SyncRecord, entry: { revision: number; refused: { code: string; message: string } | null } | null): Promise<void> {
    const listing = await local.getListing(sync.storyId);
    if (!listing) {
      if (!entry) await store.forget(sync.storyId); // deleted from this laptop for good
      return;
    }
    if (listing.revision > Math.max(sync.revision, entry?.revision ?? 0)) {
      const stored = await local.get(sync.storyId).catch(() => null);
      if (stored) return lock(sync.storyId, () => queue(stored.story, listing, false));
    }
    if (entry?.refused) statuses.set(sync.storyId, { state: 'refused', ...entry.refused });
    else if (entry) statuses.set(sync.storyId, { state: 'sending' });
    else if (sync.version !== null) statuses.set(sync.storyId, { state: 'sent', version: sync.version });
  }
}
