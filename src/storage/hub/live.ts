import { parseMessage, ServerMessage, type ClientMessage } from '../../live/messages.ts';
import type { Timers } from '../autosave.ts';

/**
 * The live connection to the hub (WebSocket /api/live): messages checked with src/live's schemas
 * (anything else is dropped), a ping every 20 s, and reconnection with growing waits when the hub
 * goes away. A refusal (4001: not in the room) or the session's end (4000) stops it until
 * `reconnect()` is called (after joining again).
 */
export type LiveState = 'connecting' | 'open' | 'closed' | 'refused' | 'ended';

export interface LiveOptions {
  url: string;
  onMessage(message: ServerMessage): void;
  onState?(state: LiveState): void;
  WebSocket?: typeof globalThis.WebSocket;
  timers?: Timers;
  retryDelays?: number[];
}

export interface LiveConnection {
  state(): LiveState;
  /** Connects again now (after joining, or when the browser says it is online again). */
  reconnect(): void;
  /** Sends a message now; false when the connection is not open (nothing is queued). */
  send(message: ClientMessage): boolean;
  close(): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

const PING_MS = 20_000;
/** A ping not answered within this long: the connection is dead though the browser has not noticed (a headset woke from sleep). */
const PONG_WAIT_MS = 5_000;

export function connectLive(options: LiveOptions): LiveConnection {
  const WS = options.WebSocket ?? globalThis.WebSocket;
  const timers = options.timers ?? realTimers;
  const delays = options.retryDelays ?? [500, 1000, 2000, 5000, 10_000];
  let socket: WebSocket | null = null;
  let state: LiveState = 'closed';
  let failures = 0;
  let retry: unknown = null;
  let ping: ReturnType<typeof setInterval> | null = null;
  let closed = false;
  /** When the hub last sent anything on the current connection. */
  let heardAt = 0;

  const set = (s: LiveState) => {
    if (s === state) return;
    state = s;
    options.onState?.(s);
  };
  const stopTimers = () => {
    if (retry !== null) timers.clearTimeout(retry);
    retry = null;
    if (ping) clearInterval(ping);
    ping = null;
  };

  function open() {
    stopTimers();
    if (closed) return;
    set('connecting');
    let ws: WebSocket;
    try {
      ws = new WS(options.url);
    } catch {
      return later();
    }
    socket = ws;
    ws.onopen = () => {
      if (socket !== ws) return;
      failures = 0;
      ping = setInterval(() => check(ws), PING_MS);
    };
    ws.onmessage = (e: MessageEvent) => {
      if (socket !== ws || typeof e.data !== 'string') return;
      heardAt = timers.now();
      const message = parseMessage(ServerMessage, e.data);
      if (!message) return;
      if (message.type === 'welcome') set('open');
      options.onMessage(message);
    };
    ws.onclose = (e: CloseEvent) => {
      if (socket !== ws) return;
      socket = null;
      if (ping) clearInterval(ping);
      ping = null;
      if (closed) return;
      if (e.code === 4001) return set('refused');
      if (e.code === 4000) return set('ended');
      later();
    };
    ws.onerror = () => undefined; // a close follows
  }

  /** Pings, and starts over when nothing comes back in time (a half-open connection after sleep). */
  function check(ws: WebSocket) {
    const sentAt = timers.now();
    if (!send(ws, { type: 'ping' })) return;
    timers.setTimeout(() => {
      if (socket !== ws || closed || heardAt >= sentAt) return;
      socket = null;
      stopTimers();
      ws.onclose = null;
      ws.close();
      failures = 0;
      open();
    }, PONG_WAIT_MS);
  }

  // A device waking up (a headset taken off and put on again) checks its connection at once.
  const onVisible = () => {
    if (globalThis.document?.visibilityState !== 'visible') return;
    if (socket && state === 'open') check(socket);
    else if (state === 'closed') {
      failures = 0;
      open();
    }
  };
  globalThis.document?.addEventListener('visibilitychange', onVisible);

  function later() {
    set('closed');
    const ms = delays[Math.min(failures, delays.length - 1)] ?? 10_000;
    failures++;
    retry = timers.setTimeout(open, ms);
  }

  function send(ws: WebSocket, message: ClientMessage): boolean {
    if (ws.readyState !== ws.OPEN) return false;
    ws.send(JSON.stringify(message));
    return true;
  }

  open();
  return {
    state: () => state,
    reconnect() {
      if (closed) return;
      failures = 0;
      if (socket && (state === 'open' || state === 'connecting')) return;
      open();
    },
    send: (message) => !!socket && state === 'open' && send(socket, message),
    close() {
      closed = true;
      globalThis.document?.removeEventListener('visibilitychange', onVisible);
      stopTimers();
      const ws = socket;
      socket = null;
      ws?.close();
      set('closed');
    },
  };
}
