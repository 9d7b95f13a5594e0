#!/usr/bin/env node
/**
 * Benchmark runner: `npm run bench` (all suites) or `npm run bench -- --only model`.
 *
 * SUITE CONTRACT (for everyone adding a suite):
 * - A suite is a file `bench/suites/<name>.bench.ts` (TypeScript, run through tsx; no build step).
 * - It exports `async function run(): Promise<Figures>` where
 *     Figures = { [figureName: string]: { value: number; unit: string; note?: string } }
 *   e.g. { 'lint-2000-scenes': { value: 12.3, unit: 'ms', note: 'median of 9 runs' } }.
 *   Use stable figure names (they are compared across commits) and say in `note` what was measured.
 * - It does its own warm-up and repetitions (report medians for times) and must finish on its own,
 *   in well under a few minutes on a 2-core machine. It may print progress to stderr, never to stdout.
 * - Each suite runs in its own Node process (node --import tsx), so suites do not disturb each other.
 *
 * The runner merges the figures into bench/results.json under `suites.<name>` (other suites' last
 * figures are kept, so `--only` updates just one), with the date, Node version and CPU count, and
 * prints a table. It exits 1 when a suite fails (the others still run).
 */
import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const suitesDir = join(here, 'suites');
const resultsFile = join(here, 'results.json');

// Child mode: import one suite, run it, send its figures to the parent.
if (process.argv[2] === '--child') {
  const file = process.argv[3];
  try {
    const suite = await import(pathToFileURL(file).href);
    if (typeof suite.run !== 'function') throw new Error(`${basename(file)} does not export async function run()`);
    const figures = await suite.run();
    process.send({ ok: true, figures });
  } catch (e) {
    process.send({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
  process.disconnect();
} else {
  await main();
}

function parseArgs(argv) {
  const args = { only: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') args.only = argv[++i] ?? null;
    else if (argv[i].startsWith('--only=')) args.only = argv[i].slice(7);
    else if (argv[i] === '--help' || argv[i] === '-h') args.help = true;
    else throw new Error(`Unknown argument ${argv[i]}. Usage: node bench/run.mjs [--only NAME]`);
  }
  return args;
}

function runSuite(file) {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', file], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let answer = null;
    child.on('message', (m) => (answer = m));
    child.on('exit', (code) =>
      resolve(answer ?? { ok: false, error: `the suite process ended (exit code ${code}) without figures` }),
    );
  });
}

function isFigures(v) {
  return (
    typeof v === 'object' &&
    v !== null &&
    Object.values(v).every((f) => typeof f === 'object' && f !== null && typeof f.value === 'number' && typeof f.unit === 'string')
  );
}

function table(rows) {
  const head = ['suite', 'figure', 'value', 'unit', 'note'];
  const cells = rows.map((r) => [r.suite, r.name, formatValue(r.value), r.unit, r.note ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => (i === 2 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function formatValue(v) {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

/**
 * Merges one suite's figures into bench/results.json as soon as it finishes, re-reading the file
 * right before writing: two bench runs at once (e.g. `--only a` and `--only b`) then keep each
 * other's figures instead of the last writer dropping the other's suites.
 */
function saveSuite(name, suite, header) {
  const current = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
  const merged = { ...header, suites: { ...(current.suites ?? {}), [name]: suite } };
  writeFileSync(resultsFile, JSON.stringify(merged, null, 2) + '\n');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log('Usage: node bench/run.mjs [--only NAME]   (suites: bench/suites/NAME.bench.ts)');
    return;
  }
  const all = existsSync(suitesDir)
    ? readdirSync(suitesDir)
        .filter((f) => f.endsWith('.bench.ts'))
        .sort()
    : [];
  const names = all.map((f) => f.replace(/\.bench\.ts$/, ''));
  const chosen = args.only ? names.filter((n) => n === args.only) : names;
  if (chosen.length === 0) {
    console.error(args.only ? `No suite "${args.only}". Suites: ${names.join(', ') || '(none)'}` : 'No suites in bench/suites/.');
    process.exitCode = 2;
    return;
  }

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    platform: `${process.platform}-${process.arch}`,
    // 1-minute load average when the run started: above the CPU count, other work was competing.
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
  };
  const rows = [];
  let failed = 0;
  for (const name of chosen) {
    process.stderr.write(`bench: running ${name}…\n`);
    const started = Date.now();
    const answer = await runSuite(join(suitesDir, `${name}.bench.ts`));
    if (!answer.ok || !isFigures(answer.figures)) {
      failed++;
      console.error(`bench: suite ${name} failed: ${answer.ok ? 'run() must return { name: { value, unit, note? } }' : answer.error}`);
      continue;
    }
    const suite = {
      date: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 100) / 10,
      loadAverage: results.loadAverage,
      figures: answer.figures,
    };
    saveSuite(name, suite, results);
    for (const [figure, f] of Object.entries(answer.figures)) rows.push({ suite: name, name: figure, ...f });
  }
  if (rows.length) console.log(table(rows));
  console.log(
    `\n${rows.length} figures from ${chosen.length - failed} suite(s) on Node ${results.node}, ${results.cpus} CPUs (load average ${results.loadAverage}); written to bench/results.json`,
  );
  if (results.loadAverage > results.cpus) console.log('Note: the machine was busy with other work; times are higher than usual.');
  if (failed) process.exitCode = 1;
}
