import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocFacts, HubStore, Room, SaveRequest } from '../../../src/hub/store/types.ts';
import { serviceContract } from './store-contract-service.ts';
import { showcaseContract } from './store-contract-showcase.ts';

/**
 * The HubStore contract: every implementation (SQLite, PostgreSQL) runs this suite, and the
 * service part in ./store-contract-service.ts. `make` returns a fresh, empty store; `cleanup` removes it.
 */
export interface StoreFixture {
  store: HubStore;
  cleanup(): Promise<void>;
}

const hex = (n: number) => n.toString(16).padStart(64, '0');
export const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute)).toISOString();

export function facts(text: string, extra: Partial<DocFacts> = {}): DocFacts {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return { doc: `{"text":${JSON.stringify(text)}}`, docHash: hex(h + 1), title: { en: text }, language: 'en', scenes: 1, problems: 0, thumbnailHash: null, media: [], ...extra };
}

export function room(id: string, code: string, ended: string | null = null): Room {
  return { id, code, name: `Room ${id}`, passphraseHash: 'scrypt$x', createdAt: at(0), endedAt: ended };
}

export function storeContract(name: string, make: () => Promise<StoreFixture>): void {
  describe(`HubStore contract: ${name}`, () => {
    let f: StoreFixture;
    let store: HubStore;
    let copies = 0;
    const save = (over: Partial<SaveRequest> & { text: string }) =>
      store.saveStory({
        storyId: 's1',
        roomId: 'r1',
        baseVersion: null,
        device: { id: 'd1', name: 'Laptop 1' },
        at: at(1),
        keepVersions: 50,
        facts: facts(over.text),
        makeCopy: () => ({ id: `copy-${++copies}`, facts: facts(`${over.text} (copy)`) }),
        ...over,
      });

    beforeEach(async () => {
      f = await make();
      store = f.store;
      copies = 0;
      await store.createRoom(room('r1', 'ABCDEF'));
    });
    afterEach(async () => {
      await store.close();
      await f.cleanup();
    });

    it('keeps rooms, finds open ones by code, ends them', async () => {
      expect(await store.openRoomByCode('ABCDEF')).toMatchObject({ id: 'r1', name: 'Room r1', endedAt: null });
      expect(await store.openRoomByCode('ZZZZZZ')).toBeNull();
      await store.endRoom('r1', at(5));
      expect(await store.openRoomByCode('ABCDEF')).toBeNull();
      expect((await store.room('r1'))?.endedAt).toBe(at(5));
      // An ended room's code may be used again.
      await store.createRoom(room('r2', 'ABCDEF'));
      expect((await store.openRoomByCode('ABCDEF'))?.id).toBe('r2');
      expect((await store.openRooms()).map((r) => r.id)).toEqual(['r2']);
    });

    it('refuses two open rooms with the same code', async () => {
      await expect(store.createRoom(room('r2', 'ABCDEF'))).rejects.toThrow();
    });

    it('keeps devices by token hash, counts them by kind, and the sessions of facilitators', async () => {
      const d = { id: 'd1', roomId: 'r1', name: 'Phone 1', kind: 'phone' as const, local: false, tokenHash: 'h1', createdAt: at(1), lastSeenAt: at(1) };
      await store.addDevice(d);
      await store.addDevice({ ...d, id: 'd0', name: 'Hub laptop', kind: 'laptop', local: true, tokenHash: null });
      expect(await store.deviceByToken('h1')).toEqual(d);
      expect(await store.deviceByToken('nope')).toBeNull();
      expect(await store.countDevices('r1', 'phone')).toBe(1);
      expect(await store.countDevices('r1', 'laptop')).toBe(0); // the hub laptop is not "Laptop 1"
      expect((await store.localDevice('r1'))?.id).toBe('d0');
      await store.touchDevice('d1', at(9));
      expect((await store.deviceByToken('h1'))?.lastSeenAt).toBe(at(9));
      await store.renameDevice('d1', 'Headset by the window');
      expect((await store.deviceByToken('h1'))?.name).toBe('Headset by the window');
      expect((await store.devices('r1')).length).toBe(2);
      await store.addSession({ tokenHash: 't1', roomId: 'r1', createdAt: at(1), expiresAt: at(50) });
      expect(await store.sessionByToken('t1')).toEqual({ tokenHash: 't1', roomId: 'r1', createdAt: at(1), expiresAt: at(50) });
      await store.deleteSession('t1');
      expect(await store.sessionByToken('t1')).toBeNull();
      await store.addSession({ tokenHash: 't2', roomId: 'r1', createdAt: at(1), expiresAt: at(50) });
      await store.endRoom('r1', at(3));
      expect(await store.sessionByToken('t2')).toBeNull();
    });

    it('saves a new story as version 1, then each change based on the newest as the next version', async () => {
      expect(await save({ text: 'one' })).toMatchObject({ status: 'saved', version: 1, changed: true });
      expect(await save({ text: 'two', baseVersion: 1, at: at(2) })).toMatchObject({ status: 'saved', version: 2, changed: true });
      const head = await store.storyHead('s1');
      expect(head).toMatchObject({ id: 's1', roomId: 'r1', version: 2, title: { en: 'two' }, updatedAt: at(2), updatedBy: 'Laptop 1', createdAt: at(1) });
      expect((await store.storyVersion('s1'))?.doc).toBe(facts('two').doc);
      expect((await store.storyVersion('s1', 1))?.doc).toBe(facts('one').doc);
      expect((await store.storyVersions('s1')).map((v) => [v.version, v.baseVersion])).toEqual([
        [2, 1],
        [1, null],
      ]);
      expect((await store.storyHeads('r1')).map((h) => h.id)).toEqual(['s1']);
    });

    it('a save sent twice changes nothing the second time', async () => {
      await save({ text: 'one' });
      await save({ text: 'two', baseVersion: 1 });
      expect(await save({ text: 'two', baseVersion: 1 })).toMatchObject({ status: 'saved', version: 2, changed: false });
      expect((await store.storyVersions('s1')).length).toBe(2);
    });

    it('a save based on an older version is kept beside the newer one (a copy), never over it, never dropped', async () => {
      await save({ text: 'one' });
      await save({ text: 'laptop A', baseVersion: 1 });
      const b = await save({ text: 'laptop B', baseVersion: 1, device: { id: 'd2', name: 'Laptop 2' } });
      expect(b).toMatchObject({ status: 'kept-both', version: 1, changed: true });
      if (b.status !== 'kept-both') throw new Error();
      expect(b.head).toMatchObject({ id: 'copy-1', title: { en: 'laptop B (copy)' }, version: 1, updatedBy: 'Laptop 2' });
      expect((await store.storyVersion('s1'))?.doc).toBe(facts('laptop A').doc);
      expect((await store.storyVersion('copy-1'))?.doc).toBe(facts('laptop B (copy)').doc);
      // Sent again (the reply was lost): the same copy, not a second one.
      expect(await save({ text: 'laptop B', baseVersion: 1, device: { id: 'd2', name: 'Laptop 2' } })).toMatchObject({ status: 'kept-both', changed: false, head: { id: 'copy-1' } });
      expect((await store.storyHeads('r1')).length).toBe(2);
    });

    it('a stale retry of a save that was already applied is recognised, not copied', async () => {
      await save({ text: 'one' });
      await save({ text: 'two', baseVersion: 1 });
      await save({ text: 'three', baseVersion: 2, device: { id: 'd2', name: 'Laptop 2' } });
      expect(await save({ text: 'two', baseVersion: 1 })).toMatchObject({ status: 'saved', version: 2, changed: false });
      expect((await store.storyHeads('r1')).length).toBe(1);
    });

    it('a story the hub has, sent as new (no base) with other content, is kept both', async () => {
      await save({ text: 'one' });
      expect(await save({ text: 'other', baseVersion: null })).toMatchObject({ status: 'kept-both' });
    });

    it('a base newer than the hub knows (after a restore) is applied as a newer version', async () => {
      await save({ text: 'one' });
      expect(await save({ text: 'later', baseVersion: 7 })).toMatchObject({ status: 'saved', version: 8 });
    });

    it('keeps the last N versions', async () => {
      await save({ text: 'v1' });
      for (let v = 2; v <= 8; v++) await save({ text: `v${v}`, baseVersion: v - 1, keepVersions: 3 });
      expect((await store.storyVersions('s1')).map((v) => v.version)).toEqual([8, 7, 6]);
      expect(await store.storyVersion('s1', 2)).toBeNull();
    });

    it("does not let a room change another open room's story; an ended room's stories come along", async () => {
      await save({ text: 'one' });
      await store.createRoom(room('r2', 'GHJKMN'));
      expect(await save({ text: 'two', baseVersion: 1, roomId: 'r2' })).toEqual({ status: 'other-room' });
      await store.endRoom('r1', at(3));
      expect(await save({ text: 'two', baseVersion: 1, roomId: 'r2' })).toMatchObject({ status: 'saved', version: 2 });
      expect((await store.storyHead('s1'))?.roomId).toBe('r2');
    });

    it('moves stories between rooms, lists rooms with their story counts, deletes stories with their versions', async () => {
      await save({ text: 'one' });
      await save({ text: 'x', storyId: 's2' });
      await store.endRoom('r1', at(3));
      await store.createRoom({ ...room('r2', 'GHJKMN'), createdAt: at(4) });
      expect((await store.rooms()).map((r) => [r.id, r.stories])).toEqual([
        ['r2', 0],
        ['r1', 2],
      ]);
      expect(await store.moveStories('r1', 'r2')).toBe(2);
      expect((await store.storyHeads('r2')).length).toBe(2);
      await store.deleteStories(['s1']);
      expect(await store.storyHead('s1')).toBeNull();
      expect(await store.storyVersion('s1', 1)).toBeNull();
      expect((await store.allStoryHeads()).map((h) => h.id)).toEqual(['s2']);
    });

    it('keeps media records and knows which media the stories and inbox of a room mention', async () => {
      const m = { hash: hex(0xaa), bytes: 10, mime: 'image/jpeg', kind: 'image' as const, width: 4, height: 2, createdAt: at(1) };
      await store.putMedia(m);
      await store.putMedia(m); // again: fine
      expect(await store.media(m.hash)).toEqual(m);
      expect(await store.hasMedia([m.hash, hex(0xbb)])).toEqual(new Set([m.hash]));
      await save({ text: 'one', facts: facts('one', { media: [hex(1), hex(2)] }) });
      await store.createRoom(room('r2', 'GHJKMN'));
      await save({ text: 'two', storyId: 's2', roomId: 'r2', facts: facts('two', { media: [hex(2), hex(3)] }) });
      expect(await store.referencedMedia({ onlyRoomId: 'r1' })).toEqual(new Set([hex(1), hex(2)]));
      expect(await store.referencedMedia({ exceptRoomId: 'r1' })).toEqual(new Set([hex(2), hex(3)]));
      expect((await store.referencedMedia()).size).toBe(3);
      await store.deleteMedia([m.hash]);
      expect(await store.media(m.hash)).toBeNull();
    });

    it('keeps a video from a phone as a video (its kind, type and pixel size), in the media and the inbox', async () => {
      await save({ text: 'one' });
      const v = { hash: hex(0xcc), bytes: 48372, mime: 'video/webm', kind: 'video' as const, width: 640, height: 320, createdAt: at(1) };
      await store.putMedia(v);
      expect(await store.media(v.hash)).toEqual(v);
      const e = { id: 'inbox-v', storyId: 's1', roomId: 'r1', hash: v.hash, kind: 'video' as const, mime: v.mime, bytes: v.bytes, filename: 'VID_1.webm', width: 640, height: 320, gpano: null, notes: [], deviceId: null, deviceName: 'Phone 1', createdAt: at(2), takenAt: null };
      await store.addInboxEntry(e);
      expect(await store.inbox('s1')).toEqual([e]);
    });

    it('keeps inbox entries per story, idempotent by id, taken once', async () => {
      await save({ text: 'one' });
      const e = {
        id: 'inbox-1',
        storyId: 's1',
        roomId: 'r1',
        hash: hex(5),
        kind: 'image' as const,
        mime: 'image/jpeg',
        bytes: 5,
        filename: 'IMG_1.jpg',
        width: 4,
        height: 2,
        gpano: null,
        notes: ['Removed where the photo was taken (GPS).'],
        deviceId: 'd1',
        deviceName: 'Phone 1',
        createdAt: at(2),
        takenAt: null,
      };
      await store.addInboxEntry(e);
      await store.addInboxEntry({ ...e, filename: 'changed' });
      expect(await store.inbox('s1')).toEqual([e]);
      expect(await store.inboxCount('s1')).toBe(1);
      expect(await store.referencedMedia({ onlyRoomId: 'r1' })).toContain(hex(5));
      expect(await store.takeInboxEntry('s1', 'inbox-1', at(3))).toBe(true);
      expect(await store.takeInboxEntry('s1', 'inbox-1', at(4))).toBe(true);
      expect(await store.takeInboxEntry('s1', 'nope', at(4))).toBe(false);
      expect(await store.inbox('s1')).toEqual([]);
      expect(await store.inbox('s1', { includeTaken: true })).toEqual([{ ...e, takenAt: at(3) }]);
      expect(await store.inboxCount('s1')).toBe(0);
    });
  });
  serviceContract(name, make);
  showcaseContract(name, make);
}
