import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller, HubContext } from './context.ts';
import { words } from './errors.ts';
import type { Device, Room } from './store/types.ts';

export const DEVICE_COOKIE = 'ss_device';
export const FACILITATOR_COOKIE = 'ss_facilitator';

/** The cookies of a request (a small parser: names and values only). */
export function readCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i <= 0) continue;
    const name = part.slice(0, i).trim();
    let value = part.slice(i + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      out.set(name, decodeURIComponent(value));
    } catch {
      // not ours
    }
  }
  return out;
}

/** HttpOnly, SameSite=Strict, Secure on HTTPS; `maxAgeSeconds` 0 deletes the cookie. */
export function cookie(name: string, value: string, secure: boolean, maxAgeSeconds: number): string {
  return [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`, ...(secure ? ['Secure'] : [])].join('; ');
}

export function addCookie(reply: FastifyReply, value: string): void {
  const prev = reply.getHeader('set-cookie');
  const list = prev === undefined ? [] : Array.isArray(prev) ? prev.map(String) : [String(prev)];
  reply.header('set-cookie', [...list, value]);
}

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller;
  }
}

/**
 * Who is asking: the hub laptop itself (its HTTP listener on 127.0.0.1, joined to the open room as
 * "Hub laptop"), a joined device (ss_device cookie), and whether they are the facilitator
 * (ss_facilitator cookie). Resolved once per request.
 */
export async function callerOf(ctx: HubContext, request: FastifyRequest, listener: { local: boolean; secure: boolean }): Promise<Caller> {
  if (request.caller) return request.caller;
  const cookies = readCookies(request.headers.cookie);
  let room: Room | null = null;
  let device: Device | null = null;
  if (listener.local) {
    room = await ctx.rooms.current();
    device = room ? await ctx.rooms.localDevice(room) : null;
  } else {
    const found = await ctx.rooms.deviceFor(cookies.get(DEVICE_COOKIE));
    if (found) ({ room, device } = found);
  }
  const fac = await ctx.rooms.facilitatorFor(cookies.get(FACILITATOR_COOKIE));
  if (fac && !room) room = fac.room;
  const facilitator = !!fac && fac.room.id === room?.id;
  const caller: Caller = { local: listener.local, secure: listener.secure, address: request.ip, room, device, facilitator };
  request.caller = caller;
  return caller;
}

/** A joined device (or the facilitator) in an open room; else 401 with words. */
export function needMember(c: Caller): { room: Room; device: Device | null } {
  if (!c.room) throw c.local ? words.noRoom() : words.notJoined();
  if (!c.device && !c.facilitator) throw words.notJoined();
  return { room: c.room, device: c.device };
}

/** Who a save is from: the device, or the facilitator's page. */
export const authorOf = (c: Caller): { id: string | null; name: string } => (c.device ? { id: c.device.id, name: c.device.name } : { id: null, name: 'Facilitator' });

export function needFacilitator(c: Caller): Room {
  if (!c.facilitator || !c.room) throw words.notFacilitator();
  return c.room;
}
