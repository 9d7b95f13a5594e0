import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { buildPlayerSite, PLAYER_SITE_DIR } from './player-build.ts';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff': 'font/woff', '.woff2': 'font/woff2' };

/**
 * After the app's build, builds the standalone player again with relative URLs into
 * dist/player-site/ (with files.json), which "Publish" in the app puts into a story's site.
 * (The app itself needs absolute URLs for its /play/<id> routes, so it cannot share that build.)
 * The dev server serves the same at /player-site/, built on first use, so Publish works in dev too.
 */
export function publishPlayerPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let isAppBuild = false;
  let devBuild: Promise<unknown> | null = null;
  return {
    name: 'storyscape:publish-player',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      // Only the app's build (index.html among the inputs), not a build of player.html alone.
      const input = config.build.rolldownOptions?.input;
      isAppBuild = config.command === 'build' && typeof input === 'object' && input !== null && Object.values(input).some((v) => String(v).endsWith('index.html'));
    },
    async closeBundle() {
      if (!isAppBuild) return;
      await buildPlayerSite(root, resolve(outDir, PLAYER_SITE_DIR));
    },
    configureServer(server) {
      const dir = resolve(root, 'node_modules/.cache/storyscape-player-site');
      server.middlewares.use(`/${PLAYER_SITE_DIR}/`, (req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
        const file = normalize(join(dir, path));
        if (!file.startsWith(dir + sep)) return next();
        devBuild ??= buildPlayerSite(root, dir).catch((e: unknown) => {
          devBuild = null;
          throw e;
        });
        devBuild
          .then(() => readFile(file))
          .then((body) => {
            res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
            res.end(body);
          })
          .catch(() => next());
      });
    },
  };
}
