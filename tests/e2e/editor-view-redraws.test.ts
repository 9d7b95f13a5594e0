import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { builtAppForTests } from './lib/editor.ts';
import { fakeStory } from '../../src/story/fake.ts';
import { seedStory } from './lib/seed-story.ts';

/**
 * The editor's 3D view draws a chosen scene once. A scene whose picture is missing (a story moved
 * here without its files) drew again when the picture failed to load, though nothing drawn had
 * changed: where WebGL is drawn in software, each of those frames is hundreds of milliseconds the
 * next click waits for. WebGL renders are counted by three.js's one clear() per render. Reading
 * pictures is made slow (as from a busy disk), so the failure comes frames after the choice.
 */
const app = builtAppForTests();

/** WebGL renders counted in `window.__renders` from the page's start: three.js clears once per render. */
function countRenders(page: Page) {
  return page.addInitScript(() => {
    const w = window as unknown as { __renders: number };
    w.__renders = 0;
    for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
      const clear = proto.clear;
      proto.clear = function (this: WebGLRenderingContext, mask: number) {
        w.__renders++;
        return clear.call(this, mask);
      };
    }
  });
}

/** A 6-scene story with 2 hotspots per scene put into the app's database and opened in the editor, its map ready. */
async function openSeeded(page: Page, id: string) {
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'Your stories' }).waitFor();
  const story = fakeStory({ scenes: 6, id, hotspotsPerScene: 2 });
  await seedStory(page, story);
  await page.goto(`${app.server.url}edit/${id}`);
  await page.locator('.story-map[data-ready="true"] .react-flow__node .scene-node-title').first().waitFor();
  return story;
}

/** Renders so far, once none has come for 10 frames in a row (at most 300 frames). */
async function quietRenders(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((ok) => {
        const w = window as unknown as { __renders: number };
        let last = w.__renders;
        let still = 0;
        let frames = 0;
        const tick = () => {
          if (w.__renders === last) still++;
          else [last, still] = [w.__renders, 0];
          if (still >= 10 || ++frames > 300) ok(w.__renders);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

async function choose(page: Page, sceneId: string) {
  await page.locator(`.react-flow__node[data-id="${sceneId}"]`).click();
  await page.locator(`.scene-viewport-frame[data-scene="${sceneId}"]`).waitFor();
  // The picture is not in this browser: the view says so once it has tried.
  await page.locator('.scene-viewport-status.is-error').waitFor();
}

test('choosing a scene whose picture is missing draws its 3D view once', async () => {
  const { page, context } = await newPage(app.browser);
  try {
    await countRenders(page);
    await page.addInitScript(() => {
      const get = IDBObjectStore.prototype.get;
      IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
        const request = get.call(this, key);
        if (this.name !== 'blobs') return request;
        const listen = request.addEventListener.bind(request);
        request.addEventListener = ((type: string, fn: (e: Event) => void, options?: boolean | AddEventListenerOptions) =>
          listen(type, type === 'success' ? (e: Event) => setTimeout(() => fn(e), 400) : fn, options)) as typeof request.addEventListener;
        return request;
      };
    });
    await openSeeded(page, 'redraws');

    await choose(page, 'scene-2');
    const before = await quietRenders(page);
    assert.ok(before >= 1, 'the 3D view has drawn the first scene chosen');
    for (const id of ['scene-3', 'scene-4']) {
      const from = await quietRenders(page);
      await choose(page, id);
      const renders = (await quietRenders(page)) - from;
      assert.equal(renders, 1, `choosing ${id} drew the 3D view ${renders} times`);
    }
  } finally {
    await context.close();
  }
});

/**
 * What each frame after a click on a map card showed: the inspector's heading, the scene the 3D
 * view is on, and the WebGL renders so far. Frames are counted from the click (requestAnimationFrame
 * callbacks, each just before a frame is drawn), at most 20.
 */
async function framesAfterClick(page: Page, sceneId: string): Promise<{ heading: string; view: string | null; renders: number }[]> {
  const card = page.locator(`.react-flow__node[data-id="${sceneId}"]`);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: { heading: string; view: string | null; renders: number }[]; __renders: number };
    w.__frames = [];
    addEventListener(
      'click',
      () => {
        const tick = () => {
          w.__frames.push({
            heading: document.getElementById('inspector-heading')?.textContent ?? '',
            view: document.querySelector<HTMLElement>('.scene-viewport-frame[data-scene]')?.dataset.scene ?? null,
            renders: w.__renders,
          });
          if (w.__frames.length < 20) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      },
      { capture: true, once: true },
    );
  });
  await card.click();
  await page.waitForFunction(() => (window as unknown as { __frames: unknown[] }).__frames.length >= 20);
  return page.evaluate(() => (window as unknown as { __frames: { heading: string; view: string | null; renders: number }[] }).__frames);
}

test('a scene chosen while another is open is in the inspector in the next frame and in the 3D view right after', async () => {
  const { page, context } = await newPage(app.browser);
  try {
    await countRenders(page);
    const story = await openSeeded(page, 'frames');
    await choose(page, 'scene-2');
    await quietRenders(page);

    for (const id of ['scene-3', 'scene-4']) {
      const title = story.scenes.find((s) => s.id === id)!.title.en!;
      const frames = await framesAfterClick(page, id);
      const log = frames.map((f, i) => `frame ${i + 1}: inspector "${f.heading}", 3D view ${f.view}, renders ${f.renders}`).join('\n');
      // A person sees the card they clicked open in the inspector at once, and never the old one again.
      const inInspector = frames.findIndex((f) => f.heading.endsWith(title));
      assert.equal(inInspector, 0, `the inspector did not show ${id} in the first frame after the click:\n${log}`);
      assert.ok(frames.every((f) => f.heading.endsWith(title)), `the inspector went back to another scene:\n${log}`);
      // The 3D view follows a frame later (it waits so the inspector is not held up), then draws it once.
      const inView = frames.findIndex((f) => f.view === id);
      assert.ok(inView >= 0 && inView <= 2, `the 3D view was not on ${id} within three frames:\n${log}`);
      const drawn = frames.findIndex((f) => f.renders > frames[0]!.renders);
      assert.ok(drawn >= 0 && drawn <= inView + 2, `the 3D view did not draw ${id} within two frames of changing to it:\n${log}`);
      assert.ok(frames.slice(inView).every((f) => f.view === id), `the 3D view went back to another scene:\n${log}`);
      await page.locator('.scene-viewport-status.is-error').waitFor();
      await quietRenders(page);
    }
  } finally {
    await context.close();
  }
});

test("the map's arrows are drawn on a layer of their own: choosing a card does not draw every arrow under it again", async () => {
  const { page, context } = await newPage(app.browser);
  try {
    await openSeeded(page, 'layers');
    const cdp = await context.newCDPSession(page);
    const trees: { layers?: { layerId: string; backendNodeId?: number }[] }[] = [];
    cdp.on('LayerTree.layerTreeDidChange', (e) => trees.push(e));
    await cdp.send('DOM.getDocument', { depth: 0 });
    await cdp.send('LayerTree.enable');
    // A change on the page makes the browser send its layers again.
    await page.locator('.react-flow__node').first().click();
    await page.locator('.scene-viewport-frame').first().waitFor();
    const edges = await cdp.send('Runtime.evaluate', { expression: "document.querySelector('.story-map .react-flow__edges')" });
    const objectId = edges.result.objectId;
    assert.ok(objectId, 'the map has arrows');
    // The browser names a layer by the first element drawn in it: the arrows' box or one inside it.
    const { node } = await cdp.send('DOM.describeNode', { objectId, depth: -1 });
    type Described = { backendNodeId: number; children?: Described[] };
    const inArrows = new Set<number>();
    const walk = (n: Described) => {
      inArrows.add(n.backendNodeId);
      n.children?.forEach(walk);
    };
    walk(node as Described);
    for (let i = 0; i < 100 && !trees.some((t) => t.layers?.length); i++) await page.waitForTimeout(50);
    const layers = trees.findLast((t) => t.layers?.length)?.layers ?? [];
    assert.ok(layers.length > 0, 'the browser told its layers');
    assert.ok(
      layers.some((l) => l.backendNodeId !== undefined && inArrows.has(l.backendNodeId)),
      `the arrows have no layer of their own (${layers.length} layers)`,
    );
  } finally {
    await context.close();
  }
});
