// Node side of the panorama scripts: serves three.js, the page modules in scripts/panoramas/ and
// the app's font to headless Chromium (on 127.0.0.1, any free port), opens the page that renders
// the panoramas and checks that its cube -> equirect pass honours the panorama convention. The
// page's entry module (e.g. sample-page.js) calls servePlaces (kit/page.js), which exposes
// window.renderPlace and sets window.pageReady.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { quartersPixels } from '../make-orientation-panorama.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const SERVED = [
  ['/three/', join(ROOT, 'node_modules/three')],
  ['/panoramas/', HERE],
  ['/fonts/', join(ROOT, 'node_modules/@fontsource/atkinson-hyperlegible/files')],
];
const TYPES = { '.js': 'text/javascript', '.woff2': 'font/woff2' };

const pageHtml = (entry) => `<!doctype html><html><head><meta charset="utf-8"><title>panoramas</title>
<style>
@font-face { font-family: "Atkinson Hyperlegible"; font-weight: 400; src: url(/fonts/atkinson-hyperlegible-latin-400-normal.woff2) format("woff2"); }
@font-face { font-family: "Atkinson Hyperlegible"; font-weight: 700; src: url(/fonts/atkinson-hyperlegible-latin-700-normal.woff2) format("woff2"); }
</style>
<script type="importmap">{"imports":{"three":"/three/build/three.module.js","three/addons/":"/three/examples/jsm/"}}</script>
</head><body><script type="module" src="/panoramas/${entry}"></script></body></html>`;

function startServer(entry) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pageHtml(entry));
      return;
    }
    for (const [prefix, dir] of SERVED) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = normalize(join(dir, url.pathname.slice(prefix.length)));
      if (file.startsWith(dir) && TYPES[extname(file)]) {
        try {
          const body = readFileSync(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] });
          res.end(body);
          return;
        } catch {
          // 404 below
        }
      }
    }
    res.writeHead(404);
    res.end('not found');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// Renders the direction-coloured check sphere through the same cube->equirect
// pipeline and compares it with the quarters reference pixels (scripts/make-orientation-panorama.mjs).
export async function checkOrientation(page, width, cube) {
  const height = width / 2;
  const r = await page.evaluate(([w, h, c]) => window.renderPlace('__quarters', { cube: c, width: w, height: h, raw: true }), [width, height, cube]);
  const got = Buffer.from(r.rgb, 'base64');
  const want = quartersPixels(width, height);
  let bad = 0;
  let total = 0;
  const border = Math.max(2, width / 512); // ignore pixels right at region borders
  const edgeU = [0.125, 0.375, 0.625, 0.875].map((u) => u * width);
  const edgeV = [0.15, 0.85].map((v) => v * height);
  for (let y = 0; y < height; y++) {
    if (edgeV.some((e) => Math.abs(y + 0.5 - e) < border)) continue;
    for (let x = 0; x < width; x++) {
      if (edgeU.some((e) => Math.abs(x + 0.5 - e) < border) || x < border || x > width - border) continue;
      total++;
      const i = (y * width + x) * 3;
      if (Math.abs(got[i] - want[i]) > 8 || Math.abs(got[i + 1] - want[i + 1]) > 8 || Math.abs(got[i + 2] - want[i + 2]) > 8) bad++;
    }
  }
  const at = (u, v) => {
    const i = (Math.floor(v * height) * width + Math.floor(u * width)) * 3;
    return [got[i], got[i + 1], got[i + 2]];
  };
  return {
    badFraction: bad / total,
    samples: { front: at(0.5, 0.5), right: at(0.75, 0.5), back: at(0.02, 0.5), left: at(0.25, 0.5), up: at(0.5, 0.02), down: at(0.5, 0.98) },
  };
}

/**
 * Opens the page with `entry` (a module in scripts/panoramas/) in headless Chromium (CHROMIUM_PATH
 * or /usr/bin/chromium, rendering with SwiftShader) and runs the quick orientation check (it throws
 * if the resampling is mirrored or turned). Returns the page and close().
 */
export async function openPanoramaPage(entry) {
  const server = await startServer(entry);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const close = async () => {
    await browser.close();
    server.close();
  };
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.error(`[page ${m.type()}]`, m.text());
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.pageReady === true, null, { timeout: 60_000 });
    // Always: a quick check that the cube->equirect resampling honours the convention.
    const quick = await checkOrientation(page, 512, 256);
    if (quick.badFraction > 0.002) {
      throw new Error(`orientation self-check failed (${(quick.badFraction * 100).toFixed(2)} % wrong): ${JSON.stringify(quick.samples)}`);
    }
    return { page, close };
  } catch (e) {
    await close();
    throw e;
  }
}
