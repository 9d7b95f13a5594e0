import { describe, expect, it } from 'vitest';
import { HubRequestError, HubUnreachable } from '../../../../src/storage/hub/client.ts';
import { createSender } from '../../../../src/storage/hub/outbox.ts';
import { memoryOutboxStore, newSeq, type OutboxStore } from '../../../../src/storage/hub/outbox-store.ts';
import type { KeptBoth, SyncStatus } from '../../../../src/storage/hub/sync-status.ts';
import type { StoryListing } from '../../../../src/storage/repository.ts';
import { fakeImageAsset, fakeStory } from '../../../../src/story/fake.ts';
import type { Story } from '../../../../src/story/schema/story.ts';
import { fakeHub, fakeTimers, settle } from './fakes.ts';

const retitled = (s: Story, title: string): Story => ({ ...s, meta: { ...s.meta, title: { en: title } } });

/** A library in memory with what the sender uses; `saved` lists what it wrote. */
function fakeLibrary(blobs: Map<string, Blob>) {
  const docs = new Map<string, Story>();
  const revisions = new Map<string, number>();
  return {
    docs,
    async getAsset(hash: string) {
      return blobs.get(hash) ?? null;
    },
    async hasAssets(hashes: Iterable<string>) {
      return new Set([...hashes].filter((h) => blobs.has(h)));
    },
    async putAssets(list: Iterable<readonly [string, Blob]>) {
      for (const [h, b] of list) blobs.set(h, b);
    },
    async save(story: Story) {
      docs.set(story.id, structuredClone(story));
      const revision = (revisions.get(story.id) ?? 0) + 1;
      revisions.set(story.id, revision);
      return { id: story.id, revision } as StoryListing;
    },
  };
}

function setup(options: { room?: string | null } = {}) {
  const clock = fakeTimers();
  const hub = fakeHub();
  const asset = fakeImageAsset(7);
  const blobs = new Map([[asset.id, new Blob(['photo bytes'], { type: 'image/jpeg' })]]);
  const library = fakeLibrary(blobs);
  const store: OutboxStore = memoryOutboxStore();
  const statuses = new Map<string, SyncStatus>();
  const kept: KeptBoth[] = [];
  const redirects: KeptBoth[] = [];
  const membership = { room: options.room === undefined ? 'room-1' : options.room };
  const sender = createSender({
    client: hub.client,
    store,
    local: library,
    roomId: () => membership.room,
    lock: (_id, work) => work(),
    redirect: (e) => redirects.push(e),
    onStatus: (id, s) => statuses.set(id, s),
    onKeptBoth: (e) => kept.push(e),
    timers: clock.timers,
  });
  const story = fakeStory({ id: 'my-place', scenes: 2, panoramas: [asset] });
  let revision = 0;
  const queue = async (doc: Story) => {
    await store.put({ storyId: doc.id, doc, seq: newSeq(), revision: ++revision, queuedAt: new Date(clock.timers.now()).toISOString(), refused: null });
  };
  return { clock, hub, library, store, statuses, kept, redirects, membership, sender, story, asset, queue };
}

describe('the room outbox sender', () => {
  it('sends the photos the hub lacks, then the document with its base version; then the hub has it', async () => {
    const t = setup();
    await t.store.putSync({ storyId: 'my-place', version: null, revision: 0, roomId: 'room-1' });
    await t.queue(t.story);
    await t.sender.kick();
    expect(t.hub.calls).toEqual(['has', `media ${t.asset.id.slice(0, 6)}`, 'put my-place base null']);
    expect(t.statuses.get('my-place')).toEqual({ state: 'sent', version: 1 });
    expect(await t.store.entry('my-place')).toBeNull();
    expect(await t.store.sync('my-place')).toMatchObject({ version: 1, revision: 1 });

    await t.queue(retitled(t.story, 'Our place'));
    await t.sender.kick();
    expect(t.hub.calls.slice(3)).toEqual(['has', 'put my-place base 1']); // the photo is there already
    expect(t.hub.head('my-place')).toMatchObject({ version: 2 });
  });

  it('keeps everything while the hub is away, tries again with growing waits, and sends when it is back', async () => {
    const t = setup();
    await t.queue(t.story);
    t.hub.state.down = true;
    await t.sender.kick();
    expect(t.statuses.get('my-place')).toMatchObject({ state: 'waiting', reason: 'unreachable' });
    expect(t.clock.pending()).toEqual([1000]);
    await t.clock.advance(1000);
    expect(t.clock.pending()).toEqual([2000]);
    await t.clock.advance(2000);
    expect(t.clock.pending()).toEqual([5000]);
    expect(await t.store.entry('my-place')).not.toBeNull(); // nothing lost
    t.hub.state.down = false;
    await t.clock.advance(5000);
    expect(t.statuses.get('my-place')).toEqual({ state: 'sent', version: 1 });
    expect(t.clock.pending()).toEqual([]);
  });

  it('a kick (a new save, the hub back) sends at once instead of waiting out the back-off', async () => {
    const t = setup();
    await t.queue(t.story);
    t.hub.state.down = true;
    await t.sender.kick();
    await t.clock.advance(1000);
    t.hub.state.down = false;
    await t.sender.kick();
    expect(t.statuses.get('my-place')).toEqual({ state: 'sent', version: 1 });
    expect(t.clock.pending()).toEqual([]);
  });

  it('waits without retrying while the device is not in the room, and sends once it joins', async () => {
    const t = setup({ room: null });
    await t.queue(t.story);
    await t.sender.kick();
    expect(t.statuses.get('my-place')).toEqual({ state: 'not-joined' });
    expect(t.hub.calls).toEqual([]);
    t.membership.room = 'room-1';
    t.hub.state.failures.push(new HubRequestError(401, { error: { code: 'not-joined', message: 'Join first' } }, ''));
    await t.sender.kick();
    expect(t.statuses.get('my-place')).toEqual({ state: 'not-joined' });
    expect(t.clock.pending()).toEqual([]);
    await t.sender.kick();
    expect(t.statuses.get('my-place')).toEqual({ state: 'sent', version: 1 });
  });

  it('a busy hub is asked again when it says; a full one after the back-off', async () => {
    const t = setup();
    await t.queue(t.story);
    t.hub.state.failures.push(new HubRequestError(429, { error: { code: 'too-many-tries', message: 'Wait', retryAfterSeconds: 7 } }, ''));
    await t.sender.kick();
    expect(t.statuses.get('my-place')).toMatchObject({ state: 'waiting', reason: 'busy' });
    expect(t.clock.pending()).toEqual([7000]);
    t.hub.state.failures.push(new HubRequestError(507, { error: { code: 'disk-full', message: 'Full' } }, ''));
    await t.clock.advance(7000);
    expect(t.statuses.get('my-place')).toMatchObject({ state: 'waiting', reason: 'hub-full' });
    await t.clock.advance(t.clock.pending()[0]!);
    expect(t.statuses.get('my-place')).toEqual({ state: 'sent', version: 1 });
  });

  it('a version the hub refuses stays here, marked, and is not sent again until the story changes', async () => {
    const t = setup();
    await t.queue(t.story);
    const other = fakeStory({ id: 'other', scenes: 1, panoramas: [t.asset] });
    await t.queue(other);
    t.hub.state.failures.push(new HubRequestError(422, { error: { code: 'story-refused', message: 'The hub could not accept this story.' } }, ''));
    await t.sender.kick();
    expect(t.statuses.get('my-place')).toEqual({ state: 'refused', code: 'story-refused', message: 'The hub could not accept this story.' });
    expect(t.statuses.get('other')).toEqual({ state: 'sent', version: 1 }); // the queue goes on
    expect((await t.store.entry('my-place'))?.refused).toMatchObject({ code: 'story-refused' });
    const calls = t.hub.calls.length;
    await t.sender.kick();
    expect(t.hub.calls.length).toBe(calls);
    await t.queue(retitled(t.story, 'Fixed'));
    await t.sender.kick();
    expect(t.statuses.get('my-place')).toEqual({ state: 'sent', version: 1 });
  });

  it('a save made while sending goes next, based on the version just acknowledged', async () => {
    const t = setup();
    await t.queue(t.story);
    const put = t.hub.client.putStory;
    let once = true;
    t.hub.client.putStory = async (id, doc, base) => {
      const r = await put(id, doc, base);
      if (once) {
        once = false;
        await t.queue(retitled(t.story, 'Typed on'));
        void t.sender.kick();
      }
      return r;
    };
    await t.sender.kick();
    await settle();
    expect(t.hub.calls.filter((c) => c.startsWith('put'))).toEqual(['put my-place base null', 'put my-place base 1']);
    expect(t.hub.head('my-place')?.doc.meta.title.en).toBe('Typed on');
    expect(t.statuses.get('my-place')).toEqual({ state: 'sent', version: 2 });
  });

  it('photos the hub lost in between (409) are sent, then the document again', async () => {
    const t = setup();
    await t.queue(t.story);
    const has = t.hub.client.mediaHas;
    t.hub.client.mediaHas = async (hashes) => (await has(hashes), new Set(hashes)); // "I have them all"
    await t.sender.kick();
    expect(t.hub.calls).toEqual(['has', 'put my-place base null', `media ${t.asset.id.slice(0, 6)}`, 'put my-place base null']);
    expect(t.statuses.get('my-place')).toEqual({ state: 'sent', version: 1 });
  });

  it('kept-both: this version becomes the copy (here too), the original is refreshed from the hub, the editor is told', async () => {
    const t = setup();
    await t.store.putSync({ storyId: 'my-place', version: 1, revision: 1, roomId: 'room-1' });
    t.hub.media.set(t.asset.id, new Blob(['photo bytes']));
    t.hub.saveFromElsewhere(t.story, null); // v1
    t.hub.saveFromElsewhere(retitled(t.story, 'Their place'), 1); // v2, from another laptop
    await t.queue(retitled(t.story, 'My version'));
    await t.sender.kick();
    expect(t.kept).toEqual([{ storyId: 'my-place', copyId: 'my-place-copy1', copyTitle: { en: 'My version (Laptop 1)' } }]);
    expect(t.redirects).toEqual(t.kept);
    expect(t.library.docs.get('my-place-copy1')?.meta.title.en).toBe('My version (Laptop 1)');
    expect(t.library.docs.get('my-place')?.meta.title.en).toBe('Their place');
    expect(await t.store.sync('my-place')).toMatchObject({ version: 2 });
    expect(await t.store.sync('my-place-copy1')).toMatchObject({ version: 1 });
    expect(await t.store.entry('my-place')).toBeNull();
    expect(t.statuses.get('my-place-copy1')).toEqual({ state: 'sent', version: 1 });
  });

  it('sending the same version twice (the answer was lost) does not make two versions', async () => {
    const t = setup();
    await t.queue(t.story);
    const put = t.hub.client.putStory;
    t.hub.client.putStory = async (id, doc, base) => {
      await put(id, doc, base);
      t.hub.client.putStory = put;
      throw new HubUnreachable();
    };
    await t.sender.kick();
    expect(t.statuses.get('my-place')).toMatchObject({ state: 'waiting' });
    await t.clock.advance(1000);
    expect(t.statuses.get('my-place')).toEqual({ state: 'sent', version: 1 });
    expect(t.hub.stories.get('my-place')).toHaveLength(1);
  });
});
