import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HubStore } from '../../../src/hub/store/types.ts';
import { at, room, type StoreFixture } from './store-contract.ts';

/**
 * The showcase's part of the HubStore contract (#16): the room's guides, saved compare-and-set so
 * two hub processes never lose each other's command, and what each headset last said it shows.
 */
export function showcaseContract(name: string, make: () => Promise<StoreFixture>): void {
  describe(`HubStore showcase contract: ${name}`, () => {
    let f: StoreFixture;
    let store: HubStore;
    beforeEach(async () => {
      f = await make();
      store = f.store;
      await store.createRoom(room('r1', 'ABCDEF'));
      await store.createRoom(room('r2', 'GHJKLM'));
    });
    afterEach(async () => {
      await store.close();
      await f.cleanup();
    });

    it('saves a room’s showcase compare-and-set, version by version', async () => {
      expect(await store.showcase('r1')).toBeNull();
      expect(await store.saveShowcase('r1', '{"a":1}', 0, at(1))).toBe(true);
      expect(await store.saveShowcase('r1', '{"a":"lost"}', 0, at(1))).toBe(false); // someone saved first
      expect(await store.showcase('r1')).toEqual({ state: '{"a":1}', version: 1 });
      expect(await store.saveShowcase('r1', '{"a":2}', 1, at(2))).toBe(true);
      expect(await store.saveShowcase('r1', '{"a":"stale"}', 1, at(2))).toBe(false);
      expect(await store.showcase('r1')).toEqual({ state: '{"a":2}', version: 2 });
      expect(await store.showcase('r2')).toBeNull();
    });

    it('keeps each headset’s last presence, by room', async () => {
      const d = { roomId: 'r1', kind: 'headset' as const, local: false, tokenHash: null, createdAt: at(1), lastSeenAt: at(1) };
      await store.addDevice({ ...d, id: 'h1', name: 'Headset 1' });
      await store.addDevice({ ...d, id: 'h2', name: 'Headset 2', roomId: 'r2' });
      await store.addDevice({ ...d, id: 'h3', name: 'Headset 3' });
      await store.setPresences([{ roomId: 'r1', deviceId: 'h1', presence: '{"scene":"a"}', at: at(2) }]);
      // Several headsets in one write, across rooms; h1's new word replaces its old one.
      await store.setPresences([
        { roomId: 'r1', deviceId: 'h1', presence: '{"scene":"b"}', at: at(3) },
        { roomId: 'r2', deviceId: 'h2', presence: '{"scene":"c"}', at: at(3) },
        { roomId: 'r1', deviceId: 'h3', presence: '{"scene":"d"}', at: at(3) },
      ]);
      await store.setPresences([]);
      const r1 = (await store.presences('r1')).sort((a, b) => a.deviceId.localeCompare(b.deviceId));
      expect(r1).toEqual([
        { deviceId: 'h1', presence: '{"scene":"b"}', heardAt: at(3) },
        { deviceId: 'h3', presence: '{"scene":"d"}', heardAt: at(3) },
      ]);
      expect(await store.presences('r2')).toEqual([{ deviceId: 'h2', presence: '{"scene":"c"}', heardAt: at(3) }]);
    });
  });
}
