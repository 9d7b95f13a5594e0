import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HUB_PAGE_MARK } from '../live/api.ts';
import { errorBody, words } from './errors.ts';
import { inlineScriptHashes } from './security.ts';

/**
 * index.html as the hub serves it: zod told not to probe for eval (the hub's CSP forbids eval; the
 * probe would only be reported as a violation). Returns the hashes of its inline scripts (this one
 * and the app's folder script, see src/build/app-folder-plugin.ts) for the CSP. It carries the hub's
 * mark (HUB_PAGE_MARK) so the app knows to look for a room.
 */
export function hubIndexHtml(html: string): { html: string; scriptHashes: string[] } {
  const head = `<meta name="${HUB_PAGE_MARK}" content="">` + '<script>globalThis.__zod_globalConfig=Object.assign(globalThis.__zod_globalConfig||{},{jitless:true})</script>';
  const out = /<meta charset="[^"]*"\s*\/?>/i.test(html) ? html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${head}`) : html.replace(/<head>/i, `<head>\n    ${head}`);
  return { html: out, scriptHashes: inlineScriptHashes(out) };
}

/** Paths the app handles itself (src/app/router.ts): a reload of any of them gets index.html. */
const APP_ROUTE = /^\/(?:play\/[A-Za-z0-9_-]{1,64}|edit\/[A-Za-z0-9_-]{1,64}|add\/[A-Za-z0-9_-]{1,64}|workshops(?:\/[a-z0-9-]{1,64})?|join|room(?:\/headsets)?|admin)\/?$/;

export const isAppRoute = (path: string): boolean => path === '/' || APP_ROUTE.test(path);

/**
 * The built app (dist/): files with their MIME types; content-hashed files (dist/assets/) cached
 * for a year, everything else revalidated; index.html for the app's routes (deep links such as
 * /play/sample survive a reload), and for other paths without a file extension with a 404 status
 * (the app shows its own "not found" page). Unknown /api/ paths are JSON errors.
 */
export async function serveApp(app: FastifyInstance, distDir: string | null): Promise<void> {
  const index = distDir && existsSync(join(distDir, 'index.html')) ? hubIndexHtml(readFileSync(join(distDir, 'index.html'), 'utf8')).html : null;
  if (distDir && index) {
    await app.register(fastifyStatic, {
      root: distDir,
      index: false,
      wildcard: true,
      dotfiles: 'deny',
      cacheControl: false,
      setHeaders(res, path) {
        const hashed = path.startsWith(join(distDir, 'assets') + sep) || path.startsWith(join(distDir, 'player-site', 'assets') + sep);
        res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const sendIndex = (reply: FastifyReply, status: number) =>
    reply.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
  if (index) {
    app.get('/', (_req, reply) => sendIndex(reply, 200));
    app.get('/index.html', (_req, reply) => sendIndex(reply, 200));
  }

  app.setNotFoundHandler((req: FastifyRequest, reply: FastifyReply) => {
    const path = decodePath(req.url);
    if (path === null || path.startsWith('/api/') || path === '/api') {
      const e = words.badRequest('');
      return reply.code(404).send({ ...errorBody(e), error: { code: 'not-found', message: 'There is nothing at this address on the hub.' } });
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && index) {
      if (isAppRoute(path) || path === '/index.html') return sendIndex(reply, 200);
      if (!/\.[A-Za-z0-9]{1,12}$/.test(path)) return sendIndex(reply, 404);
    }
    if (!index && (req.method === 'GET' || req.method === 'HEAD') && isAppRoute(path)) {
      return reply
        .code(503)
        .header('content-type', 'text/plain; charset=utf-8')
        .send('The Storyscape app is not built yet. Run "npm run build" (or "npm start", which builds it), then reload.');
    }
    return reply.code(404).header('content-type', 'text/plain; charset=utf-8').send('Not found.');
  });
}

function decodePath(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url, 'http://hub').pathname);
  } catch {
    return null;
  }
}
