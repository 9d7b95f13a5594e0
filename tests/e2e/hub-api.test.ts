import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { DefaultHttpStack, Upload, type DetailedError } from 'tus-js-client';
import WebSocket from 'ws';
import { readBackup } from '../../src/story/io/package/index.ts';
import { Device, killLeftoverHubs, startHubProcess, type HubProcess } from './lib/hub.ts';
import { makeMp4 } from '../lib/mp4-boxes.ts';
import { fixture, retitled, sendStory, sha256, startSession, storyWithPhoto } from './lib/hub-data.ts';

let work: string;
let hub: HubProcess;
let laptop: Device; // the hub laptop's own browser (HTTP, 127.0.0.1)
let a: Device; // laptops joined over HTTPS
let b: Device;
let phone: Device;
let code: string;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'storyscape-hub-api-'));
  hub = await startHubProcess(join(work, 'data'));
  laptop = new Device(hub.httpUrl, hub.ca);
  a = new Device(hub.httpsUrl, hub.ca);
  b = new Device(hub.httpsUrl, hub.ca);
  phone = new Device(hub.httpsUrl, hub.ca);
});
after(async () => {
  await hub?.stop();
  await killLeftoverHubs();
  await Promise.all([laptop, a, b, phone].map((d) => d?.close()));
  rmSync(work, { recursive: true, force: true });
});

test('serves the built app over HTTPS and HTTP: deep links, MIME types, caching, CSP, no path tricks', async () => {
  for (const d of [laptop, a]) {
    const home = await d.request('GET', '/');
    assert.equal(home.status, 200);
    assert.match(home.headers.get('content-type')!, /text\/html/);
    assert.match(home.text, /<div id="root">/);
    assert.match(home.text, /<meta name="storyscape-hub"/); // the app asks for a room only on a hub's page
    const csp = home.headers.get('content-security-policy')!;
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
    // Workers from the app's files only: a blob: worker (troika's text) could start but not run its code.
    assert.match(csp, /worker-src 'self'(;|$)/);
    assert.equal(home.headers.get('x-content-type-options'), 'nosniff');
    for (const route of ['/play/sample', '/edit/my-story', '/join', '/room', '/add/my-story', '/workshops', '/workshops/facilitator-guide', '/play/sample/']) {
      const r = await d.request('GET', route);
      assert.equal(r.status, 200, route);
      assert.equal(r.text, home.text, route);
      assert.equal(r.headers.get('cache-control'), 'no-cache');
    }
    const missing = await d.request('GET', '/no/such/page');
    assert.equal(missing.status, 404);
    assert.match(missing.text, /<div id="root">/); // the app shows its own "not found" page
    const script = /(assets\/main-[^"\\]+\.js)/.exec(home.text)![1]!;
    const js = await d.request('GET', `/${script}`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type')!, /javascript/);
    assert.match(js.headers.get('cache-control')!, /max-age=31536000, immutable/);
    const favicon = await d.request('GET', '/favicon.svg');
    assert.match(favicon.headers.get('content-type')!, /image\/svg\+xml/);
    for (const trick of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/%2e%2e%2fpackage.json', '/..%5cpackage.json']) {
      const r = await d.request('GET', trick);
      assert.ok(r.status === 404 || r.status === 403 || r.status === 400, `${trick}: ${r.status}`);
      assert.doesNotMatch(r.text, /"devDependencies"/, trick);
    }
    const api404 = await d.request<{ error: { code: string } }>('GET', '/api/nothing-here');
    assert.equal(api404.status, 404);
    assert.equal(api404.json.error.code, 'not-found');
  }
});

test('the hub laptop answers only to its own names (no DNS rebinding); other sites cannot post (CSRF)', async () => {
  // fetch may not set Host, so ask with node:http as a rebinding page's browser would.
  const rebound = await new Promise<number>((done, fail) => {
    const u = new URL('/api/hub', hub.httpUrl);
    request({ host: u.hostname, port: u.port, path: u.pathname, headers: { host: `attacker.example:${u.port}` } }, (res) => {
      res.resume();
      done(res.statusCode!);
    })
      .on('error', fail)
      .end();
  });
  assert.equal(rebound, 421);
  const csrf = await laptop.request('POST', '/api/rooms', { name: 'x', passphrase: 'xxxxxxxx' }, { origin: 'http://attacker.example' });
  assert.equal(csrf.status, 403);
  const site = await laptop.request('POST', '/api/rooms', { name: 'x', passphrase: 'xxxxxxxx' }, { 'sec-fetch-site': 'cross-site' });
  assert.equal(site.status, 403);
  // WebSockets ignore CORS: a page of another site may not open the hub laptop's live socket.
  const hijack = new WebSocket(`${hub.httpUrl.replace('http', 'ws')}api/live`, { headers: { origin: 'http://attacker.example' } });
  const refused = await new Promise<string>((done) => {
    hijack.on('unexpected-response', (_req, res) => done(String(res.statusCode)));
    hijack.on('open', () => done('open'));
    hijack.on('error', (e) => done(String(e)));
  });
  assert.equal(refused, '403');
});

test('a session: started only on the hub laptop; devices join by code (wrong codes refused and rate-limited)', async () => {
  const none = await a.request<{ room: null; local: boolean }>('GET', '/api/hub');
  assert.equal(none.json.room, null);
  assert.equal(none.json.local, false);
  const remote = await a.request('POST', '/api/rooms', { name: 'Mine', passphrase: 'secret123' });
  assert.equal(remote.status, 403);
  const short = await laptop.request<{ error: { message: string } }>('POST', '/api/rooms', { name: 'Thursday', passphrase: '123' });
  assert.equal(short.status, 400);
  code = await startSession(laptop);
  assert.match(code, /^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
  assert.equal((await laptop.request('POST', '/api/rooms', { name: 'Again', passphrase: 'secret123' })).status, 409);

  const info = await laptop.request<{ room: { name: string; code: string; joined: boolean; device: { name: string } } }>('GET', '/api/hub');
  assert.deepEqual([info.json.room.name, info.json.room.code, info.json.room.joined, info.json.room.device.name], ['Thursday group', code, true, 'Hub laptop']);
  const stranger = await a.request<{ room: { code?: string; joined: boolean } }>('GET', '/api/hub');
  assert.equal(stranger.json.room.code, undefined, 'the code is not given to devices that have not joined');
  assert.equal((await a.request('GET', '/api/stories')).status, 401);

  const wrong = await a.request<{ error: { code: string; message: string } }>('POST', '/api/join', { code: 'ZZZ-ZZZ' });
  assert.equal(wrong.status, 403);
  assert.equal(wrong.json.error.message, "That code isn't right. Check the code on the big screen and try again.");
  const joined = await a.request<{ device: { name: string; kind: string } }>('POST', '/api/join', { code: code.toLowerCase().replace('-', ' ') });
  assert.equal(joined.status, 200);
  assert.deepEqual([joined.json.device.name, joined.json.device.kind], ['Laptop 1', 'laptop']);
  assert.ok(a.cookies.has('ss_device'));
  const again = await a.request<{ device: { name: string } }>('POST', '/api/join', { code });
  assert.equal(again.json.device.name, 'Laptop 1', 'joining again (the QR scanned twice) keeps the same device');
  assert.equal((await b.request('POST', '/api/join', { code, kind: 'laptop' })).status, 200);
  const p = await phone.request<{ device: { name: string } }>('POST', '/api/join', { code, kind: 'phone' });
  assert.equal(p.json.device.name, 'Phone 1');

  // A phone guessing codes is slowed down.
  const guesser = new Device(hub.httpsUrl, hub.ca);
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) statuses.push((await guesser.request('POST', '/api/join', { code: `ZZZ-ZZ${'ABCDEFGHJKMN'[i]}` })).status);
  assert.deepEqual(statuses.slice(0, 10), Array(10).fill(403));
  assert.equal(statuses[11], 429);
  await guesser.close();
});

test('the facilitator logs in with the passphrase; wrong ones are refused, then rate-limited with the wait said', async () => {
  const fac = new Device(hub.httpsUrl, hub.ca);
  assert.equal((await fac.request('GET', '/api/rooms')).status, 403);
  const results: Array<{ status: number; message: string; retry: string | null }> = [];
  for (let i = 0; i < 6; i++) {
    const r = await fac.request<{ error: { message: string } }>('POST', '/api/facilitator/login', { passphrase: `wrong ${i}` });
    results.push({ status: r.status, message: r.json.error.message, retry: r.headers.get('retry-after') });
  }
  assert.deepEqual(results.slice(0, 4).map((r) => r.status), [403, 403, 403, 403]);
  assert.equal(results[4]!.status, 429);
  assert.match(results[4]!.message, /^Too many tries\. Wait \d+ seconds? and try again\.$/);
  assert.ok(Number(results[4]!.retry) > 0);
  // The hub laptop's own listener counts its tries apart (every test device here is 127.0.0.1).
  const ok = await laptop.request('POST', '/api/facilitator/login', { passphrase: 'river stones' });
  assert.equal(ok.status, 200);
  assert.equal((await laptop.request('GET', '/api/rooms')).status, 200);
  await fac.close();
});

test('a story made on one laptop appears on the other; media by hash with ranges; both versions kept on a conflict', async () => {
  const { story, photo, hash } = storyWithPhoto('my-place');
  const media = new Map([[hash, photo]]);
  const first = await a.request<{ missingMedia: string[] }>('PUT', '/api/stories/my-place', { doc: story, baseVersion: null });
  assert.equal(first.status, 409);
  assert.deepEqual(first.json.missingMedia, [hash]);
  const saved = await sendStory(a, story, media, null);
  assert.deepEqual(saved.json, { status: 'saved', version: 1 });

  const list = await b.request<{ stories: Array<{ id: string; version: number; updatedBy: string; scenes: number; thumbnailHash: string }> }>('GET', '/api/stories');
  assert.deepEqual(list.json.stories.map((s) => [s.id, s.version, s.updatedBy, s.scenes, s.thumbnailHash]), [['my-place', 1, 'Laptop 1', 3, hash]]);
  const got = await b.request<{ version: number; doc: { id: string } }>('GET', '/api/stories/my-place');
  assert.equal(got.json.doc.id, 'my-place');

  const whole = await b.request('GET', `/api/media/${hash}`);
  assert.equal(whole.status, 200);
  assert.equal(whole.headers.get('content-type'), 'image/jpeg');
  assert.match(whole.headers.get('cache-control')!, /immutable/);
  assert.equal(sha256(new Uint8Array(Buffer.from(whole.text, 'latin1'))).length, 64);
  const part = await b.request('GET', `/api/media/${hash}`, undefined, { range: 'bytes=0-9' });
  assert.equal(part.status, 206);
  assert.equal(part.headers.get('content-range'), `bytes 0-9/${photo.length}`);
  assert.equal(part.headers.get('content-length'), '10');
  assert.equal((await b.request('GET', `/api/media/${hash}`, undefined, { range: `bytes=${photo.length}-` })).status, 416);
  const stranger = new Device(hub.httpsUrl, hub.ca);
  assert.equal((await stranger.request('GET', `/api/media/${hash}`)).status, 401, 'photos only for devices in the room');
  await stranger.close();
  assert.deepEqual((await b.request<{ have: string[] }>('POST', '/api/media/has', { hashes: [hash, 'f'.repeat(64)] })).json, { have: [hash] });

  // Both laptops change version 1: the first wins, the second is kept as a copy named after it.
  assert.deepEqual((await sendStory(a, retitled(story, 'Our place'), media, 1)).json, { status: 'saved', version: 2 });
  const conflict = await sendStory(b, retitled(story, 'My version'), media, 1);
  assert.equal((conflict.json as { status: string }).status, 'kept-both');
  const copy = conflict.json.copy!;
  assert.equal(copy.title.en, 'My version (Laptop 2)');
  assert.equal((await a.request<{ doc: { meta: { title: { en: string } } } }>('GET', '/api/stories/my-place')).json.doc.meta.title.en, 'Our place');
  // Sent again after a lost reply: nothing new.
  assert.deepEqual((await sendStory(b, retitled(story, 'My version'), media, 1)).json, conflict.json);
  assert.equal((await a.request<{ stories: unknown[] }>('GET', '/api/stories')).json.stories.length, 2);

  const versions = await a.request<{ current: number; versions: Array<{ version: number }> }>('GET', '/api/stories/my-place/versions');
  assert.deepEqual(versions.json.versions.map((v) => v.version), [2, 1]);
  const restored = await a.request<{ status: string; version: number }>('POST', '/api/stories/my-place/restore', { version: 1 });
  assert.deepEqual(restored.json, { status: 'saved', version: 3 });
});

/** Announces a body of `bytes`, sends its first megabyte, and reads the hub's answer. */
function announceHugeBody(path: string, bytes: number, type: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const u = new URL(path, hub.httpsUrl);
    const req = httpsRequest({ host: u.hostname, port: u.port, path: u.pathname, method: 'PUT', ca: hub.ca, headers: { 'content-type': type, 'content-length': bytes, cookie: a.cookieHeader } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => done({ status: res.statusCode!, body }));
      res.on('error', fail);
    });
    req.on('error', () => {}); // the hub may close the connection once it has answered
    req.write(Buffer.alloc(1024 * 1024, 32));
  });
}

test('bad input: broken stories, wrong hashes, fake extensions, giant pictures, huge bodies, deep JSON', async () => {
  const broken = await a.request<{ error: { code: string }; problems: unknown[] }>('PUT', '/api/stories/broken', { doc: { schemaVersion: 1, id: 'broken', scenes: 'no' }, baseVersion: null });
  assert.equal(broken.status, 422);
  assert.ok(broken.json.problems.length > 0);
  const notJson = await a.request('PUT', '/api/stories/x', undefined, { 'content-type': 'application/json', 'content-length': '5' });
  assert.ok(notJson.status === 400, String(notJson.status));
  const photo = fixture('generated-pano.jpg');
  const wrongHash = await a.request<{ error: { code: string } }>('PUT', `/api/media/${'a'.repeat(64)}`, photo, { 'content-type': 'application/octet-stream' });
  assert.equal(wrongHash.status, 400);
  assert.equal(wrongHash.json.error.code, 'hash-mismatch');
  const text = fixture('notes.jpg');
  const fake = await a.request<{ error: { code: string; message: string } }>('PUT', `/api/media/${sha256(text)}`, text, { 'content-type': 'image/jpeg' });
  assert.equal(fake.status, 415);
  assert.match(fake.json.error.message, /not a photo, a sound or a video/);
  const giantHeader = Buffer.alloc(64);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(giantHeader);
  giantHeader.write('IHDR', 12, 'latin1');
  giantHeader.writeUInt32BE(20000, 16);
  giantHeader.writeUInt32BE(10000, 20);
  const giant = await a.request<{ error: { code: string } }>('PUT', `/api/media/${sha256(giantHeader)}`, giantHeader, { 'content-type': 'image/png' });
  assert.equal(giant.status, 413);
  assert.equal(giant.json.error.code, 'too-many-pixels');
  // A 41 MB story body: refused with words as soon as its size is announced, not after reading it.
  const big = await announceHugeBody('/api/stories/huge', 41 * 1024 * 1024, 'application/json');
  assert.equal(big.status, 413);
  assert.match(big.body, /too much to send at once/);
  const hugeMedia = await announceHugeBody(`/api/media/${'b'.repeat(64)}`, 400 * 1024 * 1024, 'application/octet-stream');
  assert.equal(hugeMedia.status, 413);
  assert.match(hugeMedia.body, /too big/);
  const nested = '['.repeat(100_000) + ']'.repeat(100_000);
  const deepR = await a.request<{ error: { code: string } }>('PUT', '/api/stories/deep', new TextEncoder().encode(nested), { 'content-type': 'application/json' });
  assert.equal(deepR.status, 400);
  assert.equal(deepR.json.error.code, 'too-deep');
  assert.equal((await a.request('GET', '/api/stories/..%2f..%2fetc')).status, 400);
  assert.equal((await a.request('GET', '/api/media/..%2F..%2Fhub.sqlite')).status, 400);
  // The hub is still fine, and nothing was written outside its folders.
  assert.equal((await a.request('GET', '/api/stories')).status, 200);
  assert.deepEqual(readdirSync(hub.dataDir).sort(), ['hub.sqlite', 'hub.sqlite-shm', 'hub.sqlite-wal', 'media', 'tls', 'tmp']);
  assert.deepEqual(readdirSync(join(hub.dataDir, 'tmp')).filter((f) => f !== 'uploads'), []);
});

test('live messages: a joined device hears of a change made on another; others cannot listen', async () => {
  const ws = new WebSocket(`${hub.httpsUrl.replace('https', 'wss')}api/live`, { ca: hub.ca, headers: { cookie: b.cookieHeader, origin: hub.httpsUrl.slice(0, -1) } });
  const messages: Array<{ type: string; id?: string; version?: number }> = [];
  const got = (type: string) =>
    new Promise<void>((done, fail) => {
      const t = setTimeout(() => fail(new Error(`no ${type} message: ${JSON.stringify(messages)}`)), 15_000);
      const check = () => {
        if (messages.some((m) => m.type === type)) {
          clearTimeout(t);
          done();
        } else setTimeout(check, 50);
      };
      check();
    });
  ws.on('message', (d) => messages.push(JSON.parse(String(d))));
  await got('welcome');
  const { story, photo, hash } = storyWithPhoto('live-one');
  await sendStory(a, story, new Map([[hash, photo]]), null);
  await got('story-changed');
  assert.deepEqual(messages.find((m) => m.type === 'story-changed'), { type: 'story-changed', id: 'live-one', version: 1, title: story.meta.title, updatedBy: 'Laptop 1' });
  ws.send('{"type":"nonsense"}'); // dropped, connection stays
  ws.send('not json');
  ws.send(JSON.stringify({ type: 'ping' }));
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(ws.readyState, WebSocket.OPEN);
  ws.close();

  const outsider = new WebSocket(`${hub.httpsUrl.replace('https', 'wss')}api/live`, { ca: hub.ca });
  const closed = await new Promise<number>((done) => outsider.on('close', (c) => done(c)));
  assert.equal(closed, 4001);
});

test("a phone's upload is checked like an import: text posing as a photo, and a 20,000-pixel picture, are refused in words", async () => {
  const upload = (bytes: Uint8Array, filename: string, storyId = 'my-place') =>
    new Promise<{ status: number; body: string }>((done) => {
      new Upload(Buffer.from(bytes), {
        endpoint: new URL('/api/uploads/', hub.httpsUrl).href,
        metadata: { storyId, filename, filetype: 'image/jpeg' },
        headers: { cookie: phone.cookieHeader },
        retryDelays: [],
        httpStack: new DefaultHttpStack({ ca: hub.ca }),
        onSuccess: (p) => done({ status: p.lastResponse.getStatus(), body: p.lastResponse.getBody() }),
        onError: (e) => done({ status: (e as DetailedError).originalResponse?.getStatus() ?? 0, body: (e as DetailedError).originalResponse?.getBody() ?? String(e) }),
      }).start();
    });
  const text = await upload(fixture('notes.jpg'), 'notes.jpg');
  assert.equal(text.status, 415);
  assert.match(JSON.parse(text.body).error.message, /"notes\.jpg" is not a photo, a sound or a video/);
  const giant = Buffer.alloc(64);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(giant);
  giant.write('IHDR', 12, 'latin1');
  giant.writeUInt32BE(20000, 16);
  giant.writeUInt32BE(10000, 20);
  const big = await upload(giant, 'huge.png');
  assert.equal(big.status, 413);
  assert.match(JSON.parse(big.body).error.message, /20,000 × 10,000 pixels/);
  const nowhere = await upload(fixture('generated-pano.jpg'), 'a.jpg', 'no-such-story');
  assert.equal(nowhere.status, 404);
  const ok = await upload(fixture('gps-photo.jpg'), 'IMG_1.jpg');
  assert.equal(ok.status, 200);
  assert.deepEqual(JSON.parse(ok.body).entry.notes, ['Removed where the photo was taken (GPS).', 'Removed the hidden details the camera adds.']);
  assert.deepEqual(readdirSync(join(hub.dataDir, 'tmp', 'uploads')), [], 'refused and finished uploads leave nothing behind');
});

test("a phone's video goes through tus, is kept as a video, is served in ranges; H.265 is refused with how to convert", async () => {
  const upload = (bytes: Uint8Array, filename: string) =>
    new Promise<{ status: number; body: string }>((done) => {
      new Upload(Buffer.from(bytes), {
        endpoint: new URL('/api/uploads/', hub.httpsUrl).href,
        metadata: { storyId: 'my-place', filename, filetype: 'video/webm' },
        headers: { cookie: phone.cookieHeader },
        chunkSize: 16 * 1024, // several parts, as a phone on Wi-Fi sends them
        retryDelays: [],
        httpStack: new DefaultHttpStack({ ca: hub.ca }),
        onSuccess: (p) => done({ status: p.lastResponse.getStatus(), body: p.lastResponse.getBody() }),
        onError: (e) => done({ status: (e as DetailedError).originalResponse?.getStatus() ?? 0, body: (e as DetailedError).originalResponse?.getBody() ?? String(e) }),
      }).start();
    });
  const video = fixture('count.webm');
  const ok = await upload(video, 'VID_2.webm');
  assert.equal(ok.status, 200, ok.body);
  const entry = JSON.parse(ok.body).entry as { kind: string; mime: string; hash: string; bytes: number; width: number | null };
  assert.deepEqual([entry.kind, entry.mime, entry.hash, entry.bytes], ['video', 'video/webm', sha256(video), video.length]);
  assert.ok(entry.width! > 0, 'its pixel size is read from its video track');
  const part = await phone.request('GET', `/api/media/${entry.hash}`, undefined, { range: 'bytes=1000-4999' });
  assert.equal(part.status, 206);
  assert.equal(part.headers.get('content-type'), 'video/webm');
  assert.equal(part.headers.get('content-range'), `bytes 1000-4999/${video.length}`);
  assert.deepEqual(part.bytes, video.subarray(1000, 5000));
  const hevc = await upload(makeMp4({ codec: 'hvc1', moovLast: true, mdatBytes: 40_000 }), 'GS010001.mp4');
  assert.equal(hevc.status, 415);
  assert.match(JSON.parse(hevc.body).error.message, /"GS010001\.mp4" is an H\.265 \(HEVC\) video.*HandBrake/);
  assert.deepEqual(readdirSync(join(hub.dataDir, 'tmp', 'uploads')), [], 'refused and finished uploads leave nothing behind');
});

test('the facilitator exports everything in the backup format, then ends the session (devices are out)', async () => {
  const noFac = await a.request('GET', '/api/backup');
  assert.equal(noFac.status, 403);
  const res = await fetch(new URL('/api/backup', hub.httpUrl), { headers: { cookie: laptop.cookieHeader } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-disposition')!, /storyscape-backup-\d{4}-\d\d-\d\d\.storyscape-backup/);
  const backup = await readBackup(new Uint8Array(await res.arrayBuffer()));
  assert.ok(backup.ok, JSON.stringify(backup.problems));
  assert.deepEqual(backup.stories!.map((s) => s.id).sort(), ['live-one', 'my-place', (backup.stories!.find((s) => s.id.startsWith('story-'))?.id ?? '')].sort());
  const end = await laptop.request<{ ended: boolean; deleted: { stories: number } }>('POST', '/api/rooms/current/end', { deleteMedia: true });
  assert.equal(end.status, 200);
  assert.equal(end.json.deleted.stories, 3);
  assert.equal((await a.request('GET', '/api/stories')).status, 401);
  assert.deepEqual(readdirSync(join(hub.dataDir, 'media')).flatMap((d) => readdirSync(join(hub.dataDir, 'media', d))), [], 'the room\'s photos are deleted');
});
