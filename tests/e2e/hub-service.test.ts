import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startPostgres, type PostgresServer } from '../lib/postgres-server.ts';
import { ROOT } from './lib/app.ts';
import { Device, killLeftoverHubs, startHubProcess, type HubProcess } from './lib/hub.ts';
import { retitled, sendStory, storyWithPhoto } from './lib/hub-data.ts';

// A library service (#17): two hub processes on one PostgreSQL database and one shared media
// folder, as they would run behind a reverse proxy. Devices reach either process.
const PUBLIC_URL = 'https://stories.library.example';
const ADMIN_PASSPHRASE = 'county library stories';

let work: string;
let pg: PostgresServer;
let database: string;
const hubs: HubProcess[] = [];

const startService = async (n: number) => {
  const data = join(work, `data-${n}`);
  mkdirSync(data, { recursive: true });
  const hub = await startHubProcess(data, { STORYSCAPE_DATABASE: database }, ['--service', '--public-url', PUBLIC_URL, '--media', join(work, 'media'), '--port', '0', '--host', '127.0.0.1']);
  hubs.push(hub);
  return hub;
};

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'storyscape-hub-service-'));
  pg = await startPostgres();
  database = await pg.createDatabase('service');
  const set = spawnSync(process.execPath, [join(ROOT, 'bin/storyscape.mjs'), 'hub', 'admin-passphrase', '--database', database], { input: `${ADMIN_PASSPHRASE}\n`, encoding: 'utf8' });
  assert.equal(set.status, 0, set.stderr);
});
after(async () => {
  await Promise.all(hubs.map((h) => h.stop()));
  await killLeftoverHubs();
  await pg?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Collects a socket's messages; `got(type)` waits (at most 15 s) for one of that type. */
function listen(hub: HubProcess, device: Device) {
  const ws = new WebSocket(`${hub.httpUrl.replace('http', 'ws')}api/live`, { headers: { cookie: device.cookieHeader, origin: PUBLIC_URL } });
  const messages: Array<{ type: string; id?: string; version?: number; updatedBy?: string }> = [];
  ws.on('message', (d) => messages.push(JSON.parse(String(d))));
  const got = (type: string, where: (m: (typeof messages)[number]) => boolean = () => true) =>
    new Promise<(typeof messages)[number]>((done, fail) => {
      const deadline = Date.now() + 15_000;
      const check = () => {
        const m = messages.find((x) => x.type === type && where(x));
        if (m) done(m);
        else if (Date.now() > deadline) fail(new Error(`no ${type} message: ${JSON.stringify(messages)}`));
        else setTimeout(check, 50);
      };
      check();
    });
  return { ws, messages, got };
}

test('two hub processes on one PostgreSQL database: a room started on one is joined on the other, and a save on one is heard live through the other', async () => {
  const [one, two] = [await startService(1), await startService(2)];
  const admin = new Device(one.httpUrl, one.ca);
  assert.equal((await admin.request('POST', '/api/admin/login', { passphrase: 'not it at all' })).status, 403);
  assert.equal((await admin.request('POST', '/api/admin/login', { passphrase: ADMIN_PASSPHRASE })).status, 200);
  const started = await admin.request<{ room: { code: string; id: string } }>('POST', '/api/admin/rooms', { name: 'Branch library, Tuesday', passphrase: 'river stones' });
  assert.equal(started.status, 201, started.text);
  const { code } = started.json.room;

  // Each laptop reaches a different process (as a proxy would spread them).
  const a = new Device(one.httpUrl, one.ca);
  const b = new Device(two.httpUrl, two.ca);
  for (const d of [a, b]) assert.equal((await d.request('POST', '/api/join', { code })).status, 200);
  const live = listen(two, b);
  await live.got('welcome');

  const { story, photo, hash } = storyWithPhoto('service-one');
  const saved = await sendStory(a, story, new Map([[hash, photo]]), null);
  assert.equal(saved.json.status, 'saved');
  assert.deepEqual(await live.got('story-changed'), { type: 'story-changed', id: 'service-one', version: 1, title: story.meta.title, updatedBy: 'Laptop 1' });

  // The other process serves the story and its photo (the shared media folder).
  const read = await b.request<{ version: number; doc: { meta: { title: { en: string } } } }>('GET', '/api/stories/service-one');
  assert.equal(read.json.version, 1);
  assert.equal((await b.request('GET', `/api/media/${hash}`)).status, 200);

  // Saving from the second process, based on version 1, is heard by a socket on the first.
  const liveOnOne = listen(one, a);
  await liveOnOne.got('welcome');
  assert.equal((await sendStory(b, retitled(story, 'Seen from both'), new Map(), 1)).json.status, 'saved');
  assert.equal((await liveOnOne.got('story-changed', (m) => m.version === 2)).updatedBy, 'Laptop 2');
  // A stale save on the first process (still based on version 1) is kept as a copy, not lost.
  const stale = await sendStory(a, retitled(story, 'My own ending'), new Map(), 1);
  assert.equal(stale.json.status, 'kept-both');
  live.ws.close();
  liveOnOne.ws.close();
  await Promise.all([admin, a, b].map((d) => d.close()));
});

test('the admin: only with the passphrase; keeps a story in the collection with its consent, exports its records, keeps and ends a room', async () => {
  const [one] = hubs.length ? hubs : [await startService(3)];
  const admin = new Device(one!.httpUrl, one!.ca);
  const stranger = new Device(one!.httpUrl, one!.ca);
  assert.equal((await stranger.request('GET', '/api/admin/rooms')).status, 403);
  await admin.request('POST', '/api/admin/login', { passphrase: ADMIN_PASSPHRASE });
  const rooms = await admin.request<{ rooms: Array<{ id: string; name: string; stories: number; keep: boolean }> }>('GET', '/api/admin/rooms');
  const room = rooms.json.rooms.find((r) => r.name === 'Branch library, Tuesday')!;
  assert.equal(room.stories, 2); // the story and the copy kept beside it

  const consent = { by: 'Amira (the author) and her father', at: '2026-12-06', uses: ['showcase', 'collection'] };
  const bad = await admin.request<{ error: { message: string } }>('POST', '/api/admin/collection', { storyId: 'service-one', title: 'Seen from both', place: 'Branch library', language: 'en', consent: { ...consent, uses: [] } });
  assert.equal(bad.status, 400);
  const kept = await admin.request('POST', '/api/admin/collection', { storyId: 'service-one', title: 'Seen from both', place: 'Branch library', language: 'en', consent });
  assert.equal(kept.status, 200, kept.text);
  const csv = await admin.request('GET', '/api/admin/collection-records.csv');
  assert.match(csv.text, /Seen from both/);
  assert.match(csv.text, /Amira \(the author\) and her father/);

  assert.equal((await admin.request<{ room: { keep: boolean } }>('POST', `/api/admin/rooms/${room.id}/keep`, { keep: true })).json.room.keep, true);
  // Ending with "delete the photos" keeps the collection's story (and its photo); the copy goes.
  const ended = await admin.request<{ deleted: { stories: number; kept: number } }>('POST', `/api/admin/rooms/${room.id}/end`, { deleteMedia: true });
  assert.equal(ended.status, 200, ended.text);
  assert.deepEqual([ended.json.deleted.stories, ended.json.deleted.kept], [1, 1]);
  const entries = await admin.request<{ entries: Array<{ storyId: string; consent: { uses: string[] } }> }>('GET', '/api/admin/collection');
  assert.deepEqual(entries.json.entries.map((e) => [e.storyId, e.consent.uses]), [['service-one', ['showcase', 'collection']]]);
  await Promise.all([admin, stranger].map((d) => d.close()));
});
