/**
 * The story model at scale: loading (parse, migrate, repair, validate) and linting a generated
 * 2,000-scene story with 4 hotspots per scene, from JSON text as the CLI and the editor get it.
 * Wall-clock medians are the headline figures; CPU-time medians (this process only) are given too,
 * since they stay meaningful when other work competes for the machine. Contract: see bench/run.mjs.
 */
import { fakeStory } from '../../src/story/fake.ts';
import { lintStory } from '../../src/story/graph/lint.ts';
import { loadStory, serializeStory } from '../../src/story/io/load.ts';

const SCENES = 2000;
const HOTSPOTS = 4;
const WARMUP = 3;
const RUNS = 9;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (v: number) => Math.round(v * 100) / 100;
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

interface Timing {
  wall: number;
  cpu: number;
}

/**
 * Runs `fn` WARMUP + RUNS times and returns the medians. No forced GC between runs: a full GC
 * (node --expose-gc) made the next lint 3x slower, which says more about the GC than about lint.
 */
function measure(fn: () => void): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    if (i < WARMUP) continue;
    wall.push(t1 - t0);
    cpu.push(cpuMs(c1) - cpuMs(c0));
  }
  return { wall: round(median(wall)), cpu: round(median(cpu)) };
}

export async function run() {
  const text = serializeStory(fakeStory({ scenes: SCENES, hotspotsPerScene: HOTSPOTS }));
  const loaded = loadStory(text);
  if (!loaded.ok) throw new Error(`the generated story does not load: ${loaded.problems[0]?.message}`);
  if (lintStory(loaded.story).some((p) => p.severity === 'error')) throw new Error('the generated story has lint errors');
  const story = loaded.story;

  const load = measure(() => void loadStory(text));
  const lint = measure(() => void lintStory(story));
  const both = measure(() => {
    const r = loadStory(text);
    if (r.ok) lintStory(r.story);
  });

  const note = `median of ${RUNS} after ${WARMUP} warm-up; ${SCENES} scenes x ${HOTSPOTS} hotspots`;
  return {
    'validate-2000-scenes': { value: load.wall, unit: 'ms', note: `loadStory from JSON text, ${note}` },
    'lint-2000-scenes': { value: lint.wall, unit: 'ms', note: `lintStory of the loaded story, ${note}` },
    'validate+lint-2000-scenes': { value: both.wall, unit: 'ms', note: `both, as the CLI does, ${note}` },
    'validate-2000-scenes-cpu': { value: load.cpu, unit: 'ms', note: 'CPU time (this process) of the runs above' },
    'lint-2000-scenes-cpu': { value: lint.cpu, unit: 'ms', note: 'CPU time (this process) of the runs above' },
    'validate+lint-2000-scenes-cpu': { value: both.cpu, unit: 'ms', note: 'CPU time (this process) of the runs above' },
    'story-json-size': { value: round(text.length / 1024 / 1024), unit: 'MB', note: 'the generated story as pretty JSON text' },
  };
}
