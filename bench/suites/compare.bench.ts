/**
 * Side by side with other 360° players, as readers get ours: runs the shared harness
 * (../shared/bench: Photo Sphere Viewer, Pannellum, Marzipano, A-Frame) with an adapter that opens
 * real published story sites, on the harness's own pictures, in one run.
 *
 * Before the harness runs, the harness's pictures become two stories the way an author would make
 * them: a Pannellum tour config (scene a <-> scene b, one link each way) is brought in with
 * `storyscape import` and published with `storyscape publish`, once with the 4096×2048 pictures and
 * once with the 8192×4096 ones. Each scene's view is yaw 0, pitch 0 and the tour's `hfov` is
 * 2·atan(tan(37.5°)·16/9) = 107.5°, the harness's own Pannellum setting, which the importer turns
 * into the story's vertical field of view of 75° (hfovToVfov, 16:9), exactly what the harness asks.
 *
 * The sites are played as published: reader interface on, crossfade between scenes, service
 * worker, neighbours preloaded. The only addition is `?debug`, which every published site accepts:
 * it installs `window.__story`, through which the harness turns the view (setYaw) and switches
 * (goTo, the same path as a reader's choice, including its `story:choice` mark).
 *
 * Jobs: cold4k and cold8k open the 4096 and 8192 site (the start scene, scene a). switch and
 * switchPre both open the 4096 site and go to scene b: the published player always preloads the
 * scenes a scene links to, so there is no "not preloaded" switch a reader could get; our `switch`
 * row is a preloaded switch too (said in the figures' notes), measured against the other players'
 * switch without preloading.
 *
 * The harness is copied to bench/.compare/ (git-ignored); its own dependencies are installed there
 * from the npm registry on the first run. Runs: COMPARE_RUNS (default 1; the harness alternates
 * players within each run). SwiftShader renders on the CPU, so only ratios within one run mean anything.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlayerSite, PLAYER_SITE_DIR } from '../../src/build/player-build.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(process.env.SHARED_BENCH ?? join(root, '../shared/bench'));
const work = join(root, 'bench/.compare');
const sitesDir = join(work, 'story-sites');
const SIZES = [4096, 8192] as const;
/** Every size a published site may be made at (sizes-compare.bench.ts adds 12000). */
const SITE_SIZES = [4096, 8192, 12000] as const;
/** The harness's Pannellum hfov for its vertical 75° on 16:9 (its README, "Inputs"). */
const HFOV = (2 * Math.atan(Math.tan((37.5 * Math.PI) / 180) * (16 / 9)) * 180) / Math.PI;

type Figures = Record<string, { value: number; unit: string; note?: string }>;

const siteDir = (size: number) => join(sitesDir, `site-${size}`);

/** Our adapter: the published sites, opened with ?debug; the site made of the picture size the harness asks for. */
const adapter = () => `// Written by bench/suites/compare.bench.ts: published story sites (storyscape import + publish
// of the harness's pictures), reader interface on. The published player always preloads the scenes
// a scene links to: the "switch" job (no preload) gets a preloaded switch too; no other mode exists.
export default {
  id: 'story',
  label: 'Storyscape, published story (R3F)',
  preload: true,
  mounts: ${JSON.stringify(SITE_SIZES.map((s) => ({ prefix: `/story-${s}/`, dir: siteDir(s), spa: false })))},
  url: ({ scenes }) => '/story-' + ((scenes.a.match(/-(\\d+)\\.jpg/) || [])[1] || '4096') + '/?debug',
  inPage: {
    // Only the player turns the view: the early page (its picture, before the player's code is here)
    // has no view to turn, and its handle says so. Until the player is up nothing is drawn, and the
    // harness counts only frames that drew: the rows are the player's.
    setYaw: (rad) => window.__story && !window.__story.early && window.__story.setYaw(rad),
    // As a reader chooses: before the player is up, on the early page's list of the start scene's
    // choices (earlyChoices.ts, over the early picture); once it is up, through its handle. A switch
    // asked for before either is there waits for one (never the first script's early handle), for
    // at most a minute (the harness gives up on the switch after 90 s).
    switchTo: (id) => {
      const end = Date.now() + 60000;
      const go = () => {
        const early = document.querySelector('.ssp-early-choices button[data-scene="' + id + '"]');
        if (early) return early.click();
        if (window.__story && !window.__story.early) return window.__story.goTo(id);
        if (Date.now() < end) setTimeout(go, 10);
      };
      go();
    },
  },
  marks: { firstFrame: 'story:first-frame', sceneShown: 'story:scene-shown' },
};
`;

function log(msg: string) {
  process.stderr.write(`[compare] ${msg}\n`);
}

function cli(args: string[]) {
  execFileSync(process.execPath, [join(root, 'bin/storyscape.mjs'), ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** A two-scene Pannellum tour of the harness's pictures at one size, imported and published as a reader gets it. */
export function publishStory(size: number) {
  const tour = join(sitesDir, `tour-${size}`);
  rmSync(tour, { recursive: true, force: true });
  mkdirSync(tour, { recursive: true });
  for (const s of ['a', 'b']) copyFileSync(join(work, 'images', `scene-${s}-${size}.jpg`), join(tour, `scene-${s}-${size}.jpg`));
  // A link below the horizon each way, like the other players' tour arrows (outside the probe's rows).
  const scene = (id: string, to: string) => ({
    title: `Scene ${id.toUpperCase()}`,
    panorama: `scene-${id}-${size}.jpg`,
    yaw: 0,
    pitch: 0,
    hfov: HFOV,
    hotSpots: [{ type: 'scene', sceneId: to, yaw: 0, pitch: -35, text: `Go to ${to.toUpperCase()}` }],
  });
  const config = { default: { firstScene: 'a', title: `Bench ${size}` }, scenes: { a: scene('a', 'b'), b: scene('b', 'a') } };
  writeFileSync(join(tour, 'tour.json'), JSON.stringify(config, null, 2));
  const pkg = join(sitesDir, `bench-${size}.storyscape`);
  rmSync(pkg, { force: true });
  cli(['import', tour, '-o', pkg, '--language', 'en']);
  cli(['publish', pkg, '-o', siteDir(size)]);
  checkSite(size);
}

/** The published story is what the harness needs: scenes a and b, start a, view 0/0/75°, the harness's pictures. */
function checkSite(size: number) {
  const story = JSON.parse(readFileSync(join(siteDir(size), 'story.json'), 'utf8')) as {
    startSceneId: string;
    scenes: { id: string; view: { yaw: number; pitch: number; fov: number }; panorama: string }[];
    assets: { id: string; width: number; height: number }[];
  };
  const ids = story.scenes.map((s) => s.id).join(',');
  if (ids !== 'a,b' || story.startSceneId !== 'a') throw new Error(`the published ${size} story has scenes ${ids}, start ${story.startSceneId}: expected a,b from a`);
  for (const s of story.scenes) {
    const { yaw, pitch, fov } = s.view;
    if (yaw !== 0 || pitch !== 0 || Math.abs(fov - 75) > 1e-6) throw new Error(`scene ${s.id} starts at ${JSON.stringify(s.view)}, not 0/0/75°`);
    const asset = story.assets.find((a) => a.id === s.panorama);
    if (asset?.width !== size || asset.height !== size / 2) throw new Error(`scene ${s.id}'s picture is not ${size}×${size / 2}`);
  }
}

/**
 * The harness copied to bench/.compare with our adapter, its dependencies and pictures, and the
 * published player built: what both this suite and sizes-compare.bench.ts start from.
 */
export async function prepareHarness(): Promise<string> {
  if (!existsSync(join(shared, 'run.mjs'))) {
    throw new Error(`The shared player bench is not at ${shared} (set SHARED_BENCH to its folder).`);
  }
  mkdirSync(work, { recursive: true });
  cpSync(shared, work, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|results|images)([\\/]|$)/.test(src.slice(shared.length)),
  });
  rmSync(join(work, 'story-dist'), { recursive: true, force: true }); // the old query-mode build
  writeFileSync(join(work, 'adapters/story.mjs'), adapter());
  if (!existsSync(join(work, 'node_modules/playwright-core'))) {
    log('installing the harness dependencies (npm ci)…');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  log("making the harness's pictures…");
  execFileSync(process.execPath, ['--input-type=module', '-e', "await (await import('./scripts/make-images.mjs')).makeImages({ log: () => {} });"], {
    cwd: work,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  log('building the published player (dist/player-site)…');
  await buildPlayerSite(root, join(root, 'dist', PLAYER_SITE_DIR));
  return work;
}

export async function run(): Promise<Figures> {
  await prepareHarness();
  log('importing and publishing the two stories…');
  for (const size of SIZES) publishStory(size);
  const runs = process.env.COMPARE_RUNS ?? '1';
  const load = loadavg()[0]!;
  log(`running the harness (${runs} run(s), all players; load average ${load.toFixed(1)})…`);
  execFileSync('node', ['run.mjs', '--runs', runs], { cwd: work, stdio: ['ignore', process.stderr, 'inherit'] });
  const latest = JSON.parse(readFileSync(join(work, 'results/latest.json'), 'utf8'));
  return { ...summarise(latest), runs: { value: Number(runs), unit: 'runs', note: `harness runs; load average ${load.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end` } };
}

/** Our median per metric next to the best other player's (the harness's summary). */
function summarise(latest: { summary: Record<string, HarnessMetric>; samples?: HarnessSample[] }): Figures {
  const figures: Figures = {};
  for (const [key, metric] of Object.entries(latest.summary)) {
    const ours = metric.players.story?.median;
    const others = Object.entries(metric.players).filter(([id, v]) => id !== 'story' && v.median != null);
    if (ours == null || others.length === 0) continue;
    const [bestId, best] = others.reduce((a, b) => (b[1].median! < a[1].median! ? b : a));
    const preloadedAnyway = key === 'switch' ? ' (ours preloaded: the published player always preloads linked scenes)' : '';
    figures[`${key}.story`] = { value: round(ours), unit: metric.unit, note: `published story: ${metric.label}${preloadedAnyway}` };
    figures[`${key}.best-other`] = { value: round(best.median!), unit: metric.unit, note: `${bestId}: ${metric.label}` };
    figures[`${key}.ratio`] = { value: round(ours / best.median!, 3), unit: 'x', note: `ours / ${bestId}, same run (below 1: better than every other player)${preloadedAnyway}` };
  }
  if (Object.keys(figures).length === 0) throw new Error('the harness results had no figures for our player');
  // The harness counts scripts, heap and frame cost once the network is quiet after the first frame.
  // Ours is the early picture, drawn before the player's code is fetched: on a quiet machine the
  // network can go quiet before that code is asked for, and those rows are then the early page's.
  const cold = (latest.samples ?? []).filter((s) => s.player === 'story' && s.job === 'cold4k' && Array.isArray(s.scripts));
  const withPlayer = cold.filter((s) => s.scripts!.some((x) => /\/mount-[^/]*\.js$/.test(x.url))).length;
  figures['jsGzKB.player-counted'] = {
    value: withPlayer,
    unit: `of ${cold.length} runs`,
    note: "cold4k runs in which the player's own code (React, three.js) had loaded when the harness counted scripts and turned the view; in the others the JS, heap and frame-cost rows are the early page's (its picture and a small script)",
  };
  return figures;
}

interface HarnessSample {
  player: string;
  job: string;
  scripts?: { url: string }[];
}

interface HarnessMetric {
  label: string;
  unit: string;
  players: Record<string, { median: number | null }>;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
