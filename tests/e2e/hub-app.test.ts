import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage } from './lib/browser.ts';
import { ROOT } from './lib/app.ts';
import { killLeftoverHubs, startHubProcess, type HubProcess } from './lib/hub.ts';
import { serveStatic, type StaticServer } from './lib/server.ts';

// The built app from a sub-folder of a static host (it was a black screen) and from the hub, where
// a deep link such as /play/sample must survive a reload (it was a 404), under the hub's CSP.
const dist = resolve(ROOT, process.env.STORYSCAPE_DIST ?? 'dist');
let browser: Browser;
let work: string;
let sub: StaticServer;
let hub: HubProcess;

before(async () => {
  browser = await launch();
  work = mkdtempSync(join(tmpdir(), 'storyscape-hub-app-'));
  sub = await serveStatic(dist, { spa: true, prefix: '/stories/2026/' });
  hub = await startHubProcess(join(work, 'data'), { STORYSCAPE_DIST: dist });
});
after(async () => {
  await browser?.close();
  await sub?.close();
  await hub?.stop();
  await killLeftoverHubs();
  rmSync(work, { recursive: true, force: true });
});

async function firstFrame(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, null, { timeout: 120_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('[aria-live]')].some((n) => n.textContent?.includes('The Town Square')), null, { timeout: 30_000 });
}

test('from a sub-folder: the library opens, the sample plays, and a reload of its deep link plays again', async () => {
  const { page, errors, context } = await newPage(browser);
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  try {
    await page.goto(sub.url);
    const play = page.getByRole('button', { name: 'Play “The Long Way Round”' }).first();
    await play.waitFor({ timeout: 60_000 });
    await play.click();
    await page.waitForURL(/\/stories\/2026\/play\/sample$/);
    await firstFrame(page);
    await page.goto(`${sub.url}workshops`);
    await page.getByRole('heading').first().waitFor({ timeout: 30_000 });
    assert.match(new URL(page.url()).pathname, /^\/stories\/2026\/workshops$/);
    assert.deepEqual(errors, []);
    // A reload of a deep link on a host that sends index.html for it: the page finds its own folder,
    // and nothing is asked for from a guessed one (play/assets/…).
    await page.goto(`${sub.url}play/sample`);
    await firstFrame(page);
    await page.reload();
    await firstFrame(page);
    assert.deepEqual(failed, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('from the hub: /play/sample survives a reload, and the app keeps to the hub\'s Content-Security-Policy', async () => {
  const { page, errors, context } = await newPage(browser);
  try {
    const violations: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('console', (m) => m.text().startsWith('CSP violation') && violations.push(m.text()));
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    const res = await page.goto(`${hub.httpUrl}play/sample`);
    assert.equal(res?.status(), 200);
    assert.match(res!.headers()['content-security-policy']!, /script-src 'self' 'sha256-/);
    await firstFrame(page);
    await page.reload();
    await firstFrame(page);
    await page.goto(hub.httpUrl);
    await page.getByRole('button', { name: 'Play “The Long Way Round”' }).first().waitFor({ timeout: 60_000 });
    assert.deepEqual(violations, []);
    assert.deepEqual(failed, [], 'no request on a deep link fails');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
