/**
 * Twine import figures (for bench/suites/import.bench.ts): a generated Twee story of 150 and of 5,000 passages,
 * written like real Harlowe stories (variables, (if:) branches, links inside hooks), imported with
 * importFiles and packed with writePackage (Node sha-256, as the CLI does). Seconds are medians.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importFiles } from '../../src/story/io/importers/index.ts';
import { writePackage } from '../../src/story/io/package/index.ts';
import { nodeSha256 } from '../../src/story/hash-node.ts';
import { streamBytes } from './stream-bytes.ts';

type Figures = Record<string, { value: number; unit: string; note?: string }>;

const ROOT = resolve(import.meta.dirname, '../..');
const placeholder = new Uint8Array(readFileSync(resolve(ROOT, 'workshops/templates/my-place/media/your-360-photo-here.jpg')));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** A Harlowe story of `n` passages: each sets a counter, shows text by a condition and links on two ways. */
export function generatedTwee(n: number): string {
  const name = (i: number) => `Passage ${i % n}`;
  const out = [':: StoryTitle\nGenerated story', `:: StoryData\n{"ifid":"00000000-0000-4000-8000-000000000000","format":"Harlowe","format-version":"3.3.9","start":"${name(0)}"}`];
  for (let i = 0; i < n; i++) {
    out.push(
      `:: ${name(i)} {"position":"${(i % 40) * 150},${Math.floor(i / 40) * 150}"}\n` +
        `(set: $steps to it + 1)You are in room ${i}. The walls are **old** and //quiet//.\n` +
        `(if: $steps > 10)[You have walked a long way.](else:)[You feel fresh.]\n` +
        `(link: "Take the lamp")[(set: $lamp to true)(go-to: "${name(i + 1)}")]\n` +
        `(if: $lamp is true)[[[Go on in the light->${name(i + 7)}]]]\n[[Back->${name(i + n - 1)}]]`,
    );
  }
  return out.join('\n\n') + '\n';
}

function packageBytes(story: Parameters<typeof writePackage>[0], media: Map<string, { bytes: Uint8Array }>): Promise<number> {
  return streamBytes(writePackage(story, async (id) => media.get(id)?.bytes ?? null, { appVersion: 'bench', sha256: nodeSha256 }));
}

async function measure(n: number, runs: number): Promise<{ seconds: number; packSeconds: number; bytes: number; scenes: number }> {
  const file = { path: `generated-${n}.twee`, bytes: new TextEncoder().encode(generatedTwee(n)) };
  const times: number[] = [];
  const packTimes: number[] = [];
  let bytes = 0;
  let scenes = 0;
  for (let r = 0; r < runs + 1; r++) {
    const t0 = performance.now();
    const outcome = importFiles([file], { placeholder });
    const t1 = performance.now();
    if (!outcome.ok) throw new Error(outcome.message);
    const [result] = outcome.results;
    bytes = await packageBytes(result!.story, result!.media);
    const t2 = performance.now();
    scenes = result!.story.scenes.length;
    if (r === 0) continue; // warm-up
    times.push((t1 - t0) / 1000);
    packTimes.push((t2 - t1) / 1000);
  }
  return { seconds: median(times), packSeconds: median(packTimes), bytes, scenes };
}

export async function twineFigures(): Promise<Figures> {
  const figures: Figures = {};
  for (const [n, runs] of [[150, 5], [5000, 3]] as const) {
    process.stderr.write(`import: Twee story of ${n} passages…\n`);
    const m = await measure(n, runs);
    if (m.scenes !== n) throw new Error(`expected ${n} scenes, got ${m.scenes}`);
    const note = `generated Harlowe Twee story, ${n} passages with variables, conditions and links in hooks; median of ${runs}`;
    figures[`twee-${n}-import-seconds`] = { value: round(m.seconds), unit: 's', note: `importFiles; ${note}` };
    figures[`twee-${n}-package-seconds`] = { value: round(m.packSeconds), unit: 's', note: `writePackage in memory, Node sha-256; ${note}` };
    figures[`twee-${n}-package-kb`] = { value: round(m.bytes / 1024, 1), unit: 'KiB', note: `size of the .storyscape package (one shared placeholder picture); ${note}` };
  }
  return figures;
}
