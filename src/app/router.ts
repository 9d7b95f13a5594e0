import { useSyncExternalStore } from 'react';

/** The app's routes. Paths are the public contract: /play/<storyId> is linked from outside. */
export type Route =
  | { name: 'library' }
  | { name: 'play'; storyId: string }
  | { name: 'edit'; storyId: string }
  | { name: 'workshops'; doc?: string }
  | { name: 'join' }
  | { name: 'room' }
  | { name: 'headsets' }
  | { name: 'admin' }
  | { name: 'add'; storyId: string }
  | { name: 'not-found'; path: string };

/**
 * The path the app lives under: "" at a host's root, "/stories" in a sub-folder. The build uses
 * relative URLs; index.html sets a <base> at the app's folder, so that is where the app is.
 */
export function appBase(): string {
  const vite = import.meta.env.BASE_URL;
  if (vite.startsWith('/') || typeof document === 'undefined') return vite.startsWith('/') ? vite.replace(/\/$/, '') : '';
  return new URL(document.baseURI).pathname.replace(/\/$/, '');
}

export function parseRoute(pathname: string): Route {
  const base = appBase();
  const path = pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
  if (path === '/' || path === '/index.html') return { name: 'library' };
  const play = /^\/play\/([A-Za-z0-9_-]{1,64})\/?$/.exec(path);
  if (play) return { name: 'play', storyId: play[1]! };
  const edit = /^\/edit\/([A-Za-z0-9_-]{1,64})\/?$/.exec(path);
  if (edit) return { name: 'edit', storyId: edit[1]! };
  if (/^\/join\/?$/.test(path)) return { name: 'join' };
  if (/^\/room\/?$/.test(path)) return { name: 'room' };
  if (/^\/room\/headsets\/?$/.test(path)) return { name: 'headsets' };
  if (/^\/admin\/?$/.test(path)) return { name: 'admin' };
  const add = /^\/add\/([A-Za-z0-9_-]{1,64})\/?$/.exec(path);
  if (add) return { name: 'add', storyId: add[1]! };
  const kit = /^\/workshops(?:\/([a-z0-9-]{1,64}))?\/?$/.exec(path);
  if (kit) return kit[1] ? { name: 'workshops', doc: kit[1] } : { name: 'workshops' };
  return { name: 'not-found', path };
}

export function routePath(route: Route): string {
  const base = appBase();
  switch (route.name) {
    case 'library':
      return `${base}/`;
    case 'play':
      return `${base}/play/${encodeURIComponent(route.storyId)}`;
    case 'edit':
      return `${base}/edit/${encodeURIComponent(route.storyId)}`;
    case 'join':
      return `${base}/join`;
    case 'room':
      return `${base}/room`;
    case 'headsets':
      return `${base}/room/headsets`;
    case 'admin':
      return `${base}/admin`;
    case 'add':
      return `${base}/add/${encodeURIComponent(route.storyId)}`;
    case 'workshops':
      return route.doc ? `${base}/workshops/${encodeURIComponent(route.doc)}` : `${base}/workshops`;
    default:
      return route.path;
  }
}

const listeners = new Set<() => void>();
const subscribe = (cb: () => void) => {
  listeners.add(cb);
  window.addEventListener('popstate', cb);
  return () => {
    listeners.delete(cb);
    window.removeEventListener('popstate', cb);
  };
};

export function navigate(route: Route, options: { replace?: boolean; search?: string } = {}): void {
  const path = routePath(route) + (options.search ?? '');
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  listeners.forEach((cb) => cb());
}

export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, () => location.pathname);
  return parseRoute(pathname);
}
