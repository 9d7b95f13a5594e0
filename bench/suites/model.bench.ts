/**
 * The story model at scale: loading (parse, migrate, repair, validate) and linting a generated
 * 2,000-scene story with 4 hotspots per scene, from JSON text as the CLI and the editor get it.
 * Wall-clock medians are the headline figures; CPU-time medians (this process only) are given too,
 * since they stay meaningful when other work competes for the machine. All of it runs in Node, not
 * in a browser. load-2000-parse/-repair/-validate time loadStory's steps one by one, to show where
 * its time goes (validate+lint-2000-scenes is loadStory and lintStory together, as the CLI runs
 * them). loadStory checks with zod's compiled parser, as in the CLI and the hub (src/cli/main.ts);
 * a browser keeps zod's runtime parser, timed alone as load-2000-validate-runtime.
 * Contract: see bench/run.mjs.
 */
import { fakeStory } from '../../src/story/fake.ts';
import { lintStory } from '../../src/story/graph/lint.ts';
import { checkStory } from '../../src/story/io/check-story.ts';
import { loadStory, parseJsonText, serializeStory } from '../../src/story/io/load.ts';
import { repairStory } from '../../src/story/io/repair.ts';
import { installCompiledStoryParser } from '../../src/story/schema/compiled-story.ts';
import { parseStory, setStoryParser } from '../../src/story/schema/parse-story.ts';
import { Story } from '../../src/story/schema/story.ts';

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
  // As the `storyscape` command and its hub do (src/cli/main.ts); a browser uses zod's runtime parser.
  installCompiledStoryParser();
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

  // The editor's check (checkStory: validation and lint, each scene's findings kept): from scratch
  // on a story never checked, then after one edit, each run retitling another scene of the last
  // edited story (new objects along the path only, as the editor's changes make).
  // (Copies: the scenes of a story loadStory returned are known valid and would not be validated.)
  const fresh = Array.from({ length: WARMUP + RUNS }, () => structuredClone(story));
  let f = 0;
  const checkCold = measure(() => void checkStory(fresh[f++]!));
  fresh.length = 0;
  let edited = story;
  checkStory(edited);
  const edits = Array.from({ length: WARMUP + RUNS }, (_, k) => {
    const i = (k * 211) % SCENES;
    edited = { ...edited, scenes: edited.scenes.map((x, j) => (j === i ? { ...x, title: { ...x.title, en: `Edited ${k}` } } : x)) };
    return edited;
  });
  let e = 0;
  const checkEdit = measure(() => void checkStory(edits[e++]!));

  // What the editor does when it opens a story: loadStory of the value stored in IndexedDB (copied,
  // then checked with zod's runtime parser, a browser's; src/storage/records.ts), then checkStory
  // (useProblems). The scenes loadStory checked are not validated again (checked-scenes.ts).
  const stored = JSON.parse(text) as unknown;
  setStoryParser(null);
  const editorOpen = measure(() => {
    const r = loadStory(stored);
    if (r.ok) checkStory(r.story);
  });
  installCompiledStoryParser();

  // loadStory's steps one by one (migration is nothing for a current story): where its time goes.
  const parse = measure(() => void parseJsonText(text));
  const copies = Array.from({ length: WARMUP + RUNS }, () => JSON.parse(text) as Record<string, unknown>);
  let next = 0;
  const repair = measure(() => void repairStory(copies[next++]!, { inPlace: true }));
  const repaired = repairStory(JSON.parse(text) as Record<string, unknown>).doc;
  const validate = measure(() => void parseStory(repaired));
  const runtime = measure(() => void Story.safeParse(repaired));
  copies.length = 0;

  const note = `median of ${RUNS} after ${WARMUP} warm-up; ${SCENES} scenes x ${HOTSPOTS} hotspots`;
  const step = `one step of loadStory, in Node (${process.version}), ${note}`;
  return {
    'validate-2000-scenes': { value: load.wall, unit: 'ms', note: `loadStory from JSON text, ${note}` },
    'lint-2000-scenes': { value: lint.wall, unit: 'ms', note: `lintStory of the loaded story, ${note}` },
    'validate+lint-2000-scenes': { value: both.wall, unit: 'ms', note: `both, as the CLI does, ${note}` },
    'check-2000-scenes-cold': { value: checkCold.wall, unit: 'ms', note: `the editor's check (checkStory: validation with zod's runtime parser, as a browser has it (slower still where the hub sets jitless), and lint) of a story never checked before (a copy of a loaded one: a story straight from loadStory is not validated again, see editor-open-check-2000-scenes); CPU ${checkCold.cpu} ms; ${note}` },
    'validate+lint-after-one-edit-2000-scenes': { value: checkEdit.wall, unit: 'ms', note: `the editor's check (checkStory) after one edit (a scene's title) to a story checked before: the changed scene is validated and linted again, the story-wide checks (ids, start, reachability, media list) run whole; CPU ${checkEdit.cpu} ms; ${note}` },
    'editor-open-check-2000-scenes': { value: editorOpen.wall, unit: 'ms', note: `what the editor does on opening a story: loadStory of the stored value (a copy, repaired, validated with zod's runtime parser as in a browser), then its check (checkStory: lint; the scenes loadStory validated are not validated again); CPU ${editorOpen.cpu} ms; ${note}` },
    'validate-2000-scenes-cpu': { value: load.cpu, unit: 'ms', note: 'CPU time (this process) of the runs above' },
    'lint-2000-scenes-cpu': { value: lint.cpu, unit: 'ms', note: 'CPU time (this process) of the runs above' },
    'validate+lint-2000-scenes-cpu': { value: both.cpu, unit: 'ms', note: 'CPU time (this process) of the runs above' },
    'load-2000-parse': { value: parse.wall, unit: 'ms', note: `JSON text to a value: nesting-depth check of the text, then JSON.parse; ${step}; CPU ${parse.cpu} ms` },
    'load-2000-repair': { value: repair.wall, unit: 'ms', note: `repair-on-load of a freshly parsed value, in place (nothing to repair); ${step}; CPU ${repair.cpu} ms` },
    'load-2000-validate': { value: validate.wall, unit: 'ms', note: `parseStory of the repaired value (zod's compiled parser, z.compile, as loadStory uses it in the CLI and the hub); ${step}; CPU ${validate.cpu} ms` },
    'load-2000-validate-runtime': { value: runtime.wall, unit: 'ms', note: `zod's runtime Story.safeParse of the same value, for comparison (what loadStory uses in a browser); CPU ${runtime.cpu} ms` },
    'story-json-size': { value: round(text.length / 1024 / 1024), unit: 'MB', note: 'the generated story as pretty JSON text' },
  };
}
