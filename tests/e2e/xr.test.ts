/**
 * The player in a VR headset: real Chromium, with Meta's WebXR emulator (iwer, a Quest 3 with
 * Touch controllers and hand tracking) installed by the test page before the player loads.
 * Run: node --import tsx --test tests/e2e/xr.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { SLOW, openXrPage, shotVr, untilOr, withXrHarness } from './lib/xr-harness.ts';
import { distinctColours } from './lib/pixels.ts';
import { recordAnnouncements } from './pages/player-testing.ts';

const harness = withXrHarness();

/** Like page.waitForFunction, but a timeout says what the headset and the story were doing. */
const until = (page: Page, fn: (arg: string | null) => unknown, arg: string | null, what: string) =>
  untilOr(page, fn, arg, what, 'xr-failed', (p) => p.evaluate(() => ({ xr: window.__storyXR?.state(), story: window.__story?.state() })));

const open = (query = '') => openXrPage(harness(), query);

const storyState = (page: Page) => page.evaluate(() => window.__story!.state());
const xrState = (page: Page) => page.evaluate(() => window.__storyXR!.state());
/**
 * Waits for a scene, and for the headset to have put its starting view ahead (at the next pose:
 * head directions computed before that would be turned with it).
 */
async function waitScene(page: Page, sceneId: string) {
  await until(page, (id) => window.__story!.state().sceneId === id, sceneId, `scene ${sceneId}`);
  await until(page, () => !window.__storyXR!.state().presenting || window.__storyXR!.state().recentred === window.__story!.state().arrival, null, `recentre in ${sceneId}`);
}
/** Waits for `n` more rendered XR frames (poses), so the emulator's new input state has been seen. */
async function frames(page: Page, n = 2) {
  const start = (await xrState(page)).poses;
  await page.waitForFunction(([s, k]) => window.__storyXR!.state().poses >= s + k, [start, n] as const, SLOW);
}

async function enterVr(page: Page) {
  const button = page.locator('[data-testid="enter-vr"]');
  await button.waitFor(SLOW);
  assert.match(await button.innerText(), /Enter VR/);
  await page.locator('[data-testid="enter-vr"]:not([disabled])').click();
  await page.waitForFunction(() => !!window.__xrDevice?.activeSession && (window.__storyXR?.state().poses ?? 0) > 2, null, SLOW);
}

/** Waits until both controllers are tracked (their layouts load when they connect). */
const controllersReady = (page: Page) => page.waitForFunction(() => window.__storyXR!.state().inputs.controllers === 2, null, SLOW);

/** Points a controller (or hand) from the head at a world yaw/pitch and clicks (trigger or pinch). */
async function pointAndClick(page: Page, yaw: number, pitch: number, kind: 'controller' | 'hand' = 'controller') {
  await page.evaluate(([y, p, k]) => window.xrTest.point('right', y, p, k), [yaw, pitch, kind] as const);
  await frames(page, 2);
  await page.evaluate((k) => window.xrTest.squeeze('right', 1, k), kind);
  await frames(page, 2);
  await page.evaluate((k) => window.xrTest.squeeze('right', 0, k), kind);
}

async function locate(page: Page, name: string) {
  await page.waitForFunction((n) => !!window.__storyXR!.locate(n), name, SLOW);
  return (await page.evaluate((n) => window.__storyXR!.locate(n), name))!;
}

test('without a headset there is no Enter VR button, and the XR code is never loaded', async () => {
  const requests: string[] = [];
  const { page, context, errors } = await newPage(harness().browser);
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${harness().url}tests/e2e/pages/xr.html?xr=none`);
  await page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0 && !!window.__story, null, SLOW);
  const supported = await page.evaluate(async () => (await navigator.xr?.isSessionSupported('immersive-vr')) ?? false);
  assert.equal(supported, false, 'this Chromium should have no immersive-vr runtime of its own');
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('[data-testid="enter-vr"]').count(), 0);
  const xrCode = requests.filter((u) => /\/src\/xr\/r3f\/|@react-three_xr|troika/.test(u));
  assert.deepEqual(xrCode, [], 'the XR chunk loads only where immersive VR is supported');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in a headset: controller, gaze and hand select; panels, ending and menu work; leaving VR keeps the story', async () => {
  const { page, context, errors } = await open();
  const announced = await recordAnnouncements(page);

  // The desktop view looks 60° right: entering VR shows that straight ahead.
  await page.evaluate(() => window.__story!.setView({ yaw: 60, pitch: 0 }));
  await enterVr(page);
  assert.ok(await page.evaluate(() => window.xrTest.active()), 'an immersive-vr session is running');
  let xr = await xrState(page);
  assert.equal(xr.presenting, true);
  assert.ok(Math.abs(xr.head.worldYaw - 60) < 1, `the desktop view is straight ahead (world yaw ${xr.head.worldYaw})`);
  await page.waitForFunction(() => window.__storyXR!.state().inputs.controllers === 2, null, SLOW);
  xr = await xrState(page);
  assert.equal(xr.gaze.active, false, 'with controllers, gaze selection is off (auto)');
  assert.match(await page.locator('[data-testid="enter-vr"]').innerText(), /Exit VR/);

  // XR renders every frame by itself (the canvas otherwise renders on demand).
  const poses = xr.poses;
  await page.waitForFunction((p) => window.__storyXR!.state().poses > p + 3, poses, SLOW);

  // Seated: wherever the head is (taller, leaning), it stays at the centre of the panorama.
  await page.evaluate(() => window.xrTest.headPosition(0.3, 1.25, -0.2));
  await frames(page, 2);
  xr = await xrState(page);
  assert.ok(Math.hypot(...xr.headWorld) < 1e-3, `the head is at the world origin (${xr.headWorld.join(', ')})`);

  // Controller: point the right controller at "Go down to the cellar" (yaw 120, pitch -10), pull the trigger.
  await pointAndClick(page, 120, -10);
  await waitScene(page, 'cellar');
  await shotVr(page, 'xr-cellar');

  // Gaze and dwell: no controllers; look at "Climb back up" (yaw 0, pitch 20) and wait.
  await page.evaluate(() => window.xrTest.controllers(false));
  // The gaze has noted where the head was: only turning onto a link chooses it.
  await until(page, () => window.__storyXR!.state().gaze.settled, null, 'gaze on and settled');
  await page.evaluate(() => window.xrTest.look(0, 20));
  const lookedAt = Date.now();
  await until(page, () => window.__storyXR!.state().gaze.target === 'hotspot:up', null, 'gaze on Climb back up');
  await waitScene(page, 'hall');
  assert.ok(Date.now() - lookedAt >= 1400, 'selected after resting on it, not at a glance');

  // An info hotspot opens a world-space panel; looking at its Close button closes it.
  await page.evaluate(() => window.xrTest.look(-40, 5));
  await until(page, () => window.__storyXR!.state().panel === 'info', null, 'the sign panel');
  assert.equal((await storyState(page)).sceneId, 'hall');
  const close = await locate(page, 'xr-button:info-close');
  assert.ok(close.distance > 1.5 && close.distance < 3.5, `the panel is at a comfortable distance (${close.distance.toFixed(2)} m)`);
  await frames(page, 3); // the panel's text is laid out
  await shotVr(page, 'xr-info-panel');
  await page.evaluate(([y, p]) => window.xrTest.look(y, p), [close.yaw, close.pitch] as const);
  await until(page, () => window.__storyXR!.state().panel === null, null, 'the panel closed by gaze');

  // Hands: pinch selects. Reading the sign showed "Open the glass door" (yaw 30).
  await page.evaluate(() => window.xrTest.inputMode('hand'));
  await page.waitForFunction(() => window.__storyXR!.state().inputs.hands === 2, null, SLOW);
  assert.equal((await xrState(page)).gaze.active, false, 'with hands, gaze selection is off (auto)');
  await page.evaluate(() => window.xrTest.look(30, 0));
  await pointAndClick(page, 30, 0, 'hand');
  await waitScene(page, 'garden');
  await pointAndClick(page, 60, -5, 'hand');
  await waitScene(page, 'pond');

  // The ending is offered, not opened over the view the reader came for: a button above the menu.
  await until(page, () => window.__storyXR!.locate('xr-button:ending-offer'), null, 'the ending offered');
  await frames(page, 5);
  const offer = await locate(page, 'xr-button:ending-offer');
  assert.equal((await xrState(page)).panel, null, 'the ending does not open by itself');
  await shotVr(page, 'xr-ending-offered');
  await pointAndClick(page, offer.yaw, offer.pitch, 'hand');
  // The ending, in the headset, with Play again.
  await page.waitForFunction(() => window.__storyXR!.state().panel === 'ending', null, SLOW);
  const again = await locate(page, 'xr-button:ending-play-again');
  await frames(page, 3);
  await shotVr(page, 'xr-ending');
  await pointAndClick(page, again.yaw, again.pitch, 'hand');
  await waitScene(page, 'hall');
  assert.equal((await storyState(page)).ending, false);

  // Leaving VR (the system's exit): the same scene, and the desktop view works again.
  const before = await storyState(page);
  await page.evaluate(() => window.xrTest.end());
  await page.waitForFunction(() => !window.__storyXR!.state().presenting, null, SLOW);
  const afterExit = await storyState(page);
  assert.equal(afterExit.sceneId, before.sceneId);
  assert.equal(afterExit.arrival, before.arrival, 'nothing was reset');
  await page.waitForFunction(() => /Enter VR/.test(document.querySelector('[data-testid="enter-vr"]')?.textContent ?? ''), null, SLOW);
  const view = await page.evaluate(() => window.__story!.getView());
  await page.locator('.ssp-view').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((y) => Math.abs(window.__story!.getView().yaw - y) > 1, view.yaw, SLOW);
  // What the screen shows (a screenshot, not a fresh render): the picture, not a cleared canvas.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const colours = await distinctColours(page.locator('canvas').first());
  assert.ok(colours >= 12, `the desktop canvas shows the picture again after leaving VR (saw ${colours} distinct colours)`);

  assert.deepEqual(
    (await announced()).map((a) => a.split('.')[0]),
    ['Hall', 'Cellar', 'Hall', 'Garden', 'Pond', 'Hall'],
    'every arrival in the headset is announced as on the desktop',
  );
  assert.deepEqual(errors, [], `no page errors and no request left 127.0.0.1:\n${errors.join('\n')}`);
  await context.close();
});

test('gaze waits for the head to move onto a link: nothing is chosen by itself on entering VR or after arriving', async () => {
  // square -> park -> forest, each link straight ahead of the place's starting view.
  const { page, context, errors } = await open('story=chain');
  // No controllers reported yet: the gaze selects; the head looks straight at the square's link.
  await page.evaluate(() => window.xrTest.controllers(false));
  await page.evaluate(() => window.xrTest.look(0, 0));
  await enterVr(page);
  await until(page, () => window.__storyXR!.state().gaze.active && window.__storyXR!.state().gaze.target === 'hotspot:to-park', null, 'the gaze rests on the link');
  const stillFor = async () => {
    // Longer than the pause after arriving and a whole dwell (0.6 s + 1.5 s), head perfectly still.
    await page.waitForTimeout(3500);
    await frames(page, 3);
  };
  await stillFor();
  let xr = await xrState(page);
  assert.equal((await storyState(page)).sceneId, 'square', 'entering VR does not follow the link ahead by itself');
  assert.equal(xr.gaze.progress, 0, 'the reticle does not even fill');

  // Looking away and back onto it is a choice: it fills and follows.
  const lookAwayAndBack = async () => {
    await page.evaluate(() => window.xrTest.look(0, -45));
    await frames(page, 3);
    await page.waitForTimeout(400);
    await page.evaluate(() => window.xrTest.look(0, 0));
  };
  await lookAwayAndBack();
  await waitScene(page, 'park');

  // Arriving in the park: its link happens to be ahead; keeping still stays in the park.
  await until(page, () => window.__storyXR!.state().gaze.target === 'hotspot:to-forest', null, 'the gaze rests on the next link');
  await stillFor();
  xr = await xrState(page);
  assert.equal((await storyState(page)).sceneId, 'park', 'a link in view on arrival is not chosen without the reader moving');
  assert.equal(xr.gaze.progress, 0);
  await lookAwayAndBack();
  await waitScene(page, 'forest');
  assert.deepEqual(errors, [], errors.join('\n'));
  await context.close();
});

test('the headset menu: recentre, turn, captions off and on, and Exit VR with a controller ray', async () => {
  const { page, context, errors } = await open();
  await enterVr(page);
  await controllersReady(page);
  await page.evaluate(() => window.xrTest.look(0, 0));
  await frames(page, 2);

  // Open the menu and turn right: the world turns, the menu stays with the reader.
  const openMenu = await locate(page, 'xr-button:menu-open');
  assert.ok(openMenu.pitch < -25, 'the menu waits low in front');
  await pointAndClick(page, openMenu.yaw, openMenu.pitch);
  await page.waitForFunction(() => window.__storyXR!.state().menuOpen, null, SLOW);
  const turnRight = await locate(page, 'xr-button:menu-turn-right');
  await pointAndClick(page, turnRight.yaw, turnRight.pitch);
  await page.waitForFunction(() => Math.abs(window.__storyXR!.state().head.worldYaw - 30) < 1, null, SLOW);

  // Recentre: the scene's starting view (yaw 0) is straight ahead again.
  const recentre = await locate(page, 'xr-button:menu-recentre');
  await pointAndClick(page, recentre.yaw, recentre.pitch);
  await page.waitForFunction(() => Math.abs(window.__storyXR!.state().head.worldYaw) < 1, null, SLOW);

  // Captions off and on again: one setting with the page's menu, remembered on the device.
  const captions = await locate(page, 'xr-button:menu-captions');
  assert.deepEqual(captions.texts, ['Captions: on']);
  await pointAndClick(page, captions.yaw, captions.pitch);
  await page.waitForFunction(() => localStorage.getItem('storyscape.player.captions') === 'off', null, SLOW);
  await page.waitForFunction(() => window.__storyXR!.locate('xr-button:menu-captions')?.texts.join() === 'Captions: off', null, SLOW);
  await pointAndClick(page, captions.yaw, captions.pitch);
  await page.waitForFunction(() => localStorage.getItem('storyscape.player.captions') === 'on', null, SLOW);

  const exit = await locate(page, 'xr-button:menu-exit');
  await pointAndClick(page, exit.yaw, exit.pitch);
  await page.waitForFunction(() => !window.__xrDevice?.activeSession && !window.__storyXR!.state().presenting, null, SLOW);
  assert.equal((await storyState(page)).sceneId, 'hall');
  assert.deepEqual(errors, [], errors.join('\n'));
  await context.close();
});

test('text the font cannot draw (Sámi ŋ, Arabic) is drawn by the browser, never fetched', async () => {
  const { page, context, errors } = await open('script=mixed');
  await enterVr(page);
  await page.evaluate(() => window.__story!.choose('sign'));
  await page.waitForFunction(() => window.__storyXR!.state().panel === 'info', null, SLOW);
  const body = await locate(page, 'info-body');
  assert.equal(body.canvasText, true, 'the body falls back to canvas text');
  const close = await locate(page, 'xr-button:info-close');
  assert.equal(close.canvasText, false, 'Latin labels stay troika text');
  // The Arabic words are drawn in the self-hosted Noto Sans Arabic (loaded before drawing), so they
  // are shaped the same on every headset, offline.
  const arabicFace = await page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans Arabic').map((f) => f.status));
  assert.ok(arabicFace.includes('loaded'), `Noto Sans Arabic is loaded for the canvas text: ${JSON.stringify(arabicFace)}`);
  await frames(page, 3);
  await shotVr(page, 'xr-info-mixed-scripts');
  assert.deepEqual(errors, [], `no request left 127.0.0.1:\n${errors.join('\n')}`);
  await context.close();
});

test('the headset menu offers the story\'s languages: choosing Norsk bokmål shows the story in Norwegian', async () => {
  // The language café template as it ships: Norwegian Bokmål and English, every line in both.
  const { page, context, errors } = await open('story=template:language-cafe');
  await page.waitForFunction(() => window.__story!.state().sceneId === 'cafe', null, SLOW);
  assert.equal((await storyState(page)).language, 'en', 'an English-speaking browser starts in English');
  await enterVr(page);
  await controllersReady(page);
  await page.evaluate(() => window.xrTest.look(0, 0));
  await frames(page, 2);

  // Pointing at a hotspot shows its label in the story's language.
  const helloAt = await locate(page, 'hotspot:cafe-hello');
  const labelOf = async () => {
    await page.evaluate(([y, p]) => window.xrTest.point('right', y, p), [helloAt.yaw, helloAt.pitch] as const);
    await frames(page, 3);
    return (await locate(page, 'xr-label:cafe-hello')).texts;
  };
  assert.ok((await labelOf()).includes('Say hello'), 'the label is in English first');

  // The menu has one large button per language, in its own name; English is lit.
  const openMenu = await locate(page, 'xr-button:menu-open');
  await pointAndClick(page, openMenu.yaw, openMenu.pitch);
  await page.waitForFunction(() => window.__storyXR!.state().menuOpen, null, SLOW);
  const nb = await locate(page, 'xr-button:menu-language-nb');
  const en = await locate(page, 'xr-button:menu-language-en');
  assert.ok(nb.texts.includes('Norsk bokmål'), `the button names the language in itself: ${JSON.stringify(nb.texts)}`);
  assert.ok(en.texts.includes('English'));
  await frames(page, 3);
  await shotVr(page, 'xr-menu-languages');
  await pointAndClick(page, nb.yaw, nb.pitch);
  await page.waitForFunction(() => window.__story!.state().language === 'nb', null, SLOW);

  // The same engine call as the page's menu: the scene's title and the labels are Norwegian now,
  // in the headset and on the page.
  await page.waitForFunction(() => document.querySelector('.ssp-header')?.textContent?.includes('Kafeen på biblioteket'), null, SLOW);
  const close = await locate(page, 'xr-button:menu-close');
  await pointAndClick(page, close.yaw, close.pitch);
  await page.waitForFunction(() => !window.__storyXR!.state().menuOpen, null, SLOW);
  const label = await labelOf();
  assert.ok(label.includes('Si hei'), `the label is in Norwegian: ${JSON.stringify(label)}`);
  assert.equal((await xrState(page)).presenting, true, 'still in the headset');
  assert.deepEqual(errors, [], errors.join('\n'));
  await context.close();
});

test("a 360° video in the headset: its captions under the view, Pause/Play beside the menu, and its position in the menu", async () => {
  const { page, context, errors } = await open('story=video');
  const video = () => page.evaluate(() => window.__story!.video()!);
  await page.waitForFunction(() => !!window.__story?.video(), null, SLOW);
  await enterVr(page);
  await controllersReady(page);
  await page.evaluate(() => window.xrTest.look(0, 0));
  await frames(page, 2);

  // The video's caption (0:05 to 0:09) shows under the view, as the narration's would.
  await until(page, () => window.__storyXR!.locate('xr-caption')?.texts.join() === 'The bell rings at five.', null, 'the video caption in the headset');

  // Pause beside the closed menu: the video stops and the button now offers Play.
  const toggle = await locate(page, 'xr-button:video-toggle');
  assert.deepEqual(toggle.texts, ['Pause the video']);
  await pointAndClick(page, toggle.yaw, toggle.pitch);
  await until(page, () => window.__story!.video()!.paused, null, 'the video to pause');
  await until(page, () => window.__storyXR!.locate('xr-button:video-toggle')?.texts.join() === 'Play the video', null, 'the Play label');

  // In the open menu: the position, in words, stepped with + and pulled along its track.
  const openMenu = await locate(page, 'xr-button:menu-open');
  await pointAndClick(page, openMenu.yaw, openMenu.pitch);
  await until(page, () => window.__storyXR!.state().menuOpen, null, 'the menu to open');
  const centre = await locate(page, 'xr-button:menu-close');
  await page.evaluate(([y, p]) => window.xrTest.look(y, p), [centre.yaw, centre.pitch + 8] as const);
  await frames(page, 3);
  await shotVr(page, 'xr-video-menu');
  // The middle of the track is the middle of the video (the recording says 11.6 s or so).
  const track = await locate(page, 'xr-slider-track:video-position');
  await pointAndClick(page, track.yaw, track.pitch);
  await until(page, () => Math.abs(window.__story!.video()!.time - 6) < 1, null, 'the video to move to the middle');
  const at = Math.round((await video()).time);
  const words = (s: number) => new RegExp(`^0:${String(s).padStart(2, '0')} of 0:1[12]$`).source;
  await until(page, (re) => window.__storyXR!.locate('xr-slider:video-position')?.texts.some((t) => new RegExp(re!).test(t)) ?? false, words(at), `the slider to say where the video is (${at} s)`);
  // + moves it on a second, and a paused video stays paused.
  const more = await locate(page, 'xr-button:video-position-more');
  await pointAndClick(page, more.yaw, more.pitch);
  await until(page, (n) => Math.abs(window.__story!.video()!.time - Number(n)) < 0.3, String(at + 1), `the video to move on to ${at + 1} s`);
  await until(page, (re) => window.__storyXR!.locate('xr-slider:video-position')?.texts.some((t) => new RegExp(re!).test(t)) ?? false, words(at + 1), `the slider to say ${at + 1} s`);
  assert.equal((await video()).paused, true, 'stepping keeps a paused video paused');

  // Play again from the open menu.
  const play = await locate(page, 'xr-button:video-toggle');
  await pointAndClick(page, play.yaw, play.pitch);
  await until(page, () => !window.__story!.video()!.paused, null, 'the video to play again');
  assert.deepEqual(errors.filter((e) => !/AudioContext/i.test(e)), []);
  await context.close();
});
