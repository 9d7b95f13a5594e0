/**
 * Showcase (#16) in real Chromium against a real hub process on 127.0.0.1: the facilitator's page
 * (/room on the hub laptop, with its Headsets panel) and three Quest headsets (iwer), each a browser
 * context of its own. The facilitator renames a headset, sends a story, leads it from a second tab
 * (follow me: each of three choices moves every headset to the facilitator's scene), pauses (a calm
 * message, the story's sound silenced) and plays on, sends them back to the start, sees where a
 * headset looks; a headset whose connection drops plays on by itself and catches up without a
 * reload; a headset in VR stays in VR when sent another story; a headset cannot guide the others.
 * Run: node --import tsx --test tests/e2e/showcase.test.ts (after `npx vite build`)
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Device, killLeftoverHubs } from './lib/hub.ts';
import { fixture, sendStory, sha256 } from './lib/hub-data.ts';
import { fakeImageAsset, fakeStory } from '../../src/story/fake.ts';
import { distinctColours } from './lib/pixels.ts';
import { Room, startSessionInBrowser, type RoomDevice } from './lib/room.ts';

let work: string;
let room: Room;
let facilitator: RoomDevice;
let h1: RoomDevice;
let h2: RoomDevice;
let h3: RoomDevice;
let headsets: RoomDevice[];
let leader: Page;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'storyscape-showcase-'));
  room = await Room.start(join(work, 'data'));
});
after(async () => {
  await room?.close();
  await killLeftoverHubs();
  rmSync(work, { recursive: true, force: true });
});

const T = { timeout: 60_000 };
/** Every WebSocket the page opens, and a switch that sends new ones nowhere (a dropped Wi-Fi). */
const WATCH_SOCKETS = `(() => {
  const Native = window.WebSocket;
  const live = { sockets: [], blocked: false };
  window.__live = live;
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      super(live.blocked ? String(url).replace('/api/live', '/api/no-live') : url, protocols);
      live.sockets.push(this);
    }
  };
})();`;

const scene = (p: Page) => p.locator('.ssp-scene-title');
/** The story's sound on a page: howler's global mute (what a guide's pause sets, never the reader's own). */
const silenced = (p: Page) => p.evaluate(() => (window as unknown as { Howler: { _muted: boolean } }).Howler._muted);
/** Every headset shows `name`, the facilitator's scene. */
async function allAt(name: string, on = headsets) {
  for (const h of on) await scene(h.page).filter({ hasText: new RegExp(`^${name}$`) }).waitFor(T);
}
const card = (name: string) => facilitator.page.locator('.headset-card', { has: facilitator.page.getByRole('heading', { name: new RegExp(`^${name}`) }) });

test('the facilitator sends a story to three headsets, leads them through three choices, pauses and restarts them', async () => {
  facilitator = await room.device('hub-laptop');
  const code = await startSessionInBrowser(facilitator.page, 'Showcase evening');
  // A story in the room (as a laptop's outbox would send it): four scenes in a row.
  const photo = fixture('generated-pano.jpg');
  const hash = sha256(photo);
  const story = fakeStory({ id: 'forest-walk', scenes: 4, panoramas: [fakeImageAsset(1, { id: hash, bytes: photo.length, width: 1024, height: 512 })] });
  // Its sound, a quiet tone under every scene: what a guide's pause must silence (a story without
  // sound never loads the sound engine at all).
  const tone = fixture('tone.wav');
  const toneHash = sha256(tone);
  story.assets.push({ id: toneHash, kind: 'audio', mime: 'audio/wav', bytes: tone.length, name: 'tone.wav', duration: 1, transcript: { en: 'A quiet tone' }, credit: {}, consent: { peopleRecognisable: 'no', consentRecorded: false } });
  for (const s of story.scenes) s.soundscape.beds.push({ id: `${s.id}-tone`, asset: toneHash, volume: 0.2 });
  const author = new Device(room.hub.httpUrl, room.hub.ca);
  const saved = await sendStory(author, { ...story, meta: { ...story.meta, title: { en: 'Forest walk' } } }, new Map([[hash, photo], [toneHash, tone]]), null);
  assert.equal(saved.status, 200, saved.text);
  await author.close();

  headsets = [];
  for (let i = 0; i < 3; i++) {
    const d = await room.device('headset', `/?join=${code}`);
    await d.context.addInitScript(WATCH_SOCKETS);
    // Joined (the address loses ?join= once the hub said yes), so the reload is the same headset.
    await d.page.waitForURL((u) => !u.searchParams.has('join'), T);
    await d.page.reload();
    headsets.push(d);
  }
  [h1, h2, h3] = headsets as [RoomDevice, RoomDevice, RoomDevice];
  // The facilitator's own page holds the Headsets panel.
  await facilitator.page.goto(new URL('room', room.hub.httpUrl).href);
  await facilitator.page.getByRole('heading', { name: 'Headsets', level: 2 }).waitFor(T);
  for (const n of [1, 2, 3]) await card(`Headset ${n}`).waitFor(T);

  // Names are the facilitator's to change.
  await card('Headset 3').getByRole('button', { name: 'Rename' }).click();
  await facilitator.page.getByLabel('New name for Headset 3').fill('Headset by the window');
  await facilitator.page.locator('.headset-rename').getByRole('button', { name: 'Save' }).click();
  await card('Headset by the window').waitFor(T);

  await facilitator.page.locator('.headsets-panel').getByLabel('Story').selectOption({ label: 'Forest walk' });
  await facilitator.page.getByRole('button', { name: 'Send to every headset' }).click();
  for (const h of headsets) await h.page.waitForURL(/\/play\/forest-walk/, T);
  await allAt('Scene 1');
  for (const name of ['Headset 1', 'Headset 2', 'Headset by the window']) await card(name).getByText('Forest walk: Scene 1').waitFor(T);

  // Headset 1 goes into VR: the panel says so.
  await h1.page.locator('[data-testid="enter-vr"]:not([disabled])').click({ timeout: 90_000 });
  await card('Headset 1').getByText('In VR', { exact: true }).waitFor(T);

  // Follow me: the facilitator plays the story in a second tab; each choice moves every headset there.
  const popup = facilitator.context.waitForEvent('page');
  await facilitator.page.getByRole('button', { name: 'Play it here and lead' }).click();
  leader = await popup;
  await scene(leader).filter({ hasText: 'Scene 1' }).waitFor(T);
  await card('Headset 2').getByText('Following you').waitFor(T);
  for (const n of [2, 3, 4]) {
    await leader.locator('.ssp-choices').getByRole('button', { name: `Go to scene ${n}` }).click();
    await scene(leader).filter({ hasText: `Scene ${n}` }).waitFor(T);
    await allAt(`Scene ${n}`);
    await card('Headset by the window').getByText(`Forest walk: Scene ${n}`).waitFor(T);
  }
  await h2.page.getByText('Following the guide').waitFor(T);

  // Pause: a calm full-view message on every headset (in VR too) and the story falls silent; then play on.
  for (const h of headsets) assert.equal(await silenced(h.page), false);
  await facilitator.page.getByRole('button', { name: 'Pause', exact: true }).first().click();
  for (const h of headsets) await h.page.getByRole('dialog', { name: 'Time to take the headset off' }).waitFor(T);
  for (const h of headsets) assert.equal(await silenced(h.page), true, 'a paused headset is silent');
  assert.equal(await h1.page.evaluate(() => (window as unknown as { __storyXR?: unknown }).__storyXR === undefined), true); // not in debug mode: the DOM says it
  await card('Headset 2').getByText('Paused').waitFor(T);
  await facilitator.page.getByRole('button', { name: 'Play on' }).first().click();
  for (const h of headsets) await h.page.getByRole('dialog', { name: 'Time to take the headset off' }).waitFor({ state: 'detached', ...T });
  for (const h of headsets) await h.page.waitForFunction(() => !(window as unknown as { Howler: { _muted: boolean } }).Howler._muted, undefined, T);

  // Pause only one headset: the others play on.
  await card('Headset 2').getByRole('button', { name: 'Pause', exact: true }).click();
  await h2.page.getByRole('dialog', { name: 'Time to take the headset off' }).waitFor(T);
  for (const h of [h1, h3]) assert.equal(await h.page.getByRole('dialog', { name: 'Time to take the headset off' }).count(), 0);
  await card('Headset 2').getByRole('button', { name: 'Play on' }).click();
  await h2.page.getByRole('dialog', { name: 'Time to take the headset off' }).waitFor({ state: 'detached', ...T });

  // Back to the start, for everyone.
  await facilitator.page.getByRole('button', { name: 'Back to the start' }).first().click();
  await allAt('Scene 1');
  assert.deepEqual([...h1.errors, ...h2.errors, ...h3.errors, ...facilitator.errors], []);
});

test("the panel shows where a headset looks, a few times a second", async () => {
  await h2.page.locator('.ssp-view').focus();
  const frame = card('Headset 2').locator('.headset-view-frame').first();
  await frame.waitFor(T);
  const before = Number(await frame.getAttribute('data-yaw'));
  for (let i = 0; i < 12; i++) await h2.page.keyboard.press('ArrowRight');
  await facilitator.page.waitForFunction(
    (b) => {
      const f = [...document.querySelectorAll('.headset-card')].find((c) => c.textContent?.includes('Headset 2'))?.querySelector('.headset-view-frame');
      return !!f && Math.abs(Number(f.getAttribute('data-yaw')) - b) >= 20;
    },
    before,
    T,
  );
  await card('Headset 2').getByText(/Looking (to the right|behind) at “Scene 1”/).waitFor(T);
});

test('a headset whose connection drops plays on by itself and catches up without a reload; a headset cannot guide the others', async () => {
  // Headset 2's Wi-Fi drops: its socket closes and new ones fail.
  await h2.page.evaluate(() => {
    const live = (window as unknown as { __live: { blocked: boolean; sockets: WebSocket[] } }).__live;
    live.blocked = true;
    for (const s of live.sockets) s.close();
  });
  await h2.context.setOffline(true); // nothing from the hub at all, not only the live messages
  await card('Headset 2').getByText(/Not connected/).waitFor(T);
  // Without the hub the headset plays on by itself: its reader walks on two scenes.
  for (const n of [2, 3]) {
    await h2.page.locator('.ssp-choices').getByRole('button', { name: `Go to scene ${n}` }).click();
    await scene(h2.page).filter({ hasText: `Scene ${n}` }).waitFor(T);
  }
  // Meanwhile the facilitator leads on and pauses everyone.
  await leader.reload();
  await scene(leader).filter({ hasText: 'Scene 1' }).waitFor(T);
  await leader.locator('.ssp-choices').getByRole('button', { name: 'Go to scene 2' }).click();
  await allAt('Scene 2', [h1, h3]);
  const leaderScene = 'Scene 2';
  assert.equal(await scene(h2.page).textContent(), 'Scene 3'); // cut off: it did not hear
  await facilitator.page.getByRole('button', { name: 'Pause', exact: true }).first().click();
  for (const h of [h1, h3]) await h.page.getByRole('dialog', { name: 'Time to take the headset off' }).waitFor(T);
  assert.equal(await h2.page.getByRole('dialog').count(), 0);

  // The Wi-Fi is back: without a reload, headset 2 is where the facilitator is, and paused.
  const url = h2.page.url();
  await h2.context.setOffline(false);
  await h2.page.evaluate(() => {
    (window as unknown as { __live: { blocked: boolean } }).__live.blocked = false;
    window.dispatchEvent(new Event('online'));
  });
  await h2.page.getByRole('dialog', { name: 'Time to take the headset off' }).waitFor(T);
  await scene(h2.page).filter({ hasText: leaderScene }).waitFor(T);
  assert.equal(h2.page.url(), url);
  await card('Headset 2').getByText('Connected').waitFor(T);

  // A headset tries the facilitator's commands on its own live socket: the hub ignores them.
  await h1.page.evaluate(async () => {
    const ws = new WebSocket(new URL('api/live', document.baseURI).href.replace(/^http/, 'ws'));
    await new Promise((r) => ws.addEventListener('open', r));
    ws.send(JSON.stringify({ type: 'guide', to: 'all', command: { do: 'resume' } }));
    ws.send(JSON.stringify({ type: 'rename-headset', deviceId: 'x', name: 'Hacked' }));
    ws.send(JSON.stringify({ type: 'lead', storyId: 'forest-walk', sceneId: 'scene-4', variables: {} }));
    ws.send(JSON.stringify({ type: 'guide', to: 'all', command: { do: 'restart' } }));
    await new Promise((r) => setTimeout(r, 1000));
    ws.close();
  });
  for (const h of headsets) assert.equal(await h.page.getByRole('dialog', { name: 'Time to take the headset off' }).count(), 1);
  for (const h of headsets) assert.equal(await scene(h.page).textContent(), leaderScene);
  await facilitator.page.getByRole('button', { name: 'Play on' }).first().click();
  for (const h of headsets) await h.page.getByRole('dialog', { name: 'Time to take the headset off' }).waitFor({ state: 'detached', ...T });
});

/**
 * The headset's immersive session is running and draws with a live WebGL context: a replaced
 * canvas's context is lost (react-three-fiber forces that on unmount), so a session left on it shows
 * nothing.
 */
const VR_LIVE = () => {
  const session = (window as unknown as { __xrDevice: { activeSession?: XRSession } }).__xrDevice.activeSession;
  const layer = session?.renderState.baseLayer as (XRWebGLLayer & { context?: WebGLRenderingContext }) | undefined;
  return !!layer?.context && !layer.context.isContextLost();
};

test('a headset in VR stays in VR when the facilitator sends it another story', async () => {
  const author = new Device(room.hub.httpUrl, room.hub.ca);
  const photo = fixture('generated-pano.jpg');
  const hash = sha256(photo);
  const second = fakeStory({ id: 'harbour-walk', scenes: 2, panoramas: [fakeImageAsset(1, { id: hash, bytes: photo.length, width: 1024, height: 512 })] });
  const saved = await sendStory(author, { ...second, meta: { ...second.meta, title: { en: 'Harbour walk' } } }, new Map([[hash, photo]]), null);
  assert.equal(saved.status, 200, saved.text);
  await author.close();
  assert.equal(await h1.page.evaluate(VR_LIVE), true);

  await facilitator.page.locator('.headsets-panel').getByLabel('Story').selectOption({ label: 'Harbour walk' });
  await card('Headset 1').getByRole('button', { name: 'Send this story' }).click();
  await h1.page.waitForURL(/\/play\/harbour-walk/, T);
  await scene(h1.page).filter({ hasText: /^Scene 1$/ }).waitFor(T);
  await card('Headset 1').getByText('Harbour walk: Scene 1').waitFor(T);
  await card('Headset 1').getByText('In VR', { exact: true }).waitFor(T);
  await h1.page.waitForFunction(VR_LIVE, undefined, T);
  // The others were not sent anything.
  for (const h of [h2, h3]) assert.match(h.page.url(), /\/play\/forest-walk/);
  // What the headset shows is the new story's picture (drawn by the new canvas), not a blank layer
  // (the emulator lays the session's canvases on top of the page, the newest last).
  await h1.page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
  const colours = await distinctColours(h1.page.locator('canvas').last());
  assert.ok(colours >= 12, `the headset shows the new story's picture (saw ${colours} distinct colours)`);
  // Leaving VR in the new story gives the page its view back.
  await h1.page.evaluate(() => (window as unknown as { __xrDevice: { activeSession?: XRSession } }).__xrDevice.activeSession?.end());
  await card('Headset 1').getByText('Not in VR', { exact: true }).waitFor(T);
  await h1.page.getByTestId('enter-vr').filter({ hasText: 'Enter VR' }).waitFor(T);
  assert.deepEqual(h1.errors, []);
});
