/**
 * The library service under load (#17), on 127.0.0.1 only: 200 simulated devices, each saving a change
 * to its own story every 2 s (based on the version last acknowledged, as the browser's outbox does):
 *
 * - `pg-*`: two service processes (`storyscape hub --service`) on one PostgreSQL database (Debian's,
 *   started here with fsync on) and one media folder, the devices split between them. Half-way through,
 *   one process is killed with SIGKILL: its devices go on through the other (as a proxy would send
 *   them), retrying the save that was cut off.
 * - `sqlite-*`: the same devices on one room hub (SQLite, synchronous=FULL), killed with SIGKILL and
 *   restarted after the run.
 *
 * Figures: save latency p95 (request to acknowledgement), throughput, and lost writes: after the run,
 * every story's newest acknowledged version is read back with its title (must be 0 missing).
 * The devices run in this process on the same 2 cores: the notes give the load average.
 * SERVICE_BENCH_SECONDS shortens the runs for a quick look. Contract: see bench/run.mjs.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { fakeImageAsset, fakeStory } from '../../src/story/fake.ts';
import type { Story } from '../../src/story/schema/story.ts';
import { ROOT } from '../../tests/e2e/lib/app.ts';
import { Device, killLeftoverHubs, startHubProcess, type HubProcess } from '../../tests/e2e/lib/hub.ts';
import { sha256, startSession } from '../../tests/e2e/lib/hub-data.ts';
import { startPostgres, type PostgresServer } from '../../tests/lib/postgres-server.ts';

const SECONDS = Number(process.env.SERVICE_BENCH_SECONDS ?? 120);
const DEVICES = 200;
const SAVE_EVERY_MS = 2000;
const PUBLIC_URL = 'https://stories.library.example';
const log = (m: string) => process.stderr.write(`service bench: ${m}\n`);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;

interface Sim {
  /** The same device (same cookie) through each process it may reach. */
  via: Device[];
  at: number;
  story: Story;
  base: number | null;
  last: { version: number; title: string } | null;
}

interface RunResult {
  latencies: number[];
  saves: number;
  failed: number;
  lost: number;
  acked: number;
  wall: number;
  load: number;
  failovers: number;
}

/** Devices save until the end; `midway` runs once half-way (a kill). */
async function drive(sims: Sim[], midway: () => Promise<void>): Promise<Omit<RunResult, 'lost' | 'acked'>> {
  const latencies: number[] = [];
  let failed = 0;
  let failovers = 0;
  const started = Date.now();
  const endAt = started + SECONDS * 1000;
  const half = setTimeout(() => void midway(), (SECONDS * 1000) / 2);
  const one = async (s: Sim, i: number) => {
    await new Promise((r) => setTimeout(r, (i * SAVE_EVERY_MS) / sims.length)); // spread over the 2 s
    for (let n = 1; Date.now() < endAt; n++) {
      const tick = Date.now();
      const title = `Story ${i}, change ${n}`;
      const doc: Story = { ...s.story, meta: { ...s.story.meta, title: { en: title } } };
      // A save cut off by a killed process is sent again through the other one (bounded tries).
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          const r = await s.via[s.at]!.request<{ status: string; version: number }>('PUT', `/api/stories/${doc.id}`, { doc, baseVersion: s.base });
          if (r.status === 200 && r.json.status === 'saved') {
            latencies.push(Date.now() - tick);
            s.base = r.json.version;
            s.last = { version: r.json.version, title };
          } else failed++;
          break;
        } catch {
          if (s.via.length > 1) {
            s.at = (s.at + 1) % s.via.length;
            failovers++;
          } else {
            failed++;
            break;
          }
        }
      }
      const wait = tick + SAVE_EVERY_MS - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, Math.min(wait, Math.max(0, endAt - Date.now()))));
    }
  };
  await Promise.all(sims.map((s, i) => one(s, i)));
  clearTimeout(half);
  return { latencies, saves: latencies.length, failed, wall: (Date.now() - started) / 1000, load: loadavg()[0]!, failovers };
}

/** Every story's newest acknowledged version, read back through `checker`. */
async function lostWrites(checker: Device, sims: Sim[]): Promise<{ lost: number; acked: number }> {
  let lost = 0;
  let acked = 0;
  for (const s of sims) {
    if (!s.last) continue;
    acked++;
    const r = await checker.request<{ doc: Story }>('GET', `/api/stories/${s.story.id}/versions/${s.last.version}`);
    if (r.status !== 200 || r.json.doc.meta.title.en !== s.last.title) lost++;
  }
  return { lost, acked };
}

/** One small panorama every story shows (uploaded once per run, by the first device). */
const pano = new Uint8Array(await sharp({ create: { width: 1024, height: 512, channels: 3, background: '#468' } }).jpeg().toBuffer());
const panoAsset = fakeImageAsset(1, { id: sha256(pano), bytes: pano.length, width: 1024, height: 512 });
const newStory = (i: number) => fakeStory({ id: `svc-${i}`, scenes: 6, hotspotsPerScene: 2, panoramas: [panoAsset] });
async function uploadPano(d: Device): Promise<void> {
  const r = await d.request('PUT', `/api/media/${panoAsset.id}`, pano, { 'content-type': 'application/octet-stream' });
  if (r.status !== 200 && r.status !== 201) throw new Error(`media: ${r.status} ${r.text}`);
}

async function onPostgres(work: string, pg: PostgresServer): Promise<RunResult> {
  const database = await pg.createDatabase('bench');
  const set = spawnSync(process.execPath, [join(ROOT, 'bin/storyscape.mjs'), 'hub', 'admin-passphrase', '--database', database], { input: 'bench admin passphrase\n', encoding: 'utf8' });
  if (set.status !== 0) throw new Error(`admin-passphrase: ${set.stderr}`);
  const hubs: HubProcess[] = [];
  for (const n of [1, 2]) {
    const data = join(work, `pg-data-${n}`);
    mkdirSync(data, { recursive: true });
    hubs.push(await startHubProcess(data, { STORYSCAPE_DATABASE: database }, ['--service', '--public-url', PUBLIC_URL, '--media', join(work, 'pg-media'), '--port', '0', '--host', '127.0.0.1']));
  }
  const admin = new Device(hubs[0]!.httpUrl, '');
  await admin.request('POST', '/api/admin/login', { passphrase: 'bench admin passphrase' });
  const room = await admin.request<{ room: { code: string } }>('POST', '/api/admin/rooms', { name: 'Bench', passphrase: 'bench passphrase' });
  if (room.status !== 201) throw new Error(`room: ${room.status} ${room.text}`);
  const sims: Sim[] = [];
  for (let i = 0; i < DEVICES; i++) {
    const at = i % 2;
    const first = new Device(hubs[at]!.httpUrl, '');
    const j = await first.request('POST', '/api/join', { code: room.json.room.code });
    if (j.status !== 200) throw new Error(`join: ${j.status} ${j.text}`);
    const other = new Device(hubs[1 - at]!.httpUrl, '');
    first.cookies.forEach((v, k) => other.cookies.set(k, v));
    sims.push({ via: at === 0 ? [first, other] : [other, first], at, story: newStory(i), base: null, last: null });
  }
  await uploadPano(sims[0]!.via[sims[0]!.at]!);
  log(`PostgreSQL: 2 processes (${hubs.map((h) => h.pid).join(', ')}), ${DEVICES} devices joined; running for ${SECONDS} s, killing one half-way`);
  const run = await drive(sims, async () => {
    log(`kill -9 of process ${hubs[0]!.pid}`);
    await hubs[0]!.kill9();
  });
  const checker = sims[0]!.via[1]!;
  const lost = await lostWrites(checker, sims);
  await Promise.all([admin, ...sims.flatMap((s) => s.via)].map((d) => d.close()));
  await Promise.all(hubs.map((h) => h.stop()));
  return { ...run, ...lost };
}

async function onSqlite(work: string): Promise<RunResult> {
  let hub = await startHubProcess(join(work, 'sqlite-data'));
  const laptop = new Device(hub.httpUrl, hub.ca);
  const code = await startSession(laptop, 'Bench', 'bench passphrase');
  const sims: Sim[] = [];
  for (let i = 0; i < DEVICES; i++) {
    const d = new Device(hub.httpsUrl, hub.ca);
    const j = await d.request('POST', '/api/join', { code });
    if (j.status !== 200) throw new Error(`join: ${j.status} ${j.text}`);
    sims.push({ via: [d], at: 0, story: newStory(i), base: null, last: null });
  }
  await uploadPano(sims[0]!.via[0]!);
  log(`SQLite: 1 process (${hub.pid}), ${DEVICES} devices joined; running for ${SECONDS} s`);
  const run = await drive(sims, async () => {});
  await hub.kill9();
  hub = await startHubProcess(hub.dataDir);
  const checker = new Device(hub.httpsUrl, hub.ca);
  sims[0]!.via[0]!.cookies.forEach((v, k) => checker.cookies.set(k, v));
  const lost = await lostWrites(checker, sims);
  await Promise.all([laptop, checker, ...sims.flatMap((s) => s.via)].map((d) => d.close()));
  await hub.stop();
  return { ...run, ...lost };
}

export async function run() {
  const work = mkdtempSync(join(tmpdir(), 'storyscape-service-bench-'));
  const pg = await startPostgres({ fast: false, maxConnections: 100 });
  try {
    const p = await onPostgres(work, pg);
    log(`PostgreSQL: ${p.saves} saves, p95 ${pct(p.latencies, 95)} ms, ${p.lost} lost of ${p.acked}`);
    const s = await onSqlite(work);
    log(`SQLite: ${s.saves} saves, p95 ${pct(s.latencies, 95)} ms, ${s.lost} lost of ${s.acked}`);
    const note = (r: RunResult) => `${DEVICES} devices saving every 2 s for ${round(r.wall)} s; clients in the same 2-core machine (load average ${round(r.load, 2)})`;
    return {
      'pg-save-p95': { value: pct(p.latencies, 95), unit: 'ms', note: `2 service processes on PostgreSQL (fsync on), one killed with SIGKILL half-way; ${note(p)}` },
      'pg-save-p50': { value: pct(p.latencies, 50), unit: 'ms' },
      'pg-throughput': { value: round(p.saves / p.wall), unit: 'saves/s', note: `${p.saves} acknowledged, ${p.failed} refused or failed, ${p.failovers} retried through the other process` },
      'pg-lost-writes': { value: p.lost, unit: 'count', note: `newest acknowledged version of each of ${p.acked} stories read back after the kill (must be 0)` },
      'sqlite-save-p95': { value: pct(s.latencies, 95), unit: 'ms', note: `1 room hub on SQLite (synchronous=FULL, HTTPS); ${note(s)}` },
      'sqlite-save-p50': { value: pct(s.latencies, 50), unit: 'ms' },
      'sqlite-throughput': { value: round(s.saves / s.wall), unit: 'saves/s', note: `${s.saves} acknowledged, ${s.failed} refused or failed` },
      'sqlite-lost-writes': { value: s.lost, unit: 'count', note: `after kill -9 and a restart, newest acknowledged version of each of ${s.acked} stories (must be 0)` },
    };
  } finally {
    await killLeftoverHubs();
    await pg.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
