/**
 * The room hub with laptops, in real Chromium against a real hub process on 127.0.0.1: the hub
 * laptop starts a session, laptops join (a wrong code first), a story made on one laptop appears
 * on the other, two laptops editing one story keep both versions, and the facilitator's page
 * shows it all, exports everything and ends the session.
 * Run: node --import tsx --test tests/e2e/room-laptops.test.ts (after `npx vite build`)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Room, roomForFile, startSessionInBrowser, waitForSaveState, type RoomDevice } from './lib/room.ts';
import { shot } from './pages/player-testing.ts';

let work: string;
let room: Room;
let hubLaptop: RoomDevice;
let a: RoomDevice;
let b: RoomDevice;
let code: string;
let storyId: string;

roomForFile('laptops', (r, w) => {
  room = r;
  work = w;
});

const T = { timeout: 60_000 };

/** The hub's own view (as the hub laptop's browser sees it). */
const hubStories = (d: RoomDevice) =>
  d.page.evaluate(async () => ((await (await fetch('/api/stories')).json()) as { stories: Array<{ id: string; title: { en: string }; version: number; updatedBy: string }> }).stories);

test('the hub laptop starts a session; a laptop joins with the code (a wrong one first); a new story reaches the room', async () => {
  hubLaptop = await room.device('hub-laptop');
  await hubLaptop.page.getByRole('heading', { name: 'Start a session' }).waitFor(T);
  code = await startSessionInBrowser(hubLaptop.page);
  assert.match(code, /^[A-Z2-9]{3}-[A-Z2-9]{3}$/);

  // The big screen: the code, a QR code for each address, the certificate's fingerprint.
  await hubLaptop.page.getByRole('button', { name: 'Show the join page' }).click();
  await hubLaptop.page.getByText(code, { exact: true }).waitFor(T);
  assert.ok((await hubLaptop.page.locator('.join-address img.qr-code').count()) >= 1);
  assert.equal(await hubLaptop.page.locator('.fingerprint-value').innerText(), room.hub.fingerprint);
  await shot(hubLaptop.page, 'room-join-page');

  a = await room.device('laptop');
  await a.page.getByRole('heading', { name: 'Join “Thursday group”' }).waitFor(T);
  await a.page.getByLabel('Join code').fill('ZZZ-ZZZ');
  await a.page.getByRole('button', { name: 'Join', exact: true }).click();
  await a.page.getByText('That code isn’t right. Check the code on the big screen and try again.').waitFor(T);
  await a.page.getByLabel('Join code').fill(code.toLowerCase().replace('-', ' '));
  await a.page.getByRole('button', { name: 'Join', exact: true }).click();
  await a.page.getByText('In the room “Thursday group” as Laptop 1.').waitFor(T);

  await a.page.getByRole('button', { name: 'New story' }).click();
  await a.page.waitForURL(/\/edit\//, T);
  storyId = new URL(a.page.url()).pathname.split('/').pop()!;
  await waitForSaveState(a.page, 'Saved to the room');
  await a.page.locator('#story-title-input').fill('Our corner shop');
  await waitForSaveState(a.page, 'Saved to the room');
  const onHub = await hubStories(hubLaptop);
  assert.deepEqual(
    onHub.map((s) => [s.id, s.title.en, s.updatedBy]),
    [[storyId, 'Our corner shop', 'Laptop 1']],
  );
  assert.deepEqual(a.errors, []);
});

test('a story made on one laptop appears on the other, live', async () => {
  b = await room.device('laptop', `/?join=${code.replace('-', '')}`);
  await b.page.getByText('In the room “Thursday group” as Laptop 2.').waitFor(T);
  assert.equal(new URL(b.page.url()).search, '', 'the code leaves the address once joined');
  const card = b.page.locator(`[data-room-story="${storyId}"]`);
  await card.getByRole('heading', { name: 'Our corner shop' }).waitFor(T);
  await card.getByText(/changed by Laptop 1/).waitFor(T);

  // A change on laptop A shows on B without a reload (the live connection).
  await a.page.locator('#story-title-input').fill('Our corner shop at night');
  await waitForSaveState(a.page, 'Saved to the room');
  await card.getByRole('heading', { name: 'Our corner shop at night' }).waitFor(T);
  assert.deepEqual(b.errors, []);
});

test('two laptops editing one story keep both versions: the later one switches to its copy and says so', async () => {
  // B opens the room story (copied into its library) and edits it.
  await b.page.locator(`[data-room-story="${storyId}"]`).getByRole('button', { name: /^Open/ }).click();
  await b.page.waitForURL(new RegExp(`/edit/${storyId}$`), T);
  await b.page.locator('#story-title-input').waitFor(T);
  assert.equal(await b.page.locator('#story-title-input').inputValue(), 'Our corner shop at night');

  // A saves a change first; B, still on the version before it, saves after.
  await a.page.locator('#story-title-input').fill('Shop (A’s version)');
  await waitForSaveState(a.page, 'Saved to the room');
  await b.page.locator('#story-title-input').fill('Shop (B’s version)');
  await b.page.getByRole('alert').filter({ hasText: 'Someone else changed this story at the same time. Your changes are kept as “Shop (B’s version) (Laptop 2)”.' }).waitFor(T);
  await b.page.waitForURL((u) => /\/edit\//.test(u.pathname) && !u.pathname.endsWith(storyId), T);
  const copyId = new URL(b.page.url()).pathname.split('/').pop()!;
  assert.equal(await b.page.locator('#story-title-input').inputValue(), 'Shop (B’s version) (Laptop 2)');
  await shot(b.page, 'room-kept-both');

  // B keeps working on its copy; A's version is untouched.
  await b.page.locator('#story-title-input').fill('Shop, the way we saw it');
  await waitForSaveState(b.page, 'Saved to the room');
  const onHub = new Map((await hubStories(hubLaptop)).map((s) => [s.id, s]));
  assert.equal(onHub.get(storyId)?.title.en, 'Shop (A’s version)');
  assert.equal(onHub.get(copyId)?.title.en, 'Shop, the way we saw it');
  assert.equal(onHub.get(copyId)?.updatedBy, 'Laptop 2');
  assert.deepEqual([...a.errors, ...b.errors], []);
});

test('the facilitator page: stories live with group and scenes, devices connected, export everything, end the session', async () => {
  const page = hubLaptop.page;
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await page.getByRole('button', { name: 'Facilitator page' }).click();
  const rows = page.locator('.room-table tbody tr');
  await page.locator(`tr[data-story-id="${storyId}"]`).getByRole('rowheader', { name: 'Shop (A’s version)' }).waitFor(T);
  assert.equal(await rows.count(), 2);
  await page.locator(`tr[data-story-id="${storyId}"] td`).first().getByText('Laptop 1').waitFor(T);
  await page.locator('.device-list li.online').filter({ hasText: 'Laptop 2' }).waitFor(T);
  await shot(page, 'room-facilitator');

  // A change on a laptop shows at once.
  await a.page.locator('#story-title-input').fill('Shop, final');
  await page.locator(`tr[data-story-id="${storyId}"]`).getByRole('rowheader', { name: 'Shop, final' }).waitFor(T);

  // Ending: export first (a backup the library opens again), then the consent choice, then end.
  await page.getByRole('button', { name: 'End the session…' }).click();
  const dialog = page.getByRole('dialog', { name: 'End the session' });
  assert.equal(await dialog.getByRole('button', { name: 'End the session now' }).isDisabled(), true);
  const [download] = await Promise.all([page.waitForEvent('download', T), dialog.getByRole('button', { name: 'Export everything' }).click()]);
  const file = join(work, 'backup.storyscape-backup');
  await download.saveAs(file);
  assert.equal(readFileSync(file).subarray(0, 2).toString(), 'PK');
  await dialog.getByText(/Everything is exported/).waitFor(T);
  await dialog.getByLabel(/Delete this session’s stories, photos and sounds/).check();
  await dialog.getByRole('button', { name: 'End the session now' }).click();
  await page.getByText(/The session has ended\. 2 stories/).waitFor(T);

  // The laptops are out of the room; their own copies stay in their libraries.
  await a.page.goto(room.hub.httpsUrl);
  await a.page.getByText('No session is running yet. The facilitator starts one on the hub laptop.').waitFor(T);
  await a.page.getByRole('heading', { name: 'Your stories' }).waitFor(T);
  await a.page.getByRole('heading', { name: 'Shop, final' }).waitFor(T);
  assert.deepEqual([...hubLaptop.errors, ...a.errors], []);
});
