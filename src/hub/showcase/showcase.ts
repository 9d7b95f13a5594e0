import { NO_GUIDE, VIEW_EVERY_MS, type Guide, type GuideMessage, type HeadsetInfo, type HeadsetsMessage, type LeadMessage, type Presence, type RenameHeadset, type ViewDirection } from '../../live/showcase.ts';
import type { HubLog } from '../log.ts';
import type { LiveBus } from '../live-bus.ts';
import type { HubStore } from '../store/types.ts';
import { applyCommand, withLead } from './guide.ts';

interface Heard {
  presence: Presence | null;
  lastHeardAt: string;
  lastViewAt: number;
}

interface RoomShowcase {
  /** The guide of headsets that were never told anything on their own (and of new ones). */
  room: Guide;
  byDevice: Map<string, Guide>;
  heard: Map<string, Heard>;
  leadSeq: number;
}

export interface ShowcaseOptions {
  bus: LiveBus;
  store: HubStore;
  log: HubLog;
  /** Devices of the room with a live connection (to this process). */
  online(roomId: string): Set<string>;
  now?: () => number;
}

/**
 * The showcase's state on the hub (#16): what the facilitator asked of each headset, and what each
 * headset last said it shows. Commands come only from the facilitator's session (checked by the
 * caller, ../live-sockets.ts); every change goes out through the bus: the whole guide to each headset
 * it concerns, the headsets' list to the facilitators.
 */
export class Showcase {
  private readonly rooms = new Map<string, RoomShowcase>();
  private readonly now: () => number;

  constructor(private readonly o: ShowcaseOptions) {
    this.now = o.now ?? Date.now;
  }

  private roomOf(roomId: string): RoomShowcase {
    let r = this.rooms.get(roomId);
    if (!r) this.rooms.set(roomId, (r = { room: NO_GUIDE, byDevice: new Map(), heard: new Map(), leadSeq: 0 }));
    return r;
  }

  /** The guide a device follows now. */
  guideOf(roomId: string, deviceId: string): Guide {
    const r = this.roomOf(roomId);
    return r.byDevice.get(deviceId) ?? r.room;
  }

  /** Any message from a device: it is alive. */
  heardFrom(roomId: string, deviceId: string): void {
    const r = this.roomOf(roomId);
    const h = r.heard.get(deviceId);
    const at = new Date(this.now()).toISOString();
    if (h) h.lastHeardAt = at;
    else r.heard.set(deviceId, { presence: null, lastHeardAt: at, lastViewAt: 0 });
  }

  async presence(roomId: string, deviceId: string, p: Presence): Promise<void> {
    this.heardFrom(roomId, deviceId);
    this.roomOf(roomId).heard.get(deviceId)!.presence = p;
    await this.announce(roomId);
  }

  /** Where a headset looks, to the facilitators; faster than VIEW_EVERY_MS is dropped. */
  async view(roomId: string, deviceId: string, v: ViewDirection): Promise<void> {
    this.heardFrom(roomId, deviceId);
    const h = this.roomOf(roomId).heard.get(deviceId)!;
    const t = this.now();
    if (t - h.lastViewAt < VIEW_EVERY_MS * 0.8) return;
    h.lastViewAt = t;
    await this.o.bus.publish({ audience: { roomId, to: 'facilitator' }, message: { type: 'headset-view', deviceId, yaw: v.yaw, pitch: v.pitch } });
  }

  async command(roomId: string, m: GuideMessage): Promise<void> {
    const r = this.roomOf(roomId);
    const changed: string[] = [];
    if (m.to === 'all') {
      r.room = applyCommand(r.room, m.command);
      for (const [id, g] of r.byDevice) r.byDevice.set(id, applyCommand(g, m.command));
      // Every headset of the room hears it, even those that follow the room's guide.
      for (const d of await this.headsetIds(roomId)) changed.push(d);
    } else {
      const id = m.to.deviceId;
      if (!(await this.headsetIds(roomId)).includes(id)) return this.o.log.warn('live: a guide command for a device that is not in this room was dropped');
      r.byDevice.set(id, applyCommand(this.guideOf(roomId, id), m.command));
      changed.push(id);
    }
    await Promise.all(changed.map((id) => this.tell(roomId, id)));
    await this.announce(roomId);
  }

  /** The facilitator's player moved: following headsets of that story go there. */
  async lead(roomId: string, m: LeadMessage): Promise<void> {
    const r = this.roomOf(roomId);
    const lead = { storyId: m.storyId, sceneId: m.sceneId, variables: m.variables, seq: ++r.leadSeq };
    r.room = withLead(r.room, lead);
    for (const [id, g] of r.byDevice) r.byDevice.set(id, withLead(g, lead));
    await Promise.all((await this.headsetIds(roomId)).map((id) => this.tell(roomId, id)));
    await this.announce(roomId);
  }

  async rename(roomId: string, m: RenameHeadset): Promise<void> {
    const device = (await this.o.store.devices(roomId)).find((d) => d.id === m.deviceId);
    if (!device) return this.o.log.warn('live: a rename for a device that is not in this room was dropped');
    await this.o.store.renameDevice(device.id, m.name);
    await this.announce(roomId);
  }

  /** Sends one device its guide. */
  private async tell(roomId: string, deviceId: string): Promise<void> {
    await this.o.bus.publish({ audience: { roomId, to: 'device', deviceId }, message: { type: 'guide-state', guide: this.guideOf(roomId, deviceId) } });
  }

  /** Headsets: devices that are headsets, or that have said what they play. */
  private async headsetIds(roomId: string): Promise<string[]> {
    return (await this.headsets(roomId)).map((h) => h.deviceId);
  }

  async headsets(roomId: string): Promise<HeadsetInfo[]> {
    const r = this.roomOf(roomId);
    const online = this.o.online(roomId);
    const devices = await this.o.store.devices(roomId);
    return devices
      .filter((d) => !d.local && (d.kind === 'headset' || r.heard.get(d.id)?.presence))
      .map((d) => {
        const h = r.heard.get(d.id);
        const p = h?.presence;
        return {
          deviceId: d.id,
          name: d.name,
          online: online.has(d.id),
          lastHeardAt: h?.lastHeardAt ?? d.lastSeenAt,
          storyId: p?.storyId ?? null,
          storyTitle: p?.storyTitle ?? '',
          sceneId: p?.sceneId ?? null,
          sceneTitle: p?.sceneTitle ?? '',
          inVr: p?.inVr ?? false,
          guide: this.guideOf(roomId, d.id),
        };
      });
  }

  async headsetsMessage(roomId: string): Promise<HeadsetsMessage> {
    return { type: 'headsets', room: this.roomOf(roomId).room, headsets: await this.headsets(roomId) };
  }

  /** Tells the room's facilitators how the headsets are. */
  async announce(roomId: string): Promise<void> {
    try {
      await this.o.bus.publish({ audience: { roomId, to: 'facilitator' }, message: await this.headsetsMessage(roomId) });
    } catch (e) {
      this.o.log.error('live: could not list the headsets', e);
    }
  }

  /** The session ended: forget it. */
  forget(roomId: string): void {
    this.rooms.delete(roomId);
  }
}
