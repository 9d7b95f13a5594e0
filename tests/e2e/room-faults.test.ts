/**
 * The hub killed (kill -9) while laptops save, in real Chromium against a real hub process on
 * 127.0.0.1: nothing the hub acknowledged is lost, work goes on ("Saved on this laptop — will send
 * when the room is back"), a reload while the hub is away keeps the outbox, and everything is
 * sent when the hub is back ("Saved to the room").
 * Run: node --import tsx --test tests/e2e/room-faults.test.ts (after `npx vite build`)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { Room, roomForFile, startSessionInBrowser, waitForSaveState, type RoomDevice } from './lib/room.ts';
import { shot } from './pages/player-testing.ts';

let room: Room;

roomForFile('faults', (r) => {
  room = r;
});

const T = { timeout: 60_000 };
const AWAY = 'Saved on this laptop — will send when the room is back';

/** Every title the hub has for a story (each kept version). */
async function hubTitles(d: RoomDevice, id: string): Promise<string[]> {
  return d.page.evaluate(async (i) => {
    const r = (await (await fetch(`/api/stories/${i}/versions`)).json()) as { versions: Array<{ title: { en: string } }> };
    return r.versions.map((v) => v.title.en);
  }, id);
}

async function newStory(page: Page, title: string): Promise<string> {
  await page.getByRole('button', { name: 'New story' }).click();
  await page.waitForURL(/\/edit\//, T);
  await page.locator('#story-title-input').fill(title);
  await waitForSaveState(page, 'Saved to the room');
  return new URL(page.url()).pathname.split('/').pop()!;
}

test('kill -9 during saves: nothing acknowledged is lost; the editor says so plainly, and sends everything when the hub is back', async () => {
  const hubLaptop = await room.device('hub-laptop');
  const code = await startSessionInBrowser(hubLaptop.page, 'Faults');
  const laptop = await room.device('laptop', `/?join=${code}`);
  const id = await newStory(laptop.page, 'Title 0');

  // Saves every few hundred milliseconds; each one the editor calls "Saved to the room" was acknowledged.
  const acknowledged: string[] = [];
  for (let i = 1; i <= 4; i++) {
    await laptop.page.locator('#story-title-input').fill(`Title ${i}`);
    await waitForSaveState(laptop.page, 'Saved to the room');
    acknowledged.push(`Title ${i}`);
  }
  // One more, and the hub dies while it may be on its way.
  await laptop.page.locator('#story-title-input').fill('Title 5');
  await laptop.page.waitForTimeout(300);
  await room.kill9();

  // Work goes on, saved here.
  await laptop.page.locator('#story-title-input').fill('Written while the hub was away');
  await waitForSaveState(laptop.page, AWAY);
  await shot(laptop.page, 'room-saved-on-laptop');

  await room.restart();
  await waitForSaveState(laptop.page, 'Saved to the room', 90_000);
  const titles = await hubTitles(hubLaptop, id);
  for (const t of acknowledged) assert.ok(titles.includes(t), `"${t}" was acknowledged, so the hub has it: ${JSON.stringify(titles)}`);
  assert.equal(titles[0], 'Written while the hub was away', 'the newest version is the current one');
  assert.deepEqual(laptop.errors, []);
});

test('a reload while the hub is away keeps the outbox: the work is sent when the hub is back', async () => {
  // The hub laptop's own browser (http://localhost: its service worker keeps the app for reloads).
  const laptop = room.devices.find((d) => d.kind === 'hub-laptop')!;
  await laptop.page.goto(room.hub.httpUrl);
  const id = await newStory(laptop.page, 'Before the reload');
  await room.kill9();
  await laptop.page.locator('#story-title-input').fill('Saved while the hub was away');
  await waitForSaveState(laptop.page, AWAY);

  // Reload without the hub: the app comes from this browser, the story from its library.
  await laptop.page.reload();
  await laptop.page.locator('#story-title-input').waitFor(T);
  assert.equal(await laptop.page.locator('#story-title-input').inputValue(), 'Saved while the hub was away');
  await waitForSaveState(laptop.page, AWAY);

  await room.restart();
  await waitForSaveState(laptop.page, 'Saved to the room', 90_000);
  assert.equal((await hubTitles(laptop, id))[0], 'Saved while the hub was away');
});
