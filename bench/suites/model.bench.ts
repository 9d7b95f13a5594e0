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

export async function run() {
  const text = serializeStory(fakeStory({ scenes: SCENES, hotspotsPerScene: HOTSPOTS }));
  const gc = (globalThis as { gc?: () => void }).gc;
  const wall = { load: [] as number[], lint: [] as number[], both: [] as number[] };
  const cpu = { load: [] as number[], lint: [] as number[], both: [] as number[] };
  for (let i = 0; i < WARMUP + RUNS; i++) {
    gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = loadStory(text);
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    if (!result.ok) throw new Error(`the generated story does not load: ${result.problems[0]?.message}`);
    const problems = lintStory(result.story);
    const t2 = performance.now();
    const c2 = process.cpuUsage();
    if (problems.some((p) => p.severity === 'error')) throw new Error('the generated story has lint errors');
    if (i < WARMUP) continue;
    wall.load.push(t1 - t0);
    wall.lint.push(t2 - t1);
    wall.both.push(t2 - t0);
    cpu.load.push(cpuMs(c1) - cpuMs(c0));
    cpu.lint.push(cpuMs(c2) - cpuMs(c1));
    cpu.both.push(cpuMs(c2) - cpuMs(c0));
  }
  const note = `median of ${RUNS} after ${WARMUP} warm-up; ${SCENES} scenes x ${HOTSPOTS} hotspots`;
  return {
    'validate-2000-scenes': { value: round(median(wall.load)), unit: 'ms', note: `loadStory from JSON text, ${note}` },
    'lint-2000-scenes': { value: round(median(wall.lint)), unit: 'ms', note: `lintStory, ${note}` },
    'validate+lint-2000-scenes': { value: round(median(wall.both)), unit: 'ms', note },
    'validate-2000-scenes-cpu': { value: round(median(cpu.load)), unit: 'ms', note: 'CPU time of the same runs' },
    'lint-2000-scenes-cpu': { value: round(median(cpu.lint)), unit: 'ms', note: 'CPU time of the same runs' },
    'validate+lint-2000-scenes-cpu': { value: round(median(cpu.both)), unit: 'ms', note: 'CPU time of the same runs' },
    'story-json-size': { value: round(text.length / 1024 / 1024), unit: 'MB', note: 'the generated story as pretty JSON text' },
  };
}
