import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

async function publish(out: string): Promise<string> {
  let said = '';
  const code = await runCli(['publish', join(ROOT, 'assets/sample'), '-o', out], {
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
  const ending = page.locator('dialog.ssp-ending[open]');
  await ending.waitFor({ timeout: 60_000 });
  assert.match(await ending.innerText(), /You made it to my favourite place/);
}

test('a published sample story plays from a subfolder, keeps to its CSP, and plays again offline', async () => {
  const out = join(work, 'site');
  assert.match(await publish(out), /Published "The Long Way Round"/);
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  assert.match(html, /http-equiv="Content-Security-Policy"/);
  assert.doesNotMatch(html, /(src|href)="\//, 'only relative URLs');

  const server = await serveStatic(out, { prefix: '/library/stories/long-way/' });
  const { page, context, errors } = await newPage(browser);
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
  });
  const warmUps: number[] = [];
  page.on('response', (r) => {
    if (/\/gpuWarmup\.worker-[^/]*\.js$/.test(r.url())) warmUps.push(r.status());
  });
  await page.goto(server.url);
  await playToEnding(page);
  // Under the site's CSP: the GPU warm-up worker ran and the start picture was drawn early.
  assert.deepEqual(warmUps, [200], 'the GPU warm-up worker was loaded once');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('story:first-paint').length), 1, 'the early start picture was drawn');
  // story.json and the start picture are preloaded by the page and the preloads are used (not fetched twice).
  const fetched = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => (e as PerformanceResourceTiming).name).filter((n) => /\/story\.json$|\/assets\/[0-9a-f]{64}\.jpg$/.test(n)),
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

test('republishing a changed story replaces the site and its cache name', async () => {
  const out = join(work, 'again');
  await publish(out);
  const first = readFileSync(join(out, 'sw.js'), 'utf8');
  await publish(out);
  assert.equal(readFileSync(join(out, 'sw.js'), 'utf8'), first, 'the same story gives the same site');
  const story = JSON.parse(readFileSync(join(ROOT, 'assets/sample/story.json'), 'utf8')) as { meta: { title: Record<string, string> } };
  assert.ok(story.meta.title.en);
});
