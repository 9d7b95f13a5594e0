import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { DeviceKind } from '../live/api.ts';
import { formatJoinCode, makeJoinCode, normalizeJoinCode } from '../live/codes.ts';
import { HubError, words } from './errors.ts';
import { hashPassphrase, verifyPassphrase } from './passphrase.ts';
import { StoreTryLimiter, type TryCounter } from './rate-limit.ts';
import type { Device, FacilitatorSession, HubStore, Room } from './store/types.ts';

const FACILITATOR_HOURS = 12;
const TOUCH_EVERY_MS = 30_000;

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

const KIND_NAMES: Record<DeviceKind, string> = { laptop: 'Laptop', phone: 'Phone', headset: 'Headset' };

/**
 * Rooms (one workshop session each), the devices that joined them and the facilitator's log-ins.
 * Codes and passphrases are checked here, with tries limited per address.
 */
export class Rooms {
  /** Wrong join codes: 10 a minute per address (counted in the store, so every hub process shares it). */
  readonly joinTries: TryCounter;
  /** Wrong passphrases: 5 a minute per address. */
  readonly passTries: TryCounter;
  private readonly touched = new Map<string, number>();

  /**
   * `multi`: a library service (#17) runs many rooms at once; each is reached only with its own
   * code, and there is no "current" room. A room hub on a laptop has one open room at a time.
   */
  constructor(
    private readonly store: HubStore,
    private readonly now: () => Date = () => new Date(),
    readonly multi = false,
  ) {
    this.joinTries = new StoreTryLimiter(store, 'join', 10, 60_000, () => this.now().getTime());
    this.passTries = new StoreTryLimiter(store, 'pass', 5, 60_000, () => this.now().getTime());
  }

  /** The open room of a laptop hub (one at a time), or null (also always on a service). */
  async current(): Promise<Room | null> {
    if (this.multi) return null;
    return (await this.store.openRooms())[0] ?? null;
  }

  async start(name: string, passphrase: string): Promise<{ room: Room; facilitatorToken: string }> {
    const room = await this.create(name, passphrase);
    return { room, facilitatorToken: await this.newSession(room) };
  }

  /** A new open room with its own code (the service's admin starts rooms this way, without logging in to them). */
  async create(name: string, passphrase: string): Promise<Room> {
    if (await this.current()) throw new HubError(409, 'room-open', 'A session is already running on this hub. End it first (on the facilitator page) to start a new one.');
    const passphraseHash = await hashPassphrase(passphrase);
    const at = this.now().toISOString();
    for (let attempt = 0; ; attempt++) {
      const room: Room = { id: `room-${randomUUID()}`, code: makeJoinCode(randomInt), name: name.trim(), passphraseHash, createdAt: at, endedAt: null };
      if (await this.store.openRoomByCode(room.code)) {
        if (attempt > 20) throw words.internal();
        continue;
      }
      await this.store.createRoom(room);
      return room;
    }
  }

  async join(typed: string, kind: DeviceKind, address: string): Promise<{ room: Room; device: Device; token: string }> {
    const wait = await this.joinTries.waitSeconds(address);
    if (wait > 0) throw words.tooManyTries(wait);
    const code = normalizeJoinCode(typed);
    const room = code ? await this.store.openRoomByCode(code) : null;
    if (!room) {
      await this.joinTries.fail(address);
      throw words.wrongCode();
    }
    await this.joinTries.succeed(address);
    const token = newToken();
    const at = this.now().toISOString();
    const n = (await this.store.countDevices(room.id, kind)) + 1;
    const device: Device = { id: `device-${randomUUID()}`, roomId: room.id, name: `${KIND_NAMES[kind]} ${n}`, kind, local: false, tokenHash: tokenHash(token), createdAt: at, lastSeenAt: at };
    await this.store.addDevice(device);
    return { room, device, token };
  }

  /** The device behind a cookie token, while its room is open. */
  async deviceFor(token: string | undefined): Promise<{ room: Room; device: Device } | null> {
    if (!token || token.length > 100) return null;
    const device = await this.store.deviceByToken(tokenHash(token));
    if (!device) return null;
    const room = await this.store.room(device.roomId);
    if (!room || room.endedAt) return null;
    await this.touch(device);
    return { room, device };
  }

  /** The hub laptop's own browser: joined to the open room automatically, as "Hub laptop". */
  async localDevice(room: Room): Promise<Device> {
    const found = await this.store.localDevice(room.id);
    if (found) {
      await this.touch(found);
      return found;
    }
    const at = this.now().toISOString();
    const device: Device = { id: `device-${randomUUID()}`, roomId: room.id, name: 'Hub laptop', kind: 'laptop', local: true, tokenHash: null, createdAt: at, lastSeenAt: at };
    await this.store.addDevice(device);
    return device;
  }

  /** `joined`: the room of the device logging in (on a service, the only way to say which room). */
  async login(passphrase: string, address: string, joined: Room | null = null): Promise<{ room: Room; token: string }> {
    const wait = await this.passTries.waitSeconds(address);
    if (wait > 0) throw words.tooManyTries(wait);
    const room = joined ?? (await this.current());
    if (!room) throw this.multi ? words.joinFirst() : words.noRoom();
    if (!(await verifyPassphrase(passphrase, room.passphraseHash))) {
      await this.passTries.fail(address);
      const next = await this.passTries.waitSeconds(address);
      throw next > 0 ? words.tooManyTries(next) : words.wrongPassphrase();
    }
    await this.passTries.succeed(address);
    return { room, token: await this.newSession(room) };
  }

  async facilitatorFor(token: string | undefined): Promise<{ room: Room; session: FacilitatorSession } | null> {
    if (!token || token.length > 100) return null;
    const session = await this.store.sessionByToken(tokenHash(token));
    if (!session || session.expiresAt <= this.now().toISOString()) return null;
    const room = await this.store.room(session.roomId);
    if (!room || room.endedAt) return null;
    return { room, session };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.store.deleteSession(tokenHash(token));
  }

  async end(room: Room): Promise<void> {
    await this.store.endRoom(room.id, this.now().toISOString());
  }

  private async newSession(room: Room): Promise<string> {
    const token = newToken();
    const now = this.now();
    await this.store.addSession({
      tokenHash: tokenHash(token),
      roomId: room.id,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + FACILITATOR_HOURS * 3600_000).toISOString(),
    });
    return token;
  }

  /** Updates "last seen" at most every 30 s per device (not a database write per request). */
  private async touch(device: Device): Promise<void> {
    const now = this.now().getTime();
    if (now - (this.touched.get(device.id) ?? 0) < TOUCH_EVERY_MS) return;
    this.touched.set(device.id, now);
    const at = this.now().toISOString();
    device.lastSeenAt = at;
    await this.store.touchDevice(device.id, at).catch(() => {});
  }
}

export { formatJoinCode };
