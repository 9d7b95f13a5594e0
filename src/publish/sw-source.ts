/**
 * The published site's service worker, as plain JS text written next to index.html. It precaches
 * every file of the site into a cache named from the site's content, answers from that cache first
 * (so the story plays offline after the first visit), and on activation deletes the older caches of
 * the same site (same scope) only: other stories published on the same host keep theirs.
 *
 * The page itself and story.json are asked of the network first (for a few seconds at most), so a
 * story published again into the same folder is what a reader sees on the next reload, not the
 * copy kept from the last visit; without a network (or a slow one) the kept copy answers.
 */
/**
 * Answers a Range request (how browsers fetch video: a part at a time, and how iPhones insist on
 * fetching it) from a whole cached response: 206 with the asked bytes, or 416 when they are not
 * there. Anything else is returned as it is. Plain JS: it runs in the worker (and in unit tests).
 */
export const RANGE_SOURCE = `async function rangedResponse(request, response) {
  const range = request.headers.get('range');
  const m = range && /^bytes=(\\d*)-(\\d*)$/.exec(range.trim());
  if (!m || (m[1] === '' && m[2] === '') || response.status !== 200) return response;
  const blob = await response.blob();
  const size = blob.size;
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(size - 1, Number(m[2]));
  if (start >= size || start > end) return new Response(null, { status: 416, headers: { 'Content-Range': 'bytes */' + size } });
  return new Response(blob.slice(start, end + 1), {
    status: 206,
    headers: {
      'Content-Type': response.headers.get('Content-Type') || blob.type,
      'Content-Range': 'bytes ' + start + '-' + end + '/' + size,
      'Content-Length': String(end - start + 1),
      'Accept-Ranges': 'bytes',
    },
  });
}`;

export function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `// Storyscape published story: offline copy of this site. Made by "Publish"; do not edit.
const VERSION = ${JSON.stringify(version)};
const FILES = ${JSON.stringify(files, null, 2)};
const PREFIX = 'storyscape:' + self.registration.scope + ':';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(new URL(f, self.registration.scope), { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const NETWORK_FIRST_MS = 3000;

${RANGE_SOURCE}

/** The newest page or story.json from the site, or undefined when offline, failing or too slow. */
async function fresh(request) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), NETWORK_FIRST_MS);
  try {
    const response = await fetch(request.mode === 'navigate' ? request.url : request, { cache: 'no-cache', signal: controller.signal });
    return response.ok ? response : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const url = new URL(request.url);
      url.search = '';
      url.hash = '';
      const isPage = request.mode === 'navigate' || url.pathname.endsWith('/story.json');
      const newest = isPage ? await fresh(request) : undefined;
      if (newest) return newest;
      const hit = (await cache.match(url.href)) || (request.mode === 'navigate' ? await cache.match(new URL('./', self.registration.scope).href) : undefined);
      return hit ? rangedResponse(request, hit) : fetch(request);
    }),
  );
});
`;
}

/**
 * A classic script in <head>, so it surely runs before the player's module (a file, not inline:
 * the site's CSP forbids inline scripts). Tells zod not
 * to probe for eval (the CSP forbids it, and the probe would be reported as a violation), and
 * registers ./sw.js for this folder.
 */
export const SW_REGISTER_SOURCE = `// Storyscape published story. Validation without eval (the page's security policy forbids it):
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
// Keep this story playable offline (needs https or localhost).
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((e) => {
    console.warn('This story cannot be kept for offline use:', e && e.message ? e.message : e);
  });
}
`;
