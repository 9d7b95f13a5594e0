import WebSocket from 'ws';
import type { Story } from '../../../src/story/schema/story.ts';
import { Device } from './hub.ts';
import { storyWithPhoto } from './hub-data.ts';

/**
 * Simulated devices of a library service (#17), speaking the browser's protocol through one address
 * (the reverse proxy): each joins the room, keeps a live connection open (reconnecting when it
 * drops, as the app does) and saves its own story based on the version last acknowledged, as the
 * outbox does. A save that gets no answer (the process died, the proxy said 502) is sent again;
 * when the hub answers "kept both" (the cut-off save had been applied after all), the device reads
 * the story's current version and goes on from there. Every acknowledgement is recorded, so a test
 * can read each acknowledged version back afterwards. Bounded: `until` and a try limit.
 */
export interface Ack {
  storyId: string;
  version: number;
  title: string;
  /** When the acknowledgement came. */
  at: number;
}

export interface SimDevice {
  http: Device;
  story: Story;
  base: number | null;
  acks: Ack[];
  /** Retries after no answer or a 502. */
  retries: number;
  /** How long each live reconnect took (socket closed → welcome), ms. */
  reconnects: number[];
  ws: WebSocket | null;
  closed: boolean;
}

export async function joinDevices(url: string, code: string, n: number, prefix: string): Promise<SimDevice[]> {
  const out: SimDevice[] = [];
  for (let i = 0; i < n; i++) {
    const http = new Device(url, '');
    const j = await http.request('POST', '/api/join', { code });
    if (j.status !== 200) throw new Error(`join: ${j.status} ${j.text}`);
    const { story, photo, hash } = storyWithPhoto(`${prefix}-${i}`);
    // Every story shows the same photo: the first device sends it once, as a laptop's outbox would.
    if (i === 0) {
      const up = await http.request('PUT', `/api/media/${hash}`, photo, { 'content-type': 'application/octet-stream' });
      if (up.status !== 201 && up.status !== 200) throw new Error(`media: ${up.status} ${up.text}`);
    }
    out.push({ http, story, base: null, acks: [], retries: 0, reconnects: [], ws: null, closed: false });
  }
  return out;
}

/** Opens (and keeps reopening, every 200 ms while refused) the device's live connection. */
export function keepLive(d: SimDevice, url: string): Promise<void> {
  const origin = new URL(url).origin;
  let droppedAt: number | null = null;
  return new Promise((firstWelcome) => {
    const open = () => {
      if (d.closed) return;
      const ws = new WebSocket(`${url.replace(/^http/, 'ws')}api/live`, { headers: { cookie: d.http.cookieHeader, origin } });
      d.ws = ws;
      ws.on('message', (m) => {
        if ((JSON.parse(String(m)) as { type: string }).type !== 'welcome') return;
        if (droppedAt !== null) d.reconnects.push(Date.now() - droppedAt);
        droppedAt = null;
        firstWelcome();
      });
      ws.on('error', () => undefined);
      ws.on('close', () => {
        if (d.closed) return;
        droppedAt ??= Date.now();
        setTimeout(open, 200);
      });
    };
    open();
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Saves every `everyMs` until `until` (a timestamp); `maxTries` per save. */
export async function saveUntil(d: SimDevice, until: number, everyMs: number, maxTries = 40): Promise<void> {
  for (let n = 1; Date.now() < until; n++) {
    const tick = Date.now();
    const title = `${d.story.id}, change ${n}`;
    const doc: Story = { ...d.story, meta: { ...d.story.meta, title: { en: title } } };
    for (let attempt = 0; attempt < maxTries; attempt++) {
      const r = await d.http.request<{ status: string; version: number }>('PUT', `/api/stories/${doc.id}`, { doc, baseVersion: d.base }).catch(() => null);
      if (r?.status === 200 && r.json.status === 'saved') {
        d.base = r.json.version;
        d.acks.push({ storyId: doc.id, version: r.json.version, title, at: Date.now() });
        break;
      }
      if (r?.status === 200) {
        // Kept both: an earlier try was applied after all. Go on from the story's current version.
        const head = await d.http.request<{ version: number }>('GET', `/api/stories/${doc.id}`).catch(() => null);
        if (head?.status === 200) d.base = head.json.version;
        break;
      }
      d.retries++;
      await sleep(100);
    }
    await sleep(Math.max(0, tick + everyMs - Date.now()));
  }
}

/** Acknowledged saves that cannot be read back as they were acknowledged (must be none). */
export async function missingAcks(checker: Device, acks: Ack[]): Promise<Ack[]> {
  const missing: Ack[] = [];
  for (const a of acks) {
    const r = await checker.request<{ doc: Story }>('GET', `/api/stories/${a.storyId}/versions/${a.version}`);
    if (r.status !== 200 || r.json.doc.meta.title.en !== a.title) missing.push(a);
  }
  return missing;
}

export async function closeDevices(devices: SimDevice[]): Promise<void> {
  const open = devices.filter((d) => !d.closed);
  for (const d of open) {
    d.closed = true;
    d.ws?.terminate();
  }
  await Promise.all(open.map((d) => d.http.close()));
}
