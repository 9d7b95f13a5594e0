import { after, before } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { serveApp, serveDev } from './app.ts';
import type { StaticServer } from './server.ts';

/**
 * What every editor browser test starts with: the built app served on 127.0.0.1 and one Chromium,
 * opened before the file's tests and closed after them. Read `app.server` / `app.browser` in tests.
 */
export function builtAppForTests(): { readonly server: StaticServer; readonly browser: Browser } {
  const app = {} as { server: StaticServer; browser: Browser };
  before(async () => {
    app.server = await serveApp();
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * The same with the Vite dev server over the whole repository (for tests that import src/ modules
 * in the page). Read `app.dev.url` / `app.browser` in tests.
 */
export function devAppForTests(): { readonly dev: Awaited<ReturnType<typeof serveDev>>; readonly browser: Browser } {
  const app = {} as { dev: Awaited<ReturnType<typeof serveDev>>; browser: Browser };
  before(async () => {
    app.dev = await serveDev();
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.dev?.close();
  });
  return app;
}

/** From the library, "New story": waits for the editor's map and returns the new story's id. */
export async function newStory(page: Page, appUrl: string): Promise<string> {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.waitForURL(/\/edit\/story-/);
  await page.locator('.story-map[data-ready="true"]').waitFor();
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Waits until the toolbar says every change is saved. */
export const saved = (page: Page, timeout = 15_000) => page.locator('.save-state.saved').waitFor({ timeout });

/** Waits until the story map stops moving (fitting or centring the view animates it). */
export async function mapSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((done) => {
        const viewport = document.querySelector('.react-flow__viewport');
        const before = viewport ? getComputedStyle(viewport).transform : '';
        setTimeout(() => done(!!viewport && getComputedStyle(viewport).transform === before), 250);
      }),
    null,
    { polling: 50 },
  );
}

/** The saved story document, straight from IndexedDB (what a reload opens). Read-back only. */
export async function savedDoc<T = unknown>(page: Page, storyId: string): Promise<T> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('storyscape');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const rec = await new Promise<{ doc: unknown }>((ok, fail) => {
      const r = db.transaction('documents').objectStore('documents').get(id);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    db.close();
    return rec.doc;
  }, storyId) as Promise<T>;
}

/** Drags a link from map card number `from`'s round dot and drops it in the middle of `target`. */
export async function dragLinkTo(page: Page, from: number, target: Locator): Promise<void> {
  await mapSettled(page);
  const a = (await page.locator('.react-flow__node').nth(from).locator('.react-flow__handle.source').boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + 60, a.y + 20, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
  // The map may still shift (its column settling beside an open scene): drop where the target is now.
  const now = (await target.boundingBox())!;
  if (Math.abs(now.x - b.x) > 1 || Math.abs(now.y - b.y) > 1) await page.mouse.move(now.x + now.width / 2, now.y + now.height / 2, { steps: 3 });
  await page.mouse.up();
}

/** A 2:1 picture drawn in the page (sky, ground, a sun, stripes), as PNG bytes. */
export async function drawnPanorama(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const c = new OffscreenCanvas(2048, 1024);
    const g = c.getContext('2d')!;
    const sky = g.createLinearGradient(0, 0, 0, 512);
    sky.addColorStop(0, '#1d4e89');
    sky.addColorStop(1, '#9cc9ef');
    g.fillStyle = sky;
    g.fillRect(0, 0, 2048, 512);
    g.fillStyle = '#5b7f3a';
    g.fillRect(0, 512, 2048, 512);
    for (let x = 0; x < 2048; x += 128) {
      g.fillStyle = x % 256 ? '#c9b27c' : '#8a6d3b';
      g.fillRect(x, 470, 64, 120);
    }
    g.fillStyle = '#ffd23f';
    g.beginPath();
    g.arc(1024, 260, 70, 0, Math.PI * 2);
    g.fill();
    const bytes = new Uint8Array(await (await c.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  });
  return Buffer.from(base64, 'base64');
}

/** Opens every kind of problem in "Things to check" that lists several, so each problem shows. */
export async function openProblemKinds(page: Page): Promise<void> {
  // The story is checked again once typing pauses and the browser is idle: wait for that first.
  await page.locator('section.problems[data-pending="false"]').waitFor();
  await page.locator('.problem-kind').first().waitFor();
  const closed = page.locator('.problem-kind-toggle[aria-expanded="false"]');
  for (let i = 0; i < 40 && (await closed.count()) > 0; i++) await closed.first().click();
}
