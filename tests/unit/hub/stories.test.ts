import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeStory } from '../../../src/story/fake.ts';
import type { Story } from '../../../src/story/schema/story.ts';
import { HubError } from '../../../src/hub/errors.ts';
import { memoryLiveBus, type LiveEvent } from '../../../src/hub/live-bus.ts';
import { copyTitle, docFacts, Stories } from '../../../src/hub/stories.ts';
import { openSqliteStore } from '../../../src/hub/store/sqlite/index.ts';
import type { HubStore, Room } from '../../../src/hub/store/types.ts';
import { KEPT_VERSIONS } from '../../../src/live/limits.ts';

const laptop1 = { id: 'd1', name: 'Laptop 1' };
const laptop2 = { id: 'd2', name: 'Laptop 2' };
const room: Room = { id: 'r1', code: 'ABCDEF', name: 'Room', passphraseHash: 'x', createdAt: '2026-01-01T00:00:00Z', endedAt: null };
const edited = (s: Story, title: string): Story => ({ ...s, meta: { ...s.meta, title: { en: title } } });

describe('stories on the hub (versions, kept-both, checks)', () => {
  let dir: string;
  let store: HubStore;
  let stories: Stories;
  let events: LiveEvent[];
  let story: Story;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hub-stories-'));
    store = openSqliteStore(join(dir, 'hub.sqlite'));
    const bus = memoryLiveBus();
    events = [];
    bus.subscribe((e) => events.push(e));
    stories = new Stories(store, bus);
    await store.createRoom(room);
    story = fakeStory({ id: 'my-place', scenes: 3 });
    for (const a of story.assets) await store.putMedia({ hash: a.id, bytes: a.bytes, mime: a.mime, kind: 'image', width: 4096, height: 2048, createdAt: room.createdAt });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('saves through the model loader and tells the room', async () => {
    expect(await stories.put(room, laptop1, 'my-place', story, null)).toEqual({ status: 'saved', version: 1 });
    expect(events.map((e) => e.message)).toEqual([{ type: 'story-changed', id: 'my-place', version: 1, title: story.meta.title, updatedBy: 'Laptop 1' }]);
    const list = await stories.list(room);
    expect(list).toEqual([
      expect.objectContaining({ id: 'my-place', version: 1, scenes: 3, updatedBy: 'Laptop 1', thumbnailHash: story.scenes[0]!.panorama, inbox: 0 }),
    ]);
    const got = await stories.get(room, 'my-place');
    expect(got.doc).toEqual(JSON.parse(docFacts(story).doc));
  });

  it('refuses what the loader refuses (422 with its problems), a wrong id, and a story of another room', async () => {
    const e = await stories.put(room, laptop1, 'x', { schemaVersion: 1, id: 'x' }, null).catch((x: HubError) => x);
    expect(e).toMatchObject({ status: 422, code: 'story-refused' });
    expect((e as HubError).extra.problems).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'error' })]));
    await expect(stories.put(room, laptop1, 'other-id', story, null)).rejects.toMatchObject({ status: 400 });
    await expect(stories.get({ ...room, id: 'r2' }, 'my-place')).rejects.toMatchObject({ status: 404 });
  });

  it('asks for missing media first (409 with their hashes)', async () => {
    const more = { ...story, assets: [...story.assets, { ...story.assets[0]!, id: 'f'.repeat(64), name: 'new.jpg' }] };
    const e = await stories.put(room, laptop1, 'my-place', more, null).catch((x: HubError) => x);
    expect(e).toMatchObject({ status: 409, code: 'missing-media' });
    expect((e as HubError).extra.missingMedia).toEqual(['f'.repeat(64)]);
    expect(await store.storyHead('my-place')).toBeNull();
  });

  it('two laptops editing one story keep both versions: the later one becomes a copy named after its device', async () => {
    await stories.put(room, laptop1, 'my-place', story, null);
    expect(await stories.put(room, laptop1, 'my-place', edited(story, 'Ours'), 1)).toEqual({ status: 'saved', version: 2 });
    const b = await stories.put(room, laptop2, 'my-place', edited(story, 'Mine'), 1);
    expect(b).toMatchObject({ status: 'kept-both', version: 1, copy: { title: { en: 'Mine (Laptop 2)' } } });
    if (b.status !== 'kept-both') throw new Error();
    expect(b.copy.id).not.toBe('my-place');
    expect(((await stories.get(room, 'my-place')).doc as Story).meta.title).toEqual({ en: 'Ours' });
    const copy = (await stories.get(room, b.copy.id)).doc as Story;
    expect(copy.id).toBe(b.copy.id);
    expect(copy.meta.title).toEqual({ en: 'Mine (Laptop 2)' });
    // The same save again (a lost reply): the same copy.
    expect(await stories.put(room, laptop2, 'my-place', edited(story, 'Mine'), 1)).toEqual(b);
    expect((await stories.list(room)).length).toBe(2);
  });

  it('the same document twice is one version (compared by content)', async () => {
    await stories.put(room, laptop1, 'my-place', story, null);
    const again = JSON.parse(JSON.stringify(story));
    expect(await stories.put(room, laptop1, 'my-place', again, 1)).toEqual({ status: 'saved', version: 1 });
    expect(events.length).toBe(1);
  });

  it('keeps the last versions and restores an old one as a new version (nothing lost)', async () => {
    await stories.put(room, laptop1, 'my-place', story, null);
    for (let v = 2; v <= KEPT_VERSIONS + 5; v++) await stories.put(room, laptop1, 'my-place', edited(story, `v${v}`), v - 1);
    const { current, versions } = await stories.versions(room, 'my-place');
    expect(current).toBe(KEPT_VERSIONS + 5);
    expect(versions.length).toBe(KEPT_VERSIONS);
    expect(versions[0]).toMatchObject({ version: KEPT_VERSIONS + 5, deviceName: 'Laptop 1', title: { en: `v${KEPT_VERSIONS + 5}` } });
    const r = await stories.restore(room, laptop2, 'my-place', 10);
    expect(r).toEqual({ status: 'saved', version: KEPT_VERSIONS + 6 });
    expect(((await stories.get(room, 'my-place')).doc as Story).meta.title).toEqual({ en: 'v10' });
    expect(((await stories.get(room, 'my-place', KEPT_VERSIONS + 5)).doc as Story).meta.title).toEqual({ en: `v${KEPT_VERSIONS + 5}` });
    await expect(stories.get(room, 'my-place', 1)).rejects.toMatchObject({ status: 404, code: 'version-not-found' });
  });

  it('names copies in every language of the title, with the device named in that language', () => {
    expect(copyTitle({ en: 'My place', nb: 'Mitt sted', ar: 'مكاني', se: 'Mu báiki' }, 'Laptop 3')).toEqual({
      en: 'My place (Laptop 3)',
      nb: 'Mitt sted (Bærbar 3)',
      ar: 'مكاني (حاسوب 3)',
      se: 'Mu báiki (Laptop 3)',
    });
    // A name someone chose stays as it is in every language.
    expect(copyTitle({ en: 'My place', ar: 'مكاني' }, 'Table by the window')).toEqual({ en: 'My place (Table by the window)', ar: 'مكاني (Table by the window)' });
  });
});
