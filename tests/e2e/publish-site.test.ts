import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runCli } from '../../src/cli/main.ts';
import { launch, newPage } from './lib/browser.ts';
import { ROOT } from './lib/app.ts';
import { serveStatic } from './lib/server.ts';

let browser: Browser;
let work: string;

before(async () => {
  browser = await launch();
  work = mkdtempSync(join(tmpdir(), 'storyscape-publish-'));
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

async function publish(out: string, from = join(ROOT, 'assets/sample')): Promise<string> {
  let said = '';
  const code = await runCli(['publish', from, '-o', out], {
    out: (t) => void (said += t),
    err: (t) => void (said += t),
    cwd: ROOT,
    stdin: async () => Buffer.alloc(0),
  });
  assert.equal(code, 0, said);
  return said;
}

/** Square -> harbour -> hill (the ending), with the player's accessible choice buttons. */
async function playToEnding(page: Page): Promise<void> {
  const title = page.locator('.ssp-scene-title');
  await title.filter({ hasText: 'The Town Square' }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: /Take the lane to the harbour/ }).click();
  await title.filter({ hasText: 'The Harbour' }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: /Walk up past the boathouses to the hill/ }).click();
  // The end is offered; the reader opens it when they have looked around.
  await page.getByRole('button', { name: 'The end — see the ending' }).click({ timeout: 60_000 });
  const ending = page.locator('dialog.ssp-ending[open]');
  await ending.waitFor({ timeout: 60_000 });
  assert.match(await ending.innerText(), /You made it to my favourite place/);
}

test('a published sample story plays from a subfolder, keeps to its CSP, and plays again offline', async (t) => {
  const out = join(work, 'site');
  assert.match(await publish(out), /Published "The Long Way Round"/);
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  assert.match(html, /http-equiv="Content-Security-Policy"/);
  assert.doesNotMatch(html, /(src|href)="\//, 'only relative URLs');

  const server = await serveStatic(out, { prefix: '/library/stories/long-way/' });
  const { page, context, errors } = await newPage(browser);
  // Also when an assertion fails: an open server and page kept the file's process alive until its timeout.
  t.after(async () => {
    server.server.closeAllConnections();
    await server.close().catch(() => {});
    await context.close().catch(() => {});
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
  });
  const warmUps: number[] = [];
  const missing: string[] = [];
  page.on('response', (r) => {
    if (/\/gpuWarmup\.worker-[^/]*\.js$/.test(r.url())) warmUps.push(r.status());
    if (r.status() === 404) missing.push(r.url());
  });
  await page.goto(server.url);
  await playToEnding(page);
  // The site's icon is linked (the browser asks for nothing it does not ship: no /favicon.ico).
  assert.equal(await page.locator('link[rel="icon"]').getAttribute('href'), './favicon.svg');
  assert.equal(await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href)).status), 200);
  assert.deepEqual(missing, [], 'nothing the page asks for is missing');
  // Under the site's CSP: the GPU warm-up worker ran and the start picture was drawn early.
  // The warm-up worker may be let go before it loads when the preview is drawn first (its context then
  // warms the GPU connection itself); a CSP block would show in __csp, checked below.
  assert.ok(warmUps.length <= 1 && warmUps.every((s) => s === 200), `the GPU warm-up worker, if loaded, once: ${JSON.stringify(warmUps)}`);
  assert.equal(await page.evaluate(() => performance.getEntriesByName('story:first-paint').length), 1, 'the early start picture was drawn');
  // The start picture's small preview, made by publish, is linked first, used from the preload and decoded.
  const preview = /href="\.\/(assets\/preview-([0-9a-f]{64})\.jpg)"[^>]*data-preview="([0-9a-f]{64})"/.exec(html);
  assert.ok(preview && preview[2] === preview[3], "the page links the start picture's preview, named after it");
  const previewBytes = readFileSync(join(out, preview[1]!));
  assert.ok(previewBytes[0] === 0xff && previewBytes[1] === 0xd8, 'the preview is a JPEG');
  assert.ok(previewBytes.length < statSync(join(out, `assets/${preview[2]}.jpg`)).size / 4, 'the preview is much smaller than its picture');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('story:preview-decoded').length), 1, 'the preview was decoded');
  // story.json and the start picture are preloaded by the page and the preloads are used (not fetched twice).
  const fetched = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => (e as PerformanceResourceTiming).name).filter((n) => /\/story\.json$|\/assets\/(preview-)?[0-9a-f]{64}\.jpg$/.test(n)),
  );
  assert.equal(fetched.filter((n) => n.endsWith('/story.json')).length, 1, JSON.stringify(fetched));
  assert.equal(new Set(fetched).size, fetched.length, `each fetched once: ${JSON.stringify(fetched)}`);

  // The service worker has cached the whole site.
  const cached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 600; i++) {
      const keys = await caches.keys();
      const mine = keys.find((k) => k.startsWith('storyscape:'));
      if (mine && navigator.serviceWorker.controller) return { keys, count: (await (await caches.open(mine)).keys()).length };
      await new Promise((r) => setTimeout(r, 100));
    }
    return { keys: await caches.keys(), count: 0 };
  });
  assert.equal(cached.keys.length, 1, JSON.stringify(cached.keys));
  assert.match(cached.keys[0]!, /^storyscape:http:\/\/127\.0\.0\.1:\d+\/library\/stories\/long-way\/:[0-9a-f]{16}$/);
  assert.ok(cached.count > 20, `cached ${cached.count} files`);

  // No server any more: the story still plays, from the offline copy.
  server.server.closeAllConnections();
  await server.close();
  await page.reload();
  await playToEnding(page);

  assert.deepEqual(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), [], 'no CSP violations');
  assert.deepEqual(errors, [], 'no console errors, nothing outside 127.0.0.1');
  await page.screenshot({ path: join(work, 'offline-ending.png') });
  await context.close();
});

test('republishing a changed story into the same folder: a reader who kept the old one sees the new one after a reload, online and then offline', async (t) => {
  const out = join(work, 'again');
  await publish(out);
  const server = await serveStatic(out, { prefix: '/walk/' });
  const { page, context, errors } = await newPage(browser);
  t.after(async () => {
    server.server.closeAllConnections();
    await server.close().catch(() => {});
    await context.close();
  });
  await page.goto(server.url);
  const title = page.locator('.ssp-scene-title');
  await title.filter({ hasText: 'The Town Square' }).waitFor({ timeout: 60_000 });
  const firstCache = await keptCopy(page);

  // The same folder, a changed story: the start scene has a new name.
  const changed = join(work, 'changed-story');
  cpSync(join(ROOT, 'assets/sample'), changed, { recursive: true });
  const storyFile = join(changed, 'story.json');
  const story = JSON.parse(readFileSync(storyFile, 'utf8')) as { scenes: { id: string; title: Record<string, string> }[] };
  story.scenes.find((s) => s.id === 'square')!.title.en = 'The Market Square';
  writeFileSync(storyFile, JSON.stringify(story));
  await publish(out, changed);
  assert.notEqual(readFileSync(join(out, 'sw.js'), 'utf8').match(/VERSION = "([^"]+)"/)?.[1], firstCache.split(':').at(-1), 'a changed story gets a new offline copy');

  await page.reload();
  await title.filter({ hasText: 'The Market Square' }).waitFor({ timeout: 60_000 });
  const secondCache = await keptCopy(page, firstCache);
  assert.notEqual(secondCache, firstCache);

  // Offline now: the new story, from the new kept copy (the old one was deleted).
  server.server.closeAllConnections();
  await server.close();
  await page.reload({ waitUntil: 'domcontentloaded', timeout: 60_000 });
  await title.filter({ hasText: 'The Market Square' }).waitFor({ timeout: 60_000 });
  assert.deepEqual(await page.evaluate(() => caches.keys()), [secondCache], 'only the newest copy is kept');
  assert.deepEqual(errors, [], 'no console errors');
});

/** The name of this site's offline copy once the service worker controls the page and has cached it (not `not`). */
async function keptCopy(page: Page, not = ''): Promise<string> {
  const name = await page.evaluate(async (old) => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 600; i++) {
      const mine = (await caches.keys()).find((k) => k.startsWith('storyscape:') && k !== old);
      if (mine && navigator.serviceWorker.controller && (await (await caches.open(mine)).keys()).length > 20) return mine;
      await new Promise((r) => setTimeout(r, 100));
    }
    return '';
  }, not);
  assert.ok(name, 'the service worker kept a copy of the site');
  return name;
}
