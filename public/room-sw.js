// Storyscape on a room hub: keeps the app, and the stories, photos and sounds this device has
// opened, for when the hub is away (a reload while the hub laptop restarts, a headset wandering
// out of the Wi-Fi). Registered by src/room/boot.ts where the browser allows it (https or localhost).
// Changes always go to the hub itself: only reading is answered from here.
const APP = 'storyscape-room-app';
const DATA = 'storyscape-room-data';
const MEDIA = 'storyscape-room-media';
const SCOPE = new URL(self.registration.scope);

/** The app's code, from the build's list (app-files.json, Vite's manifest), plus index.html. */
async function appFiles() {
  const files = new Set(['./']);
  try {
    const manifest = await (await fetch(new URL('app-files.json', SCOPE), { cache: 'no-store' })).json();
    for (const chunk of Object.values(manifest)) {
      // Code, styles and fonts (about 3 MB); the sample's and templates' photos only once used.
      for (const f of [chunk.file, ...(chunk.css || []), ...(chunk.assets || [])]) if (f && /\.(js|css|woff2)$/.test(f)) files.add(f);
    }
  } catch {
    // No list (a development build): files are kept as they are used.
  }
  return [...files].map((f) => new URL(f, SCOPE).href);
}

self.addEventListener('install', (event) => {
  // Everything the app may need later (the editor, the player, the headset's VR code), so a reload
  // without the hub still works. One file that will not come is not worth failing the rest for.
  event.waitUntil(
    Promise.all([caches.open(APP), appFiles()])
      .then(([cache, files]) => Promise.all(files.map((f) => cache.add(new Request(f, { cache: 'reload' })).catch(() => undefined))))
      .then(() => self.skipWaiting()),
  );
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** The hub's answer, kept for later; the kept one when the hub does not answer. */
async function networkFirst(cacheName, request, key) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key || request, response.clone());
    return response;
  } catch (e) {
    const kept = await cache.match(key || request);
    if (kept) return kept;
    throw e;
  }
}

/** Files that never change (content-hashed app files, photos by sha-256): kept ones first. */
async function cacheFirst(cacheName, request) {
  const cache = await caches.open(cacheName);
  const kept = await cache.match(request.url);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.status === 200) await cache.put(request.url, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  const path = '/' + url.pathname.slice(SCOPE.pathname.length);
  if (path.startsWith('/api/media/')) {
    // A sound asked for in parts: the whole kept file if there is one, else the hub.
    if (request.headers.has('range')) {
      event.respondWith(caches.open(MEDIA).then((c) => c.match(request.url)).then((kept) => kept || fetch(request)));
    } else event.respondWith(cacheFirst(MEDIA, request));
    return;
  }
  if (path === '/api/hub' || path === '/api/stories' || /^\/api\/stories\/[A-Za-z0-9_-]+$/.test(path)) {
    event.respondWith(networkFirst(DATA, request));
    return;
  }
  if (path.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    // Every page of the app is the same index.html: keep one.
    event.respondWith(networkFirst(APP, request, new URL('./', SCOPE).href));
    return;
  }
  if (path.startsWith('/assets/') || path.startsWith('/fonts/')) event.respondWith(cacheFirst(APP, request));
  else event.respondWith(networkFirst(APP, request));
});
