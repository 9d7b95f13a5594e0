/**
 * Node only: builds the standalone player (player.html) with relative URLs (base './') into a
 * folder, plus `files.json`, the list of its files. The app fetches that list from its own origin
 * when it publishes a story; the CLI reads the folder. Used by the Vite plugin and the CLI.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { noXrEmulator } from './no-xr-emulator-plugin.ts';
import { threeModules } from './three-modules-plugin.ts';

/** Where the player build goes, inside the app's build (dist/). */
export const PLAYER_SITE_DIR = 'player-site';
export const PLAYER_FILES_LIST = 'files.json';

export interface PlayerFilesList {
  /** Paths relative to the folder, "/" separated; player.html among them. */
  files: string[];
}

export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const rel = relative(dir, join(e.parentPath, e.name)).split(sep).join('/');
    if (rel !== PLAYER_FILES_LIST) out.push(rel);
  }
  return out.sort();
}

/** Builds player.html alone into outDir (emptied first) and writes its files.json. */
export async function buildPlayerSite(root: string, outDir: string): Promise<string[]> {
  const [{ build }, { default: react }] = await Promise.all([import('vite'), import('@vitejs/plugin-react')]);
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'error',
    plugins: [react(), noXrEmulator(), threeModules()],
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { input: { player: resolve(root, 'player.html') } },
    },
  });
  const files = await listFiles(outDir);
  const list: PlayerFilesList = { files };
  await writeFile(join(outDir, PLAYER_FILES_LIST), JSON.stringify(list, null, 2) + '\n');
  return files;
}
