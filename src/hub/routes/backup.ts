import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { HUB_PATHS } from '../../live/api.ts';
import { needFacilitator } from '../auth.ts';
import { BACKUP_MIME, backupFileName, backupStream, currentStories } from '../backup.ts';
import type { HubContext } from '../context.ts';
import { HubError } from '../errors.ts';
import type { Listener } from '../listener.ts';

/** GET /api/backup: the facilitator's "Export everything": the room's stories in the backup format. */
export function backupRoutes(app: FastifyInstance, ctx: HubContext, l: Listener): void {
  app.get(HUB_PATHS.backup, async (req, reply) => {
    const room = needFacilitator(await l.caller(req));
    const stories = await currentStories(ctx.store, await ctx.store.storyHeads(room.id));
    if (stories.length === 0) throw new HubError(404, 'nothing-to-export', 'There are no stories in this session yet, so there is nothing to export.');
    reply.header('content-type', BACKUP_MIME);
    reply.header('content-disposition', `attachment; filename="${backupFileName()}"`);
    reply.header('cache-control', 'no-store');
    return reply.send(Readable.fromWeb(backupStream(ctx.media, stories, ctx.version) as import('node:stream/web').ReadableStream<Uint8Array>));
  });
}
