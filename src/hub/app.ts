import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { MAX_JSON_BODY_BYTES } from '../live/limits.ts';
import { textDepthExceeds } from '../story/io/load.ts';
import { callerOf } from './auth.ts';
import type { HubContext } from './context.ts';
import type { Listener } from './listener.ts';
import { errorBody, HubError, toHubError, words } from './errors.ts';
import { adminRoutes } from './routes/admin.ts';
import { backupRoutes } from './routes/backup.ts';
import { liveRoutes } from './routes/live.ts';
import { mediaRoutes } from './routes/media.ts';
import { roomRoutes } from './routes/rooms.ts';
import { storyRoutes } from './routes/stories.ts';
import { uploadRoutes } from './routes/uploads.ts';
import { hubCsp, isCrossSite, SECURITY_HEADERS } from './security.ts';
import { serveApp } from './static.ts';
import { isLoopbackHost } from './addresses.ts';

export interface BuildOptions {
  local: boolean;
  https?: { key: string; cert: string };
  /** sha256-… hashes of index.html's inline scripts, for the CSP. */
  scriptHashes?: string[];
  /**
   * (#17) A library service behind a reverse proxy: plain HTTP from the proxy, which says who the
   * client is (X-Forwarded-For, trusted from these addresses only); `origin` is the public address
   * people use (https://stories.library.example), the only origin the API accepts.
   */
  service?: { origin: string; trustProxy: string[] };
}

/**
 * One Fastify app over the shared context. `startHub` builds two: HTTPS for the room (all
 * interfaces) and plain HTTP on 127.0.0.1 for the hub laptop's own browser. Both behave the same,
 * except that the HTTP one is the hub laptop (joined as "Hub laptop"; it may start a session) and
 * answers only to Host names of the machine itself (no DNS rebinding).
 */
export async function buildApp(ctx: HubContext, options: BuildOptions): Promise<FastifyInstance> {
  const secure = !!options.https || !!options.service?.origin.startsWith('https:');
  const app = Fastify({
    ...(options.https ? { https: { key: options.https.key, cert: options.https.cert } } : {}),
    bodyLimit: MAX_JSON_BODY_BYTES,
    logger: false,
    trustProxy: options.service ? options.service.trustProxy : false,
    requestTimeout: 0,
    connectionTimeout: 0,
    keepAliveTimeout: 30_000,
    return503OnClosing: true,
  }) as unknown as FastifyInstance;
  const l: Listener = { local: options.local, secure, caller: (req) => callerOf(ctx, req, { local: options.local, secure }) };
  const csp = hubCsp(options.scriptHashes);

  // JSON bodies: refused before parsing when absurdly nested; parsed without prototype tricks.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MAX_JSON_BODY_BYTES }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, {});
    if (textDepthExceeds(text, 100)) return done(new HubError(400, 'too-deep', 'This request is nested far too deeply.'), undefined);
    try {
      done(null, JSON.parse(text, (k, v) => (k === '__proto__' ? undefined : v)));
    } catch {
      done(new HubError(400, 'bad-json', 'The hub could not read this request (it is not valid JSON).'), undefined);
    }
  });
  // Raw bodies (media, tus parts) stream straight from the request: nothing is buffered here.
  app.addContentTypeParser('*', (_req, _payload, done) => done(null));

  app.addHook('onRequest', async (req, reply) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    reply.header('content-security-policy', csp);
    if (options.local && !isLoopbackHost(req.headers.host)) throw words.wrongHost();
    // Pages of other sites get nothing from the API: no changes (CSRF), no live socket (WebSockets
    // ignore CORS), no photos embedded elsewhere. The hub's own pages are same-origin.
    const path = req.url.split('?')[0]!;
    const selfOrigin = options.service ? options.service.origin : `${secure ? 'https' : 'http'}://${req.headers.host ?? ''}`;
    if (path.startsWith('/api/') && isCrossSite(req.headers, selfOrigin)) throw words.notSameOrigin();
  });

  app.setErrorHandler((error, req, reply) => {
    const fastifyCode = (error as { code?: string }).code;
    let e: HubError;
    if (fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE') e = words.bodyTooBig(`${MAX_JSON_BODY_BYTES / 1048576} MB`);
    else if (fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') e = new HubError(415, 'bad-type', 'The hub cannot read this kind of request.');
    else if (fastifyCode?.startsWith('FST_ERR_CTP') || fastifyCode === 'FST_ERR_VALIDATION') e = new HubError(400, 'bad-request', 'The hub could not read this request.');
    else if (typeof (error as { statusCode?: number }).statusCode === 'number' && (error as { statusCode: number }).statusCode < 500) {
      const status = (error as { statusCode: number }).statusCode;
      e = new HubError(status, status === 404 ? 'not-found' : 'bad-request', status === 404 ? 'There is nothing at this address on the hub.' : 'The hub could not answer this request.');
    } else e = toHubError(error);
    if (e.status >= 500) ctx.log.error(`${req.method} ${req.url.split('?')[0]}: ${e.code}`, error);
    for (const [k, v] of Object.entries(e.headers)) reply.header(k, v);
    void reply.code(e.status).send(errorBody(e));
  });

  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
  roomRoutes(app, ctx, l);
  storyRoutes(app, ctx, l);
  mediaRoutes(app, ctx, l);
  uploadRoutes(app, ctx, l);
  backupRoutes(app, ctx, l);
  liveRoutes(app, ctx, l);
  adminRoutes(app, ctx, l);
  await serveApp(app, ctx.distDir);
  return app;
}
