#!/usr/bin/env node
// Renders the five sample panoramas of Storyscape's built-in story
// ("The Town Square", "The Park Path", "The Harbour", "The Forest Clearing",
// "The Lookout Hill") with three.js inside headless Chromium and writes them as
// 4096x2048 equirectangular JPEGs (plus 512x256 thumbnails) to assets/sample/.
//
// Everything is procedural: geometry is built from three.js primitives,
// textures are painted into DataTextures from a seeded PRNG (mulberry32), and
// no external image is used, so the output is reproducible.
//
// Panorama convention (shared with the player and scripts/make-orientation-panorama.mjs):
//   image centre (u = 0.5) = yaw 0 = looking toward three.js -Z ("forward"),
//   u = 0.75 = yaw +90 = +X ("right"), top row = pitch +90 = +Y ("up").
//   dir(yaw, pitch) = (sin(yaw) cos(pitch), sin(pitch), -cos(yaw) cos(pitch))
//
// How: each place is rendered once into a cube map (CubeCamera at eye height
// 1.6 m above the origin), then a full-screen shader resamples the cube into the
// equirectangular image (2x2 supersampled, ACES tone mapping, sRGB) which the
// browser encodes as JPEG; the bytes come back to Node via page.evaluate.
// The page side lives in scripts/panoramas/: one module per place (places/),
// the shared kit (kit/: noise, textures, geometry, sky, vegetation, ...) and
// the page entry (sample-page.js); scripts/panoramas/browser.mjs serves them.
//
// Usage:
//   node scripts/make-sample-panoramas.mjs            render all five
//   node scripts/make-sample-panoramas.mjs --only=square,hill
//   node scripts/make-sample-panoramas.mjs --check    also write
//        tests/fixtures/generated/quarters.png and verify the cube->equirect
//        pipeline against it at full size
//   --preview      quick low-resolution render (1024x512) into --out
//   --out=DIR      output directory (default assets/sample)
//   --cube=N       cube face size (default 2048)
//   --debug=LIST   development aids, comma-separated: cpu (print the browser's
//                  CPU seconds per place), noshadow, nocards, noinst, nograss
//
// Every run first renders a small direction-coloured sphere through the same
// cube->equirect pass and aborts if left/right/front/back come out wrong.
// SwiftShader renders on the CPU: all five take roughly 350 CPU seconds
// (about 3-4 minutes on two idle cores). Chromium comes from CHROMIUM_PATH or
// /usr/bin/chromium.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUARTER_COLOURS, writeQuartersPng, DEFAULT_OUT as QUARTERS_OUT } from './make-orientation-panorama.mjs';
import { checkOrientation, openPanoramaPage } from './panoramas/browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const PLACES = ['square', 'park', 'harbour', 'forest', 'hill'];

function parseArgs(argv) {
  const opts = { only: PLACES, check: false, preview: false, out: join(ROOT, 'assets/sample'), cube: 2048 };
  for (const a of argv) {
    const [k, v] = a.replace(/^--/, '').split('=');
    if (k === 'only') opts.only = v.split(',').filter(Boolean);
    else if (k === 'check') opts.check = true;
    else if (k === 'preview') opts.preview = true;
    else if (k === 'out') opts.out = resolve(v);
    else if (k === 'cube') opts.cube = Number(v);
    else if (k === 'debug') opts.debug = v;
    else throw new Error(`unknown option ${a}`);
  }
  for (const p of opts.only) if (!PLACES.includes(p)) throw new Error(`unknown place ${p} (known: ${PLACES.join(', ')})`);
  return opts;
}

// CPU seconds used so far by all descendants of this process (Linux /proc), for --debug=cpu.
function childCpuSeconds() {
  const tck = 100;
  const kids = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      kids.set(Number(d), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / tck });
    } catch {
      // process went away
    }
  }
  let sum = 0;
  const isMine = (pid) => {
    for (let p = pid, i = 0; p > 1 && i < 50; i++) {
      if (p === process.pid) return true;
      p = kids.get(p)?.ppid ?? 0;
    }
    return false;
  };
  for (const [pid, k] of kids) if (pid !== process.pid && isMine(pid)) sum += k.cpu;
  return sum;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const width = opts.preview ? 1024 : 4096;
  const height = width / 2;
  const cube = opts.preview ? Math.min(opts.cube, 512) : opts.cube;
  mkdirSync(opts.out, { recursive: true });

  const { page, close } = await openPanoramaPage('sample-page.js');
  try {
    if (opts.check) {
      const q = writeQuartersPng();
      console.log(`wrote ${q.out}`);
      const full = await checkOrientation(page, 2048, 1024);
      const ok = full.badFraction < 0.001;
      console.log(`orientation check (three.js cube -> equirect vs quarters.png): ${ok ? 'OK' : 'FAILED'}; ${(full.badFraction * 100).toFixed(3)} % pixels differ; samples ${JSON.stringify(full.samples)}`);
      console.log(`expected ${JSON.stringify(QUARTER_COLOURS)} (reference: ${QUARTERS_OUT})`);
      if (!ok) process.exitCode = 1;
    }

    for (const name of opts.only) {
      const t0 = Date.now();
      const cpu0 = opts.debug?.includes('cpu') ? childCpuSeconds() : 0;
      const r = await page.evaluate(
        ([n, o]) => window.renderPlace(n, o),
        [name, { cube, width, height, quality: 0.85, thumb: [512, 256], debug: opts.debug }],
      );
      writeFileSync(join(opts.out, `${name}.jpg`), Buffer.from(r.jpeg, 'base64'));
      writeFileSync(join(opts.out, `${name}.thumb.jpg`), Buffer.from(r.thumb, 'base64'));
      const s = ((Date.now() - t0) / 1000).toFixed(1);
      if (opts.debug?.includes('cpu')) console.log(`${name}: browser CPU ${(childCpuSeconds() - cpu0).toFixed(1)} s`);
      console.log(
        `${name}: ${s} s (build ${(r.buildMs / 1000).toFixed(1)} s, cube ${(r.cubeMs / 1000).toFixed(1)} s, equirect ${(r.equirectMs / 1000).toFixed(1)} s, encode ${(r.encodeMs / 1000).toFixed(1)} s) -> ${join(opts.out, name + '.jpg')}`,
      );
    }
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
