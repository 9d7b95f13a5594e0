import type { WebSocket } from 'ws';
import { ClientMessage, parseMessage, type ServerMessage } from '../live/messages.ts';
import type { DeviceInfo } from '../live/api.ts';
import type { HubLog } from './log.ts';
import type { LiveBus, LiveEvent } from './live-bus.ts';
import type { Showcase } from './showcase/showcase.ts';
import type { Device, HubStore } from './store/types.ts';

export interface Member {
  roomId: string;
  device: Device | null;
  facilitator: boolean;
}

const PING_EVERY_MS = 25_000;

export const deviceInfo = (d: Device): DeviceInfo => ({ id: d.id, name: d.name, kind: d.kind, local: d.local, lastSeenAt: d.lastSeenAt });

/**
 * The WebSockets connected to this process, and delivery of bus events to them. Every message goes
 * out through the bus (publish) and comes back here (subscribe), never straight to sockets, so
 * events from other hub processes (#17) arrive the same way.
 */
export class LiveSockets {
  private readonly members = new Map<WebSocket, Member>();
  private readonly unsubscribe: () => void;
  private readonly timer: NodeJS.Timeout;
  /** The showcase (#16): set by the hub once both exist (it asks this object who is online). */
  showcase: Showcase | null = null;

  constructor(
    private readonly bus: LiveBus,
    private readonly store: HubStore,
    private readonly log: HubLog,
  ) {
    this.unsubscribe = bus.subscribe((e) => this.deliver(e));
    this.timer = setInterval(() => this.pingAll(), PING_EVERY_MS);
    this.timer.unref();
  }

  /** Devices of a room with a live connection to this process. */
  onlineDeviceIds(roomId: string): Set<string> {
    const out = new Set<string>();
    for (const m of this.members.values()) if (m.roomId === roomId && m.device) out.add(m.device.id);
    return out;
  }

  async devicesMessage(roomId: string): Promise<ServerMessage> {
    const online = this.onlineDeviceIds(roomId);
    const devices = await this.store.devices(roomId);
    return { type: 'devices', devices: devices.map((d) => ({ ...deviceInfo(d), online: online.has(d.id) })) };
  }

  add(socket: WebSocket, member: Member): void {
    this.members.set(socket, member);
    (socket as WebSocket & { isAlive?: boolean }).isAlive = true;
    socket.on('pong', () => ((socket as WebSocket & { isAlive?: boolean }).isAlive = true));
    socket.on('message', (data, isBinary) => {
      const text = isBinary ? null : data.toString();
      const msg = text && text.length < 64 * 1024 ? parseMessage(ClientMessage, text) : null;
      if (!msg) {
        this.log.warn(`live: dropped an invalid message from ${member.device?.name ?? 'the facilitator'}`);
        return;
      }
      void this.received(member, msg).catch((e) => this.log.error(`live: could not handle a '${msg.type}' message`, e));
    });
    socket.on('close', () => {
      this.members.delete(socket);
      if (member.device) void this.announceDevices(member.roomId).then(() => this.showcase?.announce(member.roomId));
    });
    socket.on('error', () => socket.terminate());
    this.send(socket, { type: 'welcome', device: member.device ? deviceInfo(member.device) : null, facilitator: member.facilitator, roomId: member.roomId });
    const sc = this.showcase;
    if (member.device) {
      // A player catches up with what the facilitator asked of it (after a sleep, a lost Wi-Fi).
      if (sc) this.send(socket, { type: 'guide-state', guide: sc.guideOf(member.roomId, member.device.id) });
      void this.announceDevices(member.roomId).then(() => sc?.announce(member.roomId));
    }
    if (member.facilitator) {
      if (!member.device) void this.devicesMessage(member.roomId).then((m) => this.send(socket, m));
      if (sc) void sc.headsetsMessage(member.roomId).then((m) => this.send(socket, m));
    }
  }

  /**
   * A valid message from a socket. Players tell what they show and where they look; only the
   * facilitator's session may guide, lead or rename (anything else from a device is dropped).
   */
  private async received(member: Member, msg: ClientMessage): Promise<void> {
    const sc = this.showcase;
    if (msg.type === 'ping') {
      if (member.device && sc) sc.heardFrom(member.roomId, member.device.id);
      return;
    }
    if (!sc) return;
    if (msg.type === 'presence' || msg.type === 'view') {
      if (!member.device) return;
      return msg.type === 'presence' ? sc.presence(member.roomId, member.device.id, msg) : sc.view(member.roomId, member.device.id, msg);
    }
    if (!member.facilitator) {
      this.log.warn(`live: ${member.device?.name ?? 'a device'} tried to send a facilitator's '${msg.type}' and was ignored`);
      return;
    }
    if (msg.type === 'guide') return sc.command(member.roomId, msg);
    if (msg.type === 'lead') return sc.lead(member.roomId, msg);
    return sc.rename(member.roomId, msg);
  }

  /** Tells the room's facilitators who is connected. */
  async announceDevices(roomId: string): Promise<void> {
    try {
      await this.bus.publish({ audience: { roomId, to: 'facilitator' }, message: await this.devicesMessage(roomId) });
    } catch (e) {
      this.log.error('live: could not list devices', e);
    }
  }

  /** Closes every socket of a room (it ended). */
  closeRoom(roomId: string): void {
    for (const [socket, m] of this.members) if (m.roomId === roomId) socket.close(4000, 'The session ended');
  }

  private deliver(e: LiveEvent): void {
    const a = e.audience;
    for (const [socket, m] of this.members) {
      if (m.roomId !== a.roomId) continue;
      if (a.to === 'facilitator' && !m.facilitator) continue;
      if (a.to === 'device' && m.device?.id !== a.deviceId) continue;
      this.send(socket, e.message);
    }
    if (e.message.type === 'room-ended') {
      this.closeRoom(a.roomId);
      this.showcase?.forget(a.roomId);
    }
  }

  private send(socket: WebSocket, message: ServerMessage): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  }

  private pingAll(): void {
    for (const socket of this.members.keys()) {
      const s = socket as WebSocket & { isAlive?: boolean };
      if (s.isAlive === false) {
        s.terminate();
        continue;
      }
      s.isAlive = false;
      s.ping();
    }
  }

  close(): void {
    clearInterval(this.timer);
    this.unsubscribe();
    for (const socket of this.members.keys()) socket.terminate();
    this.members.clear();
  }
}
