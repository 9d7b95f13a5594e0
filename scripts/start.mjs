#!/usr/bin/env node
/**
 * `npm start`: builds the app when dist/ is missing or older than its sources, then starts the room
 * hub (`storyscape hub`), which opens the library at http://localhost:8080/ in this laptop's
 * browser. Extra arguments go to the hub: `npm start -- --data ~/workshop --no-open`.
 * (`npm run dev` is the Vite development server.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'index.html');
const SOURCES = ['src', 'public', 'assets', 'workshops', 'index.html', 'player.html', 'vite.config.ts', 'package.json', 'package-lock.json'];

/** The newest modification time under a file or folder (skipping dot-files). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = s.mtimeMs;
  for (const name of readdirSync(path)) if (!name.startsWith('.')) t = Math.max(t, newest(join(path, name)));
  return t;
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map((p) => newest(join(root, p))));
if (builtAt < sourcesAt) {
  console.log(builtAt ? 'The app changed since it was last built: building it again…' : 'Building the app (the first start takes a minute)…');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('The app could not be built, so the hub was not started. The messages above say why.');
    process.exit(1);
  }
}

const { register } = await import('tsx/esm/api');
register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(['hub', ...process.argv.slice(2)]);
