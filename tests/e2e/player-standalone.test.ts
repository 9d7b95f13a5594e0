import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { fakeImageAsset, fakeStory, fakeVideoAsset } from '../../src/story/fake.ts';
import { loadStory, serializeStory } from '../../src/story/io/load.ts';
import { launch, newPage } from './lib/browser.ts';
import { changedShot } from './lib/changed-shot.ts';
import { serveStatic, type StaticServer } from './lib/server.ts';
import { buildStandalonePlayer, drawJpegs, publishSite } from './pages/player-build.ts';
import { INLINE_STYLE_PATH, siteCsp } from '../../src/publish/site.ts';
import { CHECKED_META } from '../../src/story/io/package/checked-stamp.ts';

let browser: Browser;
let playerDir: string;
const cleanup: Array<() => Promise<void> | void> = [];

before(async () => {
  [browser, playerDir] = await Promise.all([launch(), buildStandalonePlayer()]);
  cleanup.push(() => rmSync(playerDir, { recursive: true, force: true }));
});
after(async () => {
  for (const c of cleanup.reverse()) await c();
  await browser?.close();
});

/**
 * A published site of this story; `csp`: with the Content-Security-Policy publish gives a site (a
 * violation is a console error); `vouched`: the sha-256 its page gives for story.json, as publish
 * does for a story its check passed (src/story/io/package/checked-stamp.ts).
 */
async function site(storyJson: unknown, assets: Record<string, Buffer> = {}, prefix = '/', csp = false, vouched?: string): Promise<StaticServer> {
  const dir = publishSite(playerDir, storyJson, assets);
  const html = join(dir, 'player.html');
  if (csp) {
    // As publish writes the page (src/publish/site.ts): the page's own style in a file, the policy in a meta tag.
    let page = readFileSync(html, 'utf8');
    const style = /<style>([^<]*)<\/style>/.exec(page);
    if (style) writeFileSync(join(dir, INLINE_STYLE_PATH), style[1]!);
    page = page.replace(style?.[0] ?? '', `<link rel="stylesheet" href="./${INLINE_STYLE_PATH}">`);
    writeFileSync(html, page.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="${siteCsp()}">`));
  }
  if (vouched) writeFileSync(html, readFileSync(html, 'utf8').replace('</head>', `<meta name="${CHECKED_META}" content="${vouched}"></head>`));
  const server = await serveStatic(dir, { prefix });
  cleanup.push(() => server.close(), () => rmSync(dir, { recursive: true, force: true }));
  return server;
}

test('player.html plays ./story.json with pictures from ./assets/<sha256>.<ext>', async () => {
  const jpegs = await drawJpegs(browser, [
    { width: 1024, hue: 20, label: 'Gate' },
    { width: 1024, hue: 200, label: 'Yard' },
  ]);
  const assets = jpegs.map((bytes, i) =>
    fakeImageAsset(i + 1, { id: createHash('sha256').update(bytes).digest('hex'), width: 1024, height: 512, bytes: bytes.length }),
  );
  const story = fakeStory({ scenes: 2, panoramas: assets });
  story.scenes[0]!.title = { en: 'Gate' };
  story.scenes[1]!.title = { en: 'Yard' };
  // Published sites live in subfolders: everything is relative to player.html.
  const server = await site(story, Object.fromEntries(assets.map((a, i) => [`${a.id}.jpg`, jpegs[i]!])), '/stories/gate/');
  const { page, context, errors } = await newPage(browser);
  // Reading a shader's log waits for the GPU's compiler: the published player never asks (three's checkShaderErrors off).
  await page.addInitScript(() => {
    const w = window as unknown as { shaderLogs: number };
    w.shaderLogs = 0;
    for (const name of ['getShaderInfoLog', 'getProgramInfoLog'] as const) {
      const real = WebGL2RenderingContext.prototype[name] as (...a: unknown[]) => unknown;
      Object.defineProperty(WebGL2RenderingContext.prototype, name, { value: function (this: unknown, ...a: unknown[]) { w.shaderLogs++; return real.apply(this, a); } });
    }
  });
  await page.goto(`${server.url}player.html`);
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, null, { timeout: 60_000 });
  assert.equal(await page.locator('.ssp-scene-title').innerText(), 'Gate');
  await page.getByRole('button', { name: /Go to scene 2/ }).click();
  await page.waitForFunction(() => performance.getEntriesByName('story:scene-shown').length > 0, null, { timeout: 60_000 });
  assert.equal(await page.locator('.ssp-scene-title').innerText(), 'Yard');
  assert.equal(await page.evaluate(() => 'window.__story' in window && !!window.__story), false, 'no debug handle without ?debug');
  // The full check ran after the first frame, in a worker, and found the story as published: no second start.
  await page.waitForFunction(() => performance.getEntriesByName('story:checked').length > 0, null, { timeout: 60_000 });
  assert.deepEqual(await page.evaluate(() => (performance.getEntriesByName('story:checked')[0] as PerformanceMark).detail), { ok: true, where: 'worker' });
  assert.equal(await page.evaluate(() => performance.getEntriesByName('story:first-frame').length), 1);
  assert.equal(await page.evaluate(() => (window as unknown as { shaderLogs: number }).shaderLogs), 0, 'no shader logs read');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken or missing story.json is explained in words', async () => {
  const broken = await site('{ "schemaVersion": 1, "scenes": [ ');
  const { page, context } = await newPage(browser);
  await page.goto(`${broken.url}player.html`);
  await page.getByRole('heading', { name: 'This story could not be opened' }).waitFor();
  assert.match(await page.locator('main').innerText(), /cut off or edited by hand/);
  // A reader who chose Norwegian gets the explanation in Norwegian.
  await page.evaluate(() => localStorage.setItem('storyscape.uiLanguage', 'nb'));
  await page.goto(`${broken.url}player.html`);
  await page.getByRole('heading', { name: 'Denne historien kunne ikke åpnes' }).waitFor();
  assert.match(await page.locator('main').innerText(), /kuttet av eller endret for hånd/);
  await page.evaluate(() => localStorage.removeItem('storyscape.uiLanguage'));

  const missing = await site(undefined);
  await page.goto(`${missing.url}player.html`);
  await page.getByRole('heading', { name: 'This story could not be opened' }).waitFor();
  assert.match(await page.locator('main').innerText(), /story\.json\) was not found/);
  await context.close();
});

test('story.json as publish writes it plays before its full check, which still refuses a broken one in words and completes one with a default left out', async () => {
  const loaded = loadStory(fakeStory({ scenes: 2 }));
  assert.ok(loaded.ok);
  const written = serializeStory(loaded.story);
  const { page, context } = await newPage(browser);
  const checkAfterFirstFrame = () =>
    page.evaluate(() => {
      const frame = performance.getEntriesByName('story:first-frame')[0]!.startTime;
      const check = performance.getEntriesByType('resource').find((r) => /\/checkOffThread-[^/]*\.js$/.test(r.name));
      return !!check && check.startTime >= frame;
    });

  // A value the schema refuses, in publish's own formatting: the player starts, then the check says why it cannot play.
  const broken = JSON.parse(written);
  broken.meta.licence = 5;
  const brokenSite = await site(JSON.stringify(broken, null, 2) + '\n');
  await page.goto(`${brokenSite.url}player.html`);
  await page.getByRole('heading', { name: 'This story could not be opened' }).waitFor({ timeout: 60_000 });
  assert.equal(await checkAfterFirstFrame(), true, 'the check script was asked for after the first frame');
  assert.match(await page.locator('main').innerText(), /publish it again/);

  // A default left out (the licence): it plays, and starts again as the check completed it.
  const incomplete = JSON.parse(written);
  delete incomplete.meta.licence;
  const incompleteSite = await site(JSON.stringify(incomplete, null, 2) + '\n');
  await page.goto(`${incompleteSite.url}player.html`);
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length === 2, null, { timeout: 60_000 });
  assert.equal(await checkAfterFirstFrame(), true);
  assert.equal(await page.locator('.ssp-scene-title').innerText(), 'Scene 1');
  assert.equal(await page.getByRole('heading', { name: 'This story could not be opened' }).count(), 0);
  await context.close();
});

test('a story.json its page vouches for plays with no second check; one changed after publishing is checked as before', async () => {
  const loaded = loadStory(fakeStory({ scenes: 2 }));
  assert.ok(loaded.ok);
  const written = serializeStory(loaded.story);
  const hash = createHash('sha256').update(written).digest('hex');
  // No picture files (the story's pictures are made up): their 404s are the only console errors allowed.
  const { page, context, errors } = await newPage(browser);
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  const vouched = await site(written, {}, '/', false, hash);
  await page.goto(`${vouched.url}player.html`);
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  assert.deepEqual(await page.evaluate(() => (performance.getEntriesByName('story:checked')[0] as PerformanceMark | undefined)?.detail), { ok: true, where: 'publish' });
  assert.deepEqual(asked.filter((p) => /check/i.test(p)), [], "the check's code was never asked for");
  assert.equal(await page.locator('.ssp-scene-title').innerText(), 'Scene 1');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('story:first-frame').length), 1, 'no second start');

  // The same page's word, but story.json edited after publishing (a value the schema refuses): the player checks it and says why.
  const broken = JSON.parse(written);
  broken.meta.licence = 5;
  const changed = await site(JSON.stringify(broken, null, 2) + '\n', {}, '/', false, hash);
  await page.goto(`${changed.url}player.html`);
  await page.getByRole('heading', { name: 'This story could not be opened' }).waitFor({ timeout: 60_000 });
  assert.deepEqual(await page.evaluate(() => (performance.getEntriesByName('story:checked')[0] as PerformanceMark | undefined)?.detail), { ok: false, where: 'worker' });
  assert.deepEqual(errors.filter((e) => !/status of 404/.test(e)), []);
  await context.close();
});

test('the address cannot give a published site another picture or story: the old bench query is gone', async () => {
  const [gate, other] = await drawJpegs(browser, [
    { width: 1024, hue: 20, label: 'Gate' },
    { width: 1024, hue: 220, label: 'X' },
  ]);
  const asset = fakeImageAsset(1, { id: createHash('sha256').update(gate!).digest('hex'), width: 1024, height: 512, bytes: gate!.length });
  const story = fakeStory({ scenes: 2, panoramas: [asset] });
  story.scenes[0]!.title = { en: 'Gate' };
  const server = await site(story, { [`${asset.id}.jpg`]: gate!, 'other.jpg': other! });
  const { page, context, errors } = await newPage(browser);
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  // What the removed bench mode took: a picture for scene "a" (and "b"), a field of view, preloading.
  await page.goto(`${server.url}player.html?a=/assets/other.jpg&b=/assets/other.jpg&fov=40&preload=0`);
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, null, { timeout: 60_000 });
  await page.locator('.ssp-scene-title').waitFor();
  assert.equal(await page.locator('.ssp-scene-title').innerText(), 'Gate', "the site's own story plays");
  assert.ok(await page.getByRole('button', { name: /Go to scene 2/ }).isVisible(), "the reader's interface is there");
  assert.deepEqual(asked.filter((p) => p.endsWith('/other.jpg')), [], 'the picture named in the address was never asked for');
  assert.equal(await page.evaluate(() => !!window.__story), false, 'no debug handle without ?debug');
  assert.deepEqual(errors, []);
  await context.close();
  // Nor does the built player hold the query's code: its words for the field of view and its pictures.
  for (const name of listFiles(playerDir).filter((f) => f.endsWith('.js'))) {
    const js = readFileSync(resolve(playerDir, name), 'utf8');
    assert.doesNotMatch(js, /[`"']vfov[`"']|Bench picture/, `${name} still holds the bench query mode`);
  }
});

test('the start picture is on screen before the player has loaded, at the starting view, and makes way for the player', async () => {
  const png = readFileSync(resolve(import.meta.dirname, '../fixtures/generated/quarters.png'));
  const asset = fakeImageAsset(1, { id: createHash('sha256').update(png).digest('hex'), mime: 'image/png', width: 2048, height: 1024, bytes: png.length });
  const story = fakeStory({ scenes: 2, panoramas: [asset] });
  story.scenes[0]!.hotspots[0]!.yaw = -120; // behind the reader: nothing on the patches compared
  // Looking right of centre and a little up: the red front quarter on the left, the green right one on the right.
  story.scenes[0]!.view = { yaw: 45, pitch: 10, fov: 70 };
  const server = await site(story, { [`${asset.id}.png`]: png });
  const { page, context, errors } = await newPage(browser);
  await page.setViewportSize({ width: 800, height: 450 });
  // Hold back the player itself (React, three.js): only the page's first small script runs.
  let release!: () => void;
  const released = new Promise<void>((ok) => (release = ok));
  await page.route(/\/assets\/mount-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${server.url}player.html`);
  await page.waitForFunction(() => performance.getEntriesByName('story:first-paint').length > 0, null, { timeout: 60_000 });
  assert.equal(await page.evaluate(() => performance.getEntriesByName('story:first-frame').length), 0, 'the player has not drawn yet');
  assert.equal(await page.getByRole('status').filter({ hasText: 'Opening the story…' }).count(), 1, 'screen readers hear that the story is opening');
  const early = await colours(page);
  await page.evaluate(() => (document.querySelector<HTMLCanvasElement>('body > canvas[aria-hidden="true"]')!.dataset.early = 'yes'));
  release();
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, null, { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('body > canvas[aria-hidden="true"]'), null, { timeout: 10_000 });
  await page.locator('.ssp-scene-title').waitFor();
  const player = await colours(page);
  assert.equal(await page.getByText('Opening the story…').count(), 0, 'the player replaced the opening message');
  // The player drew on the early canvas, with the picture already there: no second context, decode or upload.
  const took = await page.evaluate(() => ({
    adopted: performance.getEntriesByName('story:picture-adopted').map((m) => (m as PerformanceMark).detail.assetId as string),
    decoded: performance.getEntriesByName('story:picture-decoded').map((m) => (m as PerformanceMark).detail.assetId as string),
    shown: [...document.querySelectorAll<HTMLCanvasElement>('.ssp-canvas canvas')].filter((c) => c.getBoundingClientRect().width > 0).map((c) => c.dataset.early ?? 'own'),
  }));
  assert.deepEqual(took.adopted, [asset.id], 'the early picture became the player\'s');
  assert.ok(!took.decoded.includes(asset.id), 'the start picture was not decoded a second time');
  assert.deepEqual(took.shown, ['yes'], 'the view shows the early canvas, moved into it');
  // Left of the view's centre: red (yaw < 45); right of it: green; the same in both pictures.
  assert.deepEqual(early.map(dominant), ['red', 'green'], `early picture: ${JSON.stringify(early)}`);
  assert.deepEqual(player.map(dominant), ['red', 'green'], `player's picture: ${JSON.stringify(player)}`);
  for (let i = 0; i < 2; i++) for (let c = 0; c < 3; c++) assert.ok(Math.abs(early[i]![c]! - player[i]![c]!) < 40, `the same colours: ${JSON.stringify({ early, player })}`);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Holds back the page's requests for `url` until the returned function is called. */
async function holdBack(page: import('playwright-core').Page, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((ok) => (release = ok));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * The gate-and-yard site with a preview of every scene picture, as publish writes it: full pictures
 * an orange gate and a blue yard; the yard's preview is drawn green, so the screen says which one shows.
 */
async function gateAndYardWithPreviews() {
  const [gate, yard, yardPreview, gatePreview] = await drawJpegs(browser, [
    { width: 1024, hue: 20, label: 'Gate' },
    { width: 1024, hue: 215, label: 'Yard' },
    { width: 256, hue: 120, label: 'Yard' },
    { width: 256, hue: 20, label: 'Gate' },
  ]);
  const { story, gateId, yardId } = gateAndYard(gate!, yard!);
  const dir = publishSite(playerDir, story, {
    [`${gateId}.jpg`]: gate!,
    [`${yardId}.jpg`]: yard!,
    [`preview-${gateId}.jpg`]: gatePreview!,
    [`preview-${yardId}.jpg`]: yardPreview!,
  });
  // As publish writes it when every scene picture has a preview (src/publish/site.ts).
  // And the start picture's preview linked for the first script (preloadLinks in src/publish/site.ts).
  const html = join(dir, 'player.html');
  const startPreview = `<link rel="preload" href="./assets/preview-${gateId}.jpg" as="fetch" crossorigin="anonymous" data-preview="${gateId}">`;
  writeFileSync(html, readFileSync(html, 'utf8').replace('<head>', `<head><meta name="ssp-previews" content="scenes">${startPreview}`));
  const server = await serveStatic(dir);
  cleanup.push(() => server.close(), () => rmSync(dir, { recursive: true, force: true }));
  return { story, gateId, yardId, server };
}

test("a chosen scene whose picture is not here yet shows at once as its site's preview, then sharpens to its picture", async () => {
  const { story, yardId, server } = await gateAndYardWithPreviews();
  const { page, context, errors } = await newPage(browser, { reducedMotion: true });
  // The yard's full picture is held back until after the choice: it cannot be on the GPU in time.
  const release = await holdBack(page, new RegExp(`/assets/${yardId}\\.jpg$`));
  await page.goto(`${server.url}player.html`);
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, null, { timeout: 60_000 });
  assert.deepEqual((await colours(page, BELOW_LABELS)).map(hueName), ['orange', 'orange'], 'the gate shows');
  await page.getByRole('button', { name: /Go to scene 2/ }).click();
  await page.waitForFunction(() => performance.getEntriesByName('story:scene-shown').length > 0, null, { timeout: 60_000 });
  const shown = await page.evaluate(() => (performance.getEntriesByName('story:scene-shown')[0] as PerformanceMark).detail);
  assert.deepEqual(shown, { sceneId: story.scenes[1]!.id, soft: true }, 'the yard was shown as its preview');
  assert.deepEqual((await colours(page, BELOW_LABELS)).map(hueName), ['green', 'green'], "the yard's preview is on screen before its picture is here");
  assert.equal(await page.locator('.ssp-scene-title').innerText(), 'Yard');
  release();
  await page.waitForFunction(() => performance.getEntriesByName('story:scene-sharp').length > 0, null, { timeout: 60_000 });
  assert.deepEqual((await colours(page, BELOW_LABELS)).map(hueName), ['blue', 'blue'], "the yard's own picture took its preview's place");
  assert.equal(await page.evaluate(() => performance.getEntriesByName('story:scene-shown').length), 1, 'shown once, then sharpened');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a scene chosen before the player is up shows at once on the early picture, from its early decode, and the player starts there', async () => {
  const { story, yardId, page, context, errors, release } = await gateAndYardHeld('?debug');
  await page.waitForFunction(() => performance.getEntriesByName('story:first-paint-full').length > 0, null, { timeout: 60_000 });
  assert.deepEqual((await colours(page, BELOW_LABELS)).map(hueName), ['orange', 'orange'], 'the gate shows early');
  assert.equal(await page.evaluate((id) => window.__story!.goTo(id), story.scenes[1]!.id), true, 'the early handle takes the choice');
  await page.waitForFunction(() => performance.getEntriesByName('story:early-choice-shown').length > 0, null, { timeout: 60_000 });
  assert.equal(await page.evaluate(() => performance.getEntriesByName('story:first-frame').length), 0, 'the player has not drawn yet');
  assert.deepEqual((await colours(page, BELOW_LABELS)).map(hueName), ['blue', 'blue'], 'the yard shows at once, before the player is up');
  release();
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, null, { timeout: 60_000 });
  await page.locator('.ssp-scene-title').waitFor();
  assert.equal(await page.locator('.ssp-scene-title').innerText(), 'Yard', 'the player starts in the chosen scene');
  const took = await page.evaluate(() => ({
    state: window.__story!.state().sceneId,
    shown: window.__story!.shown.map((e) => e.sceneId),
    adopted: performance.getEntriesByName('story:picture-adopted').map((m) => (m as PerformanceMark).detail.assetId as string),
    decoded: performance.getEntriesByName('story:picture-decoded').map((m) => (m as PerformanceMark).detail.assetId as string),
  }));
  assert.equal(took.state, story.scenes[1]!.id);
  assert.deepEqual(took.shown, [story.scenes[1]!.id], 'the gate was never shown again by the player');
  assert.deepEqual(took.adopted, [yardId], "the yard's picture on the early canvas became the player's");
  assert.ok(!took.decoded.includes(yardId), 'the yard was not decoded again');
  assert.deepEqual((await colours(page, BELOW_LABELS)).map(hueName), ['blue', 'blue'], 'the player shows the yard');
  assert.deepEqual(errors, []);
  await context.close();
});

test("a reader can choose on the early picture: the start scene's choices show before the player is up, and a press goes there at once", async () => {
  const { story, page, context, errors, release } = await gateAndYardHeld('?debug', (story) => {
    const hotspot = story.scenes[0]!.hotspots[0]!;
    hotspot.label = { en: 'Into the yard' };
    // The choice counts, as any choice in the player does: its effect is there when the player is up.
    story.variables = [{ id: 'went', name: 'went', initial: 0 }];
    hotspot.effects = [{ variable: 'went', op: 'add', value: 1 }];
  });
  const hotspot = story.scenes[0]!.hotspots[0]!;
  await page.waitForFunction(() => performance.getEntriesByName('story:first-paint-full').length > 0, null, { timeout: 60_000 });
  const choice = page.getByRole('navigation', { name: 'Choices' }).getByRole('button', { name: 'Go: Into the yard' });
  await choice.waitFor({ timeout: 10_000 });
  assert.equal(await page.evaluate(() => performance.getEntriesByName('story:first-frame').length), 0, 'the player has not drawn yet');
  // Keyboard first: Tab reaches the choice (nothing else on the early page takes focus), Enter chooses.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-hotspot')), hotspot.id, 'Tab reaches the early choice');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => performance.getEntriesByName('story:early-choice-shown').length > 0, null, { timeout: 60_000 });
  assert.equal(await page.evaluate(() => performance.getEntriesByName('story:first-frame').length), 0, 'still before the player');
  assert.deepEqual((await colours(page, BELOW_LABELS)).map(hueName), ['blue', 'blue'], 'the yard shows at once, before the player is up');
  assert.equal(await page.locator('.ssp-early-choices').count(), 0, 'the early list is gone once chosen');
  release();
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, null, { timeout: 60_000 });
  await page.locator('.ssp-scene-title').waitFor();
  assert.equal(await page.locator('.ssp-scene-title').innerText(), 'Yard', 'the player starts in the chosen scene');
  const took = await page.evaluate(() => ({ state: window.__story!.state(), shown: window.__story!.shown.map((e) => e.sceneId) }));
  assert.equal(took.state.sceneId, story.scenes[1]!.id);
  assert.deepEqual(took.state.variables, { went: 1 }, "the choice's effect ran in the player's story");
  assert.deepEqual(took.shown, [story.scenes[1]!.id], 'the gate was never shown again by the player');
  assert.equal(await page.locator('.ssp-toolbar button').first().isEnabled(), true, 'Go back leads to the gate, as after any choice');
  assert.deepEqual(errors, []);
  await context.close();
});

test("an early choice whose picture is not decoded yet shows its site's preview at once, then its picture, before the player is up", async () => {
  const { yardId, server } = await gateAndYardWithPreviews();
  const { page, context, errors } = await newPage(browser, { reducedMotion: true });
  // The yard's full picture and the player itself are held back.
  const releaseYard = await holdBack(page, new RegExp(`/assets/${yardId}\\.jpg$`));
  const releasePlayer = await holdBack(page, /\/assets\/mount-[^/]*\.js$/);
  await page.goto(`${server.url}player.html`);
  const choice = page.locator('.ssp-early-choices button');
  await choice.waitFor({ timeout: 60_000 });
  await choice.click();
  await page.waitForFunction(() => performance.getEntriesByName('story:early-choice-soft').length > 0, null, { timeout: 60_000 });
  assert.deepEqual((await colours(page, BELOW_LABELS)).map(hueName), ['green', 'green'], "the yard's preview is on screen, before its picture is here");
  releaseYard();
  await page.waitForFunction(() => performance.getEntriesByName('story:early-choice-shown').length > 0, null, { timeout: 60_000 });
  assert.deepEqual((await colours(page, BELOW_LABELS)).map(hueName), ['blue', 'blue'], "then the yard's own picture");
  assert.equal(await page.evaluate(() => performance.getEntriesByName('story:first-frame').length), 0, 'all before the player');
  releasePlayer();
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, null, { timeout: 60_000 });
  await page.locator('.ssp-scene-title').waitFor();
  assert.equal(await page.locator('.ssp-scene-title').innerText(), 'Yard', 'the player starts in the chosen scene');
  assert.deepEqual((await colours(page, BELOW_LABELS)).map(hueName), ['blue', 'blue'], 'the player shows the yard');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a choice made while the player is starting, before it has drawn, shows at once on the early picture', async () => {
  const { gateId, server } = await gateAndYardWithPreviews();
  const { page, context, errors } = await newPage(browser, { reducedMotion: true });
  // The gate's full picture is held back: the early page shows its preview, the player loads (it
  // does not wait for a picture for long) but cannot draw the gate.
  const releaseGate = await holdBack(page, new RegExp(`/assets/${gateId}\\.jpg$`));
  await page.goto(`${server.url}player.html`);
  await page.locator('.ssp-scene-title').waitFor({ timeout: 60_000 }); // the player is up
  const choice = page.locator('.ssp-early-choices button');
  await choice.waitFor({ timeout: 10_000 });
  assert.equal(await page.evaluate(() => performance.getEntriesByName('story:first-frame').length), 0, 'the player has not drawn yet');
  assert.deepEqual((await colours(page, BELOW_LABELS)).map(hueName), ['orange', 'orange'], "the gate's preview shows");
  await choice.click();
  // Not left to the starting player (it would show the yard only once it has drawn): the early canvas shows it now.
  await page.waitForFunction(() => performance.getEntriesByName('story:early-choice-shown').length > 0, null, { timeout: 20_000 });
  assert.deepEqual((await colours(page, BELOW_LABELS)).map(hueName), ['blue', 'blue'], 'the yard shows at once');
  releaseGate();
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, null, { timeout: 60_000 });
  assert.equal(await page.locator('.ssp-scene-title').innerText(), 'Yard', 'the player made the choice');
  assert.deepEqual((await colours(page, BELOW_LABELS)).map(hueName), ['blue', 'blue'], 'the player shows the yard');
  assert.deepEqual(errors, []);
  await context.close();
});

test("the early choices make way for the player's own, and a reader on one with the keyboard stays on it", async () => {
  const { story, page, context, errors, release } = await gateAndYardHeld('');
  const early = page.locator('.ssp-early-choices button');
  await early.waitFor({ timeout: 60_000 });
  const id = story.scenes[0]!.hotspots[0]!.id;
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.ssp-early-choices') !== null), true, 'the early choice has the keyboard');
  release();
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, null, { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('.ssp-early-choices'), null, { timeout: 10_000 });
  const focus = await page.evaluate(() => ({ hotspot: document.activeElement?.getAttribute('data-hotspot'), inPlayer: !!document.activeElement?.closest('#root .ssp-choices') }));
  assert.deepEqual(focus, { hotspot: id, inPlayer: true }, "the keyboard is on the same choice in the player's list");
  assert.equal(await page.locator('.ssp-scene-title').innerText(), 'Gate', 'nothing was chosen');
  assert.deepEqual(errors, []);
  await context.close();
});

test("a published story that starts on a 360° video asks for the video from the page's first script, and the player plays that same video", async () => {
  // A small WebM recorded in Chromium (tests/fixtures/media/make-fixtures.mjs) and an orange poster.
  const { server, videoAsset } = await videoSite('spin.webm', 2, 20, 1);
  const { page, context, errors } = await newPage(browser);
  await page.goto(`${server.url}player.html`);
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0, null, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Pause the video' }).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('story:video-loaded').length > 0, null, { timeout: 60_000 });
  const marks = await page.evaluate(() =>
    ['story:video-requested', 'story:video-loaded'].map((n) => performance.getEntriesByName(n).map((m) => (m as PerformanceMark).detail as { assetId: string; early?: boolean })),
  );
  assert.deepEqual(marks, [[{ assetId: videoAsset.id, early: true }], [{ assetId: videoAsset.id, early: true }]], 'asked for once, early, and the player took that element');
  // It plays: the drawn view changes from frame to frame (the video moves), and the pause button stops it.
  const view = page.locator('canvas').first();
  assert.ok(await changedShot(view, await view.screenshot()), 'the video plays on screen');
  await page.getByRole('button', { name: 'Pause the video' }).click();
  await page.getByRole('button', { name: 'Play the video' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('coming back to a video scene starts its early video from the start, drawn on screen, without piling up its listeners', async () => {
  // A 12 s WebM showing the second it is at (second 0 red) and a blue poster; scene 2 is a photo.
  const { server } = await videoSite('count.webm', 12, 200, 2);
  const { page, context, errors } = await newPage(browser);
  // Every <video> made on the page, for the test to look at (the player's are not in the DOM).
  await page.addInitScript(() => {
    const make = Document.prototype.createElement;
    Document.prototype.createElement = function (this: Document, tag: string, o?: ElementCreationOptions) {
      const el = make.call(this, tag, o);
      if (el instanceof HTMLVideoElement) ((window as unknown as { __videos: HTMLVideoElement[] }).__videos ??= []).push(el);
      return el;
    } as typeof Document.prototype.createElement;
  });
  await page.goto(`${server.url}player.html?debug`);
  await page.getByRole('button', { name: 'Pause the video' }).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => (window.__story?.video()?.time ?? 0) > 1.5, null, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Pause the video' }).click();
  const left = (await page.evaluate(() => window.__story!.video()!.time));
  assert.ok(left > 1.5, `paused at ${left} s`);
  await page.evaluate(() => window.__story!.goTo('scene-2'));
  await page.waitForFunction(() => window.__story!.state().sceneId === 'scene-2' && window.__story!.video() === null);
  // Where the video is when it plays again, told by the element itself, which then stays there.
  await page.evaluate(() => {
    const w = window as unknown as { __videos: HTMLVideoElement[]; __playedFrom?: number };
    const el = w.__videos[0]!;
    el.addEventListener('playing', () => {
      w.__playedFrom ??= el.currentTime;
      el.pause();
    });
    window.__story!.goTo('scene-1');
  });
  await page.getByRole('button', { name: 'Pause the video' }).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => (window as unknown as { __playedFrom?: number }).__playedFrom !== undefined, null, { timeout: 60_000 });
  const from = await page.evaluate(() => (window as unknown as { __playedFrom: number }).__playedFrom);
  assert.ok(from < 1, `plays again from its start, not from ${left} s (played from ${from} s)`);
  assert.equal(await page.evaluate(() => (window as unknown as { __videos: unknown[] }).__videos.length), 1, 'the early element, taken again: no second video');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('story:video-requested').length), 1, 'asked for once');
  // Its frame at the start (red, second 0) covers the blue poster once the crossfade is over; an
  // earlier build that seeked back lost the frame and showed the poster. Sampled at the sides,
  // away from the big digit.
  await page.waitForFunction(() => window.__story!.fading() === 0, null, { timeout: 60_000 });
  const side = async () => (await page.evaluate(() => [0.03, 0.97].map((x) => window.__story!.sample(x, 0.5)!.slice(0, 3))));
  let seen = await side();
  for (let i = 0; i < 20 && !seen.every((c) => hueName(c) === 'orange'); i++) {
    await page.waitForTimeout(300);
    seen = await side();
  }
  assert.deepEqual(seen.map(hueName), ['orange', 'orange'], 'the video\'s first frame, not the poster');
  // One arrival's listeners on the element, not one set per arrival.
  const cdp = await context.newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__videos[0]' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
  const count = (type: string) => listeners.filter((l) => l.type === type).length;
  assert.deepEqual({ ended: count('ended'), error: count('error'), playing: count('playing') }, { ended: 1, error: 1, playing: 2 }, 'the player\'s own (and the test\'s "playing")');
  assert.deepEqual(errors, []);
  await context.close();
});

/** A published story whose first scene plays a fixture video (looping) over a poster of `hue`. */
async function videoSite(file: string, duration: number, hue: number, scenes: number) {
  const webm = readFileSync(resolve(import.meta.dirname, '../fixtures/media', file));
  const [poster] = await drawJpegs(browser, [{ width: 512, hue, label: 'Poster' }]);
  const posterAsset = fakeImageAsset(1, { id: createHash('sha256').update(poster!).digest('hex'), width: 512, height: 256, bytes: poster!.length });
  const videoAsset = fakeVideoAsset(1, { id: createHash('sha256').update(webm).digest('hex'), mime: 'video/webm', bytes: webm.length, name: file, width: 256, height: 128, duration });
  const story = fakeStory({ scenes, panoramas: [posterAsset] });
  story.assets.push(videoAsset);
  story.scenes[0]!.video = { asset: videoAsset.id, end: { type: 'loop' }, volume: 1 };
  assert.ok(loadStory(serializeStory(story)).ok, 'the test story is a valid story');
  return { server: await site(story, { [`${posterAsset.id}.jpg`]: poster!, [`${videoAsset.id}.webm`]: webm }), videoAsset };
}

/** Screen height fraction of the patches: below the pictures' big labels. */
const BELOW_LABELS = 0.78;

/** Two scenes, a gate that leads to a yard, with these 1024×512 JPEGs; the gate's choice out of the patches compared. */
/**
 * The gate-and-yard site (`change` edits its story first), opened at player.html + `query` with the
 * player itself (React, three.js) held back until `release()`: only the page's first script runs.
 */
async function gateAndYardHeld(query: string, change: (story: ReturnType<typeof gateAndYard>['story']) => void = () => {}) {
  const [gate, yard] = await drawJpegs(browser, [
    { width: 1024, hue: 20, label: 'Gate' },
    { width: 1024, hue: 215, label: 'Yard' },
  ]);
  const { story, gateId, yardId } = gateAndYard(gate!, yard!);
  change(story);
  // Under a published site's CSP: the early list's markup must keep to it as the player's does.
  const server = await site(story, { [`${gateId}.jpg`]: gate!, [`${yardId}.jpg`]: yard! }, '/', true);
  const { page, context, errors } = await newPage(browser, { reducedMotion: true });
  const release = await holdBack(page, /\/assets\/mount-[^/]*\.js$/);
  await page.goto(`${server.url}player.html${query}`);
  return { story, gateId, yardId, page, context, errors, release };
}

function gateAndYard(gate: Buffer, yard: Buffer) {
  const assets = [gate, yard].map((bytes, i) =>
    fakeImageAsset(i + 1, { id: createHash('sha256').update(bytes).digest('hex'), width: 1024, height: 512, bytes: bytes.length }),
  );
  const story = fakeStory({ scenes: 2, panoramas: assets });
  story.scenes[0]!.hotspots[0]!.yaw = -120;
  story.scenes[0]!.title = { en: 'Gate' };
  story.scenes[1]!.title = { en: 'Yard' };
  const [gateId, yardId] = assets.map((a) => a.id) as [string, string];
  return { story, gateId, yardId };
}

/** A rough name for the hue of a mean colour. */
function hueName([r, g, b]: number[]): string {
  const max = Math.max(r!, g!, b!);
  const d = max - Math.min(r!, g!, b!);
  if (d < 25) return `grey(${r},${g},${b})`;
  const h = max === r ? (60 * ((g! - b!) / d) + 360) % 360 : max === g ? 60 * ((b! - r!) / d + 2) : 60 * ((r! - g!) / d + 4);
  return h < 50 || h >= 340 ? 'orange' : h >= 90 && h < 160 ? 'green' : h >= 190 && h < 250 ? 'blue' : `hue ${Math.round(h)}`;
}

/** The mean colour of two small patches of the screen: left and right of the centre, a little below it (or at `fy`). */
async function colours(page: import('playwright-core').Page, fy = 0.55): Promise<number[][]> {
  const shot = (await page.screenshot()).toString('base64');
  return page.evaluate(async ([b64, fy]) => {
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const g = c.getContext('2d')!;
    g.drawImage(bmp, 0, 0);
    return [0.3, 0.7].map((fx) => {
      const d = g.getImageData(Math.round(bmp.width * fx) - 10, Math.round(bmp.height * fy) - 10, 20, 20).data;
      const sum = [0, 0, 0];
      for (let i = 0; i < d.length; i += 4) for (let k = 0; k < 3; k++) sum[k]! += d[i + k]!;
      return sum.map((s) => Math.round(s / (d.length / 4)));
    });
  }, [shot, fy] as const);
}

const dominant = ([r, g, b]: number[]) => (r! > 150 && g! < 100 && b! < 100 ? 'red' : g! > 150 && r! < 100 && b! < 120 ? 'green' : `other(${r},${g},${b})`);

/** Every file under a folder, as paths relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => resolve(e.parentPath, e.name).slice(resolve(dir).length + 1));
}
