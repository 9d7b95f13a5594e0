/**
 * The Pannellum half of the import bench: a 34-scene museum tour (the size of the real one in issue
 * #20), generated from the harness photo tests/fixtures/media/examplepano.jpg (4096×2048, 1.9 MB):
 * each scene gets its own copy made distinct by a JPEG comment, so the package holds 34 real photos,
 * as a real tour's would. Every scene has two links (one without words, one turning the view on
 * arrival) and an HTML info card. Figures: seconds to import (importFiles, median), seconds to write
 * the package (writePackage with Node's sha-256, median), the package's size, and how many lines the
 * report has (the same kind of change is one line, however many scenes it happened in).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importFiles, reportText, type ImportFile } from '../../src/story/io/importers/index.ts';
import { writePackage } from '../../src/story/io/package/index.ts';
import { nodeSha256 } from '../../src/story/hash-node.ts';
import { streamBytes } from './stream-bytes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCENES = 34;
const RUNS = 3;

type Figures = Record<string, { value: number; unit: string; note?: string }>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

/** The photo with a comment segment (FF FE) right after the start marker: same picture, different bytes. */
function distinctPhoto(jpeg: Uint8Array, n: number): Uint8Array {
  const note = new TextEncoder().encode(`scene ${n}`);
  const segment = new Uint8Array([0xff, 0xfe, 0, note.length + 2, ...note]);
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}

export function museumTour(): ImportFile[] {
  const photo = new Uint8Array(readFileSync(resolve(ROOT, 'tests/fixtures/media/examplepano.jpg')));
  const id = (i: number) => `room-${(i + SCENES) % SCENES}`;
  const scenes = Object.fromEntries(
    Array.from({ length: SCENES }, (_, i) => [
      id(i),
      {
        title: `Room ${i + 1}`,
        panorama: `pano/room-${i}.jpg`,
        hfov: 100,
        hotSpots: [
          { type: 'scene', sceneId: id(i + 1), yaw: 30, pitch: -5, text: '', targetYaw: 120 },
          { type: 'scene', sceneId: id(i - 1), yaw: -150, pitch: -5, text: `Back to room ${((i + SCENES - 1) % SCENES) + 1}` },
          { type: 'info', yaw: 80, pitch: 4, text: `<h3>Showcase ${i + 1}</h3><p>Objects from the <b>${1800 + i * 5}s</b>.</p><p>Ask the guide for more.</p>` },
        ],
      },
    ]),
  );
  const config = JSON.stringify({ default: { firstScene: id(0), title: 'Museum tour' }, scenes });
  return [{ path: 'tour/tour.json', bytes: new TextEncoder().encode(config) }, ...Array.from({ length: SCENES }, (_, i) => ({ path: `tour/pano/room-${i}.jpg`, bytes: distinctPhoto(photo, i) }))];
}

export async function pannellumTourFigures(): Promise<Figures> {
  const files = museumTour();
  const photoMb = files[1]!.bytes.length / 1024 / 1024;
  const placeholder = new Uint8Array(readFileSync(resolve(ROOT, 'workshops/templates/my-place/media/your-360-photo-here.jpg')));
  const importTimes: number[] = [];
  const writeTimes: number[] = [];
  let size = 0;
  let lines = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    const t0 = performance.now();
    const outcome = importFiles(files, { placeholder });
    const t1 = performance.now();
    if (!outcome.ok) throw new Error(outcome.message);
    const result = outcome.results[0]!;
    if (result.story.scenes.length !== SCENES || result.report.placeholders !== 0) throw new Error('the bench tour did not import whole');
    size = await streamBytes(writePackage(result.story, async (assetId) => result.media.get(assetId)?.bytes ?? null, { appVersion: 'bench', sha256: nodeSha256 }));
    const t2 = performance.now();
    lines = reportText(result).split('\n').filter((l) => l.startsWith('  - ')).length;
    if (run === 0) continue; // warm-up
    importTimes.push((t1 - t0) / 1000);
    writeTimes.push((t2 - t1) / 1000);
  }
  return {
    'pannellum-34-scenes-import': { value: round(median(importTimes), 3), unit: 's', note: `importFiles, ${SCENES} scenes with their 4096×2048 photos, median of ${RUNS}` },
    'pannellum-34-scenes-package-write': { value: round(median(writeTimes), 3), unit: 's', note: `writePackage (Node sha-256) of the imported story, median of ${RUNS}` },
    'pannellum-34-scenes-package-size': { value: round(size / 1024 / 1024), unit: 'MB', note: `the .storyscape package: ${SCENES} photos of ${photoMb.toFixed(1)} MB each` },
    'pannellum-34-scenes-report-lines': { value: lines, unit: 'lines', note: `report lines for ${SCENES * 3} hotspots (each kind of change once, with a count)` },
  };
}
