/**
 * 360° video side by side (#21): the time to the poster frame and to the first video frame of a
 * 4K (3840×1920) and a 5.7K (5760×2880) equirectangular video, in a published story against Photo
 * Sphere Viewer's video plugin (its equirectangular video adapter) playing the same file, in one run.
 *
 * The videos (VP9 WebM, 4 s, moving) and their posters are made in headless Chromium by
 * bench/video/make-videos.ts and kept in bench/.video-cache. The video is drawn in the shared
 * harness's scene-B colours, its poster in scene-A colours, so the harness's pixel probe
 * (../shared/bench/lib/probe.js, unchanged) tells them apart on screen. Our side is a story with one
 * video scene (its panorama is the poster), made the way an author's folder is: `storyscape pack`
 * then `storyscape publish`, and played as published. PSV's side (bench/video: its page and adapter,
 * in the harness's adapter contract) has no poster option: its first picture is the video's.
 *
 * Each load is a fresh Chromium with the harness's launch flags (SwiftShader) and viewport, the
 * probe classifying every frame drawn until a video frame shows: "poster" = the first frame the
 * probe calls A, "video" = the first it calls B (ms from navigation start, after that frame has
 * finished). Files are served from 127.0.0.1 with no-store and HTTP range requests, as static hosts
 * do. Runs: BENCH_VIDEO_COMPARE_RUNS (default 3); players alternate within each run. Only ratios
 * within one run mean anything (SwiftShader, 2 shared cores).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { buildPlayerSite, PLAYER_SITE_DIR } from '../../src/build/player-build.ts';
import { SCHEMA_VERSION } from '../../src/story/schema/story.ts';
import { makeVideos, type BenchVideo } from '../video/make-videos.ts';
import { startRangeServer, type Mount } from '../video/server.ts';
import { eachLoad, inFreshPage, median, sleep, type Figures } from './side-by-side.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(process.env.SHARED_BENCH ?? join(root, '../shared/bench'));
const videoDir = join(root, 'bench/video');
const cache = join(root, 'bench/.video-cache');
const SIZES = ['4k', '5.7k'] as const;
const PLAYERS = ['story', 'psv'] as const;
const RUNS = Number(process.env.BENCH_VIDEO_COMPARE_RUNS ?? 3);
const TIMEOUT_MS = 90_000;
/** The harness's launch flags and viewport (lib/browser.mjs), checked against its file below. */
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];
const VIEWPORT = { width: 1280, height: 720 };
/** Our player's marks, read for the log (never instead of the probe). */
const MARKS = ['story:first-paint', 'story:first-frame', 'story:picture-uploaded', 'story:video-requested', 'story:video-loaded'];

const log = (m: string) => process.stderr.write(`[video-compare] ${m}\n`);
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface Adapter {
  id: string;
  mounts: Mount[];
  url(story: { size: string; video: string; vfovDeg: number }): string;
}
interface Sample {
  player: string;
  size: string;
  posterMs?: number;
  videoMs?: number;
  marks?: Record<string, number | null>;
  videoRequestMs?: number | null;
  error?: string;
}

/** A story with one scene: the video over its poster, looping, view 0/0/75° (the harness's). */
function publishStory(size: string, v: BenchVideo) {
  const src = join(cache, `story-src-${size}`);
  rmSync(src, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  const posterId = sha256(v.poster);
  const videoId = sha256(v.video);
  copyFileSync(v.poster, join(src, `${posterId}.jpg`));
  copyFileSync(v.video, join(src, `${videoId}.webm`));
  const common = { credit: { author: 'Storyscape bench', licence: 'CC0-1.0' }, consent: { peopleRecognisable: 'no', consentRecorded: false } };
  const story = {
    schemaVersion: SCHEMA_VERSION,
    id: `video-bench-${size.replace('.', '-')}`,
    meta: { title: { en: `Video bench ${size}` }, languages: ['en'], defaultLanguage: 'en', authors: [{ name: 'Storyscape bench' }], licence: 'CC0-1.0' },
    startSceneId: 'v',
    scenes: [
      {
        id: 'v',
        title: { en: 'Video' },
        description: { en: 'A moving test picture.' },
        panorama: posterId,
        video: { asset: videoId, end: { type: 'loop' }, volume: 1 },
        view: { yaw: 0, pitch: 0, fov: 75 },
        northOffset: 0,
        soundscape: { beds: [], sources: [] },
        hotspots: [],
        ending: { text: { en: 'The end.' } },
        map: { x: 0, y: 0 },
      },
    ],
    assets: [
      { id: posterId, kind: 'image', mime: 'image/jpeg', bytes: readFileSync(v.poster).length, name: `poster-${size}.jpg`, width: v.width, height: v.height, alt: { en: 'The first frame of a test video' }, ...common },
      { id: videoId, kind: 'video', mime: 'video/webm', bytes: v.bytes, name: `video-${size}.webm`, width: v.width, height: v.height, duration: v.seconds, sound: 'none', transcript: {}, captions: {}, ...common },
    ],
    variables: [],
  };
  writeFileSync(join(src, 'story.json'), JSON.stringify(story, null, 2));
  const pkg = join(cache, `video-${size}.storyscape`);
  const cli = (args: string[]) => execFileSync(process.execPath, [join(root, 'bin/storyscape.mjs'), ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  rmSync(pkg, { force: true });
  cli(['pack', src, '-o', pkg]);
  cli(['publish', pkg, '-o', join(cache, `site-${size}`)]);
}

/** The harness's probe, plus a hook that keeps the first time each of A (poster) and B (video) is seen. */
function initScript(): string {
  const probe = readFileSync(join(shared, 'lib/probe.js'), 'utf8');
  const hook = `(() => {
  const P = window.__probe;
  const seen = (P.videoBench = { poster: null, video: null, frames: 0 });
  // Armed with a label no frame has: every drawn frame is classified, until the first video frame.
  P.log.push = (e) => {
    seen.frames++;
    if (e.label === 'A' && seen.poster === null) seen.poster = e.t;
    if (e.label === 'B' && seen.video === null) { seen.video = e.t; P.want = null; }
    return 0;
  };
})();`;
  return `const __PROBE_CFG = { initialWant: 'poster-or-video' };\n${probe}\n${hook}`;
}

export async function run(): Promise<Figures> {
  if (!existsSync(join(shared, 'lib/probe.js'))) throw new Error(`The shared player bench is not at ${shared} (set SHARED_BENCH to its folder).`);
  const harnessBrowser = readFileSync(join(shared, 'lib/browser.mjs'), 'utf8');
  for (const flag of BASE_ARGS) if (!harnessBrowser.includes(`'${flag}'`)) throw new Error(`The harness no longer launches Chromium with ${flag}: update BASE_ARGS here.`);
  if (!existsSync(join(videoDir, 'node_modules/webm-muxer'))) {
    log('installing the video bench dependencies (npm ci in bench/video)…');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: videoDir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  log('making the test videos (once; kept in bench/.video-cache)…');
  const videos = await makeVideos(cache, log);
  log('building the published player and publishing the two stories…');
  await buildPlayerSite(root, join(root, 'dist', PLAYER_SITE_DIR));
  for (const size of SIZES) publishStory(size, videos[size]!);
  log("building Photo Sphere Viewer's video page…");
  await build({
    configFile: false,
    root: videoDir,
    base: './',
    logLevel: 'warn',
    build: { outDir: join(cache, 'psv-dist'), emptyOutDir: true, rollupOptions: { input: join(videoDir, 'psv-video.html') }, chunkSizeWarningLimit: 4000 },
  });
  const adapters: Adapter[] = [];
  for (const id of PLAYERS) adapters.push((await import(pathToFileURL(join(videoDir, 'adapters', `${id}-video.mjs`)).href)).default as Adapter);
  const server = await startRangeServer([{ prefix: '/media/', dir: cache }, ...adapters.flatMap((a) => a.mounts)]);
  const script = initScript();
  const load = loadavg()[0]!;
  log(`${RUNS} run(s) × ${SIZES.length} sizes × ${adapters.length} players; load average ${load.toFixed(1)}`);

  const measure = async (a: Adapter, size: string): Promise<Sample> => {
    const sample: Sample = { player: a.id, size };
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: BASE_ARGS });
    const failed = await inFreshPage(browser, VIEWPORT, script, async (page) => {
      const file = videos[size]!.video.slice(cache.length + 1);
      await page.goto(server.origin + a.url({ size, video: `/media/${file}`, vfovDeg: 75 }), { waitUntil: 'commit' });
      type Seen = { poster: number | null; video: number | null };
      const seen = () => page.evaluate(() => (window as unknown as { __probe?: { videoBench?: Seen } }).__probe?.videoBench ?? null);
      let s: Seen | null = null;
      for (const t = Date.now(); Date.now() - t < TIMEOUT_MS && !(s = await seen())?.video; ) await sleep(200);
      if (!s?.video) throw new Error(`no video frame within ${TIMEOUT_MS / 1000} s${s?.poster ? ' (the poster showed)' : ''}`);
      sample.videoMs = s.video;
      if (s.poster !== null) sample.posterMs = s.poster;
      // A string, not a function: tsx would add helpers (__name) the page does not have.
      const info = (await page.evaluate(`(() => {
        const mark = (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null;
        const video = performance.getEntriesByType('resource').find((e) => /\\.webm(\\?|$)/.test(e.name));
        return {
          marks: Object.fromEntries(${JSON.stringify(MARKS)}.map((n) => [n, mark(n)])),
          videoRequestMs: video ? video.startTime : null,
        };
      })()`)) as { marks: Record<string, number | null>; videoRequestMs: number | null };
      sample.marks = info.marks;
      sample.videoRequestMs = info.videoRequestMs;
    });
    if (failed) sample.error = failed;
    const ms = (x?: number | null) => (x == null ? '—' : `${round(x)} ms`);
    log(`${a.id.padEnd(6)} ${size.padEnd(5)} ${sample.error ? `FAILED ${sample.error}` : `poster ${ms(sample.posterMs)}, first video frame ${ms(sample.videoMs)} (video asked for at ${ms(sample.videoRequestMs)}${marksText(sample.marks)})`}`);
    return sample;
  };

  const samples = await eachLoad(RUNS, SIZES, adapters, measure, server);
  return summarise(samples, videos, load);
}

const marksText = (marks: Record<string, number | null> = {}) =>
  Object.entries(marks)
    .filter(([, t]) => t !== null)
    .map(([n, t]) => `; ${n.replace('story:', '')} ${round(t!)}`)
    .join('');

/** Per size and player: median poster and first video frame; ours / PSV's, and each side's first picture of the scene. */
function summarise(samples: Sample[], videos: Record<string, BenchVideo>, load: number): Figures {
  const figures: Figures = {};
  for (const size of SIZES) {
    const v = videos[size]!;
    const what = `${v.width}×${v.height} VP9 WebM, ${(v.bytes / 1e6).toFixed(1)} MB`;
    const med = (player: string, key: 'posterMs' | 'videoMs') => {
      const xs = samples.filter((s) => s.player === player && s.size === size && s[key] !== undefined).map((s) => s[key]!);
      return xs.length ? median(xs) : null;
    };
    const firstPicture = (player: string) => {
      const xs = samples.filter((s) => s.player === player && s.size === size && s.videoMs !== undefined).map((s) => Math.min(s.posterMs ?? Infinity, s.videoMs!));
      return xs.length ? median(xs) : null;
    };
    const failed = (player: string) => samples.find((s) => s.player === player && s.size === size && s.error)?.error;
    const oursVideo = med('story', 'videoMs');
    const psvVideo = med('psv', 'videoMs');
    const oursPoster = med('story', 'posterMs');
    if (oursVideo === null) throw new Error(`our published story did not show its ${size} video: ${failed('story')}`);
    figures[`poster-${size}.story`] = oursPoster === null
      ? { value: -1, unit: 'ms', note: `the poster never showed before the video (${what})` }
      : { value: round(oursPoster), unit: 'ms', note: `published story: poster frame on screen (${what})` };
    figures[`poster-${size}.psv`] = { value: -1, unit: 'ms', note: "PSV's video adapter has no poster: nothing of the scene shows before the first video frame" };
    figures[`first-video-frame-${size}.story`] = { value: round(oursVideo), unit: 'ms', note: `published story (${what})` };
    if (psvVideo === null) {
      figures[`first-video-frame-${size}.psv`] = { value: -1, unit: 'ms', note: `did not show the video: ${failed('psv')}` };
      continue;
    }
    figures[`first-video-frame-${size}.psv`] = { value: round(psvVideo), unit: 'ms', note: `Photo Sphere Viewer video plugin (${what})` };
    figures[`first-video-frame-${size}.ratio`] = { value: round(oursVideo / psvVideo, 2), unit: 'x', note: 'ours / PSV, same run (below 1: ours is faster)' };
    const oursFirst = firstPicture('story')!;
    const psvFirst = firstPicture('psv')!;
    figures[`first-picture-${size}.ratio`] = {
      value: round(oursFirst / psvFirst, 2),
      unit: 'x',
      note: `the first picture of the scene (poster or video): ours ${round(oursFirst)} ms / PSV ${round(psvFirst)} ms, same run`,
    };
  }
  figures.runs = { value: RUNS, unit: 'runs', note: `median of ${RUNS} loads each; load average ${load.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end` };
  return figures;
}
