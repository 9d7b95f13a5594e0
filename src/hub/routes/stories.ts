import type { FastifyInstance } from 'fastify';
import { HUB_PATHS, PutStoryBody, RestoreBody, type InboxEntry } from '../../live/api.ts';
import { authorOf, needMember } from '../auth.ts';
import type { HubContext } from '../context.ts';
import type { InboxRecord } from '../store/types.ts';
import { parseBody, storyIdParam, versionParam } from '../validate.ts';
import type { Listener } from '../listener.ts';
import { words } from '../errors.ts';

type Params = { id?: string; v?: string; entry?: string };

export const inboxEntry = (e: InboxRecord): InboxEntry => ({
  id: e.id,
  storyId: e.storyId,
  hash: e.hash,
  kind: e.kind,
  mime: e.mime,
  bytes: e.bytes,
  filename: e.filename,
  width: e.width,
  height: e.height,
  gpano: e.gpano ? JSON.parse(e.gpano) : null,
  notes: e.notes,
  deviceName: e.deviceName,
  createdAt: e.createdAt,
  takenAt: e.takenAt,
});

/** Stories of the room: list, read, save (compare-and-set), versions, restore, and the inbox. */
export function storyRoutes(app: FastifyInstance, ctx: HubContext, l: Listener): void {
  app.get(HUB_PATHS.stories, async (req) => {
    const { room } = needMember(await l.caller(req));
    return { stories: await ctx.stories.list(room) };
  });

  app.get<{ Params: Params }>('/api/stories/:id', async (req) => {
    const { room } = needMember(await l.caller(req));
    return ctx.stories.get(room, storyIdParam(req.params.id));
  });

  app.put<{ Params: Params }>('/api/stories/:id', async (req) => {
    const c = await l.caller(req);
    const { room } = needMember(c);
    const body = parseBody(PutStoryBody, req.body);
    return ctx.stories.put(room, authorOf(c), storyIdParam(req.params.id), body.doc, body.baseVersion);
  });

  app.get<{ Params: Params }>('/api/stories/:id/versions', async (req) => {
    const { room } = needMember(await l.caller(req));
    return ctx.stories.versions(room, storyIdParam(req.params.id));
  });

  app.get<{ Params: Params }>('/api/stories/:id/versions/:v', async (req) => {
    const { room } = needMember(await l.caller(req));
    return ctx.stories.get(room, storyIdParam(req.params.id), versionParam(req.params.v));
  });

  app.post<{ Params: Params }>('/api/stories/:id/restore', async (req) => {
    const c = await l.caller(req);
    const { room } = needMember(c);
    const { version } = parseBody(RestoreBody, req.body);
    return ctx.stories.restore(room, authorOf(c), storyIdParam(req.params.id), version);
  });

  app.get<{ Params: Params }>('/api/stories/:id/inbox', async (req) => {
    const { room } = needMember(await l.caller(req));
    const id = storyIdParam(req.params.id);
    await ctx.stories.headIn(room, id);
    return { entries: (await ctx.store.inbox(id)).map(inboxEntry) };
  });

  app.post<{ Params: Params }>('/api/stories/:id/inbox/:entry/taken', async (req) => {
    const { room } = needMember(await l.caller(req));
    const id = storyIdParam(req.params.id);
    await ctx.stories.headIn(room, id);
    const entry = String(req.params.entry ?? '');
    if (!(await ctx.store.takeInboxEntry(id, entry.slice(0, 100), new Date().toISOString()))) {
      throw words.badRequest('There is no such photo or sound waiting for this story.');
    }
    const count = await ctx.store.inboxCount(id);
    await ctx.bus.publish({ audience: { roomId: room.id, to: 'room' }, message: { type: 'inbox', storyId: id, count } });
    return { taken: true, count };
  });
}
