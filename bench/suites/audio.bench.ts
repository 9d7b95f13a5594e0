/**
 * The soundscape engine in headless Chromium (tests/e2e/pages/audio.html over a Vite dev server).
 *
 * - CPU per second of playback: 1 ambient bed + 8 HRTF positional sources + narration (restarted
 *   when it ends), with the listener turning every animation frame, against the same page with the
 *   engine idle and the listener still turning. Two views of the same 5-s windows:
 *     main thread (CDP Performance.getMetrics TaskDuration delta: all renderer main-thread work), and
 *     the whole Chromium process tree (/proc utime+stime: includes the audio rendering thread, where
 *     HRTF convolution happens, and the audio service).
 * - setListenerOrientation: time per call and bytes allocated per call (V8 sampling heap profiler,
 *   allocations whose stack passes through the engine's listener code, over rAF-driven frames).
 * - Howls and JS heap after walking through 20 scenes (each with its own bed and source, the
 *   previous and next scene as neighbours), and heap growth over a second walk of 20.
 * Contract: see bench/run.mjs. Progress goes to stderr.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/lib/browser.ts';
import { serveDev } from '../../tests/e2e/lib/app.ts';
import { ensureAudioFixtures } from '../../tests/fixtures/audio/make-fixtures.ts';
import type { AudioTestApi } from '../../tests/e2e/pages/audio.ts';

declare global {
  interface Window {
    audioTest: AudioTestApi;
  }
}

const WINDOW_MS = 5000;
const ROUNDS = 3;
const log = (msg: string) => process.stderr.write(`audio bench: ${msg}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

/** CPU time (ms) used so far by a process and all its descendants (Linux /proc; null elsewhere). */
function treeCpuMs(rootPid: number): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  let tick = 100;
  try {
    tick = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;
  } catch {
    // keep 100
  }
  const stats = new Map<number, { ppid: number; cpu: number }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const raw = readFileSync(`/proc/${d}/stat`, 'utf8');
      const rest = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
      // fields after "(comm)": state(0) ppid(1) ... utime(11) stime(12)
      stats.set(Number(d), { ppid: Number(rest[1]), cpu: Number(rest[11]) + Number(rest[12]) });
    } catch {
      // process ended meanwhile
    }
  }
  const inTree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, s] of stats) {
      if (!inTree.has(pid) && inTree.has(s.ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of inTree) ticks += stats.get(pid)?.cpu ?? 0;
  return (ticks * 1000) / tick;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function openPage(page: Page, url: string, init: Parameters<AudioTestApi['init']>[0]) {
  await page.goto(`${url}tests/e2e/pages/audio.html`);
  await page.waitForFunction(() => 'audioTest' in window);
  const info = await page.evaluate((o) => window.audioTest.init(o), init);
  if (info.state !== 'running') throw new Error(`audio did not start in the bench browser (state ${info.state})`);
}

interface Window_ {
  mainMsPerS: number;
  scriptMsPerS: number;
  processMsPerS: number | null;
  frames: number;
}

async function measureWindow(page: Page, cdp: CDPSession, pid: number | null, keepNarrating: boolean, degPerFrame = 2): Promise<Window_> {
  const m0 = await metrics(cdp);
  const c0 = pid ? treeCpuMs(pid) : null;
  const spin = await page.evaluate(([ms, keep, deg]) => window.audioTest.spin(ms, deg, keep), [WINDOW_MS, keepNarrating, degPerFrame] as const);
  const m1 = await metrics(cdp);
  const c1 = pid ? treeCpuMs(pid) : null;
  const seconds = spin.elapsedMs / 1000;
  return {
    mainMsPerS: ((m1.TaskDuration! - m0.TaskDuration!) * 1000) / seconds,
    scriptMsPerS: ((m1.ScriptDuration! - m0.ScriptDuration!) * 1000) / seconds,
    processMsPerS: c0 !== null && c1 !== null ? (c1 - c0) / seconds : null,
    frames: spin.frames,
  };
}

interface SamplingNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: SamplingNode[];
}

/** Bytes allocated in stacks that pass through the engine's listener code. */
function listenerBytes(node: SamplingNode, inside = false): number {
  const here = inside || (node.callFrame.url.includes('/src/audio/') && /setListenerOrientation|applyListener|listenerVectorsInto|flushListener/.test(node.callFrame.functionName));
  let sum = here ? node.selfSize : 0;
  for (const c of node.children) sum += listenerBytes(c, here);
  return sum;
}

export async function run() {
  ensureAudioFixtures();
  const dev = await serveDev();
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}`);
  const server = await chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const pid = server.process().pid ?? null;
  const browser = await chromium.connect(server.wsEndpoint());
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await openPage(page, dev.url, { memoryStorage: true });
    await page.evaluate(() => window.audioTest.spin(1000)); // warm-up

    // -- CPU per second: idle engine vs 1 bed + 8 sources + narration, listener turning every frame
    const idle: Window_[] = [];
    const playing: Window_[] = [];
    const still: Window_[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      log(`CPU round ${r + 1}/${ROUNDS}`);
      await page.evaluate(() => window.audioTest.enter('silent'));
      await page.waitForTimeout(1800);
      idle.push(await measureWindow(page, cdp, pid, false));
      await page.evaluate(() => window.audioTest.enter('bench'));
      const loaded = await page.evaluate(() => window.audioTest.waitFor('loaded', 10_000));
      if (!loaded) throw new Error('the bench scene did not load');
      await page.waitForTimeout(1600);
      const st = await page.evaluate(() => window.audioTest.stats());
      if (st.playing < 10) throw new Error(`expected 10 sounds playing (bed, 8 sources, narration), got ${st.playing}`);
      playing.push(await measureWindow(page, cdp, pid, true));
      still.push(await measureWindow(page, cdp, pid, true, 0));
    }
    const frames = median(playing.map((w) => w.frames)) / (WINDOW_MS / 1000);

    // -- setListenerOrientation: time and allocation per call
    log('listener cost');
    const hammerCalls = 200_000;
    const hammerRuns: number[] = [];
    for (let r = 0; r < 5; r++) hammerRuns.push(await page.evaluate((n) => window.audioTest.hammer(n), hammerCalls));
    const hammerMs = median(hammerRuns);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 16 });
    const spun = await page.evaluate(() => window.audioTest.spin(3000, 3, false));
    await page.evaluate((n) => window.audioTest.hammer(n), hammerCalls);
    const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
    const allocBytes = listenerBytes(profile.head);
    const calls = spun.frames + hammerCalls;

    // -- Howls and heap over walks through 20 scenes
    log('walking 20 scenes (twice)');
    await page.evaluate(() => window.audioTest.enter('silent'));
    await page.waitForTimeout(1700);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap0 = (await metrics(cdp)).JSHeapUsedSize!;
    const walk1 = await page.evaluate(() => window.audioTest.walk(20, 1000));
    await page.waitForTimeout(1700);
    const settled = await page.evaluate(() => window.audioTest.stats());
    await cdp.send('HeapProfiler.collectGarbage');
    const heap1 = (await metrics(cdp)).JSHeapUsedSize!;
    const walk2 = await page.evaluate(() => window.audioTest.walk(20, 1000));
    await page.waitForTimeout(1700);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap2 = (await metrics(cdp)).JSHeapUsedSize!;
    const maxHowls = Math.max(...walk1.map((c) => c.howls), ...walk2.map((c) => c.howls));
    const maxHowler = Math.max(...walk1.map((c) => c.howlerHowls), ...walk2.map((c) => c.howlerHowls));

    const idleMain = median(idle.map((w) => w.mainMsPerS));
    const playMain = median(playing.map((w) => w.mainMsPerS));
    const idleProc = idle.every((w) => w.processMsPerS !== null) ? median(idle.map((w) => w.processMsPerS!)) : NaN;
    const playProc = playing.every((w) => w.processMsPerS !== null) ? median(playing.map((w) => w.processMsPerS!)) : NaN;
    const stillProc = still.every((w) => w.processMsPerS !== null) ? median(still.map((w) => w.processMsPerS!)) : NaN;
    const setup = `1 bed + 8 HRTF sources + narration, listener turned every frame (~${frames.toFixed(0)} fps); median of ${ROUNDS} × ${WINDOW_MS / 1000}-s windows`;
    return {
      'play-main-thread-cpu': { value: round(playMain), unit: 'ms/s', note: `renderer main thread (CDP TaskDuration), ${setup}` },
      'play-main-thread-script': { value: round(median(playing.map((w) => w.scriptMsPerS))), unit: 'ms/s', note: 'of which JavaScript (CDP ScriptDuration)' },
      'idle-main-thread-cpu': { value: round(idleMain), unit: 'ms/s', note: 'same page, engine idle (no sounds), listener still turned every frame' },
      'play-process-cpu': { value: round(playProc), unit: 'ms/s', note: `all Chromium processes (/proc), incl. the audio rendering thread; ${setup}` },
      'idle-process-cpu': { value: round(idleProc), unit: 'ms/s', note: 'all Chromium processes, engine idle, listener turned every frame' },
      'play-still-process-cpu': { value: round(stillProc), unit: 'ms/s', note: 'all Chromium processes, same sounds, listener not moving (HRTF panners do not crossfade)' },
      'play-still-main-thread-cpu': { value: round(median(still.map((w) => w.mainMsPerS))), unit: 'ms/s', note: 'renderer main thread, same sounds, listener not moving' },
      'listener-update': { value: round((hammerMs * 1000) / hammerCalls, 3), unit: 'µs/call', note: `setListenerOrientation in a tight loop of ${hammerCalls} calls, median of 5 (direction computed every call; AudioParams written once per render quantum)` },
      'listener-alloc': { value: round(allocBytes / calls, 3), unit: 'B/call', note: `V8 sampling heap profiler (16-B interval) over ${spun.frames} rAF frames + ${hammerCalls} calls; stacks through the listener code` },
      'walk-20-howls-max': { value: maxHowls, unit: 'Howls', note: `engine Howls during two walks of 20 scenes (1 bed + 1 source each, prev/next as neighbours, 1 s per scene); howler's own count max ${maxHowler}` },
      'walk-20-howls-settled': { value: settled.howls, unit: 'Howls', note: `after the walk: last scene + its previous neighbour (howler holds ${settled.howlerHowls})` },
      'walk-20-heap': { value: round(heap1 / 1048576), unit: 'MB', note: `JS heap after GC following 20 scenes (before: ${round(heap0 / 1048576)} MB)` },
      'walk-20-heap-growth': { value: round((heap2 - heap1) / 1024, 1), unit: 'KB', note: 'JS heap change (after GC) over a second walk of 20 scenes: ~0 means no leak' },
    };
  } finally {
    await browser.close().catch(() => undefined);
    await server.close().catch(() => undefined);
    await dev.close();
  }
}
