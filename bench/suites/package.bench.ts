/**
 * Story packages at size: pack and unpack a story with 40 panoramas of 4096×2048, each 2–4 MB of
 * random bytes behind a real JPEG header (not decodable pictures: the package code only reads
 * headers, hashes and copies, so random bytes cost what real JPEG data costs). ~120 MB of media.
 *
 * Media are read from temp files (disk-backed Blobs, as the CLI does), the package is written to
 * and read from a temp file. Figures: wall-clock seconds (median), and the peak rise of RSS and of
 * ArrayBuffer memory above the level before the run, sampled every 5 ms and at every chunk.
 * - pack: writePackage with the default pure-JS sha-256 (what the editor uses in a browser).
 * - unpack: readPackage into Blobs kept in memory (the editor's path: Node keeps Blobs in RAM, so
 *   the media size itself shows up here; browsers move big Blobs to disk).
 * - unpack-verify: readPackage with a store that drops the bytes: the reader's own overhead.
 * - *-native-sha256: the same with Node's OpenSSL sha-256 (the CLI's choice).
 * Contract: see bench/run.mjs.
 */
import { openAsBlob } from 'node:fs';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeStory } from '../../src/story/fake.ts';
import { Story } from '../../src/story/schema/index.ts';
import { readPackage, writePackage, type AssetStore } from '../../src/story/io/package/index.ts';
import { fakeImage, fillerBytes } from '../../src/story/io/package/fake-media.ts';
import { nodeSha256 } from '../../src/story/hash-node.ts';
import type { Sha256Factory } from '../../src/story/hash.ts';

const ASSETS = 40;
const RUNS = 3;
const MB = 1024 * 1024;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Samples memory while `work` runs; returns seconds and peak rises (MB) above the start. */
async function measure(work: (sample: () => void) => Promise<void>) {
  gc();
  const base = process.memoryUsage();
  let rss = base.rss;
  let ab = base.arrayBuffers;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > rss) rss = m.rss;
    if (m.arrayBuffers > ab) ab = m.arrayBuffers;
  };
  const timer = setInterval(sample, 5);
  const t0 = performance.now();
  try {
    await work(sample);
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - t0) / 1000;
  sample();
  return { seconds, rss: (rss - base.rss) / MB, arrayBuffers: (ab - base.arrayBuffers) / MB };
}

export async function run() {
  const dir = await mkdtemp(join(tmpdir(), 'storyscape-bench-'));
  try {
    // 40 JPEG-like panoramas, 2–4 MB each, written to disk.
    const files = new Map<string, string>();
    const panoramas = [];
    let mediaBytes = 0;
    for (let i = 0; i < ASSETS; i++) {
      const size = Math.round(2 * MB + ((i * 7919) % 41) * (2 * MB / 40));
      const { asset, bytes } = fakeImage({ width: 4096, height: 2048, payload: fillerBytes(size, i + 1), name: `pano-${i + 1}.jpg` });
      const path = join(dir, `${asset.id}.jpg`);
      await writeFile(path, bytes);
      files.set(asset.id, path);
      panoramas.push(asset);
      mediaBytes += bytes.length;
    }
    const story = Story.parse(fakeStory({ scenes: ASSETS, panoramas, hotspotsPerScene: 3 }));
    const pkgPath = join(dir, 'story.storyscape');

    const pack = async (sha256?: Sha256Factory) =>
      measure(async (sample) => {
        const fh = await open(pkgPath, 'w');
        try {
          const reader = writePackage(story, async (id) => openAsBlob(files.get(id)!), { appVersion: 'bench', ...(sha256 ? { sha256 } : {}) }).getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            await fh.write(value);
            sample();
          }
        } finally {
          await fh.close();
        }
      });
    const dropStore: AssetStore = {
      begin: () => ({ write() {}, finish: async (mime) => new Blob([], { type: mime }), abort() {} }),
    };
    const unpack = (sha256?: Sha256Factory, store?: AssetStore) =>
      measure(async (sample) => {
        const result = await readPackage(await openAsBlob(pkgPath), { ...(sha256 ? { sha256 } : {}), ...(store ? { assetStore: store } : {}) });
        if (!result.ok) throw new Error(`unpack failed: ${result.problems[0]?.message}`);
        if (result.assets.size !== ASSETS) throw new Error('not every asset came back');
        sample(); // with every Blob still alive
      });

    const series = async (f: () => Promise<{ seconds: number; rss: number; arrayBuffers: number }>) => {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await f());
      return { seconds: median(runs.map((r) => r.seconds)), rss: Math.max(...runs.map((r) => r.rss)), arrayBuffers: Math.max(...runs.map((r) => r.arrayBuffers)) };
    };

    await pack(nodeSha256); // warm-up
    const packJs = await series(() => pack());
    const packNative = await series(() => pack(nodeSha256));
    const { size: packageBytes } = await openAsBlob(pkgPath);
    await unpack(nodeSha256); // warm-up
    const unpackJs = await series(() => unpack());
    const unpackNative = await series(() => unpack(nodeSha256));
    const verifyNative = await series(() => unpack(nodeSha256, dropStore));

    const media = `${ASSETS} JPEG-like 4096x2048 assets (random bytes behind a real JPEG header), ${round(mediaBytes / MB, 0)} MB`;
    const note = (s: string) => `${s}; ${media}; median of ${RUNS}`;
    const peak = (s: string) => `peak rise above the start, sampled every 5 ms and per chunk; ${s}`;
    return {
      'package-size': { value: round(packageBytes / MB, 1), unit: 'MB', note: media },
      'pack-seconds': { value: round(packJs.seconds), unit: 's', note: note('writePackage to a file, pure-JS sha-256 (browser path)') },
      'pack-peak-rss': { value: round(packJs.rss, 0), unit: 'MB', note: peak('pack, pure-JS sha-256') },
      'pack-peak-array-buffers': { value: round(packJs.arrayBuffers, 0), unit: 'MB', note: peak('pack, pure-JS sha-256') },
      'pack-seconds-native-sha256': { value: round(packNative.seconds), unit: 's', note: note('writePackage to a file, Node sha-256 (CLI path)') },
      'unpack-seconds': { value: round(unpackJs.seconds), unit: 's', note: note('readPackage from a file into in-memory Blobs, pure-JS sha-256 (browser path)') },
      'unpack-peak-rss': { value: round(unpackJs.rss, 0), unit: 'MB', note: peak('unpack into in-memory Blobs: includes the media themselves') },
      'unpack-peak-array-buffers': { value: round(unpackJs.arrayBuffers, 0), unit: 'MB', note: peak('unpack into in-memory Blobs') },
      'unpack-seconds-native-sha256': { value: round(unpackNative.seconds), unit: 's', note: note('readPackage into in-memory Blobs, Node sha-256') },
      'unpack-verify-seconds-native-sha256': { value: round(verifyNative.seconds), unit: 's', note: note('readPackage checking everything, bytes dropped (the reader alone)') },
      'unpack-verify-peak-rss': { value: round(verifyNative.rss, 0), unit: 'MB', note: peak('reader alone: streaming, media not kept') },
      'unpack-verify-peak-array-buffers': { value: round(verifyNative.arrayBuffers, 0), unit: 'MB', note: peak('reader alone') },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
