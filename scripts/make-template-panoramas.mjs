#!/usr/bin/env node
// Renders the workshop templates' panoramas in headless Chromium and writes them as 4096x2048
// equirectangular JPEGs (quality 0.8) into workshops/templates/<template>/media/:
//
//   placeholder   "Your 360° photo goes here": a 2D-canvas picture with a camera icon, instructions in
//                 English and Norwegian Bokmål (readable from the centre view, yaw 0, and repeated at
//                 yaw ±120), a soft grid and the horizon. Same bytes in every template that uses it.
//   cafe, books, street
//                 language-cafe: a library café, the library's bookshelves, the bus stop outside
//   valley, bridge, under, meadow, meadow-shared
//                 legend-retold: a low-poly storybook world for "The Troll Under the Bridge"
//
// Everything is procedural (three.js primitives, canvas textures, a seeded PRNG), so the pictures are
// reproducible. Text is drawn in Atkinson Hyperlegible (the app's font, from node_modules).
//
// Panorama convention (src/story/schema/common.ts): image centre (u = 0.5) = yaw 0 = three.js -Z,
// u = 0.75 = yaw +90 = +X, top row = pitch +90. Each 3D place is rendered into a cube map and
// resampled into the equirectangular image, as scripts/make-sample-panoramas.mjs does; a quick
// direction check runs first and stops the script if the resampling is mirrored or turned.
// The page side lives in scripts/panoramas/: one module per picture (places/), the kit they share
// (kit/) and the page entry (template-page.js); scripts/panoramas/browser.mjs serves them.
//
// Usage:
//   node scripts/make-template-panoramas.mjs                     render everything
//   node scripts/make-template-panoramas.mjs --only=placeholder,cafe
//   node scripts/make-template-panoramas.mjs --preview --out=/tmp/p   quick 1024x512 renders into one folder
// Then run `node scripts/make-template-stories.mjs` to rewrite the templates' story.json files.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPanoramaPage } from './panoramas/browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATES = join(ROOT, 'workshops/templates');

/** Picture -> the template files it is written to (the placeholder goes to every template that needs it). */
export const OUTPUTS = {
  placeholder: ['my-place/media/your-360-photo-here.jpg', 'local-history-walk/media/your-360-photo-here.jpg'],
  cafe: ['language-cafe/media/cafe.jpg'],
  books: ['language-cafe/media/books.jpg'],
  street: ['language-cafe/media/street.jpg'],
  valley: ['legend-retold/media/valley.jpg'],
  bridge: ['legend-retold/media/bridge.jpg'],
  under: ['legend-retold/media/under.jpg'],
  meadow: ['legend-retold/media/meadow.jpg'],
  'meadow-shared': ['legend-retold/media/meadow-shared.jpg'],
};

function parseArgs(argv) {
  const opts = { only: Object.keys(OUTPUTS), preview: false, out: null, cube: 2048 };
  for (const a of argv) {
    const [k, v] = a.replace(/^--/, '').split('=');
    if (k === 'only') opts.only = v.split(',').filter(Boolean);
    else if (k === 'preview') opts.preview = true;
    else if (k === 'out') opts.out = resolve(v);
    else if (k === 'cube') opts.cube = Number(v);
    else throw new Error(`unknown option ${a}`);
  }
  for (const p of opts.only) if (!OUTPUTS[p]) throw new Error(`unknown picture ${p} (known: ${Object.keys(OUTPUTS).join(', ')})`);
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const width = opts.preview ? 1024 : 4096;
  const height = width / 2;
  const cube = opts.preview ? 512 : opts.cube;
  const { page, close } = await openPanoramaPage('template-page.js');
  try {
    for (const name of opts.only) {
      const t0 = Date.now();
      const r = await page.evaluate(([n, o]) => window.renderPlace(n, o), [name, { width, height, cube, quality: 0.8 }]);
      const bytes = Buffer.from(r.jpeg, 'base64');
      const targets = opts.out ? [join(opts.out, `${name}.jpg`)] : OUTPUTS[name].map((f) => join(TEMPLATES, f));
      for (const t of targets) {
        mkdirSync(dirname(t), { recursive: true });
        writeFileSync(t, bytes);
      }
      console.log(`${name}: ${(bytes.length / 1024).toFixed(0)} KiB in ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${targets.map((t) => t.replace(ROOT + '/', '')).join(', ')}`);
    }
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
