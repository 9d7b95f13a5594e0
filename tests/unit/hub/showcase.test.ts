import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebSocket } from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryLiveBus, type LiveBus } from '../../../src/hub/live-bus.ts';
import { LiveSockets } from '../../../src/hub/live-sockets.ts';
import { Rooms } from '../../../src/hub/rooms.ts';
import { Showcase } from '../../../src/hub/showcase/showcase.ts';
import { openSqliteStore } from '../../../src/hub/store/sqlite/index.ts';
import type { Device, HubStore, Room } from '../../../src/hub/store/types.ts';
import { ServerMessage, type ClientMessage } from '../../../src/live/messages.ts';
import type { Guide, HeadsetsMessage } from '../../../src/live/showcase.ts';

/** Just enough of a ws socket for LiveSockets: what it sends is parsed with the protocol's schema. */
class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  readonly got: ServerMessage[] = [];
  send(text: string) {
    this.got.push(ServerMessage.parse(JSON.parse(text)));
  }
  close() {
    this.readyState = 3;
    this.emit('close');
  }
  terminate() {
    this.close();
  }
  ping() {}
  say(m: ClientMessage | Record<string, unknown>) {
    this.emit('message', Buffer.from(JSON.stringify(m)), false);
  }
  last<T extends ServerMessage['type']>(type: T): Extract<ServerMessage, { type: T }> | undefined {
    return this.got.filter((m): m is Extract<ServerMessage, { type: T }> => m.type === type).at(-1);
  }
}

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('the showcase on the hub (#16)', () => {
  let dir: string;
  let store: HubStore;
  let bus: LiveBus;
  let live: LiveSockets;
  let room: Room;
  let h1: Device;
  let h2: Device;
  let laptop: Device;
  let now = 1_000_000;
  const warnings: string[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hub-showcase-'));
    store = openSqliteStore(join(dir, 'hub.sqlite'));
    bus = memoryLiveBus();
    live = new LiveSockets(bus, store, { info: () => {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) });
    live.showcase = new Showcase({ bus, store, log: { info: () => {}, warn: () => {}, error: () => {} }, online: (r) => live.onlineDevices(r), now: () => now });
    const rooms = new Rooms(store);
    room = (await rooms.start('Showcase', 'river stones')).room;
    h1 = (await rooms.join(room.code, 'headset', '10.0.0.2')).device;
    h2 = (await rooms.join(room.code, 'headset', '10.0.0.3')).device;
    laptop = (await rooms.join(room.code, 'laptop', '10.0.0.4')).device;
    warnings.length = 0;
  });
  afterEach(async () => {
    live.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const connect = (device: Device | null, facilitator = false) => {
    const s = new FakeSocket();
    live.add(s as unknown as WebSocket, { roomId: room.id, device, facilitator });
    return s;
  };
  const guideOf = (s: FakeSocket): Guide | undefined => s.last('guide-state')?.guide;

  it('sends a story to every headset, then follow me moves them with the facilitator; a late headset catches up', async () => {
    const f = connect(null, true);
    const a = connect(h1);
    await settle();
    expect(guideOf(a)).toMatchObject({ storyId: null, follow: false, lead: null, pause: null });
    let list = f.last('headsets') as HeadsetsMessage;
    expect(list.headsets.map((h) => [h.name, h.online])).toEqual([
      ['Headset 1', true],
      ['Headset 2', false],
    ]);

    f.say({ type: 'guide', to: 'all', command: { do: 'send', storyId: 'forest' } });
    f.say({ type: 'guide', to: 'all', command: { do: 'follow' } });
    f.say({ type: 'lead', storyId: 'forest', sceneId: 'clearing', variables: { torch: true } });
    await settle();
    expect(guideOf(a)).toMatchObject({ storyId: 'forest', sent: 1, follow: true, lead: { storyId: 'forest', sceneId: 'clearing', variables: { torch: true }, seq: 1 } });
    // In the order the facilitator sent them, each built on the one before.
    const states = a.got.flatMap((m) => (m.type === 'guide-state' ? [m.guide] : []));
    expect(states.slice(-3).map((g) => [g.sent, g.follow, g.lead?.seq ?? 0])).toEqual([
      [1, false, 0],
      [1, true, 0],
      [1, true, 1],
    ]);

    // Headset 2 was asleep: on connecting it gets the whole state at once.
    const b = connect(h2);
    await settle();
    expect(guideOf(b)).toMatchObject({ storyId: 'forest', follow: true, lead: { sceneId: 'clearing', seq: 1 } });

    // A headset says what it shows; the facilitator sees it.
    a.say({ type: 'presence', storyId: 'forest', storyTitle: 'The forest', sceneId: 'clearing', sceneTitle: 'The clearing', inVr: true });
    await settle();
    list = f.last('headsets') as HeadsetsMessage;
    expect(list.headsets.find((h) => h.deviceId === h1.id)).toMatchObject({ online: true, storyTitle: 'The forest', sceneTitle: 'The clearing', inVr: true });
    expect(list.room).toMatchObject({ storyId: 'forest', follow: true });
    // The laptop that never played is not a headset; one that says what it plays is listed.
    expect(list.headsets.some((h) => h.deviceId === laptop.id)).toBe(false);
  });

  it('pauses, restarts and lets one headset explore without touching the others', async () => {
    const f = connect(null, true);
    const a = connect(h1);
    const b = connect(h2);
    f.say({ type: 'guide', to: 'all', command: { do: 'follow' } });
    f.say({ type: 'lead', storyId: 'forest', sceneId: 'river', variables: {} });
    f.say({ type: 'guide', to: { deviceId: h2.id }, command: { do: 'explore' } });
    f.say({ type: 'guide', to: 'all', command: { do: 'pause', message: 'Time to take the headset off' } });
    await settle();
    expect(guideOf(a)).toMatchObject({ follow: true, pause: { message: 'Time to take the headset off' } });
    expect(guideOf(b)).toMatchObject({ follow: false, pause: { message: 'Time to take the headset off' } });
    f.say({ type: 'guide', to: { deviceId: h1.id }, command: { do: 'resume' } });
    f.say({ type: 'guide', to: 'all', command: { do: 'restart' } });
    await settle();
    expect(guideOf(a)).toMatchObject({ pause: null, restart: 1, lead: null, follow: true });
    expect(guideOf(b)).toMatchObject({ pause: { message: 'Time to take the headset off' }, restart: 1, follow: false });
  });

  it('passes on where a headset looks a few times a second, not faster', async () => {
    const f = connect(null, true);
    const a = connect(h1);
    for (let i = 0; i < 20; i++) {
      a.say({ type: 'view', yaw: i, pitch: -5 });
      now += 50; // 20 a second
    }
    await settle();
    const views = f.got.filter((m) => m.type === 'headset-view');
    expect(views.length).toBeGreaterThanOrEqual(4);
    expect(views.length).toBeLessThanOrEqual(6);
    expect(views[0]).toEqual({ type: 'headset-view', deviceId: h1.id, yaw: 0, pitch: -5 });
  });

  it('only the facilitator guides, leads or renames: a headset or a laptop cannot', async () => {
    const f = connect(null, true);
    const a = connect(h1);
    const b = connect(h2);
    const l = connect(laptop);
    a.say({ type: 'guide', to: 'all', command: { do: 'pause', message: 'Hacked' } });
    l.say({ type: 'guide', to: { deviceId: h2.id }, command: { do: 'send', storyId: 'other' } });
    l.say({ type: 'lead', storyId: 'forest', sceneId: 'river', variables: {} });
    l.say({ type: 'rename-headset', deviceId: h2.id, name: 'Mine now' });
    b.say({ type: 'guide', to: 'all', command: { do: 'explode' } }); // not even a command
    await settle();
    expect(guideOf(a)).toMatchObject({ storyId: null, pause: null, lead: null });
    expect(guideOf(b)).toMatchObject({ storyId: null, pause: null, lead: null });
    expect((await store.devices(room.id)).find((d) => d.id === h2.id)?.name).toBe('Headset 2');
    expect(warnings.filter((w) => /tried to send a facilitator/.test(w))).toHaveLength(4);
    expect(warnings.some((w) => /invalid message/.test(w))).toBe(true);

    f.say({ type: 'rename-headset', deviceId: h2.id, name: 'By the window' });
    await settle();
    expect((f.last('headsets') as HeadsetsMessage).headsets.find((h) => h.deviceId === h2.id)?.name).toBe('By the window');
    // A device of no room of this facilitator is not guided.
    f.say({ type: 'guide', to: { deviceId: 'somebody-else' }, command: { do: 'pause', message: 'x' } });
    await settle();
    expect(guideOf(b)?.pause).toBeNull();
  });

  it('the facilitator list never ends on an old read: two headsets that report at once both show', async () => {
    // The first read of what headsets show is slow (a busy disk): read, then held back while the second report lands.
    const read = store.presences.bind(store);
    let slow = true;
    store.presences = async (roomId) => {
      const got = await read(roomId);
      if (slow) {
        slow = false;
        await new Promise((r) => setTimeout(r, 40));
      }
      return got;
    };
    const f = connect(null, true);
    const a = connect(h1);
    const b = connect(h2);
    await settle();
    slow = true;
    a.say({ type: 'presence', storyId: 'forest', storyTitle: 'The forest', sceneId: 'river', sceneTitle: 'The river', inVr: false });
    await new Promise((r) => setTimeout(r, 5));
    b.say({ type: 'presence', storyId: 'forest', storyTitle: 'The forest', sceneId: 'river', sceneTitle: 'The river', inVr: true });
    await new Promise((r) => setTimeout(r, 150));
    const list = (f.last('headsets') as HeadsetsMessage).headsets;
    expect(list.map((h) => [h.name, h.sceneTitle])).toEqual([
      ['Headset 1', 'The river'],
      ['Headset 2', 'The river'],
    ]);
  });

  it('a headset that drops out shows as offline to the facilitator', async () => {
    const f = connect(null, true);
    const a = connect(h1);
    a.say({ type: 'presence', storyId: null, storyTitle: '', sceneId: null, sceneTitle: '', inVr: false });
    await settle();
    expect((f.last('headsets') as HeadsetsMessage).headsets.find((h) => h.deviceId === h1.id)?.online).toBe(true);
    a.close();
    await settle();
    expect((f.last('headsets') as HeadsetsMessage).headsets.find((h) => h.deviceId === h1.id)?.online).toBe(false);
  });

  it('keeps what the facilitator asked through a hub restart, and every process of a service guides the same headsets', async () => {
    const f = connect(null, true);
    connect(h1);
    f.say({ type: 'guide', to: 'all', command: { do: 'send', storyId: 'forest' } });
    f.say({ type: 'guide', to: 'all', command: { do: 'follow' } });
    f.say({ type: 'lead', storyId: 'forest', sceneId: 'clearing', variables: {} });
    f.say({ type: 'guide', to: { deviceId: h2.id }, command: { do: 'pause', message: 'Break' } });
    await settle();

    // A second process on the same store and bus (a restarted hub, or another process of the service).
    const quiet = { info: () => {}, warn: () => {}, error: () => {} };
    const other = new LiveSockets(bus, store, quiet, 'process-b');
    other.showcase = new Showcase({ bus, store, log: quiet, online: (r) => other.onlineDevices(r), now: () => now });
    const onB = new FakeSocket();
    other.add(onB as unknown as WebSocket, { roomId: room.id, device: h2, facilitator: false });
    await settle();
    expect(guideOf(onB)).toMatchObject({ storyId: 'forest', follow: true, lead: { sceneId: 'clearing', seq: 1 }, pause: { message: 'Break' } });

    // A command through process A reaches the headset on process B; B's next move counts on from A's.
    f.say({ type: 'guide', to: { deviceId: h2.id }, command: { do: 'resume' } });
    await settle();
    expect(guideOf(onB)?.pause).toBeNull();
    const fB = new FakeSocket();
    other.add(fB as unknown as WebSocket, { roomId: room.id, device: null, facilitator: true });
    fB.say({ type: 'lead', storyId: 'forest', sceneId: 'river', variables: {} });
    f.say({ type: 'lead', storyId: 'forest', sceneId: 'cave', variables: {} });
    await settle();
    const seqs = [guideOf(onB)?.lead?.seq, (f.last('headsets') as HeadsetsMessage).room.lead?.seq];
    expect(seqs).toEqual([3, 3]); // neither process lost the other's move
    // Presence said to B is seen by the facilitator on A.
    onB.say({ type: 'presence', storyId: 'forest', storyTitle: 'The forest', sceneId: 'cave', sceneTitle: 'The cave', inVr: false });
    await settle();
    expect((f.last('headsets') as HeadsetsMessage).headsets.find((h) => h.deviceId === h2.id)).toMatchObject({ online: true, sceneTitle: 'The cave' });
    await other.close();
  });

  it('starts over when the stored showcase cannot be read', async () => {
    await store.saveShowcase(room.id, '{"room":"broken"', 0, new Date(now).toISOString());
    const a = connect(h1);
    await settle();
    expect(guideOf(a)).toMatchObject({ storyId: null, follow: false, lead: null, pause: null });
    const f = connect(null, true);
    f.say({ type: 'guide', to: 'all', command: { do: 'pause', message: 'Break' } });
    await settle();
    expect(guideOf(a)?.pause).toEqual({ message: 'Break' });
  });
});
