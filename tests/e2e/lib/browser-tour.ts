import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamToBytes, writePackage } from '../../../src/story/io/package/index.ts';
import { fakeAudio, fakeImage } from '../../../src/story/io/package/fake-media.ts';
import { fakeStory } from '../../../src/story/fake.ts';
import { Story } from '../../../src/story/schema/index.ts';
import { ROOT, serveApp } from './app.ts';
import { distinctColoursInPng } from './pixels.ts';
import type { StaticServer } from './server.ts';
import { waitForElement, waitUntil, type Tab } from './tab.ts';

interface Launched {
  newTab(): Promise<Tab>;
  close(): Promise<void>;
}

/** The story file the tour opens: two scenes made in Node, with a real JPEG and a real MP3. */
async function storyFile(dir: string): Promise<string> {
  const image = fakeImage();
  const sound = fakeAudio();
  const s = fakeStory({ scenes: 2, panoramas: [image.asset], id: 'park-walk' });
  s.meta.title = { en: 'Park walk' };
  s.assets.push(sound.asset);
  const story = Story.parse(s);
  const bytes = await streamToBytes(writePackage(story, async (id) => (id === image.asset.id ? image.bytes : id === sound.asset.id ? sound.bytes : null)));
  const path = join(dir, 'park-walk.storyscape');
  writeFileSync(path, bytes);
  return path;
}

/** Page code: the saved story document `id` from IndexedDB (what a reload opens), or null. */
function savedStory(id: string): Promise<{ scenes: Array<{ id: string; hotspots: Array<{ id: string; action: { type: string } }> }> } | null> {
  return new Promise((ok, fail) => {
    const open = indexedDB.open('storyscape');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('documents').objectStore('documents').get(id);
      get.onerror = () => fail(get.error);
      get.onsuccess = () => {
        open.result.close();
        ok((get.result as { doc?: never } | undefined)?.doc ?? null);
      };
    };
  });
}

/** Page code: what WebGL this browser gives a page (null when none). */
function webgl(): string | null {
  const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return `${gl instanceof WebGL2RenderingContext ? 'WebGL 2' : 'WebGL 1'}: ${gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)}`;
}

/** Page code: resources the page loaded from anywhere but this server. */
const foreignResources = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((u) => !/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(u));

/** The sample's first scene's narration captions (English). */
const SAMPLE_CAPTIONS = (
  JSON.parse(readFileSync(join(ROOT, 'assets/sample/story.json'), 'utf8')) as { scenes: Array<{ soundscape?: { narration?: { captions?: { en?: Array<{ text: string }> } } } }> }
).scenes[0]!.soundscape!.narration!.captions!.en!.map((c) => c.text);

/** Page code: records every text the caption box shows into window.__captions. */
function recordCaptions(): void {
  const seen: string[] = ((window as unknown as { __captions: string[] }).__captions = []);
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid="captions"]')?.textContent ?? '';
    if (text && seen.at(-1) !== text) seen.push(text);
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

/** Page code: what the page says about its sound (for a failure message): howler's context and the player's messages. */
function soundOnPage() {
  const ctx = (window as unknown as { Howler?: { ctx?: AudioContext; usingWebAudio?: boolean } }).Howler;
  return {
    context: ctx?.ctx ? { state: ctx.ctx.state, time: ctx.ctx.currentTime } : null,
    webAudio: ctx?.usingWebAudio ?? null,
    captionBox: document.querySelector('[data-testid="captions"]') !== null,
    shown: [...document.querySelectorAll('.ss-soundgate, [role="status"], [role="alert"]')].map((n) => n.textContent?.trim()).filter(Boolean),
  };
}

/** Presses Tab until the focused element's text includes `text` (at most 40 presses), waiting for focus each time. */
async function tabTo(tab: Tab, text: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await tab.press('Tab');
    const focused = await tab.evaluate(() => `${document.activeElement?.getAttribute('aria-label') ?? ''} ${document.activeElement?.textContent ?? ''}`);
    if (focused.includes(text)) return;
  }
  throw new Error(`${tab.browserName}: Tab never reached “${text}”`);
}

/** The canvas's on-screen picture, once it shows a detailed picture (many colours); returns the count. */
async function panoramaOnScreen(tab: Tab, what: string): Promise<number> {
  let seen = 0;
  for (let i = 0; i < 40; i++) {
    seen = await distinctColoursInPng(await tab.screenshot('canvas'));
    if (seen > 40) return seen;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  assert.fail(`${tab.browserName}: ${what} should show a detailed picture on screen (saw ${seen} distinct colours)`);
}

/**
 * What a reader and a maker do first, in a browser other than Chromium (see firefox.test.ts and
 * webkit.test.ts): the library opens, the sample plays (a real panorama on screen, captions with the
 * narration, a scene change by keyboard), a story file opens, and the editor adds a hotspot that is
 * saved in IndexedDB. The production build, served on 127.0.0.1.
 */
export function browserTour(name: string, launch: () => Promise<Launched>): void {
  let server: StaticServer;
  let browser: Launched;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'storyscape-tour-'));
    server = await serveApp();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.server.closeAllConnections();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test(`${name}: the library opens and the sample plays: a real panorama, captions, a scene change by keyboard`, async () => {
    const tab = await browser.newTab();
    try {
      await tab.goto(server.url);
      const play = 'Play “The Long Way Round”';
      await waitForElement(tab, 'button', play, 60_000);
      // Layout and fonts: Play is in the first screen without scrolling; the self-hosted font is used.
      await tab.evaluate(() => document.fonts.ready.then(() => true));
      const layout = await tab.evaluate((label) => {
        const b = [...document.querySelectorAll('button')].find((e) => e.getAttribute('aria-label') === label)!.getBoundingClientRect();
        return { top: b.top, bottom: b.bottom, height: innerHeight, scrollY, font: document.fonts.check('16px "Atkinson Hyperlegible"') };
      }, play);
      assert.equal(layout.scrollY, 0);
      assert.ok(layout.top >= 0 && layout.bottom <= layout.height, `${name}: the sample’s Play button is in the first screen (${JSON.stringify(layout)})`);
      assert.ok(layout.font, `${name}: Atkinson Hyperlegible is loaded`);

      const gl = await tab.evaluate(webgl);
      assert.ok(gl, `${name}: this browser gives pages no WebGL`);
      console.log(`# ${name}: ${gl}`);

      // Every caption shown from now on (the narration moves on while the test looks at other things).
      await tab.evaluate(recordCaptions);
      await tab.click('button', play);
      await waitUntil(tab, 'the player', () => location.pathname.endsWith('/play/sample'), []);
      await waitUntil(tab, 'the first frame', () => performance.getEntriesByName('story:first-frame').length > 0, [], 120_000);
      await waitUntil(tab, 'the first scene to be announced', () => [...document.querySelectorAll('[aria-live]')].some((n) => n.textContent?.includes('The Town Square')), []);
      const colours = await panoramaOnScreen(tab, 'the first scene');
      console.log(`# ${name}: the town square shows ${colours} distinct colours`);

      // The narration plays (the click on Play unlocked sound) and its captions follow it.
      const seen = await waitUntil(tab, 'a caption of the narration', () => (window as unknown as { __captions: string[] }).__captions.at(0), [], 30_000).catch(
        async (e: unknown) => {
          throw new Error(`${(e as Error).message}; the sound: ${JSON.stringify(await tab.evaluate(soundOnPage).catch((x: unknown) => String(x)))}`);
        },
      );
      assert.ok(SAMPLE_CAPTIONS.includes(seen), `${name}: “${seen}” is one of the square’s captions`);

      // To the park with the keyboard only.
      await tabTo(tab, 'Walk to the park');
      await tab.press('Enter');
      await waitUntil(tab, 'the park to be shown', () => performance.getEntriesByName('story:scene-shown').some((e) => (e as PerformanceMark).detail?.sceneId === 'park'), [], 60_000);
      await waitUntil(tab, 'the park to be announced', () => [...document.querySelectorAll('[aria-live]')].some((n) => n.textContent?.includes('The Park Path')), []);
      await panoramaOnScreen(tab, 'the park');

      assert.deepEqual(await tab.evaluate(foreignResources), [], 'nothing loads from outside 127.0.0.1');
      assert.deepEqual(await tab.errors(), []);
    } finally {
      await tab.close();
    }
  });

  test(`${name}: a story file opens, and the editor adds a hotspot that is saved in IndexedDB`, async () => {
    const file = await storyFile(dir);
    const tab = await browser.newTab();
    try {
      await tab.goto(server.url);
      await waitForElement(tab, 'button', 'Play “The Long Way Round”', 60_000);
      await tab.setFile('[data-testid="story-file-input"]', file);
      await waitForElement(tab, '[role="dialog"], dialog', '“Park walk” is in your library');
      await tab.click('[role="dialog"] button, dialog button', 'OK');
      await waitForElement(tab, '.story-card h3', 'Park walk');
      const opened = await waitUntil(tab, 'the story in IndexedDB', savedStory, ['park-walk']);
      assert.equal(opened.scenes.length, 2);

      await tab.click('button', 'Open “Park walk”');
      await waitUntil(tab, 'the editor', () => location.pathname.endsWith('/edit/park-walk'), []);
      await waitForElement(tab, '.story-map[data-ready="true"]');
      await tab.click('.react-flow__node');
      await waitForElement(tab, '.scene-viewport-frame[data-ready="true"][data-yaw]', undefined, 60_000);
      const sceneId = await tab.evaluate(() => (document.querySelector('.scene-viewport-frame') as HTMLElement).dataset.scene!);
      const before = opened.scenes.find((sc) => sc.id === sceneId)!.hotspots.length;
      // Click (no drag) in the picture, away from the story's own hotspots: a new one is dropped there.
      await tab.clickAt('.scene-viewport-frame', 0.72, 0.38);
      await waitForElement(tab, '[role="dialog"]', 'What should this hotspot do?');
      await waitForElement(tab, '.save-state.saved');
      let hotspots = before;
      for (let i = 0; i < 100 && hotspots === before; i++) {
        const doc = await tab.evaluate(savedStory, 'park-walk');
        hotspots = doc!.scenes.find((sc) => sc.id === sceneId)!.hotspots.length;
        if (hotspots === before) await new Promise((ok) => setTimeout(ok, 100));
      }
      assert.equal(hotspots, before + 1, `${name}: the new hotspot is saved in IndexedDB`);
      assert.deepEqual(await tab.errors(), []);
    } finally {
      await tab.close();
    }
  });
}
