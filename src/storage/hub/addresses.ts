import type { HubInfo } from '../../live/api.ts';

/**
 * Addresses other devices open (phones, headsets, other laptops): always the hub's https://
 * address, because headsets need https for VR and phones for their sensors. This page's own
 * address when it is one (a joined laptop), else the hub's first LAN address (the hub laptop's
 * own browser is on http://localhost, which no other device can reach).
 */
export function roomBase(info: HubInfo, pageBase: string): string | null {
  if (pageBase.startsWith('https:') && !LOOPBACK.test(pageBase)) return pageBase;
  return addressesForOthers(info)[0] ?? (pageBase.startsWith('https:') ? pageBase : null);
}

/** `path` (relative to the app: "", "add/ID", "play/ID") on the room's address, joining with the code on the way. */
export function joinLink(info: HubInfo, pageBase: string, path = ''): string | null {
  const base = roomBase(info, pageBase);
  return base ? withJoin(base, path, info.room?.code) : null;
}

/** `path` under `base`, with `?join=CODE` when there is a code. */
export function withJoin(base: string, path: string, code: string | undefined): string {
  const url = new URL(path, base.endsWith('/') ? base : `${base}/`);
  const plain = code?.replace(/[^A-Z0-9]/gi, '');
  if (plain) url.searchParams.set('join', plain);
  return url.href;
}

const LOOPBACK = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/]/;

/** The addresses to show other devices: the LAN ones (localhost only when there is nothing else). */
export function addressesForOthers(info: HubInfo): string[] {
  const lan = info.addresses.filter((a) => !LOOPBACK.test(a));
  return lan.length ? lan : info.addresses;
}
