/**
 * Photos of any size side by side (#21): the first frame and the GPU texture memory of a published
 * story with a 4096×2048, 8192×4096 and 12000×6000 picture, against Pannellum, Marzipano and Photo
 * Sphere Viewer showing the same picture, in one run, in headless Chromium (SwiftShader).
 *
 * It starts from the shared harness as compare.bench.ts prepares it (bench/.compare: the players'
 * pages, the harness's pictures, our published sites). The 12000 pictures are the harness's 8192
 * ones enlarged with sharp (same drawing, same scene letters for its pixel probe), published as a
 * story the same way (`storyscape import` of a Pannellum tour, then `storyscape publish`).
 *
 * Each measurement is a fresh browser with the harness's pixel probe (lib/probe.js: first frame =
 * the scene's colours and letter on screen) and texture-bytes.js (every live WebGL texture's levels
 * at width × height × 4 bytes, counted the same way for every player). Texture memory is read once
 * the start view has settled (network quiet, then 1.5 s). A player that cannot show a size (a GPU
 * limit of 8192 px) is recorded as failing, with its error, not as a time. Downloaded MB: every
 * response body the page (and its workers) received until then. Our sites are published with the
 * tiles made at publish for pictures over 4096 px (src/publish/tiles.ts): the player downloads the
 * 4096 px small whole and the tiles in view, never the full picture.
 * Runs: BENCH_SIZES_COMPARE_RUNS (default 1); players alternate within each run. SwiftShader
 * renders on the CPU: only ratios within one run mean anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { prepareHarness, publishStory } from './compare.bench.ts';
import { eachLoad, inFreshPage, median, sleep, type Figures } from './side-by-side.ts';

const SIZES = [4096, 8192, 12000] as const;
const PLAYERS = ['story', 'pannellum', 'marzipano', 'psv'] as const;
const RUNS = Number(process.env.BENCH_SIZES_COMPARE_RUNS ?? 1);
const TIMEOUT_MS = 90_000;
const SETTLE_MS = 1500;
const MB = 1024 * 1024;
const log = (m: string) => process.stderr.write(`[sizes-compare] ${m}\n`);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

interface Adapter {
  id: string;
  mounts?: { prefix: string; dir: string; spa?: boolean }[];
  url(story: { scenes: { a: string }; preload: boolean; vfovDeg: number; width: number; height: number }): string;
}
interface Sample {
  player: string;
  size: number;
  firstFrameMs?: number;
  textureMB?: number;
  largestSide?: number;
  downloadedMB?: number;
  error?: string;
}

/** The 12000×6000 pictures: the harness's 8192 ones enlarged (its probe finds the same colours and letters). */
async function makeLargest(work: string) {
  for (const s of ['a', 'b']) {
    const out = join(work, 'images', `scene-${s}-12000.jpg`);
    if (existsSync(out)) continue;
    await sharp(join(work, 'images', `scene-${s}-8192.jpg`), { limitInputPixels: false })
      .resize(12000, 6000, { kernel: 'lanczos3' })
      .jpeg({ quality: 85 })
      .toFile(out);
  }
}

export async function run(): Promise<Figures> {
  const work = await prepareHarness();
  await makeLargest(work);
  log('publishing the stories at 4096, 8192 and 12000…');
  for (const size of SIZES) publishStory(size);
  if (!existsSync(join(work, 'dist/pannellum.html'))) {
    log("building the other players' pages…");
    execFileSync(process.execPath, [join(work, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const lib = (f: string) => import(pathToFileURL(join(work, 'lib', f)).href);
  const { startServer } = await lib('server.mjs');
  const { launch, VIEWPORT } = await lib('browser.mjs');
  const { loadAdapters } = await lib('adapter.mjs');
  const adapters: Adapter[] = await loadAdapters(join(work, 'adapters'), [...PLAYERS]);
  const server = await startServer([{ prefix: '/', dir: join(work, 'dist') }, { prefix: '/img/', dir: join(work, 'images') }, ...adapters.flatMap((a) => a.mounts ?? [])]);
  const probe = readFileSync(join(work, 'lib/probe.js'), 'utf8');
  const counter = readFileSync(join(import.meta.dirname, 'texture-bytes.js'), 'utf8');
  const load = loadavg()[0]!;
  log(`${RUNS} run(s) × ${SIZES.length} sizes × ${adapters.length} players; load average ${load.toFixed(1)}`);

  const measure = async (a: Adapter, size: number): Promise<Sample> => {
    const sample: Sample = { player: a.id, size };
    const failed = await inFreshPage(await launch(), VIEWPORT, `const __PROBE_CFG = { initialWant: 'A' };\n${probe}\n${counter}`, async (page) => {
      let inflight = 0;
      let lastNet = Date.now();
      page.on('request', () => ((inflight += 1), (lastNet = Date.now())));
      const done = () => ((inflight = Math.max(0, inflight - 1)), (lastNet = Date.now()));
      let downloaded = 0;
      page.on('requestfinished', (req) => {
        done();
        void req.sizes().then((s) => void (downloaded += s.responseBodySize), () => undefined);
      });
      page.on('requestfailed', done);
      const url = server.origin + a.url({ scenes: { a: `/img/scene-a-${size}.jpg` }, preload: false, vfovDeg: 75, width: VIEWPORT.width, height: VIEWPORT.height });
      await page.goto(url, { waitUntil: 'commit' });
      sample.firstFrameMs = await Promise.race([
        page.evaluate(() => (window as unknown as { __probe: { waitFor(l: string): Promise<number> } }).__probe.waitFor('A')),
        sleep(TIMEOUT_MS).then(() => Promise.reject(new Error(`no picture within ${TIMEOUT_MS / 1000} s`))),
      ]);
      for (let t = Date.now(); Date.now() - t < 30_000 && !(inflight === 0 && Date.now() - lastNet > 1000); ) await sleep(100);
      await sleep(SETTLE_MS);
      const tex = await page.evaluate(() => (window as unknown as { __textureBytes(): { bytes: number; largest: number } }).__textureBytes());
      sample.textureMB = round(tex.bytes / MB);
      sample.largestSide = tex.largest;
      sample.downloadedMB = round(downloaded / MB);
    });
    if (failed) {
      sample.error = failed;
      delete sample.firstFrameMs;
    }
    log(`${a.id.padEnd(10)} ${size}: ${sample.error ? `FAILED ${sample.error}` : `first frame ${round(sample.firstFrameMs!, 0)} ms, textures ${sample.textureMB} MB (largest side ${sample.largestSide} px), downloaded ${sample.downloadedMB} MB`}`);
    return sample;
  };

  const samples = await eachLoad(RUNS, SIZES, adapters, measure, server);
  return summarise(samples, load);
}

/** Per size: our median first frame and texture memory, each other player's, and our ratio to the best that showed the picture. */
function summarise(samples: Sample[], load: number): Figures {
  const figures: Figures = {};
  for (const size of SIZES) {
    const of = (player: string) => samples.filter((s) => s.player === player && s.size === size);
    const ours = of('story').filter((s) => s.firstFrameMs !== undefined);
    if (ours.length === 0) throw new Error(`our published story did not show its ${size} px picture: ${of('story')[0]?.error}`);
    const oursFirst = median(ours.map((s) => s.firstFrameMs!));
    const oursTex = median(ours.map((s) => s.textureMB!));
    const tiled = size > 4096 ? ', with the tiles made at publish' : '';
    figures[`first-frame-${size}.story`] = { value: round(oursFirst, 0), unit: 'ms', note: `published story, ${size}×${size / 2}${tiled}` };
    figures[`downloaded-mb-${size}.story`] = { value: median(ours.map((s) => s.downloadedMB!)), unit: 'MB', note: 'response bodies until the start view settled' };
    figures[`texture-mb-${size}.story`] = { value: oursTex, unit: 'MB', note: `every live WebGL texture once settled (w×h×4 per level)` };
    let best: { id: string; first: number } | null = null;
    for (const id of PLAYERS.filter((p) => p !== 'story')) {
      const shown = of(id).filter((s) => s.firstFrameMs !== undefined);
      if (of(id).length === 0) continue;
      if (shown.length === 0) {
        figures[`first-frame-${size}.${id}`] = { value: -1, unit: 'ms', note: `did not show the picture: ${of(id)[0]!.error}` };
        continue;
      }
      const first = median(shown.map((s) => s.firstFrameMs!));
      figures[`first-frame-${size}.${id}`] = { value: round(first, 0), unit: 'ms' };
      figures[`texture-mb-${size}.${id}`] = { value: median(shown.map((s) => s.textureMB!)), unit: 'MB', note: `largest texture side ${shown[0]!.largestSide} px` };
      figures[`downloaded-mb-${size}.${id}`] = { value: median(shown.map((s) => s.downloadedMB!)), unit: 'MB' };
      if (!best || first < best.first) best = { id, first };
    }
    if (best) figures[`first-frame-${size}.ratio`] = { value: round(oursFirst / best.first, 2), unit: 'x', note: `ours / ${best.id}, the fastest other player that showed it, same run` };
  }
  figures.runs = { value: RUNS, unit: 'runs', note: `load average ${load.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end` };
  return figures;
}
