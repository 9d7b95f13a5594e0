import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { serveStatic, type StaticServer } from './server.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Serves the production build (dist/, made by `vite build` in `npm run test:e2e`). STORYSCAPE_DIST
 * points at another build folder (`npx vite build --outDir /tmp/mine`), so engineers working in the
 * same tree can test their own build without overwriting each other's dist/.
 */
export async function serveApp(): Promise<StaticServer> {
  const dist = resolve(ROOT, process.env.STORYSCAPE_DIST ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`${dist} has no build: run \`npx vite build\` first.`);
  return serveStatic(dist, { spa: true });
}

/**
 * A Vite dev server over the whole repository, for test pages in tests/e2e/pages/ that import
 * src/ modules directly (e.g. the audio engine or the panorama view without the app around them).
 * Open `${url}tests/e2e/pages/NAME.html`.
 */
export async function serveDev(): Promise<{ url: string; close(): Promise<void>; vite: ViteDevServer }> {
  const vite = await createViteServer({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    logLevel: 'error',
    clearScreen: false,
  });
  await vite.listen();
  const address = vite.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, vite, close: () => vite.close() };
}
