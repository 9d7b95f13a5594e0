import { Presence, VIEW_EVERY_MS, type Guide, type GuideMessage, type HeadsetInfo, type HeadsetsMessage, type LeadMessage, type RenameHeadset, type ViewDirection } from '../../live/showcase.ts';
import type { HubLog } from '../log.ts';
import type { LiveBus } from '../live-bus.ts';
import type { PresenceWrite } from '../store/showcase-types.ts';
import type { HubStore } from '../store/types.ts';
import { groupWrite } from './group-write.ts';
import { commanded, guideIn, led, readState, type ShowcaseState } from './state.ts';

export interface ShowcaseOptions {
  bus: LiveBus;
  store: HubStore;
  log: HubLog;
  /** Devices of the room with a live connection to any hub process. */
  online(roomId: string): Promise<Set<string>>;
  now?: () => number;
}

function readPresence(json: string): Presence | null {
  try {
    const p = Presence.safeParse(JSON.parse(json));
    return p.success ? p.data : null;
  } catch {
    return null;
  }
}

/** How often "last heard" goes to the store for a chatty headset (pings, views). */
const TOUCH_EVERY_MS = 5_000;
/** The second look at a room's headsets after its last change (see Showcase.announce). */
const SETTLE_MS = 1_000;
/** Tries of a compare-and-set save before giving up (another process saving at the same moment). */
const SAVE_TRIES = 8;

/**
 * The showcase on the hub (#16). What the facilitator asked of each headset lives in the store
 * (./state.ts, saved compare-and-set), so it survives a restart and every hub process of a library
 * service (#17) guides the same headsets; what each headset last said it shows is stored too. Commands
 * come only from the facilitator's session (checked by the caller, ../live-sockets.ts); every change
 * goes out through the bus (to sockets on any process): the whole guide to each headset it concerns,
 * the headsets' list to the facilitators. Changes of one room are applied one at a time, in order.
 */
export class Showcase {
  private readonly now: () => number;
  /** Per room: the chain of changes (so a facilitator's commands apply in the order sent). */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Per room: the headsets' list being read and sent, and whether something changed meanwhile. */
  private readonly announcing = new Map<string, { again: boolean; done: Promise<void> }>();
  /** Per room: the late second look (see announce). */
  private readonly settle = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per device: when it was last heard (this process), last stored, last passed on its view. */
  private readonly heard = new Map<string, { at: number; touchedAt: number; viewAt: number }>();

  constructor(private readonly o: ShowcaseOptions) {
    this.now = o.now ?? Date.now;
  }

  private async load(roomId: string): Promise<{ state: ShowcaseState; version: number }> {
    const rec = await this.o.store.showcase(roomId);
    const { state, repaired } = readState(rec?.state);
    if (repaired) this.o.log.warn('live: the stored showcase could not be read; it starts over');
    return { state, version: rec?.version ?? 0 };
  }

  /** Runs a room's facilitator messages one at a time, in the order they came (each reads what the one before saved). */
  private serial(roomId: string, task: () => Promise<void>): Promise<void> {
    const done = (this.queues.get(roomId) ?? Promise.resolve()).then(task, task);
    const tail = done.catch(() => {});
    this.queues.set(roomId, tail);
    void tail.then(() => this.queues.get(roomId) === tail && this.queues.delete(roomId));
    return done;
  }

  /** One change of a room's showcase, saved compare-and-set (read again and retried when another process saved first). */
  private async save(roomId: string, f: (s: ShowcaseState) => ShowcaseState): Promise<ShowcaseState> {
    for (let i = 0; i < SAVE_TRIES; i++) {
      const { state, version } = await this.load(roomId);
      const next = f(state);
      if (await this.o.store.saveShowcase(roomId, JSON.stringify(next), version, new Date(this.now()).toISOString())) return next;
    }
    throw new Error('the showcase kept changing under us');
  }

  /** The guide a device follows now. */
  async guideOf(roomId: string, deviceId: string): Promise<Guide> {
    return guideIn((await this.load(roomId)).state, deviceId);
  }

  /** Any message from a device: it is alive (stored now and then, for the other processes). */
  heardFrom(_roomId: string, deviceId: string): void {
    const t = this.now();
    const h = this.heard.get(deviceId) ?? { at: t, touchedAt: 0, viewAt: 0 };
    h.at = t;
    this.heard.set(deviceId, h);
    if (t - h.touchedAt < TOUCH_EVERY_MS) return;
    h.touchedAt = t;
    void this.o.store.touchDevice(deviceId, new Date(t).toISOString()).catch(() => {});
  }

  async presence(roomId: string, deviceId: string, p: Presence): Promise<void> {
    this.heardFrom(roomId, deviceId);
    await this.writePresence(deviceId, { roomId, deviceId, presence: JSON.stringify(p), at: new Date(this.now()).toISOString() });
    await this.announce(roomId);
  }

  /** What headsets say they show, written together (see group-write.ts); one that cannot be saved (its room just ended) loses no other's. */
  private readonly writePresence = groupWrite<string, PresenceWrite>(async (batch) => {
    const writes = [...batch.values()];
    try {
      await this.o.store.setPresences(writes);
    } catch (e) {
      if (writes.length === 1) throw e;
      for (const w of writes) await this.o.store.setPresences([w]).catch((err: unknown) => this.o.log.warn(`live: what a headset shows could not be saved (${String(err)})`));
    }
  });

  /** Where a headset looks, to the facilitators; faster than VIEW_EVERY_MS is dropped. */
  async view(roomId: string, deviceId: string, v: ViewDirection): Promise<void> {
    this.heardFrom(roomId, deviceId);
    const h = this.heard.get(deviceId)!;
    const t = this.now();
    if (t - h.viewAt < VIEW_EVERY_MS * 0.8) return;
    h.viewAt = t;
    await this.o.bus.publish({ audience: { roomId, to: 'facilitator' }, message: { type: 'headset-view', deviceId, yaw: v.yaw, pitch: v.pitch } });
  }

  command(roomId: string, m: GuideMessage): Promise<void> {
    return this.serial(roomId, async () => {
      const ids = await this.headsetIds(roomId);
      if (m.to !== 'all' && !ids.includes(m.to.deviceId)) return this.o.log.warn('live: a guide command for a device that is not in this room was dropped');
      const to = m.to === 'all' ? 'all' : m.to.deviceId;
      const state = await this.save(roomId, (s) => commanded(s, to, m.command));
      // "All": every headset of the room hears it, even those that follow the room's guide.
      await this.tell(roomId, state, to === 'all' ? ids : [to]);
      await this.announce(roomId);
    });
  }

  /** The facilitator's player moved: following headsets of that story go there. */
  lead(roomId: string, m: LeadMessage): Promise<void> {
    return this.serial(roomId, async () => {
      const state = await this.save(roomId, (s) => led(s, { storyId: m.storyId, sceneId: m.sceneId, variables: m.variables }));
      await this.tell(roomId, state, await this.headsetIds(roomId));
      await this.announce(roomId);
    });
  }

  rename(roomId: string, m: RenameHeadset): Promise<void> {
    return this.serial(roomId, async () => {
      const device = (await this.o.store.devices(roomId)).find((d) => d.id === m.deviceId);
      if (!device) return this.o.log.warn('live: a rename for a device that is not in this room was dropped');
      await this.o.store.renameDevice(device.id, m.name);
      await this.announce(roomId);
    });
  }

  /** Sends devices their guides. */
  private async tell(roomId: string, state: ShowcaseState, deviceIds: readonly string[]): Promise<void> {
    await Promise.all(deviceIds.map((deviceId) => this.o.bus.publish({ audience: { roomId, to: 'device', deviceId }, message: { type: 'guide-state', guide: guideIn(state, deviceId) } })));
  }

  /** Headsets: devices that are headsets, or that have said what they play. */
  private async headsetIds(roomId: string): Promise<string[]> {
    const [devices, presences] = await Promise.all([this.o.store.devices(roomId), this.o.store.presences(roomId)]);
    const played = new Set(presences.map((p) => p.deviceId));
    return devices.filter((d) => !d.local && (d.kind === 'headset' || played.has(d.id))).map((d) => d.id);
  }

  async headsets(roomId: string, known?: ShowcaseState): Promise<HeadsetInfo[]> {
    const [online, devices, presences, state] = await Promise.all([this.o.online(roomId), this.o.store.devices(roomId), this.o.store.presences(roomId), known ?? this.load(roomId).then((l) => l.state)]);
    const said = new Map(presences.map((p) => [p.deviceId, p]));
    return devices
      .filter((d) => !d.local && (d.kind === 'headset' || said.has(d.id)))
      .map((d) => {
        const rec = said.get(d.id);
        const p = rec ? readPresence(rec.presence) : null;
        const local = this.heard.get(d.id)?.at;
        const times = [d.lastSeenAt, rec?.heardAt, local === undefined ? undefined : new Date(local).toISOString()].filter((x): x is string => !!x);
        return {
          deviceId: d.id,
          name: d.name,
          online: online.has(d.id),
          lastHeardAt: times.sort().at(-1)!,
          storyId: p?.storyId ?? null,
          storyTitle: p?.storyTitle ?? '',
          sceneId: p?.sceneId ?? null,
          sceneTitle: p?.sceneTitle ?? '',
          inVr: p?.inVr ?? false,
          guide: guideIn(state, d.id),
        };
      });
  }

  async headsetsMessage(roomId: string): Promise<HeadsetsMessage> {
    const { state } = await this.load(roomId);
    return { type: 'headsets', room: state.room, headsets: await this.headsets(roomId, state) };
  }

  /**
   * Tells the room's facilitators how the headsets are. One list is read and sent at a time per room:
   * a change made while one is on its way is sent in a second list read after it, so a list read
   * before a change never arrives after one read later (a card stuck on an old scene); thirty headsets
   * reporting at once cost two reads, not thirty. A second look a moment after the last change covers
   * a change another hub process read and sent in between (#17).
   */
  announce(roomId: string): Promise<void> {
    const running = this.announcing.get(roomId);
    if (running) {
      running.again = true;
      return running.done;
    }
    const a = { again: true, done: Promise.resolve() };
    a.done = (async () => {
      try {
        while (a.again) {
          a.again = false;
          await this.announceNow(roomId);
        }
      } finally {
        this.announcing.delete(roomId);
      }
    })();
    this.announcing.set(roomId, a);
    clearTimeout(this.settle.get(roomId));
    this.settle.set(roomId, setTimeout(() => this.settle.delete(roomId) && void this.announceNow(roomId), SETTLE_MS).unref());
    return a.done;
  }

  private async announceNow(roomId: string): Promise<void> {
    try {
      await this.o.bus.publish({ audience: { roomId, to: 'facilitator' }, message: await this.headsetsMessage(roomId) });
    } catch (e) {
      this.o.log.error('live: could not list the headsets', e);
    }
  }

  /** The hub stops: no second look is left waiting. */
  close(): void {
    for (const t of this.settle.values()) clearTimeout(t);
    this.settle.clear();
  }

  /** The session ended: nothing of it is kept in memory. */
  forget(roomId: string): void {
    this.queues.delete(roomId);
    clearTimeout(this.settle.get(roomId));
    this.settle.delete(roomId);
  }
}
