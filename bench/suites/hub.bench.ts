/**
 * The room hub under a workshop's load, on 127.0.0.1 only: a real hub process (`storyscape hub`,
 * HTTPS), 30 simulated laptops each saving a change to its own story every 2 s (each based on the
 * version the hub last acknowledged, as the browser's outbox does), and 5 phones uploading 20 MB
 * photos with tus (5 MB parts, one after another) for 2 minutes.
 *
 * Figures: save latency (request to acknowledgement) p50/p95/max, the hub's peak RSS (VmHWM) and CPU
 * (utime+stime of the hub process over the run, as % of one core), uploads finished and their
 * throughput, and lost writes: after the run the hub is killed with SIGKILL, started again, and
 * every acknowledged save and upload is looked for (must be 0 missing).
 * The simulated devices run in this process on the same 2 cores: the note gives the load average.
 * HUB_BENCH_SECONDS shortens the run for a quick look. Contract: see bench/run.mjs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DefaultHttpStack, Upload } from 'tus-js-client';
import { fakeImageAsset, fakeStory } from '../../src/story/fake.ts';
import type { Story } from '../../src/story/schema/story.ts';
import { Device, killLeftoverHubs, startHubProcess, type HubProcess } from '../../tests/e2e/lib/hub.ts';
import { sendStory, sha256, startSession } from '../../tests/e2e/lib/hub-data.ts';
import { KEPT_VERSIONS } from '../../src/live/limits.ts';

const SECONDS = Number(process.env.HUB_BENCH_SECONDS ?? 120);
const LAPTOPS = 30;
const PHONES = 5;
const SAVE_EVERY_MS = 2000;
const PHOTO_BYTES = 20 * 1024 * 1024;
const log = (m: string) => process.stderr.write(`hub bench: ${m}\n`);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;

function procStat(pid: number): { cpuMs: number; hwmMb: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { cpuMs: ((Number(f[11]) + Number(f[12])) * 1000) / 100, hwmMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
}

/** A 360° photo of about 20 MB (noise does not compress), different for each phone. */
async function phonePhoto(seed: number): Promise<Buffer> {
  const w = 4096;
  const h = 2048;
  const px = Buffer.alloc(w * h * 3);
  let x = seed * 2654435761;
  for (let i = 0; i < px.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    px[i] = x >>> 24;
  }
  let q = 100;
  for (;;) {
    const out = await sharp(px, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: q, chromaSubsampling: '4:4:4' }).toBuffer();
    if (out.length <= PHOTO_BYTES * 1.1 || q < 80) return out;
    q -= 4;
  }
}

export async function run() {
  const work = mkdtempSync(join(tmpdir(), 'storyscape-hub-bench-'));
  let hub: HubProcess | null = null;
  try {
    hub = await startHubProcess(join(work, 'data'));
    const laptop = new Device(hub.httpUrl, hub.ca);
    const code = await startSession(laptop, 'Bench', 'bench passphrase');
    const pano = new Uint8Array(await sharp({ create: { width: 2048, height: 1024, channels: 3, background: '#468' } }).jpeg().toBuffer());
    const panoHash = sha256(pano);
    const media = new Map([[panoHash, pano]]);
    const asset = fakeImageAsset(1, { id: panoHash, bytes: pano.length, width: 2048, height: 1024 });
    const join_ = async (kind: string) => {
      const d = new Device(hub!.httpsUrl, hub!.ca);
      const r = await d.request('POST', '/api/join', { code, kind });
      if (r.status !== 200) throw new Error(`join: ${r.status} ${r.text}`);
      return d;
    };
    const laptops = await Promise.all(Array.from({ length: LAPTOPS }, () => join_('laptop')));
    const phones = await Promise.all(Array.from({ length: PHONES }, () => join_('phone')));
    // Each laptop's story: 12 scenes with 3 hotspots each (a workshop-sized story, ~25 KB of JSON).
    const stories = laptops.map((_, i) => fakeStory({ id: `bench-${i}`, scenes: 12, hotspotsPerScene: 3, panoramas: [asset] }));
    const base: Array<number | null> = stories.map(() => null);
    for (let i = 0; i < LAPTOPS; i++) {
      const r = await sendStory(laptops[i]!, stories[i]!, media, null);
      base[i] = (r.json as { version: number }).version;
    }
    log(`hub ${hub.pid} ready, ${LAPTOPS} laptops and ${PHONES} phones joined; making ${PHONES} photos of ~20 MB`);
    const photos = await Promise.all(Array.from({ length: PHONES }, (_, i) => phonePhoto(i + 1)));
    log(`photos: ${photos.map((p) => round(p.length / 1048576)).join(', ')} MB; running for ${SECONDS} s`);

    const latencies: number[] = [];
    const acked: Array<{ id: string; version: number; title: string }> = [];
    let saveErrors = 0;
    const uploads: Array<{ seconds: number; bytes: number; entry: string }> = [];
    let uploadErrors = 0;
    const before = procStat(hub.pid);
    const started = Date.now();
    const endAt = started + SECONDS * 1000;

    const saver = async (i: number) => {
      await new Promise((r) => setTimeout(r, (i * SAVE_EVERY_MS) / LAPTOPS)); // spread over the 2 s
      for (let n = 1; Date.now() < endAt; n++) {
        const tick = Date.now();
        const title = `Story ${i}, change ${n}`;
        const doc: Story = { ...stories[i]!, meta: { ...stories[i]!.meta, title: { en: title } } };
        try {
          const r = await laptops[i]!.request<{ status: string; version: number }>('PUT', `/api/stories/${doc.id}`, { doc, baseVersion: base[i] });
          if (r.status === 200 && r.json.status === 'saved') {
            latencies.push(Date.now() - tick);
            base[i] = r.json.version;
            acked.push({ id: doc.id, version: r.json.version, title });
          } else saveErrors++;
        } catch {
          saveErrors++;
        }
        const wait = tick + SAVE_EVERY_MS - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, Math.min(wait, Math.max(0, endAt - Date.now()))));
      }
    };
    const uploader = async (p: number) => {
      for (let n = 0; Date.now() < endAt; n++) {
        const t0 = Date.now();
        try {
          const body = await new Promise<string>((done, fail) => {
            const up = new Upload(photos[p]!, {
              endpoint: new URL('/api/uploads/', hub!.httpsUrl).href,
              metadata: { storyId: `bench-${p}`, filename: `PXL_${p}_${n}.jpg`, filetype: 'image/jpeg' },
              headers: { cookie: phones[p]!.cookieHeader },
              chunkSize: 5 * 1024 * 1024,
              retryDelays: [],
              httpStack: new DefaultHttpStack({ ca: hub!.ca }),
              onSuccess: (s) => done(s.lastResponse.getBody()),
              onError: fail,
            });
            up.start();
          });
          uploads.push({ seconds: (Date.now() - t0) / 1000, bytes: photos[p]!.length, entry: (JSON.parse(body) as { entry: { id: string } }).entry.id });
        } catch (e) {
          uploadErrors++;
          log(`upload failed: ${String(e).slice(0, 200)}`);
        }
      }
    };
    let peakRss = 0;
    const sampler = setInterval(() => {
      try {
        peakRss = Math.max(peakRss, procStat(hub!.pid).rssMb);
      } catch {
        // ended
      }
    }, 500);
    await Promise.all([...laptops.map((_, i) => saver(i)), ...phones.map((_, p) => uploader(p))]);
    clearInterval(sampler);
    const wall = (Date.now() - started) / 1000;
    const after = procStat(hub.pid);
    const load = loadavg()[0]!;
    log(`${acked.length} saves, ${uploads.length} uploads in ${round(wall)} s; checking that nothing acknowledged is lost`);

    // Lost writes: pull the plug, start again, look for every acknowledged save and upload.
    await hub.kill9();
    const dataDir = hub.dataDir;
    hub = await startHubProcess(dataDir);
    const checker = new Device(hub.httpsUrl, hub.ca);
    laptops[0]!.cookies.forEach((v, k) => checker.cookies.set(k, v));
    // The hub keeps each story's last KEPT_VERSIONS versions by design: an older acknowledged save is
    // not lost when a newer one of the same story is there (it is counted as pruned, not lost).
    let lost = 0;
    let pruned = 0;
    const newestById = new Map<string, number>();
    for (const a of acked) newestById.set(a.id, Math.max(newestById.get(a.id) ?? 0, a.version));
    for (const a of acked) {
      if (a.version <= newestById.get(a.id)! - KEPT_VERSIONS) {
        pruned++;
        continue;
      }
      const r = await checker.request<{ doc: Story }>('GET', `/api/stories/${a.id}/versions/${a.version}`);
      if (r.status !== 200 || r.json.doc.meta.title.en !== a.title) lost++;
    }
    const inboxIds = new Set<string>();
    for (let p = 0; p < PHONES; p++) {
      const r = await checker.request<{ entries: Array<{ id: string }> }>('GET', `/api/stories/bench-${p}/inbox`);
      for (const e of r.json.entries) inboxIds.add(e.id);
    }
    const lostUploads = uploads.filter((u) => !inboxIds.has(u.entry)).length;
    await Promise.all([laptop, checker, ...laptops, ...phones].map((d) => d.close()));

    const uploadedMb = uploads.reduce((n, u) => n + u.bytes, 0) / 1048576;
    const note = `${LAPTOPS} laptops saving every 2 s + ${PHONES} phones uploading ~20 MB photos (tus, 5 MB parts) for ${round(wall)} s, HTTPS on 127.0.0.1; clients in the same 2-core machine (load average ${round(load, 2)})`;
    return {
      'save-p50': { value: pct(latencies, 50), unit: 'ms', note: `${note}; ${latencies.length} saves` },
      'save-p95': { value: pct(latencies, 95), unit: 'ms', note: 'request to acknowledgement (committed with synchronous=FULL)' },
      'save-max': { value: pct(latencies, 100), unit: 'ms' },
      saves: { value: latencies.length, unit: 'count', note: `${saveErrors} failed` },
      'lost-writes': { value: lost + lostUploads, unit: 'count', note: `after kill -9 and a restart: ${lost} of ${acked.length} acknowledged saves (${pruned} older than each story's last ${KEPT_VERSIONS} versions, pruned by design, not looked for) and ${lostUploads} of ${uploads.length} finished uploads missing (must be 0)` },
      'uploads-finished': { value: uploads.length, unit: 'count', note: `${round(uploadedMb)} MB; ${uploadErrors} failed` },
      'upload-p50': { value: round(pct(uploads.map((u) => u.seconds), 50), 2), unit: 's', note: 'one ~20 MB photo, first byte to inbox entry (checks, metadata removed, stored)' },
      'upload-throughput': { value: round(uploadedMb / wall, 2), unit: 'MB/s', note: 'all phones together' },
      'hub-peak-rss': { value: round(Math.max(after.hwmMb, peakRss)), unit: 'MB', note: 'VmHWM of the hub process' },
      'hub-cpu': { value: round(((after.cpuMs - before.cpuMs) / (wall * 1000)) * 100), unit: '% of one core', note: 'hub process user+system time over the run' },
    };
  } finally {
    await hub?.stop().catch(() => {});
    await killLeftoverHubs();
    rmSync(work, { recursive: true, force: true });
  }
}
