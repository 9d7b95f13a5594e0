import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type HubHandle } from '../../../../src/hub/server.ts';
import { createHubClient, type HubClient } from '../../../../src/storage/hub/client.ts';
import { createHubRepository, type HubStoryRepository } from '../../../../src/storage/hub/hub-repository.ts';
import { memoryOutboxStore, type OutboxStore } from '../../../../src/storage/hub/outbox-store.ts';
import type { KeptBoth, SyncStatus } from '../../../../src/storage/hub/sync-status.ts';
import { createMemoryRepository } from '../../../../src/storage/memory-repository.ts';
import type { StoryRepository } from '../../../../src/storage/repository.ts';
import { hashBlob } from '../../../../src/story/hash.ts';
import { fakeImageAsset, fakeStory } from '../../../../src/story/fake.ts';
import type { Story } from '../../../../src/story/schema/story.ts';
import { storyRepositoryContract } from '../story-repository.contract.ts';
import { fakeHub } from './fakes.ts';

/**
 * The hub-backed repository against a REAL hub running in this process (src/hub: Fastify, SQLite,
 * the media folder), through its HTTP API: the hub laptop over plain HTTP, a second laptop over
 * HTTPS with the hub's own certificate and its own cookies. And the repository contract every
 * library keeps, run against it (with a faithful hub in memory per repository, tests/unit/storage/hub/fakes.ts).
 */
const quiet = { info() {}, warn() {}, error() {} };
const PHOTO = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../fixtures/media/generated-pano.jpg')));

storyRepositoryContract('hub-backed (the room outbox over a library in memory)', (now) =>
  createHubRepository({ local: createMemoryRepository({ now }), client: fakeHub().client, store: memoryOutboxStore(), roomId: () => 'room-1', now }),
);

/** A fetch with its own cookie jar that trusts exactly the hub's certificate (as a joined laptop's browser). */
function deviceFetch(ca: string): typeof fetch {
  const agent = new Agent({ connect: { ca } });
  const jar = new Map<string, string>();
  return (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers: Record<string, string> = Object.fromEntries(new Headers(init.headers).entries());
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await undiciFetch(String(input), { ...(init as object), headers, dispatcher: agent } as unknown as Parameters<typeof undiciFetch>[1]);
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return res as unknown as Response;
  }) as typeof fetch;
}

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 15_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the hub-backed repository, against a real hub in this process', () => {
  let dir: string;
  let hub: HubHandle;
  let laptop: HubClient; // the hub laptop (HTTP, joined by itself)
  let roomId: string;
  const made: HubStoryRepository[] = [];

  const start = (port = 0, httpPort = 0) => startHub({ dataDir: join(dir, 'data'), port, httpPort, host: '127.0.0.1', log: quiet, distDir: join(dir, 'no-app') });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hub-repository-'));
    hub = await start();
    laptop = createHubClient({ base: hub.httpUrl });
    await laptop.startRoom({ name: 'Unit tests', passphrase: 'river stones' });
    roomId = (await laptop.info())!.room!.id;
  }, 60_000);
  afterEach(() => {
    for (const r of made.splice(0)) r.close();
  });
  afterAll(async () => {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function repoFor(client: HubClient, options: { local?: StoryRepository; store?: OutboxStore; room?: () => string | null } = {}) {
    const repo = createHubRepository({
      local: options.local ?? createMemoryRepository(),
      client,
      store: options.store ?? memoryOutboxStore(),
      roomId: options.room ?? (() => roomId),
      retryDelays: [30, 60, 100],
    });
    made.push(repo);
    const statuses: SyncStatus[] = [];
    repo.statuses.subscribe((id) => statuses.push(repo.statuses.get(id)!));
    return { repo, statuses };
  }

  async function storyWithPhoto(id: string): Promise<{ story: Story; blob: Blob }> {
    const blob = new Blob([PHOTO as BlobPart], { type: 'image/jpeg' });
    const hash = await hashBlob(blob);
    return { story: fakeStory({ id, scenes: 2, panoramas: [fakeImageAsset(1, { id: hash, bytes: PHOTO.length, width: 1024, height: 512 })] }), blob };
  }
  const sent = (repo: HubStoryRepository, id: string) => until(() => repo.statuses.get(id)?.state === 'sent', `${id} sent`);

  it('a story made here is saved here first, then its photo and the story go to the room: "Saved to the room"', async () => {
    const { repo, statuses } = repoFor(laptop);
    const { story, blob } = await storyWithPhoto('made-here');
    const listing = await repo.save(story, { assets: [[story.assets[0]!.id, blob]] });
    expect(listing.revision).toBe(1);
    await sent(repo, 'made-here');
    expect(statuses.map((s) => s.state)).toContain('sending');
    expect(repo.isRoomStory('made-here')).toBe(true);
    const onHub = await laptop.story('made-here');
    expect(onHub.version).toBe(1);
    expect(onHub.updatedBy).toBe('Hub laptop');
    expect(await laptop.mediaHas([story.assets[0]!.id])).toEqual(new Set([story.assets[0]!.id]));

    await repo.save({ ...story, meta: { ...story.meta, title: { en: 'Second' } } });
    await until(async () => (await laptop.story('made-here')).version === 2, 'version 2');
    expect(repo.statuses.get('made-here')).toEqual({ state: 'sent', version: 2 });
  });

  it('stories stay on this laptop when the device is in no room', async () => {
    const { repo } = repoFor(laptop, { room: () => null });
    await repo.save(fakeStory({ id: 'only-here', scenes: 1 }));
    await repo.kick();
    expect(repo.isRoomStory('only-here')).toBe(false);
    expect(repo.statuses.get('only-here')).toBeNull();
    await expect(laptop.story('only-here')).rejects.toMatchObject({ status: 404 });
  });

  it('the hub away: saved here and waiting; sent by itself when the hub is back (the same data folder)', async () => {
    const { repo } = repoFor(laptop);
    const { story, blob } = await storyWithPhoto('while-away');
    await repo.save(story, { assets: [[story.assets[0]!.id, blob]] });
    await sent(repo, 'while-away');
    const ports = { https: hub.httpsPort, http: hub.httpPort };
    await hub.close();
    await repo.save({ ...story, meta: { ...story.meta, title: { en: 'Written offline' } } });
    await until(() => repo.statuses.get('while-away')?.state === 'waiting', 'waiting');
    expect(repo.statuses.get('while-away')).toMatchObject({ state: 'waiting', reason: 'unreachable' });
    expect((await repo.get('while-away'))?.story.meta.title.en).toBe('Written offline'); // never lost here
    hub = await start(ports.https, ports.http);
    await sent(repo, 'while-away');
    expect((await laptop.story('while-away')).doc).toMatchObject({ meta: { title: { en: 'Written offline' } } });
  }, 60_000);

  it('the outbox outlives the page: a new page on the same library and outbox sends what waited', async () => {
    const local = createMemoryRepository();
    const store = memoryOutboxStore();
    const first = repoFor(laptop, { local, store, room: () => null }); // saved with no room to send to
    const { story, blob } = await storyWithPhoto('reloaded');
    await first.repo.save(story, { assets: [[story.assets[0]!.id, blob]] }); // not a room story: stays here
    await first.repo.shareWithRoom('reloaded').catch(() => undefined); // no room: refused
    expect(first.repo.isRoomStory('reloaded')).toBe(false);

    const second = repoFor(laptop, { local, store });
    await second.repo.shareWithRoom('reloaded');
    await sent(second.repo, 'reloaded');
    // A version a closed tab saved to the library but never queued (closed between the two writes):
    const stored = (await local.get('reloaded'))!;
    await local.save({ ...stored.story, meta: { ...stored.story.meta, title: { en: 'Saved, never queued' } } });
    const third = repoFor(laptop, { local, store });
    await third.repo.start();
    await until(async () => ((await laptop.story('reloaded')).doc as Story).meta.title.en === 'Saved, never queued', 'the leftover version sent');
  });

  it('two laptops editing one story keep both: the later save becomes a copy named after its laptop, here and on the hub', async () => {
    const info = await laptop.info();
    const other = createHubClient({ base: hub.httpsUrl, fetch: deviceFetch(hub.tls.cert) });
    await other.join(info!.room!.code!, 'laptop');
    const a = repoFor(laptop);
    const bLocal = createMemoryRepository(); // read directly: the repository's get() is "opened afresh"
    const b = repoFor(other, { local: bLocal });
    const kept: KeptBoth[] = [];
    b.repo.onKeptBoth((e) => kept.push(e));
    const { story, blob } = await storyWithPhoto('shared');
    await a.repo.save(story, { assets: [[story.assets[0]!.id, blob]] });
    await sent(a.repo, 'shared');

    // B opens it from the room (the story and its photo are copied into B's library).
    await b.repo.openFromRoom('shared');
    expect(await b.repo.hasAssets([story.assets[0]!.id])).toEqual(new Set([story.assets[0]!.id]));
    const opened = (await b.repo.get('shared'))!.story;

    await a.repo.save({ ...story, meta: { ...story.meta, title: { en: 'A first' } } });
    await until(async () => (await laptop.story('shared')).version === 2, 'A saved');
    await b.repo.save({ ...opened, meta: { ...opened.meta, title: { en: 'B after' } } });
    await until(() => kept.length === 1, 'kept both');
    const copyId = kept[0]!.copyId;
    expect(kept[0]).toEqual({ storyId: 'shared', copyId, copyTitle: { en: 'B after (Laptop 1)' } });
    expect((await laptop.story(copyId)).doc).toMatchObject({ meta: { title: { en: 'B after (Laptop 1)' } } });
    expect(((await laptop.story('shared')).doc as Story).meta.title.en).toBe('A first');
    // Here: the copy holds B's work, the original is A's version now.
    await until(async () => (await bLocal.get('shared'))?.story.meta.title.en === 'A first', 'original refreshed');
    expect((await bLocal.get(copyId))?.story.meta.title.en).toBe('B after (Laptop 1)');

    // The editor that had the original open keeps saving: its saves go to the copy.
    // (The copy keeps its own title: the editor still shows the original's until it switches.)
    await b.repo.save({ ...opened, meta: { ...opened.meta, title: { en: 'B after' }, description: { en: 'B typing on' } } });
    await until(async () => ((await laptop.story(copyId)).doc as Story).meta.description?.en === 'B typing on', 'the copy updated');
    expect(((await laptop.story(copyId)).doc as Story).meta.title.en).toBe('B after (Laptop 1)');
    expect(((await laptop.story('shared')).doc as Story).meta.title.en).toBe('A first');
    // Opened afresh, the original is the original again.
    await b.repo.get('shared');
    const fresh = (await b.repo.get('shared'))!.story;
    await b.repo.save({ ...fresh, meta: { ...fresh.meta, title: { en: 'B on the original' } } });
    await until(async () => ((await laptop.story('shared')).doc as Story).meta.title.en === 'B on the original', 'the original updated');
  });
});
