/**
 * The showcase (#16) under a room's load, on 127.0.0.1 only: a real hub process (`storyscape hub`),
 * the facilitator's live connection, and simulated headsets that join like real ones (POST
 * /api/join as a headset, then the live WebSocket over HTTPS with their cookie) and speak the real
 * protocol, every message checked with the zod schemas of src/live: each says what it shows
 * (`presence`) on connecting and after every move, and where it looks four times a second (`view`).
 * The facilitator sends a story to all, asks them to follow, then makes CHOICES moves (a `lead`
 * message every GAP_MS, as "Play it here and lead" sends them).
 *
 * Figures, for 30 headsets and again for 100 (a fresh hub each): time from the facilitator's move
 * to each headset's `guide-state` carrying it, p50/p95/max over every headset and move; the time
 * until the last headset had it (per move, p95); the hub's CPU over the moves (% of one core) and its
 * peak RSS. The simulated headsets run in this process on the same 2 cores: the note gives the load
 * average. Contract: see bench/run.mjs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ClientMessage, parseMessage, ServerMessage } from '../../src/live/messages.ts';
import { fakeImageAsset, fakeStory } from '../../src/story/fake.ts';
import { Device, killLeftoverHubs, startHubProcess, type HubProcess } from '../../tests/e2e/lib/hub.ts';
import { fixture, sendStory, sha256, startSession } from '../../tests/e2e/lib/hub-data.ts';

const CHOICES = Number(process.env.SHOWCASE_BENCH_CHOICES ?? 40);
const GAP_MS = 400;
const SCENES = 12;
/** No move waits longer than this for its last headset (a lost message counts as a miss). */
const MOVE_TIMEOUT_MS = 10_000;
const STORY = 'showcase-bench';
const log = (m: string) => process.stderr.write(`showcase bench: ${m}\n`);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function procStat(pid: number): { cpuMs: number; hwmMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuMs: ((Number(f[11]) + Number(f[12])) * 1000) / 100, hwmMb: hwm / 1024 };
}

/** A live connection speaking the protocol: what it sends is checked before it goes, what it gets on arrival. */
class Live {
  readonly ws: WebSocket;
  invalid = 0;
  private readonly listeners = new Set<(m: ServerMessage) => void>();
  private readonly open: Promise<void>;
  constructor(url: string, device: Device, ca: string) {
    this.ws = new WebSocket(`${url.replace(/^http/, 'ws')}api/live`, { headers: { cookie: device.cookieHeader }, ca });
    this.open = new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error('a live connection did not open within 30 s')), 30_000);
      this.ws.once('open', () => {
        clearTimeout(timer);
        done();
      });
      this.ws.once('error', (e) => {
        clearTimeout(timer);
        fail(e);
      });
    });
    this.open.catch(() => {}); // reported by opened()
    this.ws.on('message', (data) => {
      const m = parseMessage(ServerMessage, String(data));
      if (!m) this.invalid++;
      else for (const l of this.listeners) l(m);
    });
  }
  on(l: (m: ServerMessage) => void) {
    this.listeners.add(l);
  }
  send(m: ClientMessage) {
    ClientMessage.parse(m);
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(m));
  }
  opened(): Promise<void> {
    return this.open;
  }
}

/** A simulated headset: reports presence like the player does, follows the guide's lead, looks around. */
function headset(live: Live, index: number, arrived: (seq: number, at: number) => void) {
  let scene = 'scene-1';
  let turn = index * 7;
  const presence = () =>
    live.send({ type: 'presence', storyId: STORY, storyTitle: 'Showcase bench', sceneId: scene, sceneTitle: scene, inVr: true });
  live.on((m) => {
    if (m.type === 'welcome') presence();
    if (m.type !== 'guide-state' || !m.guide.lead || !m.guide.follow) return;
    arrived(m.guide.lead.seq, performance.now());
    if (m.guide.lead.sceneId !== scene) {
      scene = m.guide.lead.sceneId;
      presence();
    }
  });
  const looking = setInterval(() => {
    turn = (turn + 13) % 360;
    live.send({ type: 'view', yaw: turn - 180, pitch: -5 });
  }, 250);
  return () => clearInterval(looking);
}

async function round_(headsets: number, work: string) {
  let hub: HubProcess | null = null;
  const lives: Live[] = [];
  const stops: Array<() => void> = [];
  try {
    hub = await startHubProcess(join(work, `data-${headsets}`));
    const laptop = new Device(hub.httpUrl, hub.ca);
    const code = await startSession(laptop, 'Showcase bench', 'bench passphrase');
    const photo = fixture('generated-pano.jpg');
    const hash = sha256(photo);
    const pano = fakeImageAsset(1, { id: hash, bytes: photo.length, width: 1024, height: 512 });
    const saved = await sendStory(laptop, fakeStory({ id: STORY, scenes: SCENES, panoramas: [pano] }), new Map([[hash, photo]]), null);
    if (saved.status !== 200) throw new Error(`story: ${saved.status} ${saved.text}`);

    // arrivals[seq] = time each headset heard of move `seq`
    const arrivals = new Map<number, number[]>();
    const devices: Device[] = [];
    for (let i = 0; i < headsets; i++) {
      const d = new Device(hub.httpsUrl, hub.ca);
      const r = await d.request('POST', '/api/join', { code, kind: 'headset' });
      if (r.status !== 200) throw new Error(`join: ${r.status} ${r.text}`);
      devices.push(d);
      const live = new Live(hub.httpsUrl, d, hub.ca);
      lives.push(live);
      stops.push(headset(live, i, (seq, at) => arrivals.set(seq, [...(arrivals.get(seq) ?? []), at])));
    }
    await Promise.all(lives.map((l) => l.opened()));
    const facilitator = new Live(hub.httpUrl, laptop, hub.ca);
    lives.push(facilitator);
    await facilitator.opened();
    facilitator.send({ type: 'guide', to: 'all', command: { do: 'send', storyId: STORY } });
    facilitator.send({ type: 'guide', to: 'all', command: { do: 'follow' } });
    await sleep(2000);
    log(`${headsets} headsets connected to hub ${hub.pid}; ${CHOICES} moves, one every ${GAP_MS} ms`);

    const latencies: number[] = [];
    const lastOnes: number[] = [];
    let missed = 0;
    const before = procStat(hub.pid);
    const started = performance.now();
    for (let n = 1; n <= CHOICES; n++) {
      const seq = n; // the hub counts moves from 1
      const t0 = performance.now();
      facilitator.send({ type: 'lead', storyId: STORY, sceneId: `scene-${(n % SCENES) + 1}`, variables: { step: n } });
      const deadline = t0 + MOVE_TIMEOUT_MS;
      while ((arrivals.get(seq)?.length ?? 0) < headsets && performance.now() < deadline) await sleep(2);
      const got = arrivals.get(seq) ?? [];
      missed += headsets - got.length;
      for (const at of got) latencies.push(at - t0);
      if (got.length === headsets) lastOnes.push(Math.max(...got) - t0);
      const wait = t0 + GAP_MS - performance.now();
      if (wait > 0) await sleep(wait);
    }
    const wall = (performance.now() - started) / 1000;
    const after = procStat(hub.pid);
    const invalid = lives.reduce((n, l) => n + l.invalid, 0);
    for (const stop of stops) stop();
    for (const l of lives) l.ws.terminate();
    await Promise.all([laptop, ...devices].map((d) => d.close()));
    return {
      latencies,
      lastOnes,
      missed,
      invalid,
      cpu: ((after.cpuMs - before.cpuMs) / (wall * 1000)) * 100,
      rss: after.hwmMb,
      load: loadavg()[0]!,
    };
  } finally {
    for (const stop of stops) stop();
    for (const l of lives) l.ws.terminate();
    await hub?.stop().catch(() => {});
  }
}

export async function run() {
  const work = mkdtempSync(join(tmpdir(), 'storyscape-showcase-bench-'));
  const out: Record<string, { value: number; unit: string; note?: string }> = {};
  try {
    for (const n of [30, 100]) {
      const r = await round_(n, work);
      log(`${n}: p50 ${round(pct(r.latencies, 50))} ms, p95 ${round(pct(r.latencies, 95))} ms, max ${round(pct(r.latencies, 100))} ms, missed ${r.missed}, cpu ${round(r.cpu)}%`);
      const note = `${n} simulated headsets (wss on 127.0.0.1, each sending presence on every move and its view 4×/s), ${CHOICES} moves every ${GAP_MS} ms; clients in the same 2-core machine (load average ${round(r.load, 2)})`;
      out[`choice-to-headset-${n}-p50`] = { value: round(pct(r.latencies, 50)), unit: 'ms', note: `${note}; ${r.latencies.length} messages` };
      out[`choice-to-headset-${n}-p95`] = { value: round(pct(r.latencies, 95)), unit: 'ms', note: 'the facilitator sends `lead` to a headset receiving its guide-state (stored compare-and-set first)' };
      out[`choice-to-headset-${n}-max`] = { value: round(pct(r.latencies, 100)), unit: 'ms' };
      out[`choice-to-every-headset-${n}-p95`] = { value: round(pct(r.lastOnes, 95)), unit: 'ms', note: 'per move: until the last headset had it' };
      out[`missed-${n}`] = { value: r.missed + r.invalid, unit: 'count', note: `moves a headset never heard of within ${MOVE_TIMEOUT_MS / 1000} s, plus messages failing the zod schemas (must be 0)` };
      out[`hub-cpu-${n}`] = { value: round(r.cpu), unit: '% of one core', note: 'hub process user+system time over the moves' };
      out[`hub-peak-rss-${n}`] = { value: round(r.rss), unit: 'MB', note: 'VmHWM of the hub process' };
    }
    return out;
  } finally {
    await killLeftoverHubs();
    rmSync(work, { recursive: true, force: true });
  }
}
