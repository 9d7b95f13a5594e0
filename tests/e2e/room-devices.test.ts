/**
 * Phones and headsets in the room, in real Chromium against a real hub process on 127.0.0.1 (HTTPS
 * with the hub's own certificate): a phone (mobile emulation) sends photos to a story from the QR
 * of "Add photos from a phone", the editor takes them in; a big photo resumes after the hub is
 * killed and restarted mid-upload; a Quest headset (iwer) opens the story from the hub and enters VR.
 * Run: node --import tsx --test tests/e2e/room-devices.test.ts (after `npx vite build`)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { ROOT } from './lib/app.ts';
import { Room, roomForFile, startSessionInBrowser, waitForSaveState, type RoomDevice } from './lib/room.ts';
import { shot } from './pages/player-testing.ts';

let work: string;
let room: Room;
let hubLaptop: RoomDevice;
let laptop: RoomDevice;
let phone: RoomDevice;
let code: string;
let storyId: string;
let phoneAddress: string;

roomForFile('devices', (r, w) => {
  room = r;
  work = w;
});

const T = { timeout: 60_000 };
const fixture = (name: string) => join(ROOT, 'tests/fixtures/media', name);

const hubStory = (d: RoomDevice, id: string) =>
  d.page.evaluate(async (i) => (await (await fetch(`/api/stories/${i}`)).json()) as { version: number; doc: { scenes: unknown[]; assets: unknown[] } }, id);

test('a phone sends photos from the QR of "Add photos from a phone"; the editor takes them into the story', async () => {
  hubLaptop = await room.device('hub-laptop');
  code = await startSessionInBrowser(hubLaptop.page, 'Phones and headsets');
  laptop = await room.device('laptop', `/?join=${code}`);
  await laptop.page.getByRole('button', { name: 'New story' }).click();
  await laptop.page.waitForURL(/\/edit\//, T);
  storyId = new URL(laptop.page.url()).pathname.split('/').pop()!;
  await laptop.page.locator('#story-title-input').fill('Our street');
  await waitForSaveState(laptop.page, 'Saved to the room');

  await laptop.page.getByRole('button', { name: 'Add photos from a phone' }).click();
  const dialog = laptop.page.getByRole('dialog', { name: 'Add photos from a phone' });
  await dialog.getByRole('img', { name: 'QR code that opens the phone page for this story' }).waitFor(T);
  phoneAddress = await dialog.locator('.join-url').innerText();
  assert.match(phoneAddress, new RegExp(`^https://[^/]+/add/${storyId}\\?join=[A-Z2-9]{6}$`));
  await shot(laptop.page, 'room-phone-qr');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The phone: scanning the QR opens the page, joins the room (as a phone) and shows the story.
  phone = await room.device('phone', phoneAddress, { serviceWorkers: 'block' });
  await phone.page.getByRole('heading', { name: 'Add photos and sounds to “Our street”' }).waitFor(T);
  await phone.page.locator('input[type=file]').setInputFiles([fixture('generated-pano.jpg'), fixture('gps-photo.jpg'), fixture('notes.jpg')]);
  const sent = phone.page.locator('.upload-item.is-done');
  await sent.nth(1).waitFor(T);
  await phone.page.locator('[data-file="gps-photo.jpg"]').getByText(/GPS/).waitFor(T);
  await phone.page.locator('[data-file="notes.jpg"]').getByRole('alert').getByText('“notes.jpg” is not a photo, a sound or a video Storyscape can use.', { exact: false }).waitFor(T);
  await shot(phone.page, 'room-phone-page');

  // The laptop takes them in through its own import: a scene each, saved, then to the room.
  await laptop.page.getByText('2 photos arrived from a phone').waitFor(T);
  // The note counts everything since it was last dismissed (the photos may come in one run or two).
  await laptop.page.locator('.phone-arrived').getByRole('button').click();
  await waitForSaveState(laptop.page, 'Saved to the room');
  const onHub = await hubStory(hubLaptop, storyId);
  assert.equal(onHub.doc.scenes.length, 2, "the first photo fills the new story's blank scene, the second makes a scene");
  assert.equal(onHub.doc.assets.length, 2);
  const inbox = await hubLaptop.page.evaluate(async (i) => ((await (await fetch(`/api/stories/${i}/inbox`)).json()) as { entries: unknown[] }).entries, storyId);
  assert.deepEqual(inbox, [], 'taken: nothing left waiting');
  const devices = await hubLaptop.page.evaluate(async () => ((await (await fetch('/api/rooms/current/devices')).json()) as { devices: Array<{ name: string; kind: string }> }).devices);
  assert.ok(devices.some((d) => d.name === 'Phone 1' && d.kind === 'phone'), JSON.stringify(devices));
  assert.deepEqual([...laptop.errors, ...phone.errors], []);
});

test('a big photo resumes where it was after the hub is killed and restarted mid-upload', async () => {
  const big = join(work, 'big-street.jpg');
  writeFileSync(
    big,
    await sharp({ create: { width: 3200, height: 1600, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
      .jpeg({ quality: 92 })
      .toBuffer(),
  );
  // Slow Wi-Fi: each part takes a moment, so the hub can be stopped between two of them.
  const parts: Array<{ offset: number; at: 'before' | 'after' }> = [];
  let restarted = false;
  let done = 0;
  let partDone!: () => void;
  const firstPart = new Promise<void>((r) => (partDone = r));
  await phone.page.route('**/api/uploads/**', async (route) => {
    const req = route.request();
    if (req.method() === 'PATCH') {
      parts.push({ offset: Number(req.headers()['upload-offset']), at: restarted ? 'after' : 'before' });
      await new Promise((r) => setTimeout(r, 1200));
    }
    const res = await route.fetch().catch(() => null);
    if (!res) return route.abort('connectionreset');
    await route.fulfill({ response: res });
    if (req.method() === 'PATCH' && res.status() === 204 && ++done === 1) partDone();
  });
  await phone.page.locator('input[type=file]').setInputFiles(big);
  const row = phone.page.locator('[data-file="big-street.jpg"]');
  await firstPart;
  await room.kill9();
  await row.getByText(/Waiting for the room/).waitFor(T);
  await shot(phone.page, 'room-phone-waiting');
  restarted = true;
  await room.restart();
  await row.getByText('Sent. The laptop puts it into the story.').waitFor({ timeout: 120_000 });
  assert.ok(parts.some((p) => p.at === 'after' && p.offset > 0), `went on from where it was: ${JSON.stringify(parts)}`);
  assert.ok(!parts.some((p) => p.at === 'after' && p.offset === 0), `never started again: ${JSON.stringify(parts)}`);

  // The laptop hears of it once its live connection is back, and takes it in.
  await laptop.page.getByText('A photo arrived from a phone').waitFor({ timeout: 90_000 });
  await waitForSaveState(laptop.page, 'Saved to the room', 90_000);
  assert.equal((await hubStory(hubLaptop, storyId)).doc.scenes.length, 3);
});

test('a headset opens the story by its QR over HTTPS, plays it from the hub and enters VR', async () => {
  await laptop.page.goto(new URL('/', room.hub.httpsUrl).href);
  const card = laptop.page.locator(`[data-room-story="${storyId}"]`);
  await card.getByRole('button', { name: 'QR code to play “Our street” in a headset' }).click();
  const dialog = laptop.page.getByRole('dialog', { name: 'Play “Our street” in a headset' });
  const address = await dialog.locator('.join-url').innerText();
  assert.match(address, new RegExp(`^https://[^/]+/play/${storyId}\\?join=[A-Z2-9]{6}$`));

  const headset = await room.device('headset', `${address}&debug`);
  await headset.page.waitForFunction(() => performance.getEntriesByName('story:first-frame').length > 0 && !!(window as { __story?: unknown }).__story, null, { timeout: 120_000 });
  await headset.page.locator('[data-testid="enter-vr"]:not([disabled])').click({ timeout: 90_000 });
  await headset.page.waitForFunction(
    () => {
      const w = window as unknown as { __xrDevice?: { activeSession?: unknown }; __storyXR?: { state(): { poses: number; presenting: boolean } } };
      return !!w.__xrDevice?.activeSession && (w.__storyXR?.state().poses ?? 0) > 2 && w.__storyXR!.state().presenting;
    },
    null,
    { timeout: 90_000 },
  );
  const devices = await hubLaptop.page.evaluate(async () => ((await (await fetch('/api/rooms/current/devices')).json()) as { devices: Array<{ name: string; kind: string }> }).devices);
  assert.ok(devices.some((d) => d.name === 'Headset 1' && d.kind === 'headset'), JSON.stringify(devices));
  assert.equal(new URL(headset.page.url()).protocol, 'https:');
  assert.deepEqual(headset.errors, []);
});
