import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy every reply carries: the app's own files only (nothing from the
 * internet), pictures and sounds also from blob: and data: (decoded textures, object URLs), live
 * messages over the hub's own WebSocket. Inline scripts only by hash (the app's sub-folder script
 * in index.html). Inline styles are allowed: React and the 3D view set them; they run no code.
 * Workers only from the app's own files, as on a published site: troika's text worker is built from
 * a blob: URL and evaluates its code inside, which this policy forbids; refused at `new Worker` it
 * sets its text on the main thread instead, whereas a blob: worker that may start but not evaluate
 * fails in VR with "Worker module function was called but `init` did not return …".
 */
export function hubCsp(scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.map((h) => `'${h}'`).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob: data:",
    "connect-src 'self' blob: data:",
    "font-src 'self' data:",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** sha256-… of each inline <script> in an HTML page (for the CSP). */
export function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    out.push(`sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}`);
  }
  return out;
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'SAMEORIGIN',
  // Headsets need WebXR, phones their sensors and camera for photos: this origin only.
  'permissions-policy': 'xr-spatial-tracking=(self), gyroscope=(self), accelerometer=(self), magnetometer=(self), camera=(self), microphone=(self), geolocation=()',
};

/** A request sent by a page of another site (CSRF): refused before any change is made. */
export function isCrossSite(headers: Record<string, string | string[] | undefined>, selfOrigin: string): boolean {
  const site = headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return true;
  const origin = headers.origin;
  if (typeof origin === 'string' && origin !== 'null' && origin !== selfOrigin) return true;
  return typeof origin === 'string' && origin === 'null';
}
