import type { FastifyInstance } from 'fastify';
import { AdoptRoomBody, EndRoomBody, HUB_PATHS, JoinBody, LoginBody, StartRoomBody, type HubInfo, type RoomInfo } from '../../live/api.ts';
import { formatJoinCode, normalizeJoinCode } from '../../live/codes.ts';
import { addCookie, cookie, DEVICE_COOKIE, FACILITATOR_COOKIE, needFacilitator, readCookies } from '../auth.ts';
import type { Caller, HubContext } from '../context.ts';
import { HubError } from '../errors.ts';
import { deviceInfo } from '../live-sockets.ts';
import type { Room } from '../store/types.ts';
import { deleteRoomContent } from '../service/room-content.ts';
import { parseBody } from '../validate.ts';
import type { Listener } from '../listener.ts';

const YEAR = 365 * 24 * 3600;

function roomInfo(room: Room, c: Caller): RoomInfo {
  const seesCode = c.local || c.facilitator || !!c.device;
  return {
    id: room.id,
    name: room.name,
    ...(seesCode ? { code: formatJoinCode(room.code) } : {}),
    joined: !!c.device,
    ...(c.device ? { device: deviceInfo(c.device) } : {}),
    createdAt: room.createdAt,
  };
}

/** Hub info, joining, the facilitator's log-in and the room's life: start, end, bring stories in. */
export function roomRoutes(app: FastifyInstance, ctx: HubContext, l: Listener): void {
  app.get(HUB_PATHS.hub, async (req) => {
    const c = await l.caller(req);
    const room = c.room ?? (await ctx.rooms.current());
    const info: HubInfo = {
      name: 'storyscape-hub',
      version: ctx.version,
      room: room ? roomInfo(room, c) : null,
      addresses: ctx.addresses(),
      fingerprint: ctx.tls.fingerprint,
      facilitator: c.facilitator,
      local: c.local,
    };
    return info;
  });

  app.post(HUB_PATHS.join, async (req, reply) => {
    const body = parseBody(JoinBody, req.body);
    const c = await l.caller(req);
    if (c.local) {
      // The hub laptop is always in the room; nothing to join.
      if (!c.room || !c.device) throw new HubError(409, 'no-room', 'No session is running yet. Start one first.');
      return { device: deviceInfo(c.device), room: roomInfo(c.room, c) };
    }
    // Already in this room (a second scan of the QR, a reload of ?join=CODE): the same device.
    if (c.device && c.room && normalizeJoinCode(body.code) === c.room.code) return { device: deviceInfo(c.device), room: roomInfo(c.room, c) };
    const { room, device, token } = await ctx.rooms.join(body.code, body.kind, req.ip);
    addCookie(reply, cookie(DEVICE_COOKIE, token, l.secure, YEAR));
    await ctx.live.announceDevices(room.id);
    return { device: deviceInfo(device), room: roomInfo(room, { ...c, room, device }) };
  });

  app.post(HUB_PATHS.leave, async (_req, reply) => {
    addCookie(reply, cookie(DEVICE_COOKIE, '', l.secure, 0));
    return { ok: true };
  });

  app.post(HUB_PATHS.login, async (req, reply) => {
    const { passphrase } = parseBody(LoginBody, req.body);
    const c = await l.caller(req);
    const { token } = await ctx.rooms.login(passphrase, `${l.local ? 'laptop' : 'room'}:${req.ip}`, c.device ? c.room : null);
    addCookie(reply, cookie(FACILITATOR_COOKIE, token, l.secure, 12 * 3600));
    return { facilitator: true };
  });

  app.post(HUB_PATHS.logout, async (req, reply) => {
    await ctx.rooms.logout(readCookies(req.headers.cookie).get(FACILITATOR_COOKIE));
    addCookie(reply, cookie(FACILITATOR_COOKIE, '', l.secure, 0));
    return { facilitator: false };
  });

  app.get(HUB_PATHS.rooms, async (req) => {
    const c = await l.caller(req);
    needFacilitator(c);
    const all = await ctx.store.rooms();
    const current = all.find((r) => !r.endedAt) ?? null;
    return {
      current: current ? roomInfo(current, c) : null,
      past: all.filter((r) => r.endedAt).map((r) => ({ id: r.id, name: r.name, createdAt: r.createdAt, endedAt: r.endedAt, stories: r.stories })),
    };
  });

  app.post(HUB_PATHS.rooms, async (req, reply) => {
    const c = await l.caller(req);
    if (!c.local) throw new HubError(403, 'local-only', 'A session is started on the hub laptop itself (open http://localhost on it).');
    const body = parseBody(StartRoomBody, req.body);
    const { room, facilitatorToken } = await ctx.rooms.start(body.name, body.passphrase);
    const device = await ctx.rooms.localDevice(room);
    addCookie(reply, cookie(FACILITATOR_COOKIE, facilitatorToken, l.secure, 12 * 3600));
    ctx.log.info(`Session "${room.name}" started. Join code: ${formatJoinCode(room.code)}`);
    reply.code(201);
    return { room: roomInfo(room, { ...c, room, device, facilitator: true }) };
  });

  app.get(HUB_PATHS.devices, async (req) => {
    const room = needFacilitator(await l.caller(req));
    const m = await ctx.live.devicesMessage(room.id);
    return { devices: m.type === 'devices' ? m.devices : [] };
  });

  app.post(HUB_PATHS.endRoom, async (req) => {
    const room = needFacilitator(await l.caller(req));
    const { deleteMedia } = parseBody(EndRoomBody, req.body);
    let deleted = { stories: 0, media: 0 };
    if (deleteMedia) deleted = await deleteRoomContent(ctx, room);
    await ctx.rooms.end(room);
    await ctx.bus.publish({ audience: { roomId: room.id, to: 'room' }, message: { type: 'room-ended' } });
    ctx.log.info(`Session "${room.name}" ended${deleteMedia ? ` (${deleted.stories} stories and ${deleted.media} photos and sounds deleted)` : ''}.`);
    return { ended: true, deleted };
  });

  app.post(HUB_PATHS.adoptRoom, async (req) => {
    const room = needFacilitator(await l.caller(req));
    const { roomId } = parseBody(AdoptRoomBody, req.body);
    const from = await ctx.store.room(roomId);
    if (!from || !from.endedAt) throw new HubError(404, 'room-not-found', 'There is no earlier session with those stories.');
    const moved = await ctx.store.moveStories(from.id, room.id);
    for (const h of await ctx.store.storyHeads(room.id)) {
      await ctx.bus.publish({ audience: { roomId: room.id, to: 'room' }, message: { type: 'story-changed', id: h.id, version: h.version, title: h.title, updatedBy: h.updatedBy } });
    }
    return { moved };
  });
}

