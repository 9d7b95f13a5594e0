/**
 * Showcase (#16) across the processes of a library service (#17), in real Chromium on 127.0.0.1:
 * two hub processes on one temporary PostgreSQL database. A headset's page is served by process B;
 * the facilitator's commands go to process A (over its live socket, as the Headsets panel sends
 * them). The headset follows them (the story sent, the facilitator's scene, a pause), through the
 * shared live bus (LISTEN/NOTIFY). Then process A is stopped and started again: what the
 * facilitator asked (paused, following, the scene) and the headset's name and scene were kept in
 * the database, and "Play on" from the new process reaches the headset still on B.
 * Run: node --import tsx --test tests/e2e/showcase-service.test.ts (after `npx vite build`)
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import WebSocket from 'ws';
import { ClientMessage, parseMessage, ServerMessage } from '../../src/live/messages.ts';
import type { HeadsetsMessage } from '../../src/live/showcase.ts';
import { fakeImageAsset, fakeStory } from '../../src/story/fake.ts';
import { startPostgres, type PostgresServer } from '../lib/postgres-server.ts';
import { ROOT } from './lib/app.ts';
import { launch } from './lib/browser.ts';
import { Device, killLeftoverHubs, startHubProcess, type HubProcess } from './lib/hub.ts';
import { fixture, sendStory, sha256 } from './lib/hub-data.ts';
import { INSTALL_HEADSET, QUEST_UA } from './lib/room.ts';

const ADMIN_PASSPHRASE = 'county library stories';
const PASSPHRASE = 'river stones';
const T = { timeout: 60_000 };

let work: string;
let pg: PostgresServer;
let database: string;
let browser: Browser | undefined;
const hubs: HubProcess[] = [];
const sockets: WebSocket[] = [];

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'storyscape-showcase-service-'));
  pg = await startPostgres();
  database = await pg.createDatabase('showcase');
  const set = spawnSync(process.execPath, [join(ROOT, 'bin/storyscape.mjs'), 'hub', 'admin-passphrase', '--database', database], { input: `${ADMIN_PASSPHRASE}\n`, encoding: 'utf8' });
  assert.equal(set.status, 0, set.stderr);
});
after(async () => {
  for (const s of sockets) s.terminate();
  await browser?.close().catch(() => undefined);
  await Promise.all(hubs.map((h) => h.stop()));
  await killLeftoverHubs();
  await pg?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** A port free right now on 127.0.0.1 (process B listens on it, so its address can be the service's public one). */
const freePort = () =>
  new Promise<number>((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

const startService = async (name: string, publicUrl: string, port = 0) => {
  const data = join(work, `data-${name}-${hubs.length}`);
  mkdirSync(data, { recursive: true });
  const hub = await startHubProcess(data, { STORYSCAPE_DATABASE: database }, ['--service', '--public-url', publicUrl, '--media', join(work, 'media'), '--port', String(port), '--host', '127.0.0.1']);
  hubs.push(hub);
  return hub;
};

/** The facilitator's live socket (what the Headsets panel uses), every message checked with the protocol's schemas. */
function facilitatorSocket(hub: HubProcess, device: Device) {
  const ws = new WebSocket(`${hub.httpUrl.replace('http', 'ws')}api/live`, { headers: { cookie: device.cookieHeader } });
  sockets.push(ws);
  const got: ServerMessage[] = [];
  ws.on('message', (d) => {
    const m = parseMessage(ServerMessage, String(d));
    assert.ok(m, `a message the protocol does not know: ${String(d).slice(0, 200)}`);
    got.push(m);
  });
  const opened = new Promise((r) => ws.once('open', r));
  return {
    got,
    async send(m: ClientMessage) {
      await opened;
      ws.send(JSON.stringify(ClientMessage.parse(m)));
    },
    /** The newest headsets list that passes `ok` (waits at most 20 s). */
    async headsets(ok: (m: HeadsetsMessage) => boolean): Promise<HeadsetsMessage> {
      for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
        const m = got.filter((x): x is HeadsetsMessage => x.type === 'headsets').at(-1);
        if (m && ok(m)) return m;
      }
      throw new Error(`no such headsets list: ${JSON.stringify(got.filter((x) => x.type === 'headsets').at(-1))}`);
    },
  };
}

test('a headset on one process follows the facilitator on another, and the showcase survives a restart', async () => {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}/`;
  await startService('b', publicUrl, port); // process B: the headset's
  let a = await startService('a', publicUrl);

  const admin = new Device(a.httpUrl, a.ca);
  assert.equal((await admin.request('POST', '/api/admin/login', { passphrase: ADMIN_PASSPHRASE })).status, 200);
  const started = await admin.request<{ room: { code: string } }>('POST', '/api/admin/rooms', { name: 'Library evening', passphrase: PASSPHRASE });
  assert.equal(started.status, 201, started.text);
  const { code } = started.json.room;

  // The facilitator's laptop reaches process A: joins, logs in, puts a story in the room.
  const laptop = new Device(a.httpUrl, a.ca);
  assert.equal((await laptop.request('POST', '/api/join', { code, kind: 'laptop' })).status, 200);
  assert.equal((await laptop.request('POST', '/api/facilitator/login', { passphrase: PASSPHRASE })).status, 200);
  const photo = fixture('generated-pano.jpg');
  const hash = sha256(photo);
  const story = fakeStory({ id: 'harbour-walk', scenes: 4, panoramas: [fakeImageAsset(1, { id: hash, bytes: photo.length, width: 1024, height: 512 })] });
  const saved = await sendStory(laptop, story, new Map([[hash, photo]]), null);
  assert.equal(saved.status, 200, saved.text);

  // The headset (an iwer Quest) opens process B's address and joins.
  browser = await launch();
  const context = await browser.newContext({ userAgent: QUEST_UA, viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
  await context.addInitScript(INSTALL_HEADSET);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${publicUrl}?join=${code}`);
  let f = facilitatorSocket(a, laptop);
  const listed = await f.headsets((m) => m.headsets.some((h) => h.online));
  const deviceId = listed.headsets[0]!.deviceId;
  assert.equal(listed.headsets[0]!.name, 'Headset 1');

  // Commands through process A; the headset on B follows.
  await f.send({ type: 'rename-headset', deviceId, name: 'Headset by the door' });
  await f.send({ type: 'guide', to: 'all', command: { do: 'send', storyId: 'harbour-walk' } });
  await page.waitForURL(/\/play\/harbour-walk/, T);
  await page.locator('.ssp-scene-title').filter({ hasText: /^Scene 1$/ }).waitFor(T);
  await f.send({ type: 'guide', to: 'all', command: { do: 'follow' } });
  await f.send({ type: 'lead', storyId: 'harbour-walk', sceneId: 'scene-3', variables: {} });
  await page.locator('.ssp-scene-title').filter({ hasText: /^Scene 3$/ }).waitFor(T);
  await f.send({ type: 'guide', to: { deviceId }, command: { do: 'pause', message: 'Time to take the headset off' } });
  await page.getByRole('dialog', { name: 'Time to take the headset off' }).waitFor(T);
  await f.headsets((m) => m.headsets.some((h) => h.sceneTitle === 'Scene 3'));

  // Process A goes away and comes back (an update, a crash): nothing the facilitator asked is lost.
  await a.stop();
  a = await startService('a', publicUrl);
  // The same laptop (its cookies: the database knows its facilitator session) on the new process.
  const again = new Device(a.httpUrl, a.ca);
  for (const [k, v] of laptop.cookies) again.cookies.set(k, v);
  f = facilitatorSocket(a, again);
  const after = await f.headsets((m) => m.headsets.some((h) => h.deviceId === deviceId));
  const h = after.headsets.find((x) => x.deviceId === deviceId)!;
  assert.equal(h.name, 'Headset by the door');
  assert.deepEqual(h.guide.pause, { message: 'Time to take the headset off' });
  assert.equal(h.guide.follow, true);
  assert.equal(h.guide.lead?.sceneId, 'scene-3');
  assert.equal(h.sceneTitle, 'Scene 3');
  assert.equal(h.online, true); // its socket on B never dropped

  // "Play on" from the restarted process reaches the headset on B; it leads on from where it was.
  await f.send({ type: 'guide', to: { deviceId }, command: { do: 'resume' } });
  await page.getByRole('dialog', { name: 'Time to take the headset off' }).waitFor({ state: 'detached', ...T });
  await f.send({ type: 'lead', storyId: 'harbour-walk', sceneId: 'scene-4', variables: {} });
  await page.locator('.ssp-scene-title').filter({ hasText: /^Scene 4$/ }).waitFor(T);
  const moved = await f.headsets((m) => m.headsets.some((x) => x.sceneTitle === 'Scene 4'));
  assert.equal(moved.room.lead?.seq, 2); // the move counter went on from the stored one
  assert.deepEqual(errors, []);
});
