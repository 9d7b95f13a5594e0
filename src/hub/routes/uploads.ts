import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { needMember } from '../auth.ts';
import type { HubContext } from '../context.ts';
import { HubError } from '../errors.ts';
import type { MediaFolder } from '../store/media-folder.ts';
import { uploadCallers } from '../uploads.ts';
import type { Listener } from '../listener.ts';

/** /api/uploads/ (tus): only joined devices, and each upload only by the device that began it. */
export function uploadRoutes(app: FastifyInstance, ctx: HubContext, l: Listener): void {
  const handle = async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.method !== 'OPTIONS') {
      const c = await l.caller(req);
      needMember(c);
      const id = /^\/api\/uploads\/([^/?]+)/.exec(req.url)?.[1];
      if (id !== undefined) {
        const upload = /^[0-9a-f]{32}$/.test(id) ? await ctx.tus.datastore.getUpload(id).catch(() => null) : null;
        const owner = upload?.metadata?.deviceId ?? null;
        if (!upload || (owner !== (c.device?.id ?? ''))) throw new HubError(404, 'upload-not-found', 'This upload is not on the hub any more. Send the file again.');
      }
      // A part that would fill the disk is refused before tus writes a byte of it.
      if (req.method === 'PATCH') await (ctx.media as MediaFolder).checkRoom(Number(req.headers['content-length'] ?? 0) || 0);
      uploadCallers.set(req.raw, c);
    }
    reply.hijack();
    await ctx.tus.handle(req.raw, reply.raw);
  };
  for (const path of ['/api/uploads', '/api/uploads/', '/api/uploads/*']) {
    app.route({ method: ['OPTIONS', 'POST', 'HEAD', 'PATCH', 'DELETE', 'GET'], url: path, handler: handle });
  }
}
