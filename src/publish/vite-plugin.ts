import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildPlayerSite, PLAYER_SITE_DIR } from './player-build.ts';

/**
 * After the app's build, builds the standalone player again with relative URLs into
 * dist/player-site/ (with files.json), which "Publish" in the app puts into a story's site.
 * (The app itself needs absolute URLs for its /play/<id> routes, so it cannot share that build.)
 */
export function publishPlayerPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let isAppBuild = false;
  return {
    name: 'storyscape:publish-player',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      // Only the app's build (index.html among the inputs), not a build of player.html alone.
      const input = config.build.rolldownOptions?.input;
      isAppBuild = typeof input === 'object' && input !== null && Object.values(input).some((v) => String(v).endsWith('index.html'));
    },
    async closeBundle() {
      if (!isAppBuild) return;
      await buildPlayerSite(root, resolve(outDir, PLAYER_SITE_DIR));
    },
  };
}
