/**
 * The library service (#17) in real Chromium: two hub processes (`storyscape hub --service`) on one
 * PostgreSQL database (started here) and one media folder, behind a reverse proxy on 127.0.0.1
 * (tests/lib/proxy.ts), as a service runs them. The admin works the admin page (/admin); a story
 * saved in the editor through one process is seen live in a library connected to the other; one
 * process is killed during a load run and nothing acknowledged is lost.
 * Run: node --import tsx --test tests/e2e/hub-service-browser.test.ts (after `npx vite build`)
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startPostgres, type PostgresServer } from '../lib/postgres-server.ts';
import { startProxy, type Proxy } from '../lib/proxy.ts';
import { ROOT } from './lib/app.ts';
import { launch } from './lib/browser.ts';
import { Device, killLeftoverHubs, startHubProcess, type HubProcess } from './lib/hub.ts';
import { sendStory, storyWithPhoto } from './lib/hub-data.ts';
import { waitForSaveState } from './lib/room.ts';
import { closeDevices, joinDevices, keepLive, missingAcks, saveUntil, type SimDevice } from './lib/service-load.ts';

const ADMIN_PASSPHRASE = 'county library stories';
const T = { timeout: 60_000 };

let work: string;
let pg: PostgresServer;
let proxy: Proxy;
let browser: Browser;
const hubs: HubProcess[] = [];
const contexts: BrowserContext[] = [];
const simulated: SimDevice[] = [];

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'storyscape-service-browser-'));
  pg = await startPostgres();
  const database = await pg.createDatabase('service');
  const set = spawnSync(process.execPath, [join(ROOT, 'bin/storyscape.mjs'), 'hub', 'admin-passphrase', '--database', database], { input: `${ADMIN_PASSPHRASE}\n`, encoding: 'utf8' });
  assert.equal(set.status, 0, set.stderr);
  // The proxy first: its address is the service's public address, the only origin the hubs accept.
  proxy = await startProxy();
  for (const n of [0, 1]) {
    const data = join(work, `data-${n}`);
    mkdirSync(data, { recursive: true });
    hubs.push(await startHubProcess(data, { STORYSCAPE_DATABASE: database }, ['--service', '--public-url', proxy.url, '--media', join(work, 'media'), '--port', '0', '--host', '127.0.0.1']));
  }
  proxy.setBackends(hubs.map((h) => h.httpUrl));
  browser = await launch();
});
after(async () => {
  await closeDevices(simulated);
  await Promise.allSettled(contexts.map((c) => c.close()));
  await browser?.close().catch(() => undefined);
  await Promise.all(hubs.map((h) => h.stop()));
  await killLeftoverHubs();
  await proxy?.close();
  await pg?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** A browser of its own; `backend` pins it to one hub process behind the proxy (a sticky cookie). */
async function person(backend?: number): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  contexts.push(context);
  const errors: string[] = [];
  await context.route(/^(?!(https?|wss?):\/\/127\.0\.0\.1[:/]|data:|blob:)/, (route) => {
    errors.push(`external request blocked: ${route.request().url()}`);
    return route.abort();
  });
  if (backend !== undefined) await context.addCookies([{ name: 'ss_backend', value: String(backend), url: proxy.url }]);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, errors };
}

const download = async (page: Page, name: string | RegExp) => {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
};

test('the admin page: log in with the service passphrase, start sessions, keep a story in the collection with its consent, export, keep and end a session, retention', async () => {
  const { page, errors } = await person();
  await page.goto(`${proxy.url}admin`);
  await page.getByRole('heading', { name: 'Log in as the admin' }).waitFor(T);
  await page.getByLabel('Admin passphrase').fill('not the passphrase');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('That isn’t the admin passphrase. Check it and try again.').waitFor(T);
  await page.getByLabel('Admin passphrase').fill(ADMIN_PASSPHRASE);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('No sessions yet. Start the first one below.').waitFor(T);

  // Two sessions at once, each with its own code.
  for (const name of ['Branch library, Tuesday', 'Town library, Saturday']) {
    await page.getByLabel('Name of the session').fill(name);
    await page.getByLabel('Facilitator passphrase').fill('river stones');
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByText(new RegExp(`Session “${name}” started. Its join code is [A-Z2-9]{3}-[A-Z2-9]{3}\\.`)).waitFor(T);
  }
  const row = (name: string) => page.locator('.admin-rooms tbody tr', { has: page.getByRole('rowheader', { name }) });
  await page.locator('.admin-rooms td.admin-code').nth(1).waitFor(T); // the table is refreshed after the message
  const codes = await page.locator('.admin-rooms td.admin-code').allInnerTexts();
  assert.equal(codes.length, 2);
  assert.notEqual(codes[0], codes[1]);
  for (const c of codes) assert.match(c, /^[A-Z2-9]{3}-[A-Z2-9]{3}$/);

  // A laptop in the first session saves a story (as its outbox would).
  const code = (await row('Branch library, Tuesday').locator('td.admin-code').innerText()).trim();
  const laptop = new Device(proxy.url, '');
  assert.equal((await laptop.request('POST', '/api/join', { code })).status, 200);
  const { story, photo, hash } = storyWithPhoto('harbour-walk');
  assert.equal((await sendStory(laptop, story, new Map([[hash, photo]]), null)).json.status, 'saved');
  await laptop.close();

  // Keep it in the collection: the consent form says what is missing, then saves.
  await page.reload();
  await row('Branch library, Tuesday').getByRole('button', { name: 'Stories' }).click();
  await page.getByRole('button', { name: 'Keep in the collection…' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Place').fill('The old harbour');
  await form.getByLabel('Consent given by').fill('Amira (the author) and her father');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('Tick at least one use the consent covers.').waitFor(T);
  await form.getByLabel('Showcases and events in the library').check();
  await form.getByLabel('The local-history collection').check();
  await form.getByRole('button', { name: 'Save' }).click();
  const entry = page.locator('.admin-collection li');
  await entry.getByText('Place: The old harbour').waitFor(T);
  await entry.getByText(/Consent from Amira \(the author\) and her father on .*, for: Showcases and events in the library, The local-history collection/).waitFor(T);
  await page.getByText('In the collection', { exact: true }).waitFor(T);

  // Editable: the place changes.
  await entry.getByRole('button', { name: 'Edit…' }).click();
  await form.getByLabel('Place').fill('The old harbour, Vardø');
  await form.getByRole('button', { name: 'Save' }).click();
  await entry.getByText('Place: The old harbour, Vardø').waitFor(T);

  // Downloads: the whole collection (a backup the library opens) and the consent records.
  const backup = await download(page, 'Download the whole collection');
  assert.match(backup.name, /^storyscape-collection-\d{4}-\d{2}-\d{2}\.storyscape-backup$/);
  assert.ok(backup.bytes.length > photo.length, 'the backup carries the photo');
  const records = await download(page, 'Download the consent records (spreadsheet)');
  assert.match(records.bytes.toString('utf8'), /The old harbour, Vardø.*Amira \(the author\) and her father/s);

  // Retention: 30 days, said in words; keep one session, end the other with its photos kept for now.
  await page.getByLabel('Days after a session ends (0 = never delete)').fill('30');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Now: a session’s photos and sounds are deleted 30 days after it ended.').waitFor(T);
  await page.getByLabel('Keep “Town library, Saturday” (retention leaves it alone)').check();
  await row('Branch library, Tuesday').getByRole('button', { name: 'End…' }).click();
  await page.getByRole('dialog').getByLabel('Keep them for now (retention may delete them later)').check();
  await page.getByRole('dialog').getByRole('button', { name: 'End the session' }).click();
  await page.getByText('Session “Branch library, Tuesday” ended.').waitFor(T);
  await row('Branch library, Tuesday').getByText(/^Photos and sounds deleted on /).waitFor(T);
  assert.equal(await row('Branch library, Tuesday').locator('td.admin-code').innerText(), '–');
  await row('Town library, Saturday').getByText('Kept: never deleted by retention').waitFor(T);
  await page.getByText('Waiting to be deleted: 1 sessions.', { exact: false }).waitFor(T);
  await page.getByRole('button', { name: 'Clean up now' }).click();
  await page.locator('.admin-runs').getByText(/asked by the admin\): 0 sessions/).waitFor(T);

  // Logging out asks for the passphrase again.
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('heading', { name: 'Log in as the admin' }).waitFor(T);
  assert.deepEqual(errors, []);
});

test('a story saved in the editor through one process is seen live in a library connected to the other', async () => {
  const admin = new Device(proxy.url, '');
  await admin.request('POST', '/api/admin/login', { passphrase: ADMIN_PASSPHRASE });
  const started = await admin.request<{ room: { code: string } }>('POST', '/api/admin/rooms', { name: 'Two processes', passphrase: 'river stones' });
  assert.equal(started.status, 201, started.text);
  await admin.close();
  const code = started.json.room.code.replace('-', '');

  // Each laptop is pinned to one process; every answer says which one gave it.
  const [a, b] = [await person(0), await person(1)];
  const served = { a: new Set<string>(), b: new Set<string>() };
  a.page.on('response', (r) => served.a.add(r.headers()['x-proxy-backend'] ?? '?'));
  b.page.on('response', (r) => served.b.add(r.headers()['x-proxy-backend'] ?? '?'));
  await a.page.goto(`${proxy.url}?join=${code}`);
  await a.page.getByText('In the room “Two processes” as Laptop 1.').waitFor(T);
  await b.page.goto(`${proxy.url}?join=${code}`);
  await b.page.getByText('In the room “Two processes” as Laptop 2.').waitFor(T);

  await a.page.getByRole('button', { name: 'New story' }).click();
  await a.page.waitForURL(/\/edit\//, T);
  const storyId = new URL(a.page.url()).pathname.split('/').pop()!;
  await a.page.locator('#story-title-input').fill('The ferry at dawn');
  await waitForSaveState(a.page, 'Saved to the room');
  const card = b.page.locator(`[data-room-story="${storyId}"]`);
  await card.getByRole('heading', { name: 'The ferry at dawn' }).waitFor(T);

  // A change through process 0 reaches the library on process 1 without a reload (LISTEN/NOTIFY).
  await a.page.locator('#story-title-input').fill('The ferry at dusk');
  await waitForSaveState(a.page, 'Saved to the room');
  await card.getByRole('heading', { name: 'The ferry at dusk' }).waitFor(T);
  assert.deepEqual([...served.a].filter((x) => x !== '?'), ['0']);
  assert.deepEqual([...served.b].filter((x) => x !== '?'), ['1']);
  assert.deepEqual([...a.errors, ...b.errors], []);
});

test('one of the two processes is killed during a load run: devices reconnect through the proxy to the other, nothing acknowledged is lost', async (t) => {
  const admin = new Device(proxy.url, '');
  await admin.request('POST', '/api/admin/login', { passphrase: ADMIN_PASSPHRASE });
  const started = await admin.request<{ room: { code: string } }>('POST', '/api/admin/rooms', { name: 'Load run', passphrase: 'river stones' });
  assert.equal(started.status, 201, started.text);
  await admin.close();

  // 16 devices, each saving every 300 ms for 8 s, their live connections spread over both processes.
  const devices = await joinDevices(proxy.url, started.json.room.code, 16, 'load');
  simulated.push(...devices);
  await Promise.all(devices.map((d) => keepLive(d, proxy.url)));
  const until = Date.now() + 8000;
  const saving = Promise.all(devices.map((d) => saveUntil(d, until, 300)));
  await new Promise((r) => setTimeout(r, 3000));
  const before = proxy.stats().served[0]!;
  assert.ok(before > 0, 'process 0 was serving before the kill');
  await hubs[0]!.kill9();
  const killedAt = Date.now();
  await saving;

  // Every live connection came back (through the proxy, to process 1).
  const deadline = Date.now() + 20_000;
  while (devices.some((d) => d.ws?.readyState !== 1) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.ok(
    devices.every((d) => d.ws?.readyState === 1),
    'every device is connected again',
  );
  const reconnected = devices.filter((d) => d.reconnects.length > 0);
  assert.ok(reconnected.length > 0, 'the devices on the killed process reconnected');
  const acks = devices.flatMap((d) => d.acks);
  assert.ok(acks.length >= devices.length * 2, `saves went on (${acks.length} acknowledged)`);
  assert.ok(
    devices.every((d) => d.acks.some((a) => a.at > killedAt)),
    'every device went on saving after the kill',
  );

  // Every acknowledged version, read back from the database through the surviving process.
  const checker = devices[0]!.http;
  assert.deepEqual(await missingAcks(checker, acks), []);
  const waits = reconnected.flatMap((d) => d.reconnects);
  t.diagnostic(`${acks.length} saves acknowledged, ${devices.reduce((n, d) => n + d.retries, 0)} retried, ${reconnected.length} devices reconnected (longest ${Math.max(...waits)} ms)`);
  assert.ok(proxy.stats().refused > 0, 'the proxy saw the dead process and went to the other');
});
