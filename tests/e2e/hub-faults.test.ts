import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { DefaultHttpStack, Upload } from 'tus-js-client';
import { readExif } from '../../src/story/media/jpeg-meta.ts';
import type { Story } from '../../src/story/schema/story.ts';
import { Device, killLeftoverHubs, startHubProcess, type HubProcess } from './lib/hub.ts';
import { retitled, sendStory, sha256, startSession, storyWithPhoto } from './lib/hub-data.ts';

let work: string;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'storyscape-hub-faults-'));
});
after(async () => {
  await killLeftoverHubs();
  rmSync(work, { recursive: true, force: true });
});

/** A valid WAV of `n` bytes of sound (each one different), for a stream of media uploads. */
function wav(seed: number, samples = 50_000): Uint8Array {
  const b = Buffer.alloc(44 + samples * 2);
  b.write('RIFF', 0, 'latin1');
  b.writeUInt32LE(36 + samples * 2, 4);
  b.write('WAVEfmt ', 8, 'latin1');
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(22050, 24);
  b.writeUInt32LE(44100, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36, 'latin1');
  b.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) b.writeInt16LE(Math.round(Math.sin((i + seed) * 0.05) * 8000 + seed), 44 + i * 2);
  return b;
}

/** Devices joined to a fresh hub's session, each with its own story (sharing one photo). */
async function roomWithDevices(hub: HubProcess, count: number) {
  const laptop = new Device(hub.httpUrl, hub.ca);
  const code = await startSession(laptop);
  const devices: Device[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Device(hub.httpsUrl, hub.ca);
    assert.equal((await d.request('POST', '/api/join', { code })).status, 200);
    devices.push(d);
  }
  return { laptop, devices };
}

test('kill -9 during a stream of saves and uploads: every acknowledged save and file is there after a restart', async () => {
  const dataDir = join(work, 'saves');
  let hub = await startHubProcess(dataDir);
  const { laptop, devices } = await roomWithDevices(hub, 4);
  const acked = new Map<string, Array<{ version: number; title: string }>>();
  const ackedMedia: Array<{ hash: string; bytes: number }> = [];
  let stop = false;
  const writers = devices.map(async (d, i) => {
    const { story, photo, hash } = storyWithPhoto(`story-${i}`);
    const media = new Map([[hash, photo]]);
    let base: number | null = null;
    const list: Array<{ version: number; title: string }> = [];
    acked.set(story.id, list);
    for (let n = 1; !stop && n <= 2000; n++) {
      const title = `${story.id} edit ${n}`;
      try {
        const r = await sendStory(d, retitled(story, title) as Story, media, base);
        if (r.status !== 200) throw new Error(`${r.status} ${r.text}`);
        assert.equal(r.json.status, 'saved');
        base = r.json.version;
        list.push({ version: base, title });
      } catch {
        return; // the hub went away mid-request: that save was never acknowledged
      }
    }
  });
  const uploader = (async () => {
    for (let n = 0; !stop && n < 2000; n++) {
      const bytes = wav(n);
      const hash = sha256(bytes);
      try {
        const r = await devices[0]!.request('PUT', `/api/media/${hash}`, bytes, { 'content-type': 'application/octet-stream' });
        if (r.status === 201) ackedMedia.push({ hash, bytes: bytes.length });
      } catch {
        return;
      }
    }
  })();
  // Let the stream run, then pull the plug once enough has been acknowledged (bounded in time).
  const until = Date.now() + 60_000;
  while ([...acked.values()].reduce((n, l) => n + l.length, 0) < 40 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  await hub.kill9();
  stop = true;
  await Promise.all([...writers, uploader]);
  const total = [...acked.values()].reduce((n, l) => n + l.length, 0);
  assert.ok(total >= 40, `only ${total} saves were acknowledged before the kill`);
  assert.ok(ackedMedia.length > 0);

  const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  db.close();

  hub = await startHubProcess(dataDir);
  // The same devices (their cookies) on the restarted hub: the session is still open.
  const again = devices.map(() => new Device(hub.httpsUrl, hub.ca));
  again.forEach((d, i) => devices[i]!.cookies.forEach((v, k) => d.cookies.set(k, v)));
  for (const [id, list] of acked) {
    const head = await again[0]!.request<{ version: number; doc: Story }>('GET', `/api/stories/${id}`);
    assert.equal(head.status, 200, `${id}: ${head.text}`);
    const last = list[list.length - 1];
    if (!last) continue;
    assert.ok(head.json.version >= last.version, `${id}: hub has v${head.json.version}, v${last.version} was acknowledged`);
    for (const { version, title } of list.slice(-50)) {
      const v = await again[0]!.request<{ doc: Story }>('GET', `/api/stories/${id}/versions/${version}`);
      assert.equal(v.status, 200, `${id} v${version}`);
      assert.equal(v.json.doc.meta.title.en, title, `${id} v${version}`);
    }
  }
  for (const m of ackedMedia) {
    const r = await again[0]!.request('HEAD', `/api/media/${m.hash}`);
    assert.equal(r.status, 200, m.hash);
    assert.equal(r.headers.get('content-length'), String(m.bytes));
  }
  assert.deepEqual(readdirSync(join(dataDir, 'tmp')).filter((f) => f !== 'uploads'), [], 'half-written temp files are cleared at start');
  await hub.stop();
  await Promise.all([laptop, ...devices, ...again].map((d) => d.close()));
});

/** A 360° photo of about 6 MB with GPS in its EXIF (noise does not compress). */
async function bigGpsPhoto(): Promise<Uint8Array> {
  const w = 2048;
  const h = 1024;
  const noise = Buffer.alloc(w * h * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  return new Uint8Array(
    await sharp(noise, { raw: { width: w, height: h, channels: 3 } })
      .jpeg({ quality: 100, chromaSubsampling: '4:4:4' })
      .withExif({ IFD0: { Make: 'Phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 54/1 40/1', GPSLongitudeRef: 'E', GPSLongitude: '10/1 45/1 8/1' } })
      .toBuffer(),
  );
}

test('kill -9 during a phone upload (tus): it resumes after the restart and lands in the story, without GPS', async () => {
  const dataDir = join(work, 'upload');
  let hub = await startHubProcess(dataDir);
  const { laptop, devices } = await roomWithDevices(hub, 1);
  const { story, photo, hash } = storyWithPhoto('with-phone');
  assert.equal((await sendStory(devices[0]!, story, new Map([[hash, photo]]), null)).status, 200);
  const phone = new Device(hub.httpsUrl, hub.ca);
  const code = (await laptop.request<{ room: { code: string } }>('GET', '/api/hub')).json.room.code;
  assert.equal((await phone.request('POST', '/api/join', { code, kind: 'phone' })).status, 200);
  const big = await bigGpsPhoto();
  assert.ok(big.length > 3_000_000, `${big.length} bytes`);
  assert.equal(readExif(big)?.hasGps, true);

  const options = (base: string) => ({
    metadata: { storyId: 'with-phone', filename: 'PXL_0001.jpg', filetype: 'image/jpeg' },
    headers: { cookie: phone.cookieHeader },
    chunkSize: 256 * 1024,
    retryDelays: [] as number[],
    httpStack: new DefaultHttpStack({ ca: hub.ca }),
    endpoint: new URL('/api/uploads/', base).href,
  });
  let uploadPath = '';
  let killed = false;
  const first = new Upload(Buffer.from(big), {
    ...options(hub.httpsUrl),
    onProgress(sent) {
      if (!killed && sent > big.length * 0.4) {
        killed = true;
        void hub.kill9();
      }
    },
    onAfterResponse(_req, res) {
      const loc = res.getHeader('Location');
      if (loc) uploadPath = new URL(loc, hub.httpsUrl).pathname;
    },
  });
  const failed = await new Promise<string>((done) => {
    (first as unknown as { options: { onError: (e: Error) => void; onSuccess: () => void } }).options.onError = (e) => done(String(e));
    (first as unknown as { options: { onSuccess: () => void } }).options.onSuccess = () => done('finished?!');
    first.start();
  });
  assert.ok(killed && failed !== 'finished?!', failed);
  assert.match(uploadPath, /^\/api\/uploads\/[0-9a-f]{32}$/);
  await hub.kill9();

  hub = await startHubProcess(dataDir);
  const phone2 = new Device(hub.httpsUrl, hub.ca);
  phone.cookies.forEach((v, k) => phone2.cookies.set(k, v));
  const head = await phone2.request('HEAD', uploadPath, undefined, { 'tus-resumable': '1.0.0' });
  assert.equal(head.status, 200);
  const offset = Number(head.headers.get('upload-offset'));
  assert.ok(offset > 0 && offset < big.length, `resumes from ${offset} of ${big.length}`);
  // Another device cannot touch this upload.
  const other = new Device(hub.httpsUrl, hub.ca);
  devices[0]!.cookies.forEach((v, k) => other.cookies.set(k, v));
  assert.equal((await other.request('HEAD', uploadPath, undefined, { 'tus-resumable': '1.0.0' })).status, 404);

  const body = await new Promise<string>((done, fail) => {
    const resumed = new Upload(Buffer.from(big), {
      ...options(hub.httpsUrl),
      headers: { cookie: phone2.cookieHeader },
      uploadUrl: new URL(uploadPath, hub.httpsUrl).href,
      onSuccess: (p) => done(p.lastResponse.getBody()),
      onError: fail,
    });
    resumed.start();
  });
  const entry = (JSON.parse(body) as { entry: { hash: string; notes: string[]; width: number; kind: string } }).entry;
  assert.equal(entry.kind, 'image');
  assert.equal(entry.width, 2048);
  assert.ok(entry.notes.includes('Removed where the photo was taken (GPS).'));
  const laptop2 = new Device(hub.httpsUrl, hub.ca);
  devices[0]!.cookies.forEach((v, k) => laptop2.cookies.set(k, v));
  const listed = await laptop2.request<{ entries: Array<{ id: string; hash: string; deviceName: string }> }>('GET', '/api/stories/with-phone/inbox');
  assert.deepEqual(listed.json.entries.map((e) => [e.hash, e.deviceName]), [[entry.hash, 'Phone 1']]);
  const kept = await laptop2.request('GET', `/api/media/${entry.hash}`);
  assert.equal(kept.status, 200);
  const file = readdirSync(join(dataDir, 'media', entry.hash.slice(0, 2)));
  assert.deepEqual(file, [entry.hash]);
  const stored = new Uint8Array(readFileSync(join(dataDir, 'media', entry.hash.slice(0, 2), entry.hash)));
  assert.equal(sha256(stored), entry.hash);
  assert.equal(readExif(stored), null, 'no EXIF (GPS) kept on the hub');
  assert.deepEqual(readdirSync(join(dataDir, 'tmp', 'uploads')), [], 'the upload parts are gone once it landed');
  // Taken into the story by the editor: it leaves the inbox.
  assert.equal((await laptop2.request('POST', `/api/stories/with-phone/inbox/${listed.json.entries[0]!.id}/taken`)).status, 200);
  assert.deepEqual((await laptop2.request<{ entries: unknown[] }>('GET', '/api/stories/with-phone/inbox')).json.entries, []);
  await hub.stop();
  await Promise.all([laptop, phone, phone2, other, laptop2, ...devices].map((d) => d.close()));
});

test('a full disk: a clear message, nothing half-written, the last acknowledged version intact', async () => {
  const dataDir = join(work, 'full');
  let hub = await startHubProcess(dataDir);
  const { laptop, devices } = await roomWithDevices(hub, 1);
  const d = devices[0]!;
  const { story, photo, hash } = storyWithPhoto('full-disk');
  assert.deepEqual((await sendStory(d, story, new Map([[hash, photo]]), null)).json, { status: 'saved', version: 1 });
  await hub.stop();

  // The disk reports less free space than the hub keeps free: media are refused before a byte is written.
  hub = await startHubProcess(dataDir, { STORYSCAPE_HUB_KEEP_FREE_BYTES: String(1e15) });
  const dd = new Device(hub.httpsUrl, hub.ca);
  d.cookies.forEach((v, k) => dd.cookies.set(k, v));
  const sound = wav(7);
  const refused = await dd.request<{ error: { code: string; message: string } }>('PUT', `/api/media/${sha256(sound)}`, sound, { 'content-type': 'application/octet-stream' });
  assert.equal(refused.status, 507);
  assert.equal(refused.json.error.code, 'disk-full');
  assert.match(refused.json.error.message, /disk is full, so this was not saved\. Nothing was lost/);
  assert.equal((await dd.request('HEAD', `/api/media/${sha256(sound)}`)).status, 404);
  const phoneUpload = await dd.request('POST', '/api/uploads/', undefined, {
    'tus-resumable': '1.0.0',
    'upload-length': '1000',
    'upload-metadata': `storyId ${Buffer.from('full-disk').toString('base64')}`,
  });
  assert.equal(phoneUpload.status, 507);
  assert.deepEqual(readdirSync(join(dataDir, 'tmp')).filter((f) => f !== 'uploads'), []);
  assert.deepEqual(readdirSync(join(dataDir, 'tmp', 'uploads')), []);
  await hub.stop();

  // The database's disk fills up: the save is refused in words, and version 1 is untouched.
  const pages = new Database(join(dataDir, 'hub.sqlite'), { readonly: true }).pragma('page_count', { simple: true }) as number;
  hub = await startHubProcess(dataDir, { STORYSCAPE_HUB_MAX_DB_PAGES: String(pages + 8) });
  const d3 = new Device(hub.httpsUrl, hub.ca);
  d.cookies.forEach((v, k) => d3.cookies.set(k, v));
  const bigger: Story = { ...story, scenes: story.scenes.map((s) => ({ ...s, description: { en: 'A long description. '.repeat(900) } })) };
  const full = await d3.request<{ error: { code: string; message: string } }>('PUT', '/api/stories/full-disk', { doc: bigger, baseVersion: 1 });
  assert.equal(full.status, 507, full.text);
  assert.equal(full.json.error.code, 'disk-full');
  const still = await d3.request<{ version: number; doc: Story }>('GET', '/api/stories/full-disk');
  assert.equal(still.json.version, 1);
  assert.deepEqual(still.json.doc.meta.title, story.meta.title);
  await hub.stop();
  hub = await startHubProcess(dataDir);
  const d4 = new Device(hub.httpsUrl, hub.ca);
  d.cookies.forEach((v, k) => d4.cookies.set(k, v));
  // Space again: the same save goes through.
  assert.deepEqual((await d4.request('PUT', '/api/stories/full-disk', { doc: bigger, baseVersion: 1 })).json, { status: 'saved', version: 2 });
  await hub.stop();
  await Promise.all([laptop, d, dd, d3, d4].map((x) => x.close()));
});

