import { randomUUID } from 'node:crypto';
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
/** Each process says it is alive this often; a device counts as online while its process is heard from. */
export const HEARTBEAT_MS = 10_000;
const ALIVE_MS = 3 * HEARTBEAT_MS;
/** Processes not heard from for this long (killed) are forgotten, with their connections. */
const FORGET_MS = 10 * 60_000;

export const deviceInfo = (d: Device): DeviceInfo => ({ id: d.id, name: d.name, kind: d.kind, local: d.local, lastSeenAt: d.lastSeenAt });

/**
 * The WebSockets connected to this process, and delivery of bus events to them. Every message goes
 * out through the bus (publish) and comes back here (subscribe), never straight to sockets, so
 * events from other hub processes (#17) arrive the same way. Who is connected is kept in the store
 * (a row per socket, and this process's heartbeat), so the facilitator's page sees every device,
 * whichever process its socket reached.
 */
export class LiveSockets {
  private readonly members = new Map<WebSocket, Member & { connection: Promise<string | null> }>();
  private readonly unsubscribe: () => void;
  private readonly timer: NodeJS.Timeout;
  private readonly beat: NodeJS.Timeout;
  private ready: Promise<void>;
  private lastForget = 0;
  /** The showcase (#16): set by the hub once both exist (it asks this object who is online). */
  showcase: Showcase | null = null;

  constructor(
    private readonly bus: LiveBus,
    private readonly store: HubStore,
    private readonly log: HubLog,
    readonly processId: string = `process-${randomUUID()}`,
  ) {
    this.unsubscribe = bus.subscribe((e) => this.deliver(e));
    this.timer = setInterval(() => this.pingAll(), PING_EVERY_MS);
    this.timer.unref();
    this.ready = this.heartbeat();
    this.beat = setInterval(() => void this.heartbeat(), HEARTBEAT_MS);
    this.beat.unref();
  }

  private async heartbeat(): Promise<void> {
    const now = Date.now();
    try {
      await this.store.heartbeat(this.processId, new Date(now).toISOString());
      if (now - this.lastForget > 60_000) {
        this.lastForget = now;
        await this.store.forgetProcesses(new Date(now - FORGET_MS).toISOString());
      }
    } catch (e) {
      this.log.warn(`live: could not record that this hub process is alive (${(e as Error).message})`);
    }
  }

  /** Devices of a room with a live connection to any hub process. */
  onlineDevices(roomId: string): Promise<Set<string>> {
    return this.store.onlineDevices(roomId, new Date(Date.now() - ALIVE_MS).toISOString());
  }

  async devicesMessage(roomId: string): Promise<ServerMessage> {
    const [online, devices] = await Promise.all([this.onlineDevices(roomId), this.store.devices(roomId)]);
    return { type: 'devices', devices: devices.map((d) => ({ ...deviceInfo(d), online: online.has(d.id) })) };
  }

  add(socket: WebSocket, member: Member): void {
    const id = `live-${randomUUID()}`;
    const connection = this.ready
      .then(() => this.store.addConnection({ id, processId: this.processId, roomId: member.roomId, deviceId: member.device?.id ?? null, at: new Date().toISOString() }))
      .then(
        () => id,
        (e: unknown) => {
          this.log.warn(`live: could not record a connection (${(e as Error).message})`);
          return null;
        },
      );
    this.members.set(socket, { ...member, connection });
    (socket as WebSocket & { isAlive?: boolean }).isAlive = true;
    socket.on('pong', () => ((socket as WebSocket & { isAlive?: boolean }).isAlive = true));
    socket.on('message', (data, isBinary) => {
      const text = isBinary ? null : data.toString();
      const msg = text && text.length < 64 * 1024 ? parseMessage(ClientMessage, text) : null;
      if (!msg) {
        this.log.warn(`live: dropped an invalid message from ${member.device?.name ?? 'the facilitator'}`);
        return;
      }
      if (msg.type === 'ping') this.send(socket, { type: 'pong' });
      void this.received(member, msg).catch((e) => this.log.error(`live: could not handle a '${msg.type}' message`, e));
    });
    socket.on('close', () => {
      if (!this.members.delete(socket)) return;
      void connection
        .then((cid) => (cid ? this.store.removeConnection(cid) : undefined))
        .catch(() => {})
        .then(() => member.device && this.announceDevices(member.roomId).then(() => this.showcase?.announce(member.roomId)));
    });
    socket.on('error', () => socket.terminate());
    this.send(socket, { type: 'welcome', device: member.device ? deviceInfo(member.device) : null, facilitator: member.facilitator, roomId: member.roomId });
    const sc = this.showcase;
    if (member.device) {
      // A player catches up with what the facilitator asked of it (after a sleep, a lost Wi-Fi).
      if (sc) void sc.guideOf(member.roomId, member.device.id).then((guide) => this.send(socket, { type: 'guide-state', guide }), (e: unknown) => this.log.error('live: could not read the showcase', e));
      void connection.then(() => this.announceDevices(member.roomId)).then(() => sc?.announce(member.roomId));
    }
    if (member.facilitator) {
      if (!member.device) void connection.then(() => this.devicesMessage(member.roomId)).then((m) => this.send(socket, m), () => {});
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

  /** Closes every socket; this process stops counting as alive, so its devices show offline at once. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    clearInterval(this.beat);
    this.showcase?.close();
    this.unsubscribe();
    const members = [...this.members];
    this.members.clear();
    for (const [socket] of members) socket.terminate();
    await Promise.allSettled(
      members.map(async ([, m]) => {
        const id = await m.connection;
        if (id) await this.store.removeConnection(id);
      }),
    );
    await this.store.heartbeat(this.processId, new Date(0).toISOString()).catch(() => {});
  }
}
