/**
 * Editor bench: a generated 500-scene story opened in the built app in headless Chromium.
 *
 * - editor-open-500-map-ready: from navigation to /edit/<id> until the story map has drawn its
 *   cards and is ready for input (IndexedDB read + validation + lint + layout + first render).
 * - editor-select-500: click on a scene card until the inspector shows that scene.
 * - editor-keystroke-500: one keystroke in the story title until the next frame (history diff,
 *   document store, React render of toolbar/map/inspector).
 * - editor-change-saved-500: one change until the new version is readable in IndexedDB
 *   (autosave waits 300 ms of quiet, at most 800 ms, then one transaction).
 *
 * The app is built into a temporary folder first (vite build); set BENCH_EDITOR_DIST to a built
 * app folder to skip that.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, newPage } from '../../tests/e2e/lib/browser.ts';
import { serveStatic } from '../../tests/e2e/lib/server.ts';
import { fakeStory } from '../../src/story/fake.ts';
import { listingFor } from '../../src/storage/records.ts';
import { DB_NAME, STORES } from '../../src/storage/db.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = 7;
const SCENES = 500;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (n: number) => Math.round(n * 10) / 10;
const log = (...a: unknown[]) => process.stderr.write(`[editor bench] ${a.join(' ')}\n`);

async function buildApp(): Promise<{ dir: string; cleanup(): void }> {
  if (process.env.BENCH_EDITOR_DIST) return { dir: process.env.BENCH_EDITOR_DIST, cleanup() {} };
  const dir = mkdtempSync(join(tmpdir(), 'storyscape-bench-'));
  log('building the app…');
  const { build } = await import('vite');
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Puts the story into the app's database the way the repository stores it. */
async function seed(page: Page, id: string) {
  const story = fakeStory({ scenes: SCENES, id, hotspotsPerScene: 2 });
  const now = new Date().toISOString();
  const listing = listingFor(story, { createdAt: now, updatedAt: now });
  await page.evaluate(
    async ({ dbName, stores, listing, story }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open(dbName);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction([stores.stories, stores.documents], 'readwrite');
        tx.objectStore(stores.stories).put(listing);
        tx.objectStore(stores.documents).put({ id: story.id, doc: story });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { dbName: DB_NAME, stores: STORES, listing, story },
  );
}

export async function run() {
  const app = await buildApp();
  const server = await serveStatic(app.dir, { spa: true });
  const browser = await launch();
  const open: number[] = [];
  const select: number[] = [];
  const keystroke: number[] = [];
  const saved: number[] = [];
  try {
    const { page, context } = await newPage(browser);
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Your stories' }).waitFor();
    const id = 'bench-500';
    await seed(page, id);

    for (let i = 0; i < RUNS + 1; i++) {
      await page.goto(`${server.url}edit/${id}`, { waitUntil: 'commit' });
      const ready = await page.evaluate(
        () =>
          new Promise<number>((ok) => {
            const check = () => {
              const map = document.querySelector('.story-map[data-ready="true"]');
              if (map && document.querySelector('.react-flow__node .scene-node-title')) ok(performance.now());
              else requestAnimationFrame(check);
            };
            check();
          }),
      );
      // Interactive: a click on a card selects it and the inspector shows it.
      const node = page.locator('.react-flow__node').nth(3);
      const title = (await node.locator('.scene-node-title').textContent())!;
      const box = (await node.boundingBox())!;
      const t0 = await page.evaluate(() => performance.now());
      await page.mouse.click(box.x + box.width / 2, box.y + 30);
      const t1 = await page.evaluate(
        (title) =>
          new Promise<number>((ok) => {
            const check = () => {
              if (document.getElementById('inspector-heading')?.textContent?.includes(title)) ok(performance.now());
              else requestAnimationFrame(check);
            };
            check();
          }),
        title,
      );
      // One keystroke, then until IndexedDB has it.
      const change = await page.evaluate(
        async ({ dbName, stores, id }) => {
          const db = await new Promise<IDBDatabase>((ok, fail) => {
            const r = indexedDB.open(dbName);
            r.onsuccess = () => ok(r.result);
            r.onerror = () => fail(r.error);
          });
          const revision = () =>
            new Promise<number>((ok) => {
              const r = db.transaction(stores.stories).objectStore(stores.stories).get(id);
              r.onsuccess = () => ok((r.result as { revision: number }).revision);
            });
          const before = await revision();
          const input = document.getElementById('story-title-input') as HTMLInputElement;
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          const start = performance.now();
          setValue.call(input, `${input.value}!`);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
          const painted = performance.now();
          while ((await revision()) === before) await new Promise((ok) => setTimeout(ok, 4));
          const stored = performance.now();
          db.close();
          return { keystroke: painted - start, saved: stored - start };
        },
        { dbName: DB_NAME, stores: STORES, id },
      );
      if (i === 0) continue; // warm-up
      open.push(ready);
      select.push(t1 - t0);
      keystroke.push(change.keystroke);
      saved.push(change.saved);
      log(`run ${i}: open ${round(ready)} ms, select ${round(t1 - t0)} ms, keystroke ${round(change.keystroke)} ms, saved ${round(change.saved)} ms`);
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    app.cleanup();
  }
  const note = `median of ${RUNS}, ${SCENES} scenes with 2 hotspots each, built app, headless Chromium (SwiftShader)`;
  return {
    'editor-open-500-map-ready': { value: round(median(open)), unit: 'ms', note: `navigation to map drawn and ready; ${note}` },
    'editor-select-500': { value: round(median(select)), unit: 'ms', note: `click on a card until the inspector shows it; ${note}` },
    'editor-keystroke-500': { value: round(median(keystroke)), unit: 'ms', note: `input event to next frame; ${note}` },
    'editor-change-saved-500': {
      value: round(median(saved)),
      unit: 'ms',
      note: `change until readable in IndexedDB (autosave: 300 ms quiet, 800 ms at most, one transaction); ${note}`,
    },
  };
}
