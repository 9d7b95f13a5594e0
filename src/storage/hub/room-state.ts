import type { DeviceInfo, DeviceKind, HubInfo, StorySummary } from '../../live/api.ts';
import type { ClientMessage, ServerMessage } from '../../live/messages.ts';
import type { Guide, HeadsetsMessage } from '../../live/showcase.ts';
import type { HubClient } from './client.ts';
import { connectLive, type LiveConnection, type LiveState } from './live.ts';

/**
 * This browser's view of the room: the hub's facts, whether this device is in the room, the room's
 * stories (kept fresh by the live connection) and, for the facilitator, the devices. One per page;
 * the library, the room pages and the editor read it (useSyncExternalStore over `subscribe`).
 */
export interface RoomSnapshot {
  info: HubInfo;
  live: LiveState;
  /** The room's stories, newest change first (null until loaded, or when not in the room). */
  stories: StorySummary[] | null;
  /** Facilitator only: every device of the session, with who is connected now. */
  devices: Array<DeviceInfo & { online: boolean }> | null;
  /** Showcase (#16): what the facilitator last asked of this device (null until the hub says). */
  guide: Guide | null;
  /** Facilitator only: the headsets and the room's guide (null until the hub says). */
  headsets: Omit<HeadsetsMessage, 'type'> | null;
}

export interface RoomState {
  snapshot(): RoomSnapshot;
  subscribe(listener: () => void): () => void;
  /** The room this device may save into (joined, the hub laptop, or the facilitator), or null. */
  roomId(): string | null;
  /** Asks the hub again (after joining, logging in, a session starting or ending). */
  refresh(): Promise<void>;
  join(code: string, kind?: DeviceKind): Promise<void>;
  login(passphrase: string): Promise<void>;
  logout(): Promise<void>;
  startRoom(name: string, passphrase: string): Promise<void>;
  endRoom(deleteMedia: boolean): Promise<{ stories: number; media: number }>;
  onMessage(listener: (m: ServerMessage) => void): () => void;
  /** Sends a live message if connected (false otherwise: the hub's state catches up on reconnecting). */
  send(message: ClientMessage): boolean;
  /** Told when the live connection opens again after a gap (the hub is back): send what waits. */
  onReconnect(listener: () => void): () => void;
  close(): void;
}

/** "headset" on Quest/Pico browsers, "phone" on phones and tablets, else "laptop". */
export function deviceKind(userAgent: string = globalThis.navigator?.userAgent ?? ''): DeviceKind {
  if (/OculusBrowser|Quest|Pico|Wolvic|VR\b/i.test(userAgent)) return 'headset';
  if (/Android|iPhone|iPad|iPod|Mobile/i.test(userAgent)) return 'phone';
  return 'laptop';
}

export function createRoomState(client: HubClient, first: HubInfo, options: { WebSocket?: typeof WebSocket } = {}): RoomState {
  let snap: RoomSnapshot = { info: first, live: 'closed', stories: null, devices: null, guide: null, headsets: null };
  const listeners = new Set<() => void>();
  const messageListeners = new Set<(m: ServerMessage) => void>();
  const reconnectListeners = new Set<() => void>();
  let live: LiveConnection | null = null;
  let wasOpen = false;
  let storiesTimer: ReturnType<typeof setTimeout> | null = null;

  const set = (patch: Partial<RoomSnapshot>) => {
    snap = { ...snap, ...patch };
    listeners.forEach((l) => l());
  };
  const member = (info: HubInfo) => !!info.room && (info.room.joined || info.facilitator);
  const byNewest = (list: StorySummary[]) => [...list].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));

  async function loadStories() {
    if (!member(snap.info)) return set({ stories: null });
    try {
      set({ stories: byNewest(await client.stories()) });
    } catch {
      // Keep the list we have; the live connection brings the next change.
    }
  }
  const loadStoriesSoon = () => {
    if (storiesTimer) clearTimeout(storiesTimer);
    storiesTimer = setTimeout(() => void loadStories(), 150);
  };
  async function loadDevices() {
    if (!snap.info.facilitator) return set({ devices: null });
    set({ devices: await client.devices().catch(() => snap.devices) });
  }

  function onMessage(m: ServerMessage) {
    if (m.type === 'story-changed' || m.type === 'story-removed') loadStoriesSoon();
    else if (m.type === 'inbox' && snap.stories) set({ stories: snap.stories.map((s) => (s.id === m.storyId ? { ...s, inbox: m.count } : s)) });
    else if (m.type === 'devices') set({ devices: m.devices });
    else if (m.type === 'guide-state') set({ guide: m.guide });
    else if (m.type === 'headsets') set({ headsets: { room: m.room, headsets: m.headsets } });
    else if (m.type === 'room-ended') void refresh();
    messageListeners.forEach((l) => l(m));
  }

  function syncLive() {
    if (member(snap.info)) {
      if (!live) {
        live = connectLive({
          url: client.liveUrl(),
          onMessage,
          onState: (state) => {
            set({ live: state });
            if (state === 'open') {
              if (wasOpen) reconnectListeners.forEach((l) => l());
              wasOpen = true;
              void loadStories();
              void loadDevices();
            }
          },
          ...(options.WebSocket ? { WebSocket: options.WebSocket } : {}),
        });
      } else live.reconnect();
    } else if (live) {
      live.close();
      live = null;
    }
  }

  async function refresh() {
    const info = await client.info();
    if (info) set({ info });
    syncLive();
    await Promise.all([loadStories(), loadDevices()]);
  }

  const onOnline = () => {
    live?.reconnect();
    reconnectListeners.forEach((l) => l());
  };
  globalThis.addEventListener?.('online', onOnline);
  syncLive();
  void loadStories();

  return {
    snapshot: () => snap,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    roomId: () => (member(snap.info) ? snap.info.room!.id : null),
    refresh,
    async join(code, kind = deviceKind()) {
      await client.join(code, kind);
      await refresh();
    },
    async login(passphrase) {
      await client.login(passphrase);
      live?.close();
      live = null; // a new connection, so the hub knows it is the facilitator's
      await refresh();
    },
    async logout() {
      await client.logout();
      live?.close();
      live = null;
      await refresh();
    },
    async startRoom(name, passphrase) {
      await client.startRoom({ name, passphrase });
      await refresh();
    },
    async endRoom(deleteMedia) {
      const r = await client.endRoom(deleteMedia);
      await refresh();
      return r.deleted;
    },
    send: (message) => live?.send(message) ?? false,
    onMessage(listener) {
      messageListeners.add(listener);
      return () => {
        messageListeners.delete(listener);
      };
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => {
        reconnectListeners.delete(listener);
      };
    },
    close() {
      globalThis.removeEventListener?.('online', onOnline);
      live?.close();
      live = null;
      if (storiesTimer) clearTimeout(storiesTimer);
    },
  };
}
