import { banner } from '../hub/banner.ts';
import { openBrowser } from '../hub/open-browser.ts';
import { HubStartError, startHub, type HubHandle } from '../hub/server.ts';
import { serviceBanner } from '../hub/service/banner.ts';
import { parseHubArgs } from './hub-args.ts';
import { appVersion } from './pack.ts';
import type { CliIo } from './types.ts';

/** Runs until SIGINT or SIGTERM. */
export async function serveHub(args: string[], io: CliIo): Promise<number> {
  const parsed = parseHubArgs(args, io.cwd);
  if (typeof parsed === 'string') {
    io.err(`storyscape hub: ${parsed}\n`);
    return 2;
  }
  const version = await appVersion();
  let hub;
  try {
    hub = await startHub({
      ...parsed.options,
      version,
      log: { info: (m) => io.out(`${m}\n`), warn: (m) => io.err(`${m}\n`), error: (m, e) => io.err(`${m}${e instanceof Error ? `: ${e.stack ?? e.message}` : ''}\n`) },
    });
  } catch (e) {
    if (e instanceof HubStartError) {
      io.err(`storyscape hub: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  if (parsed.options.service) {
    const ctx = hub.context;
    io.out(
      serviceBanner({
        version,
        publicUrl: parsed.options.service.publicUrl,
        listening: hub.httpUrl,
        database: hub.backends.database,
        media: hub.backends.media,
        dataDir: hub.data.root,
        adminSet: await ctx.admin.configured(),
        openRooms: (await ctx.store.openRooms()).length,
      }) + '\n',
    );
    if (!ctx.distDir) io.err('The app is not built yet, so people will see a message instead of the library. Run "npm run build".\n');
    return runUntilStopped(hub, io);
  }
  const room = await hub.context.rooms.current();
  io.out(banner({ version, addresses: hub.addresses, httpUrl: hub.httpUrl.replace('127.0.0.1', 'localhost'), fingerprint: hub.tls.fingerprint, dataDir: hub.data.root, room, selfSigned: hub.tls.selfSigned, loopbackOnly: ['127.0.0.1', '::1', 'localhost'].includes(parsed.options.host ?? '') }) + '\n');
  if (!hub.context.distDir) io.err('The app is not built yet, so devices will see a message instead of the library. Run "npm run build" (or use "npm start", which builds it).\n');
  if (parsed.open) openBrowser(hub.httpUrl.replace('127.0.0.1', 'localhost'));
  return runUntilStopped(hub, io);
}

async function runUntilStopped(hub: HubHandle, io: CliIo): Promise<number> {
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.out('Stopping the hub…\n');
  await hub.close();
  return 0;
}

