/**
 * A published story site, as a list of files: the standalone player (player.html renamed to
 * index.html, with a strict Content-Security-Policy), its JS/CSS/fonts, story.json,
 * assets/<sha256>.<ext>, and an offline service worker. Every path is relative, so the folder plays
 * from any subfolder of any static host. Environment-neutral: the app zips this list, the CLI writes it.
 */
import type { Story } from '../story/schema/story.ts';
import { loadStory, serializeStory } from '../story/io/load.ts';
import type { AssetBytes } from '../story/io/package/write.ts';
import { assetPath } from '../story/io/package/sniff.ts';
import { createSha256, type Sha256Factory } from '../story/hash.ts';
import { CHECKED_META } from '../story/io/package/checked-stamp.ts';
import { styleHashes } from './inline-styles.ts';
import { serviceWorkerSource, SW_REGISTER_SOURCE } from './sw-source.ts';
import { PREVIEWS_META, previewPath, scenePictures, startPicture } from './preview.ts';
import { formatTilesMeta, tileBasePath, TILES_META } from '../story/io/package/tile-path.ts';
import { planTiles, type TileFiles } from './tiles.ts';

/** The built player's files (paths relative to its folder, player.html among them). */
export interface PlayerFile {
  path: string;
  bytes: Uint8Array;
}

export type SiteFile =
  | { path: string; kind: 'text'; bytes: Uint8Array }
  | { path: string; kind: 'asset'; assetId: string; bytes: number };

export interface SitePlan {
  files: SiteFile[];
  /** The service worker's cache name: changes whenever the story or the player changes. */
  cacheVersion: string;
}

export const PLAYER_ENTRY = 'player.html';
export const SW_PATH = 'sw.js';
export const SW_REGISTER_PATH = 'site.js';
export const INLINE_STYLE_PATH = 'site.css';

/**
 * The Content-Security-Policy of a published site: its own files only; pictures and sounds may also
 * come from blob: and data: URLs (decoded textures, object URLs); no inline scripts, no eval; inline
 * styles only those the player itself renders (by hash).
 */
export const siteCsp = (styleHashes: readonly string[] = defaultStyleHashes()): string => [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${styleHashes.join(' ')}`.trim(),
  "img-src 'self' blob: data:",
  "media-src 'self' blob: data:",
  "connect-src 'self' blob: data:",
  "font-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

let cachedHashes: string[] | null = null;
const defaultStyleHashes = () => (cachedHashes ??= styleHashes());

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Is this a safe, relative path inside the site (no "..", no leading "/", no scheme)? */
export function isRelativeSitePath(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(path) && !path.split('/').some((s) => s === '..' || s === '');
}

/** A short, stable version from everything the site is made of. */
export function cacheVersionFor(storyJson: Uint8Array, playerFiles: readonly PlayerFile[], sha256: Sha256Factory = createSha256): string {
  const h = sha256();
  h.update(storyJson);
  for (const f of [...playerFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    h.update(encoder.encode(`\n${f.path}\n${f.bytes.length}\n`));
    h.update(f.bytes);
  }
  return h.digestHex().slice(0, 16);
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The downloads the first frame waits for, asked for by the page itself while it is still being
 * read: story.json and the start scene's picture (otherwise they start only once the first script
 * has loaded, and the picture only once story.json is here: two round trips later). The player's
 * first script fetches the same URLs in the same mode (fetch, CORS, same-origin), so it gets these.
 * With `preview`, the start picture's small preview (preview.ts) comes first, marked `data-preview`
 * with its picture's id: that is how the first script finds it.
 */
export function preloadLinks(story: Story, preview = false, allPreviews = false, tiled: readonly string[] = []): string[] {
  const links = [`<link rel="preload" href="./story.json" as="fetch" crossorigin="anonymous" fetchpriority="high">`];
  if (allPreviews) links.push(`<meta name="${PREVIEWS_META}" content="scenes">`);
  if (tiled.length) links.push(`<meta name="${TILES_META}" content="${escapeAttr(formatTilesMeta(tiled))}">`);
  const picture = startPicture(story);
  if (picture && preview) {
    links.push(`<link rel="preload" href="./${escapeAttr(previewPath(picture.id))}" as="fetch" crossorigin="anonymous" fetchpriority="high" data-preview="${escapeAttr(picture.id)}">`);
  }
  // A tiled picture's small whole, not the picture: the player never asks for that (tile-path.ts).
  const whole = picture && (tiled.includes(picture.id) ? tileBasePath(picture.id) : assetPath(picture));
  if (whole) links.push(`<link rel="preload" href="./${escapeAttr(whole)}" as="fetch" crossorigin="anonymous" fetchpriority="high">`);
  return links;
}

/**
 * player.html -> index.html: absolute /assets/ URLs made relative, the inline <style> moved to a
 * file (the CSP allows no inline code), a CSP meta tag, the story's title and language, early
 * downloads (preloadLinks), and the service worker's registration script (deferred: it needs
 * to run before the player's module, not before the page is read).
 */
export function rewritePlayerHtml(
  html: string,
  story: Story,
  preview = false,
  allPreviews = false,
  tiled: readonly string[] = [],
  checkedHash: string | null = null,
): { html: string; css: string } {
  let css = '';
  let out = html.replace(/<style>([\s\S]*?)<\/style>/g, (_m, body: string) => {
    css += body.trim() + '\n';
    return '';
  });
  // Vite with base '/' writes "/assets/x.js"; make every own URL relative.
  out = out.replace(/(\s(?:src|href))="\/(?!\/)/g, '$1="./');
  const lang = story.meta.defaultLanguage;
  const title = story.meta.title[lang] ?? Object.values(story.meta.title)[0] ?? 'Storyscape story';
  out = out.replace(/<html lang="[^"]*"/, `<html lang="${escapeAttr(lang)}"`);
  out = out.replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeText(title)}</title>`);
  const head = [
    `<meta http-equiv="Content-Security-Policy" content="${siteCsp()}" />`,
    ...preloadLinks(story, preview, allPreviews, tiled),
    checkedHash ? `<meta name="${CHECKED_META}" content="${escapeAttr(checkedHash)}">` : '',
    css ? `<link rel="stylesheet" href="./${INLINE_STYLE_PATH}">` : '',
    `<script defer src="./${SW_REGISTER_PATH}"></script>`,
  ]
    .filter(Boolean)
    .join('\n    ');
  // The CSP must come before anything it governs: right after <meta charset>.
  out = out.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${head}`);
  if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(out)) throw new Error('The player page has an inline script, which the site\'s security policy would block.');
  return { html: out, css };
}

/**
 * Plans a site: which files, with what bytes (assets by id, read when written). `previews`: preview
 * JPEGs by picture id (preview.ts), those the caller could make; when every scene picture has one,
 * the page says so (PREVIEWS_META) and the player uses them as stand-ins. `tiles`: the tile files of
 * large pictures (tiles.ts), by picture id; a picture with all of its files is listed on the page
 * (TILES_META), and its full picture, which the player then never asks for, is not precached.
 */
export function planSite(
  story: Story,
  playerFiles: readonly PlayerFile[],
  sha256: Sha256Factory = createSha256,
  previews: ReadonlyMap<string, Uint8Array> = new Map(),
  tiles: ReadonlyMap<string, TileFiles> = new Map(),
): SitePlan {
  const entry = playerFiles.find((f) => f.path === PLAYER_ENTRY);
  if (!entry) throw new Error(`The player build has no ${PLAYER_ENTRY}. Build the app again (npm run build).`);
  for (const f of playerFiles) if (!isRelativeSitePath(f.path)) throw new Error(`The player build has a file with an unexpected name: "${f.path}".`);
  // Written as the reader's full check reads it back (key order, defaults): then the published player
  // plays it before that check has loaded (src/player/standalone/quickStory.ts).
  const checked = loadStory(story);
  const storyText = serializeStory(checked.ok ? checked.story : story);
  const storyJson = encoder.encode(storyText);
  const cacheVersion = cacheVersionFor(storyJson, playerFiles, sha256);
  const start = startPicture(story);
  const pictures = scenePictures(story).filter((p) => previews.has(p.id));
  const all = pictures.length > 0 && pictures.length === scenePictures(story).length;
  const tiled = completeTiles(story, tiles);
  const stamp = checkedStamp(storyText, storyJson, sha256);
  const { html, css } = rewritePlayerHtml(decoder.decode(entry.bytes), story, !!start && previews.has(start.id), all, [...tiled.keys()], stamp);

  const files: SiteFile[] = [{ path: 'index.html', kind: 'text', bytes: encoder.encode(html) }];
  if (css) files.push({ path: INLINE_STYLE_PATH, kind: 'text', bytes: encoder.encode(css) });
  for (const f of playerFiles) if (f !== entry) files.push({ path: f.path, kind: 'text', bytes: f.bytes });
  files.push({ path: 'story.json', kind: 'text', bytes: storyJson });
  for (const p of pictures) files.push({ path: previewPath(p.id), kind: 'text', bytes: previews.get(p.id)! });
  for (const made of tiled.values()) for (const [path, bytes] of made) files.push({ path, kind: 'text', bytes });
  const seen = new Set<string>();
  for (const a of story.assets) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    files.push({ path: assetPath(a), kind: 'asset', assetId: a.id, bytes: a.bytes });
  }
  files.push({ path: SW_REGISTER_PATH, kind: 'text', bytes: encoder.encode(SW_REGISTER_SOURCE) });
  // Precache everything but the worker itself (plus "./", which is how most visitors ask for index.html).
  const precache = ['./', ...files.filter((f) => !(f.kind === 'asset' && tiled.has(f.assetId))).map((f) => `./${f.path}`)];
  files.push({ path: SW_PATH, kind: 'text', bytes: encoder.encode(serviceWorkerSource(cacheVersion, precache)) });
  return { files, cacheVersion };
}

/**
 * The page's word that story.json passed the full check as written (CHECKED_META): its hash, when
 * the check of that very text passes and reads it back unchanged (what the reader's player would
 * otherwise do after its first frame); null when not, and the reader's player checks it itself.
 */
function checkedStamp(text: string, bytes: Uint8Array, sha256: Sha256Factory): string | null {
  const again = loadStory(text);
  if (!again.ok || serializeStory(again.story) !== text) return null;
  const h = sha256();
  h.update(bytes);
  return h.digestHex();
}

/** The pictures whose tile files are all there (by id, in the order of the story's scenes). */
function completeTiles(story: Story, tiles: ReadonlyMap<string, TileFiles>): Map<string, TileFiles> {
  const out = new Map<string, TileFiles>();
  for (const p of scenePictures(story)) {
    const made = tiles.get(p.id);
    const plan = made && planTiles(p);
    if (plan && [plan.base, ...plan.tiles].every((f) => made.has(f.path))) out.set(p.id, made);
  }
  return out;
}

/** Total bytes of a planned site. */
export const siteBytes = (plan: SitePlan): number => plan.files.reduce((n, f) => n + (f.kind === 'text' ? f.bytes.length : f.bytes), 0);

export type { AssetBytes };
