/**
 * Publishing the built-in sample story (assets/sample) with the CLI, as a person would:
 * `storyscape publish assets/sample -o DIR`, in-process (the player build in dist/player-site is
 * made first if missing, outside the timing).
 * Figures:
 * - publish-sample: wall-clock seconds to write the site folder (median of 5).
 * - site-bytes: the published folder's total size (player, story.json, photos and sounds).
 * - site-js-gzip: the site's JavaScript compressed with gzip -6 (roughly what a visitor downloads
 *   on a host that compresses; the lazily loaded WebXR-emulator chunks included).
 * - site-js-gzip-first-load: the same for the scripts a visitor's browser loads before the player
 *   starts: index.html's own (entry, preloads, site.js), what they import, and the player module the
 *   entry imports with its dependencies (the entry's preload list, __vite__mapDeps). Later chunks
 *   (the story's full check, sound, XR, other languages) are not counted.
 * Contract: see bench/run.mjs.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/types.ts';
import { playerFiles } from '../../src/cli/publish.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (v: number, d = 3) => Math.round(v * 10 ** d) / 10 ** d;

export async function run() {
  const io: CliIo = { out: () => {}, err: (t) => void process.stderr.write(t), cwd: ROOT, stdin: async () => Buffer.alloc(0) };
  await playerFiles(io); // builds dist/player-site when it is missing
  const dir = await mkdtemp(join(tmpdir(), 'storyscape-bench-publish-'));
  try {
    const out = join(dir, 'site');
    const times: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const t0 = performance.now();
      const code = await runCli(['publish', join(ROOT, 'assets/sample'), '-o', out], io);
      const t = (performance.now() - t0) / 1000;
      if (code !== 0) throw new Error(`publish failed with exit code ${code}`);
      if (i > 0) times.push(t); // the first run warms up
    }
    let bytes = 0;
    let jsGzip = 0;
    for (const name of await readdir(out, { recursive: true })) {
      const path = join(out, name);
      const info = await stat(path);
      if (!info.isFile()) continue;
      bytes += info.size;
      if (name.endsWith('.js')) jsGzip += gzipSync(await readFile(path), { level: 6 }).length;
    }
    const firstLoad = await firstLoadGzip(out);
    return {
      'publish-sample': { value: round(median(times)), unit: 's', note: `median of ${RUNS}, after one warm-up; CLI, into a temp folder` },
      'site-bytes': { value: round(bytes / 1048576, 2), unit: 'MB', note: 'the published sample folder, all files' },
      'site-js-gzip': { value: round(jsGzip / 1024, 1), unit: 'kB', note: 'every .js file of the site, gzip -6' },
      'site-js-gzip-first-load': { value: round(firstLoad / 1024, 1), unit: 'kB', note: 'the .js files loaded before the player starts (index.html\'s scripts, their imports, the player module and its preloads), gzip -6' },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** gzip bytes of the scripts loaded before the player starts (see the figure's note above). */
async function firstLoadGzip(site: string): Promise<number> {
  const html = await readFile(join(site, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/\s(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  let total = 0;
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(site, file), 'utf8');
    total += gzipSync(code, { level: 6 }).length;
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) queue.push(dir + m[1]!);
    // The entry's preload list: the player module it imports and that module's own imports.
    const deps = /m\.f\|\|\(m\.f=\[([^\]]*)\]/.exec(code);
    if (deps && html.includes(`./${file}"`)) for (const d of deps[1]!.matchAll(/["'`]\.\/([^"'`]+\.js)["'`]/g)) queue.push(dir + d[1]!);
  }
  return total;
}
