import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { StoryIdParam } from '../../live/api.ts';
import { formatJoinCode } from '../../live/codes.ts';
import {
  AdminLoginBody,
  CollectBody,
  EndServiceRoomBody,
  KeepRoomBody,
  RetentionBody,
  SERVICE_PATHS,
  StartServiceRoomBody,
  type AdminRoom,
  type AdminStatus,
} from '../../live/service-api.ts';
import { addCookie, cookie, readCookies } from '../auth.ts';
import { BACKUP_MIME, backupFileName, backupStream, currentStories } from '../backup.ts';
import type { HubContext } from '../context.ts';
import { HubError, words } from '../errors.ts';
import { Admin, ADMIN_COOKIE, notAdmin } from '../service/admin.ts';
import { collect, collectionBackup, collectionInfo, collectionPackage, consentRecordsCsv, fileNameFor } from '../service/collection.ts';
import { purgeAfter } from '../service/retention.ts';
import { deleteRoomContent } from '../service/room-content.ts';
import type { Room } from '../store/types.ts';
import { summaryOf } from '../stories.ts';
import { parseBody } from '../validate.ts';
import type { Listener } from '../listener.ts';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

const adminRoom = (r: Room & { stories: number; devices: number }, days: number): AdminRoom => ({
  id: r.id,
  name: r.name,
  code: r.endedAt ? null : formatJoinCode(r.code),
  createdAt: r.createdAt,
  endedAt: r.endedAt,
  stories: r.stories,
  devices: r.devices,
  keep: !!r.keep,
  purgedAt: r.purgedAt ?? null,
  purgeAfter: purgeAfter(r, days),
});

const download = (reply: FastifyReply, mime: string, name: string) => {
  reply.header('content-type', mime);
  reply.header('content-disposition', `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`);
  reply.header('cache-control', 'no-store');
};

/**
 * The library service's admin API (#17, src/live/service-api.ts): log-in with the service's admin
 * passphrase, every room (start, end, keep, export), the collection (add with consent, change,
 * remove, export) and retention (the period, the log, a run now). The admin page (/admin, src/admin/) is built on it.
 */
export function adminRoutes(app: FastifyInstance, ctx: HubContext, l: Listener): void {
  const isAdmin = (req: FastifyRequest) => ctx.admin.isAdmin(readCookies(req.headers.cookie).get(ADMIN_COOKIE));
  const needAdmin = async (req: FastifyRequest) => {
    if (!(await isAdmin(req))) throw notAdmin();
  };
  const roomById = async (id: string | undefined) => {
    const room = id && id.length <= 64 ? await ctx.store.room(id) : null;
    if (!room) throw new HubError(404, 'room-not-found', 'There is no such session on this hub.');
    return room;
  };
  const listed = async (id: string) => {
    const [r, days] = await Promise.all([ctx.store.rooms(), ctx.retention.days()]);
    return adminRoom(r.find((x) => x.id === id)!, days);
  };

  app.get(SERVICE_PATHS.admin, async (req) => {
    const status: AdminStatus = { configured: await ctx.admin.configured(), admin: await isAdmin(req), service: ctx.rooms.multi };
    return status;
  });

  app.post(SERVICE_PATHS.login, async (req, reply) => {
    const { passphrase } = parseBody(AdminLoginBody, req.body);
    const token = await ctx.admin.login(passphrase, `${l.local ? 'laptop' : 'net'}:${req.ip}`);
    addCookie(reply, cookie(ADMIN_COOKIE, token, l.secure, Admin.cookieMaxAge));
    ctx.log.info(`Admin: logged in from ${req.ip}.`);
    return { admin: true };
  });

  app.post(SERVICE_PATHS.logout, async (req, reply) => {
    await ctx.admin.logout(readCookies(req.headers.cookie).get(ADMIN_COOKIE));
    addCookie(reply, cookie(ADMIN_COOKIE, '', l.secure, 0));
    return { admin: false };
  });

  app.get(SERVICE_PATHS.rooms, async (req) => {
    await needAdmin(req);
    const [rooms, days] = await Promise.all([ctx.store.rooms(), ctx.retention.days()]);
    return { rooms: rooms.map((r) => adminRoom(r, days)), retentionDays: days };
  });

  app.post(SERVICE_PATHS.rooms, async (req, reply) => {
    await needAdmin(req);
    const body = parseBody(StartServiceRoomBody, req.body);
    const room = await ctx.rooms.create(body.name, body.passphrase);
    ctx.log.info(`Admin: session "${room.name}" started. Join code: ${formatJoinCode(room.code)}`);
    reply.code(201);
    return { room: await listed(room.id) };
  });

  app.get<{ Params: { id?: string } }>('/api/admin/rooms/:id', async (req) => {
    await needAdmin(req);
    const room = await roomById(req.params.id);
    const collected = new Set((await ctx.store.collection()).map((e) => e.storyId));
    const stories = await Promise.all((await ctx.store.storyHeads(room.id)).map(async (h) => ({ ...summaryOf(h, await ctx.store.inboxCount(h.id)), inCollection: collected.has(h.id) })));
    return { room: await listed(room.id), stories };
  });

  app.post<{ Params: { id?: string } }>('/api/admin/rooms/:id/end', async (req) => {
    await needAdmin(req);
    const room = await roomById(req.params.id);
    const { deleteMedia } = parseBody(EndServiceRoomBody, req.body);
    if (room.endedAt && !deleteMedia) return { ended: true, deleted: { stories: 0, media: 0, bytes: 0, kept: 0 }, room: await listed(room.id) };
    const deleted = deleteMedia ? await deleteRoomContent(ctx, room) : { stories: 0, media: 0, bytes: 0, kept: 0 };
    if (deleteMedia) await ctx.store.markRoomPurged(room.id, new Date().toISOString());
    if (!room.endedAt) {
      await ctx.rooms.end(room);
      await ctx.bus.publish({ audience: { roomId: room.id, to: 'room' }, message: { type: 'room-ended' } });
    }
    ctx.log.info(`Admin: session "${room.name}" ended${deleteMedia ? ` (${deleted.stories} stories and ${deleted.media} photos and sounds deleted; ${deleted.kept} kept in the collection)` : ''}.`);
    return { ended: true, deleted, room: await listed(room.id) };
  });

  app.post<{ Params: { id?: string } }>('/api/admin/rooms/:id/keep', async (req) => {
    await needAdmin(req);
    const room = await roomById(req.params.id);
    const { keep } = parseBody(KeepRoomBody, req.body);
    await ctx.store.setRoomKeep(room.id, keep);
    return { room: await listed(room.id) };
  });

  app.get<{ Params: { id?: string } }>('/api/admin/rooms/:id/backup', async (req, reply) => {
    await needAdmin(req);
    const room = await roomById(req.params.id);
    const stories = await currentStories(ctx.store, await ctx.store.storyHeads(room.id));
    if (!stories.length) throw new HubError(404, 'nothing-to-export', 'This session has no stories, so there is nothing to export.');
    download(reply, BACKUP_MIME, backupFileName());
    return reply.send(Readable.fromWeb(backupStream(ctx.media, stories, ctx.version) as NodeReadableStream<Uint8Array>));
  });

  app.get(SERVICE_PATHS.collection, async (req) => {
    await needAdmin(req);
    return { entries: await collectionInfo(ctx.store) };
  });

  app.post(SERVICE_PATHS.collection, async (req) => {
    await needAdmin(req);
    const body = parseBody(CollectBody, req.body);
    const entry = await collect(ctx.store, body, 'Admin');
    ctx.log.info(`Admin: "${entry.title}" kept in the collection (consent by ${entry.consent.by}, ${entry.consent.at}: ${entry.consent.uses.join(', ')}).`);
    return { entry: (await collectionInfo(ctx.store)).find((e) => e.storyId === entry.storyId) };
  });

  app.delete<{ Params: { storyId?: string } }>('/api/admin/collection/:storyId', async (req) => {
    await needAdmin(req);
    const id = StoryIdParam.safeParse(req.params.storyId);
    if (!id.success || !(await ctx.store.removeCollectionEntry(id.data))) throw words.storyNotFound();
    return { removed: true };
  });

  app.get<{ Params: { storyId?: string } }>('/api/admin/collection/:storyId/package', async (req, reply) => {
    await needAdmin(req);
    const id = StoryIdParam.safeParse(req.params.storyId);
    if (!id.success) throw words.storyNotFound();
    const { stream, title } = await collectionPackage(ctx.store, ctx.media, id.data, ctx.version);
    download(reply, 'application/vnd.storyscape+zip', fileNameFor(title, '.storyscape'));
    return reply.send(stream);
  });

  app.get(SERVICE_PATHS.collectionBackup, async (req, reply) => {
    await needAdmin(req);
    const stream = await collectionBackup(ctx.store, ctx.media, ctx.version);
    download(reply, BACKUP_MIME, backupFileName().replace('storyscape-backup', 'storyscape-collection'));
    return reply.send(stream);
  });

  app.get(SERVICE_PATHS.collectionRecords, async (req, reply) => {
    await needAdmin(req);
    download(reply, 'text/csv; charset=utf-8', `consent-records-${new Date().toISOString().slice(0, 10)}.csv`);
    return consentRecordsCsv(ctx.store);
  });

  app.get(SERVICE_PATHS.retention, async (req) => {
    await needAdmin(req);
    return { days: await ctx.retention.days(), runs: await ctx.store.retentionRuns(20) };
  });

  app.put(SERVICE_PATHS.retention, async (req) => {
    await needAdmin(req);
    const { days } = parseBody(RetentionBody, req.body);
    await ctx.retention.setDays(days);
    return { days: await ctx.retention.days(), runs: await ctx.store.retentionRuns(20) };
  });

  app.post(SERVICE_PATHS.retentionRun, async (req) => {
    await needAdmin(req);
    return { run: await ctx.retention.run('admin', 'the admin') };
  });
}
