import type { StoryRepository } from '../storage/repository.ts';
import { createHubClient, HubRequestError } from '../storage/hub/client.ts';
import { createHubRepository } from '../storage/hub/hub-repository.ts';
import { idbOutboxStore } from '../storage/hub/idb-outbox-store.ts';
import { memoryOutboxStore } from '../storage/hub/outbox-store.ts';
import { createRoomLink } from '../storage/hub/room-link.ts';
import { createRoomState } from '../storage/hub/room-state.ts';
import { HUB_PAGE_MARK } from '../live/api.ts';
import type { RoomApp } from './context.ts';

export interface RoomBoot extends RoomApp {
  /** `?join=CODE` was in the address and did not work: the hub's answer. */
  joinError: HubRequestError | null;
}

/**
 * At start: is the app running on a room hub? (Only a page the hub served carries its mark; then
 * GET /api/hub; no mark, no answer, or not a hub's means no: the dev server, a static host or a
 * published site, where everything works as on one laptop.) On a hub: join at
 * once when the address says `?join=CODE` (the QR codes do), then the library's repository becomes
 * the hub-backed one over this browser's own (`local`), and the app's service worker keeps the
 * app for when the hub is away.
 */
export async function bootRoom(local: StoryRepository, base: string): Promise<RoomBoot | null> {
  if (!document.querySelector(`meta[name="${HUB_PAGE_MARK}"]`)) return null;
  const client = createHubClient({ base });
  const info = await client.info();
  if (!info) return null;
  const state = createRoomState(client, info);
  let joinError: HubRequestError | null = null;
  const url = new URL(location.href);
  const code = url.searchParams.get('join');
  if (code !== null) {
    if (!state.roomId() || !info.room?.joined) {
      await state.join(code).catch((e: unknown) => {
        joinError = e instanceof HubRequestError ? e : new HubRequestError(0, null, String(e));
      });
    }
    // Only now: a reload while joining joins again instead of landing, not joined, on the bare address.
    url.searchParams.delete('join');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }
  let store = idbOutboxStore();
  try {
    await store.syncs();
  } catch {
    store = memoryOutboxStore(); // IndexedDB refused (private window): send what this page saves
  }
  const repo = createHubRepository({ local, client, store, roomId: state.roomId });
  await repo.start().catch(() => undefined);
  state.onReconnect(() => void repo.kick());
  let lastRoom = state.roomId();
  state.subscribe(() => {
    const now = state.roomId();
    if (now !== lastRoom && now) void repo.kick();
    lastRoom = now;
  });
  registerServiceWorker(base);
  return { state, client, repo, link: createRoomLink(state, repo, client), base, joinError };
}

/** The app's offline copy on the hub (public/room-sw.js), where the browser allows it. */
function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register(new URL('room-sw.js', base).href, { scope: new URL('./', base).pathname }).catch(() => {
    // Not allowed here (e.g. a certificate the browser was told to accept for this visit only): online only.
  });
}
