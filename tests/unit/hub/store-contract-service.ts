import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CollectionEntry, RetentionRun } from '../../../src/hub/store/service-types.ts';
import type { HubStore, Room } from '../../../src/hub/store/types.ts';
import type { StoreFixture } from './store-contract.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute)).toISOString();
const hex = (n: number) => n.toString(16).padStart(64, '0');
const room = (id: string, code: string): Room => ({ id, code, name: `Room ${id}`, passphraseHash: 'scrypt$x', createdAt: at(0), endedAt: null });

/**
 * The library service's part of the HubStore contract (#17): rate limits, live presence across
 * processes, settings, admin log-ins, kept rooms, the collection and the retention log. Every
 * store runs it (through storeContract).
 */
export function serviceContract(name: string, make: () => Promise<StoreFixture>): void {
  describe(`HubStore service contract: ${name}`, () => {
    let f: StoreFixture;
    let store: HubStore;
    beforeEach(async () => {
      f = await make();
      store = f.store;
      await store.createRoom(room('r1', 'ABCDEF'));
    });
    afterEach(async () => {
      await store.close();
      await f.cleanup();
    });

    it('counts failed tries per key in a window, clears and prunes them', async () => {
      await store.addTry('join:1.2.3.4', at(1));
      await store.addTry('join:1.2.3.4', at(3));
      await store.addTry('join:5.6.7.8', at(3));
      expect(await store.triesSince('join:1.2.3.4', at(0))).toEqual([at(1), at(3)]);
      expect(await store.triesSince('join:1.2.3.4', at(1))).toEqual([at(3)]);
      await store.clearTries('join:1.2.3.4');
      expect(await store.triesSince('join:1.2.3.4', at(0))).toEqual([]);
      await store.pruneTries(at(3));
      expect(await store.triesSince('join:5.6.7.8', at(0))).toEqual([]);
    });

    it('knows which devices are connected to a live process, and forgets processes that stopped', async () => {
      await store.heartbeat('p1', at(10));
      await store.heartbeat('p2', at(10));
      await store.addConnection({ id: 'c1', processId: 'p1', roomId: 'r1', deviceId: 'd1', at: at(10) });
      await store.addConnection({ id: 'c2', processId: 'p2', roomId: 'r1', deviceId: 'd2', at: at(10) });
      await store.addConnection({ id: 'c3', processId: 'p2', roomId: 'r1', deviceId: null, at: at(10) });
      await store.addConnection({ id: 'c1', processId: 'p1', roomId: 'r1', deviceId: 'd1', at: at(10) }); // again: fine
      expect(await store.onlineDevices('r1', at(9))).toEqual(new Set(['d1', 'd2']));
      expect(await store.onlineDevices('r2', at(9))).toEqual(new Set());
      await store.removeConnection('c1');
      expect(await store.onlineDevices('r1', at(9))).toEqual(new Set(['d2']));
      // p2 was killed: it stops beating; p1 goes on.
      await store.heartbeat('p1', at(20));
      expect(await store.onlineDevices('r1', at(15))).toEqual(new Set());
      await store.addConnection({ id: 'c4', processId: 'p1', roomId: 'r1', deviceId: 'd2', at: at(20) });
      expect(await store.onlineDevices('r1', at(15))).toEqual(new Set(['d2']));
      await store.forgetProcesses(at(15));
      expect(await store.onlineDevices('r1', at(0))).toEqual(new Set(['d2']));
    });

    it('keeps settings, and the admin log-ins until they are deleted', async () => {
      expect(await store.setting('admin.passphrase')).toBeNull();
      await store.setSetting('admin.passphrase', 'scrypt$1');
      await store.setSetting('admin.passphrase', 'scrypt$2');
      expect(await store.setting('admin.passphrase')).toBe('scrypt$2');
      await store.setSetting('admin.passphrase', null);
      expect(await store.setting('admin.passphrase')).toBeNull();
      await store.addAdminSession({ tokenHash: 'a1', createdAt: at(1), expiresAt: at(50) });
      await store.addAdminSession({ tokenHash: 'a2', createdAt: at(1), expiresAt: at(50) });
      expect(await store.adminSession('a1')).toEqual({ tokenHash: 'a1', createdAt: at(1), expiresAt: at(50) });
      await store.deleteAdminSession('a1');
      expect(await store.adminSession('a1')).toBeNull();
      await store.deleteAdminSessions();
      expect(await store.adminSession('a2')).toBeNull();
    });

    it('keeps rooms from retention, and says when their media were deleted', async () => {
      expect(await store.room('r1')).toMatchObject({ keep: false, purgedAt: null });
      await store.setRoomKeep('r1', true);
      await store.markRoomPurged('r1', at(7));
      expect(await store.room('r1')).toMatchObject({ keep: true, purgedAt: at(7) });
      const [listed] = await store.rooms();
      expect(listed).toMatchObject({ id: 'r1', keep: true, stories: 0, devices: 0 });
      await store.addDevice({ id: 'd1', roomId: 'r1', name: 'Laptop 1', kind: 'laptop', local: false, tokenHash: 't', createdAt: at(1), lastSeenAt: at(1) });
      await store.addDevice({ id: 'd0', roomId: 'r1', name: 'Hub laptop', kind: 'laptop', local: true, tokenHash: null, createdAt: at(1), lastSeenAt: at(1) });
      expect((await store.rooms())[0]).toMatchObject({ devices: 1 });
    });

    it('keeps stories in the collection with their consent; a deleted story leaves it', async () => {
      const facts = { doc: '{}', docHash: hex(1), title: { en: 'Pier' }, language: 'en', scenes: 1, problems: 0, thumbnailHash: null, media: [] };
      const base = { roomId: 'r1', baseVersion: null, device: { id: null, name: 'Laptop 1' }, at: at(1), keepVersions: 50, makeCopy: () => ({ id: 'x', facts }) };
      await store.saveStory({ ...base, storyId: 's1', facts });
      await store.saveStory({ ...base, storyId: 's2', facts: { ...facts, docHash: hex(2) } });
      const entry: CollectionEntry = {
        storyId: 's1',
        title: 'The old pier',
        place: 'Harbour Street, Bodø',
        language: 'nb',
        consent: { by: 'Amira (author) and her father', at: '2026-01-01', uses: ['showcase', 'collection'], note: 'No website.' },
        addedAt: at(2),
        addedBy: 'Admin',
        updatedAt: at(2),
      };
      await store.putCollectionEntry(entry);
      await store.putCollectionEntry({ ...entry, storyId: 's2', addedAt: at(3), updatedAt: at(3) });
      expect(await store.collectionEntry('s1')).toEqual(entry);
      expect((await store.collection()).map((e) => e.storyId)).toEqual(['s2', 's1']);
      const changed = { ...entry, place: 'The pier', consent: { ...entry.consent, uses: ['online' as const] }, updatedAt: at(4), addedAt: at(9) };
      await store.putCollectionEntry(changed);
      expect(await store.collectionEntry('s1')).toEqual({ ...changed, addedAt: at(2) }); // added once
      expect(await store.removeCollectionEntry('s2')).toBe(true);
      expect(await store.removeCollectionEntry('s2')).toBe(false);
      await store.deleteStories(['s1']);
      expect(await store.collection()).toEqual([]);
    });

    it('logs retention runs, newest first', async () => {
      const run: RetentionRun = { id: 'run1', startedAt: at(1), finishedAt: at(2), trigger: 'timer', days: 30, rooms: 1, stories: 2, media: 3, bytes: 5_000_000_000, details: ['Room r1: 2 stories'], error: null };
      await store.addRetentionRun(run);
      await store.addRetentionRun({ ...run, id: 'run2', startedAt: at(5), trigger: 'admin', error: 'The disk is full.' });
      expect(await store.retentionRuns(10)).toEqual([{ ...run, id: 'run2', startedAt: at(5), trigger: 'admin', error: 'The disk is full.' }, run]);
      expect((await store.retentionRuns(1)).length).toBe(1);
    });

    it('gives a job to one holder at a time until its lease runs out', async () => {
      expect(await store.claimJob('retention', 'p1', at(0), at(10))).toBe(true);
      expect(await store.claimJob('retention', 'p2', at(5), at(15))).toBe(false);
      expect(await store.claimJob('retention', 'p1', at(5), at(15))).toBe(true); // renewing its own
      expect(await store.claimJob('retention', 'p2', at(16), at(30))).toBe(true); // p1's ran out
      await store.releaseJob('retention', 'p1'); // not p1's any more: nothing happens
      expect(await store.claimJob('retention', 'p3', at(17), at(30))).toBe(false);
      await store.releaseJob('retention', 'p2');
      expect(await store.claimJob('retention', 'p3', at(17), at(30))).toBe(true);
    });
  });
}
