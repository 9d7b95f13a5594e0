import { z } from 'zod';
import {
  DevicesReply,
  ErrorReply,
  HUB_PATHS,
  HubInfo,
  InboxReply,
  JoinReply,
  MediaHasReply,
  MediaPutReply,
  PutStoryReply,
  RoomsReply,
  StoriesReply,
  StoryReply,
  VersionsReply,
  type DeviceKind,
  type InboxEntry,
  type StartRoomBody,
  type StorySummary,
} from '../../live/api.ts';
import { MAX_HAS_HASHES } from '../../live/limits.ts';

/**
 * The hub's REST API from the browser (or a Node test): every reply checked against the zod
 * schemas of src/live/, every failure one of two errors:
 * - `HubUnreachable`: the hub did not answer (Wi-Fi gone, hub stopped or restarting): try later.
 * - `HubRequestError`: the hub answered "no", with a stable code and words (src/hub/errors.ts).
 */
export class HubUnreachable extends Error {
  override name = 'HubUnreachable';
  constructor(cause?: unknown) {
    super('The room hub did not answer.', { cause });
  }
}

export class HubRequestError extends Error {
  override name = 'HubRequestError';
  readonly status: number;
  readonly code: string;
  readonly retryAfterSeconds: number | undefined;
  readonly missingMedia: string[];
  readonly problems: Array<{ severity: string; code: string; message: string; path: string }>;
  constructor(status: number, reply: ErrorReply | null, fallback: string) {
    super(reply?.error.message ?? fallback);
    this.status = status;
    this.code = reply?.error.code ?? `http-${status}`;
    this.retryAfterSeconds = reply?.error.retryAfterSeconds;
    this.missingMedia = reply?.missingMedia ?? [];
    this.problems = reply?.problems ?? [];
  }
}

/** Statuses that mean "the hub is not there right now" (a proxy's or the closing hub's answer). */
const UNREACHABLE_STATUS = new Set([502, 503, 504]);

export interface HubClientOptions {
  /** The app's base address (ends with "/"): API paths are resolved against it. */
  base: string;
  /** fetch to use (tests pass one with their own cookies and certificate). */
  fetch?: typeof globalThis.fetch;
  /** Longest wait for an answer (ms) before the hub counts as unreachable. Default 30 s. */
  timeoutMs?: number;
}

export type HubClient = ReturnType<typeof createHubClient>;

const RoomStarted = z.object({ room: z.unknown() });
const EndReply = z.object({ ended: z.boolean(), deleted: z.object({ stories: z.number(), media: z.number() }) });
const TakenReply = z.object({ taken: z.boolean(), count: z.number() });
const Ok = z.unknown();

export function createHubClient(options: HubClientOptions) {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const url = (path: string) => new URL(path.replace(/^\//, ''), options.base).href;

  async function send(method: string, path: string, body?: BodyInit | object, headers: Record<string, string> = {}, timeout = timeoutMs): Promise<Response> {
    const init: RequestInit = { method, headers: { ...headers }, credentials: 'same-origin', cache: 'no-store' };
    if (body instanceof Blob || body instanceof ArrayBuffer || body instanceof Uint8Array) init.body = body as BodyInit;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeout);
    init.signal = abort.signal;
    let res: Response;
    try {
      res = await doFetch(url(path), init);
    } catch (e) {
      throw new HubUnreachable(e);
    } finally {
      clearTimeout(timer);
    }
    if (UNREACHABLE_STATUS.has(res.status)) {
      await res.body?.cancel().catch(() => undefined);
      throw new HubUnreachable(new Error(`HTTP ${res.status}`));
    }
    return res;
  }

  async function json<T>(schema: z.ZodType<T>, method: string, path: string, body?: object): Promise<T> {
    const res = await send(method, path, body, { accept: 'application/json' });
    let raw: unknown;
    try {
      raw = await res.json();
    } catch (e) {
      if (!res.ok) throw new HubRequestError(res.status, null, `The hub answered ${res.status}.`);
      throw new HubUnreachable(e); // the answer was cut off on the way
    }
    if (!res.ok) {
      const err = ErrorReply.safeParse(raw);
      throw new HubRequestError(res.status, err.success ? err.data : null, `The hub answered ${res.status}.`);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new HubRequestError(res.status, null, 'The hub sent an answer this app does not understand (is it another version?).');
    return parsed.data;
  }

  return {
    base: options.base,
    url,
    /** Any JSON call, its reply checked against `schema` (the service's admin API uses it: src/admin/). */
    call: json,

    /** The hub's public facts, or null when this address is not a room hub (dev server, published site). */
    async info(): Promise<HubInfo | null> {
      let res: Response;
      try {
        res = await send('GET', HUB_PATHS.hub, undefined, { accept: 'application/json' }, Math.min(timeoutMs, 8000));
      } catch {
        return null;
      }
      if (!res.ok || !(res.headers.get('content-type') ?? '').includes('application/json')) {
        await res.body?.cancel().catch(() => undefined);
        return null;
      }
      const parsed = HubInfo.safeParse(await res.json().catch(() => null));
      return parsed.success ? parsed.data : null;
    },
    join: (code: string, kind: DeviceKind) => json(JoinReply, 'POST', HUB_PATHS.join, { code, kind }),
    leave: () => json(Ok, 'POST', HUB_PATHS.leave, {}),
    login: (passphrase: string) => json(Ok, 'POST', HUB_PATHS.login, { passphrase }),
    logout: () => json(Ok, 'POST', HUB_PATHS.logout, {}),
    startRoom: (body: StartRoomBody) => json(RoomStarted, 'POST', HUB_PATHS.rooms, body),
    endRoom: (deleteMedia: boolean) => json(EndReply, 'POST', HUB_PATHS.endRoom, { deleteMedia }),
    rooms: () => json(RoomsReply, 'GET', HUB_PATHS.rooms),
    devices: async () => (await json(DevicesReply, 'GET', HUB_PATHS.devices)).devices,
    adopt: (roomId: string) => json(Ok, 'POST', HUB_PATHS.adoptRoom, { roomId }),

    stories: async (): Promise<StorySummary[]> => (await json(StoriesReply, 'GET', HUB_PATHS.stories)).stories,
    story: (id: string) => json(StoryReply, 'GET', HUB_PATHS.story(id)),
    /** Saves a document based on `baseVersion` (null: new to the hub). 409 = upload `missingMedia` first. */
    putStory: (id: string, doc: unknown, baseVersion: number | null) => json(PutStoryReply, 'PUT', HUB_PATHS.story(id), { doc, baseVersion }),
    versions: (id: string) => json(VersionsReply, 'GET', HUB_PATHS.versions(id)),
    version: (id: string, v: number) => json(StoryReply, 'GET', HUB_PATHS.version(id, v)),
    restore: (id: string, version: number) => json(PutStoryReply, 'POST', HUB_PATHS.restore(id), { version }),

    inbox: async (id: string): Promise<InboxEntry[]> => (await json(InboxReply, 'GET', HUB_PATHS.inbox(id))).entries,
    inboxTaken: (id: string, entry: string) => json(TakenReply, 'POST', HUB_PATHS.inboxTaken(id, entry), {}),

    /** Which of these photos and sounds the hub has (asked in batches the hub accepts). */
    async mediaHas(hashes: Iterable<string>): Promise<Set<string>> {
      const all = [...new Set(hashes)];
      const have = new Set<string>();
      for (let i = 0; i < all.length; i += MAX_HAS_HASHES) {
        const r = await json(MediaHasReply, 'POST', HUB_PATHS.mediaHas, { hashes: all.slice(i, i + MAX_HAS_HASHES) });
        for (const h of r.have) have.add(h);
      }
      return have;
    },
    /** Sends one photo or sound (its name is its sha-256; the hub checks both). */
    async putMedia(hash: string, blob: Blob): Promise<MediaPutReply> {
      // A big file on slow Wi-Fi takes a while: allow a minute per 10 MB on top.
      const res = await send('PUT', HUB_PATHS.media(hash), blob, { 'content-type': 'application/octet-stream' }, timeoutMs + (blob.size / 10_485_760) * 60_000);
      const raw: unknown = await res.json().catch(() => null);
      if (!res.ok) {
        const err = ErrorReply.safeParse(raw);
        throw new HubRequestError(res.status, err.success ? err.data : null, `The hub answered ${res.status}.`);
      }
      const parsed = MediaPutReply.safeParse(raw);
      if (!parsed.success) throw new HubUnreachable(new Error('media reply cut off'));
      return parsed.data;
    },
    async getMedia(hash: string): Promise<Blob> {
      const res = await send('GET', HUB_PATHS.media(hash), undefined, {}, timeoutMs * 4);
      if (!res.ok) {
        const err = ErrorReply.safeParse(await res.json().catch(() => null));
        throw new HubRequestError(res.status, err.success ? err.data : null, `The hub answered ${res.status}.`);
      }
      try {
        return await res.blob();
      } catch (e) {
        throw new HubUnreachable(e);
      }
    },
    mediaUrl: (hash: string) => url(HUB_PATHS.media(hash)),
    backupUrl: () => url(HUB_PATHS.backup),
    uploadsUrl: () => url(HUB_PATHS.uploads),
    /** ws(s):// address of the live messages. */
    liveUrl: () => url(HUB_PATHS.live).replace(/^http/, 'ws'),
  };
}
