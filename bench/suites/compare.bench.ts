/**
 * Side by side with other 360° players: runs the shared harness (../shared/bench: Photo Sphere
 * Viewer, Pannellum, Marzipano, A-Frame) with an adapter for our standalone player, on the same
 * images in one run, and reports our medians next to the best other player's.
 *
 * The harness is copied to bench/.compare/ (git-ignored) so that our adapter can sit beside the
 * others; its own dependencies are installed there from the npm registry on the first run.
 * Runs: COMPARE_RUNS (default 1; the harness alternates players within each run). SwiftShader
 * renders on the CPU, so only ratios within one run mean anything.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(process.env.SHARED_BENCH ?? join(root, '../shared/bench'));
const work = join(root, 'bench/.compare');
const storyDist = join(work, 'story-dist');

type Figures = Record<string, { value: number; unit: string; note?: string }>;

const ADAPTER = `// Written by bench/suites/compare.bench.ts: our standalone player as a published site gets it (dist/player-site).
export default {
  id: 'story',
  label: 'Storyscape player (R3F)',
  preload: true,
  mounts: [{ prefix: '/story/', dir: ${JSON.stringify(join(storyDist, 'player-site'))}, spa: false }],
  url: ({ scenes, preload, vfovDeg }) => {
    const q = new URLSearchParams({ a: scenes.a, fov: String(vfovDeg), preload: preload ? '1' : '0' });
    if (scenes.b) q.set('b', scenes.b);
    return '/story/player.html?' + q;
  },
  inPage: {
    setYaw: (rad) => window.__story.setYaw(rad),
    switchTo: (id) => { window.__story.goTo(id); },
  },
  marks: { firstFrame: 'story:first-frame', sceneShown: 'story:scene-shown' },
};
`;

function log(msg: string) {
  process.stderr.write(`[compare] ${msg}\n`);
}

export async function run(): Promise<Figures> {
  if (!existsSync(join(shared, 'run.mjs'))) {
    throw new Error(`The shared player bench is not at ${shared} (set SHARED_BENCH to its folder).`);
  }
  mkdirSync(work, { recursive: true });
  cpSync(shared, work, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|results|images)([\\/]|$)/.test(src.slice(shared.length)),
  });
  writeFileSync(join(work, 'adapters/story.mjs'), ADAPTER);
  if (!existsSync(join(work, 'node_modules/playwright-core'))) {
    log('installing the harness dependencies (npm ci)…');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  log('building our app, with the standalone player that published sites get (player-site/)…');
  rmSync(storyDist, { recursive: true, force: true });
  execFileSync('npx', ['vite', 'build', '--base', './', '--outDir', storyDist, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const runs = process.env.COMPARE_RUNS ?? '1';
  log(`running the harness (${runs} run(s), all players)…`);
  execFileSync('node', ['run.mjs', '--runs', runs], { cwd: work, stdio: ['ignore', process.stderr, 'inherit'] });
  const latest = JSON.parse(readFileSync(join(work, 'results/latest.json'), 'utf8'));
  return summarise(latest);
}

/** Our median per metric next to the best other player's (the harness's summary). */
function summarise(latest: { summary: Record<string, HarnessMetric> }): Figures {
  const figures: Figures = {};
  for (const [key, metric] of Object.entries(latest.summary)) {
    const ours = metric.players.story?.median;
    const others = Object.entries(metric.players).filter(([id, v]) => id !== 'story' && v.median != null);
    if (ours == null || others.length === 0) continue;
    const [bestId, best] = others.reduce((a, b) => (b[1].median! < a[1].median! ? b : a));
    figures[`${key}.story`] = { value: round(ours), unit: metric.unit, note: metric.label };
    figures[`${key}.best-other`] = { value: round(best.median!), unit: metric.unit, note: `${bestId}: ${metric.label}` };
    figures[`${key}.ratio`] = { value: round(ours / best.median!, 3), unit: 'x', note: `ours / ${bestId} (below 1: better than every other player)` };
  }
  if (Object.keys(figures).length === 0) throw new Error('the harness results had no figures for our player');
  return figures;
}

interface HarnessMetric {
  label: string;
  unit: string;
  players: Record<string, { median: number | null }>;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
