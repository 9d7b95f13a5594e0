// Node side of the panorama scripts: serves three.js, the page modules in scripts/panoramas/ and
// the app's font to headless Chromium (on 127.0.0.1, any free port) and opens the page that renders
// the panoramas. The page's entry module (e.g. sample-page.js) sets window.pageReady when loaded.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

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

/**
 * Opens the page with `entry` (a module in scripts/panoramas/) in headless Chromium (CHROMIUM_PATH
 * or /usr/bin/chromium, rendering with SwiftShader). Returns the page and close().
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
    return { page, close };
  } catch (e) {
    await close();
    throw e;
  }
}
