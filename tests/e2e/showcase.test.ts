/**
 * Showcase (#16) in real Chromium against a real hub process on 127.0.0.1: the facilitator's laptop
 * (the hub laptop, with its Headsets panel) and two Quest headsets (iwer), each a browser context of
 * its own. The facilitator sends a story, leads it from a second tab (follow me: each choice moves
 * both headsets), pauses and resumes, sends them back to the start, sees where a headset looks;
 * a headset whose connection drops catches up without a reload; a headset cannot guide the others.
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
import { Room, startSessionInBrowser, type RoomDevice } from './lib/room.ts';

let work: string;
let room: Room;
let facilitator: RoomDevice;
let h1: RoomDevice;
let h2: RoomDevice;
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
const card = (name: string) => facilitator.page.locator('.headset-card', { has: facilitator.page.getByRole('heading', { name: new RegExp(`^${name}`) }) });

test('the facilitator sends a story to two headsets, leads them through three choices, pauses and restarts them', async () => {
  facilitator = await room.device('hub-laptop');
  const code = await startSessionInBrowser(facilitator.page, 'Showcase evening');
  // A story in the room (as a laptop's outbox would send it): four scenes in a row.
  const photo = fixture('generated-pano.jpg');
  const hash = sha256(photo);
  const story = fakeStory({ id: 'forest-walk', scenes: 4, panoramas: [fakeImageAsset(1, { id: hash, bytes: photo.length, width: 1024, height: 512 })] });
  const author = new Device(room.hub.httpUrl, room.hub.ca);
  const saved = await sendStory(author, { ...story, meta: { ...story.meta, title: { en: 'Forest walk' } } }, new Map([[hash, photo]]), null);
  assert.equal(saved.status, 200, saved.text);
  await author.close();

  for (const d of [(h1 = await room.device('headset', `/?join=${code}`)), (h2 = await room.device('headset', `/?join=${code}`))]) {
    await d.context.addInitScript(WATCH_SOCKETS);
    await d.page.reload();
  }
  await facilitator.page.goto(new URL('room/headsets', room.hub.httpUrl).href);
  await card('Headset 1').waitFor(T);
  await card('Headset 2').waitFor(T);

  await facilitator.page.getByLabel('Story').selectOption({ label: 'Forest walk' });
  await facilitator.page.getByRole('button', { name: 'Send to every headset' }).click();
  for (const h of [h1, h2]) {
    await h.page.waitForURL(/\/play\/forest-walk/, T);
    await scene(h.page).filter({ hasText: 'Scene 1' }).waitFor(T);
  }
  await card('Headset 1').getByText('Forest walk: Scene 1').waitFor(T);
  await card('Headset 2').getByText('Forest walk: Scene 1').waitFor(T);

  // Headset 1 goes into VR: the panel says so.
  await h1.page.locator('[data-testid="enter-vr"]:not([disabled])').click({ timeout: 90_000 });
  await card('Headset 1').getByText('In VR', { exact: true }).waitFor(T);

  // Follow me: the facilitator plays the story in a second tab; each choice moves both headsets.
  const popup = facilitator.context.waitForEvent('page');
  await facilitator.page.getByRole('button', { name: 'Play it here and lead' }).click();
  leader = await popup;
  await scene(leader).filter({ hasText: 'Scene 1' }).waitFor(T);
  await card('Headset 2').getByText('Following you').waitFor(T);
  for (const n of [2, 3, 4]) {
    await leader.locator('.ssp-choices').getByRole('button', { name: `Go to scene ${n}` }).click();
    for (const h of [h1, h2]) await scene(h.page).filter({ hasText: `Scene ${n}` }).waitFor(T);
    await card('Headset 1').getByText(`Forest walk: Scene ${n}`).waitFor(T);
  }
  await h2.page.getByText('Following the guide').waitFor(T);

  // Pause: a calm full-view message on every headset (in VR too); then play on.
  await facilitator.page.getByRole('button', { name: 'Pause', exact: true }).first().click();
  for (const h of [h1, h2]) await h.page.getByRole('dialog', { name: 'Time to take the headset off' }).waitFor(T);
  assert.equal(await h1.page.evaluate(() => (window as unknown as { __storyXR?: unknown }).__storyXR === undefined), true); // not in debug mode: the DOM says it
  await card('Headset 2').getByText('Paused').waitFor(T);
  await facilitator.page.getByRole('button', { name: 'Play on' }).first().click();
  for (const h of [h1, h2]) await h.page.getByRole('dialog', { name: 'Time to take the headset off' }).waitFor({ state: 'detached', ...T });

  // Back to the start, for everyone.
  await facilitator.page.getByRole('button', { name: 'Back to the start' }).first().click();
  for (const h of [h1, h2]) await scene(h.page).filter({ hasText: 'Scene 1' }).waitFor(T);
  assert.deepEqual([...h1.errors, ...h2.errors, ...facilitator.errors], []);
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

test('a headset whose connection drops catches up without a reload; a headset cannot guide the others', async () => {
  // Headset 2's Wi-Fi drops: its socket closes and new ones fail.
  await h2.page.evaluate(() => {
    const live = (window as unknown as { __live: { blocked: boolean; sockets: WebSocket[] } }).__live;
    live.blocked = true;
    for (const s of live.sockets) s.close();
  });
  await card('Headset 2').getByText(/Not connected/).waitFor(T);
  // Meanwhile the facilitator leads on and pauses everyone.
  await leader.reload();
  await scene(leader).filter({ hasText: 'Scene 1' }).waitFor(T);
  await leader.locator('.ssp-choices').getByRole('button', { name: 'Go to scene 2' }).click();
  await scene(h1.page).filter({ hasText: 'Scene 2' }).waitFor(T);
  const leaderScene = 'Scene 2';
  await facilitator.page.getByRole('button', { name: 'Pause', exact: true }).first().click();
  await h1.page.getByRole('dialog', { name: 'Time to take the headset off' }).waitFor(T);
  assert.equal(await h2.page.getByRole('dialog').count(), 0);

  // The Wi-Fi is back: without a reload, headset 2 is where the facilitator is, and paused.
  const url = h2.page.url();
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
    await new Promise((r) => setTimeout(r, 1000));
    ws.close();
  });
  for (const h of [h1, h2]) assert.equal(await h.page.getByRole('dialog', { name: 'Time to take the headset off' }).count(), 1);
  await facilitator.page.getByRole('button', { name: 'Play on' }).first().click();
  await h2.page.getByRole('dialog', { name: 'Time to take the headset off' }).waitFor({ state: 'detached', ...T });
});
