import { assetPath } from '../../story/io/package/sniff.ts';
import { tileBasePath } from '../../story/io/package/tile-path.ts';
import { pageHasPreviews, pageTiles } from './publishedAssets.ts';
import { previewPath } from '../../story/io/package/preview-path.ts';
import { EarlyDecodes } from '../view/textures/earlyDecodes.ts';
import { startEarlyVideo } from '../video/earlyVideo.ts';
import { POSTER_SIDE } from '../view/videoPosters.ts';
import { warmUpGpu } from './gpuWarmup.ts';
import { markSeen } from './markSeen.ts';
import { paintFirstPicture, type FirstPaint, type StartView } from './firstPaint.ts';
import { quickStory } from './quickStory.ts';
import type { Story } from '../../story/schema/story.ts';

/** A choice made before the player is up: an early choice's hotspot (and the scene it leads to), or a scene (the debug handle's goTo). */
export type EarlyChoice = { hotspotId: string; sceneId: string } | { hotspotId?: undefined; sceneId: string };

/** story.json as downloaded (checked later, by the player, with the full story schema), or why not. */
export type StoryDownload = { ok: true; text: string; url: string } | { ok: false; status: number } | { ok: false; status: null };

/**
 * What the page's first script starts before React, three.js and the rest of the player load:
 * the first scene's picture (`early`: fetched and decoded off the main thread), story.json, and
 * `firstPaint`, that picture drawn on the screen before the player has loaded (firstPaint.ts).
 * The page plays its own story.json only: nothing in the address can give it another story or picture.
 */
export interface Boot {
  early: EarlyDecodes;
  firstPaint: FirstPaint;
  story: Promise<StoryDownload>;
  /**
   * story.json read as publish writes it (quickStory.ts), or null (not that, or no story.json): read
   * once, when first asked for, by the early choices and the player both.
   */
  quick(): Promise<Story | null>;
  /**
   * A choice made before the player is up: a reader's press on an early choice (earlyChoices.ts) or
   * the `?debug` handle's goTo. A scene the start scene leads to is shown at once on the early
   * picture's canvas, from its early decode; the player makes the choice as it starts (onChoice).
   */
  choose(choice: EarlyChoice): void;
  /**
   * The player takes the choices: those made before it was up at once, then each as it is made
   * (a press on the early list while the player is starting). Returns the way to stop listening.
   */
  onChoice(take: (choice: EarlyChoice) => void): () => void;
}

/**
 * Starts the downloads that the first frame waits for: story.json and, as soon as it is here, the
 * start scene's picture (fetch + createImageBitmap), in parallel with the player's own script.
 * Only a quick look at the JSON finds the picture: if anything about it looks odd, nothing is
 * started early and the player, after checking the story properly, loads the picture itself.
 */
export function startBoot(base: string): Boot {
  const early = new EarlyDecodes();
  const gpu = warmUpGpu();
  const url = new URL('story.json', base).href;
  const story = downloadStory(url);
  // A picture with tile files (the page lists them): its small whole, never the picture itself.
  const tiled = pageTiles();
  const previews = pageHasPreviews();
  const whole = (p: Picture) => (tiled.has(p.id) ? new URL(tileBasePath(p.id), url).href : new URL(assetPath(p), url).href);
  const expected = (p: Picture) => (tiled.has(p.id) ? undefined : p);
  // Neighbours decode once the start picture is painted in full (or the player has drawn, or at the latest NEIGHBOURS_WAIT_MS).
  let painted!: () => void;
  /** Per scene: resolves when it is chosen before the player is up (its neighbour decode waits for that, or the start picture). */
  const chosenGates = new Map<string, { when: Promise<void>; open: () => void }>();
  const chosen = (sceneId: string) => {
    let gate = chosenGates.get(sceneId);
    if (!gate) {
      let open!: () => void;
      const when = new Promise<void>((ok) => (open = ok));
      chosenGates.set(sceneId, (gate = { when, open }));
    }
    return gate;
  };
  /**
   * A chosen neighbour's preview, fetched and decoded when it is chosen (never ahead: the player
   * fetches the previews it needs itself, and each file is fetched once): it shows while the
   * picture goes to the GPU (a full 4096 px upload takes a software GPU a few hundred ms), as the
   * player shows a scene chosen cold. None for a tiled picture: its small whole is quick itself.
   */
  const neighbourPreview = (id: string): Promise<ImageBitmap | null> | undefined =>
    previews && !tiled.has(id) ? decodePreview({ href: new URL(previewPath(id), url).href, of: id }, false).then((d) => d?.bitmap ?? null) : undefined;
  const startPainted = Promise.race([new Promise<void>((ok) => (painted = ok)), markSeen('story:first-frame', NEIGHBOURS_WAIT_MS)]);
  const first = story.then((s) => {
    const found = s.ok ? firstPicture(s.text, tiled) : null;
    // A video's poster only stands in for its first frame: decoded small (videoPosters.ts).
    if (found) early.start(found.id, Promise.resolve(whole(found)), expected(found), undefined, found.video ? POSTER_SIDE : undefined);
    // Its video (the picture is then its poster): fetched and its first frame decoded meanwhile.
    if (found?.video) startEarlyVideo(found.video.id, new URL(assetPath(found.video), url).href);
    // The pictures of the scenes the start scene leads to: downloaded now, behind the first one,
    // and decoded (on the browser's decoder thread) once the start picture is on screen in full:
    // not before, so they never slow the first picture, and not as late as the player's first
    // frame, so a reader's first choice finds them decoded (and uploaded in idle moments) and the
    // chosen scene shows in the next frame.
    // A neighbour chosen before that decodes at once (the start picture is then no longer needed on screen).
    for (const n of found?.neighbours ?? []) early.start(n.id, Promise.resolve(whole(n)), expected(n), Promise.race([startPainted, chosen(n.sceneId).when]));
    return found;
  });
  const preview = decodePreview(previewLink());
  const firstPaint = paintFirstPicture(
    first.then((f) => (f ? early.peek(f.id) ?? null : null)),
    first.then((f) => f?.view ?? null),
    Promise.all([gpu, first.then((f) => f ?? Promise.reject(new Error('no early picture')))]),
    // Only the start picture's own preview (the page's link names the picture it was made of).
    Promise.all([preview, first]).then(([p, f]) => (p && f && p.of === f.id ? p.bitmap : (p?.bitmap.close(), null))),
  );
  early.holdTakesUntil(firstPaint.settled);
  let firstId: string | null = null;
  void first.then((f) => (firstId = f?.id ?? null));
  early.offerScreen(firstPaint.settled, () => {
    const shown = firstPaint.shownInstead() ?? firstId;
    const given = shown ? firstPaint.handOver() : null;
    return given && shown ? { ...given, assetId: shown } : null;
  });
  void firstPaint.settled.then(painted);
  const pending: EarlyChoice[] = [];
  let taker: ((choice: EarlyChoice) => void) | null = null;
  let latest: EarlyChoice | null = null;
  const choose = (choice: EarlyChoice) => {
    performance.mark('story:choice', { detail: { ...choice, early: true } });
    latest = choice;
    chosen(choice.sceneId).open();
    // The early canvas, while it is still up, shows the chosen scene at once: as soon as its picture
    // is decoded, its site's preview until then (a scene it cannot show: the player goes there).
    // Also when the player is up but has not drawn yet: it may take a second to start and to put
    // the chosen picture on the GPU, and the reader's choice must show meanwhile.
    void first.then((f) => {
      const n = f?.neighbours.find((x) => x.sceneId === choice.sceneId);
      const picture = n && n.view ? early.peek(n.id) : undefined;
      if (n?.view && picture && latest === choice) firstPaint.showInstead(n.id, picture, n.view, neighbourPreview(n.id));
    });
    if (taker) return taker(choice); // the player makes the choice in its engine
    pending.push(choice);
  };
  const onChoice = (take: (choice: EarlyChoice) => void) => {
    taker = take;
    for (const c of pending.splice(0)) take(c);
    return () => {
      if (taker === take) taker = null;
    };
  };
  let quick: Promise<Story | null> | undefined;
  const readQuick = () => (quick ??= story.then((file) => (file.ok ? quickStory(file.text) : null)));
  return { early, firstPaint, story, quick: readQuick, choose, onChoice };
}

/** The start picture's small preview, as the published page links it (src/publish/site.ts), if it does. */
function previewLink(): { href: string; of: string } | null {
  if (typeof document === 'undefined') return null;
  const link = document.querySelector<HTMLLinkElement>('link[rel="preload"][data-preview]');
  const of = link?.dataset.preview;
  return link && of ? { href: link.href, of } : null;
}

/** Downloads and decodes a preview (off the main thread); null when there is none or it fails. `mark`: the start picture's (story:preview-decoded). */
async function decodePreview(link: { href: string; of: string } | null, mark = true): Promise<{ bitmap: ImageBitmap; of: string } | null> {
  if (!link) return null;
  try {
    const res = await fetch(link.href, { priority: 'high' });
    if (!res.ok) return null;
    const bitmap = await createImageBitmap(await res.blob(), { premultiplyAlpha: 'none' });
    if (mark) performance.mark('story:preview-decoded');
    return { bitmap, of: link.of };
  } catch {
    return null;
  }
}

/** Neighbours' decodes wait for the start picture (or the player's first frame), but not longer than this. */
const NEIGHBOURS_WAIT_MS = 15_000;

async function downloadStory(url: string): Promise<StoryDownload> {
  try {
    const res = await fetch(url);
    if (!res.ok) return { ok: false, status: res.status };
    return { ok: true, text: await res.text(), url };
  } catch {
    return { ok: false, status: null }; // no answer at all
  }
}

interface Picture {
  id: string;
  mime: string;
  width: number;
  height: number;
}

/** At most this many neighbours' pictures are fetched early (each is ~32 MB decoded at 4096×2048). */
const EARLY_NEIGHBOURS = 2;
/** Neighbours larger than this (pixels) wait for the player, which knows the device's limits. */
const EARLY_NEIGHBOUR_PIXELS = 8192 * 4096;

interface Neighbour extends Picture {
  sceneId: string;
  /** That scene's starting view (null: it looks odd, so the early canvas does not show it). */
  view: StartView | null;
}

interface FirstPicture extends Picture {
  /** Pictures of the scenes the start scene's choices lead to, in the author's order. */
  neighbours: Neighbour[];
  /** The start scene's starting view, for the first picture on screen (null: do not paint early). */
  view: StartView | null;
  /** The start scene's video, when it has one (its picture is the poster). */
  video: { id: string; mime: string } | null;
}

/**
 * The start scene's panorama from story.json's text, or null if it cannot be found plainly.
 * `tiled`: pictures with tile files (their small whole is fetched early, so any size may be).
 */
export function firstPicture(text: string, tiled: ReadonlySet<string> = new Set()): FirstPicture | null {
  try {
    const json: unknown = JSON.parse(text);
    if (!isRecord(json) || !Array.isArray(json.scenes) || !Array.isArray(json.assets)) return null;
    const scene: unknown = json.scenes.find((s) => isRecord(s) && s.id === json.startSceneId);
    const id = isRecord(scene) ? scene.panorama : null;
    const picture = imageAsset(json.assets, id);
    if (!picture || !isRecord(scene)) return null;
    return {
      ...picture,
      view: startView(scene.view),
      neighbours: neighbourPictures(json.scenes, json.assets, scene, picture.id, tiled),
      video: videoAsset(json.assets, isRecord(scene.video) ? scene.video.asset : null),
    };
  } catch {
    return null;
  }
}

/** An image asset by id, if its record looks plain (hash id, MIME type, pixel size). */
function imageAsset(assets: unknown[], id: unknown): Picture | null {
  if (typeof id !== 'string' || !/^[0-9a-f]{64}$/.test(id)) return null;
  const asset: unknown = assets.find((a) => isRecord(a) && a.id === id);
  if (!isRecord(asset) || asset.kind !== 'image' || typeof asset.mime !== 'string') return null;
  const { width, height } = asset;
  if (typeof width !== 'number' || typeof height !== 'number' || !(width > 0 && height > 0)) return null;
  return { id, mime: asset.mime, width, height };
}

/** A video asset by id, if its record looks plain (hash id, a video MIME type). */
function videoAsset(assets: unknown[], id: unknown): { id: string; mime: string } | null {
  if (typeof id !== 'string' || !/^[0-9a-f]{64}$/.test(id)) return null;
  const asset: unknown = assets.find((a) => isRecord(a) && a.id === id);
  return isRecord(asset) && asset.kind === 'video' && typeof asset.mime === 'string' && asset.mime.startsWith('video/') ? { id, mime: asset.mime } : null;
}

/** The pictures the start scene's "go to" choices lead to (not its own), the first few, not too big. */
function neighbourPictures(scenes: unknown[], assets: unknown[], scene: Record<string, unknown>, own: string, tiled: ReadonlySet<string>): Neighbour[] {
  const out: Neighbour[] = [];
  for (const h of Array.isArray(scene.hotspots) ? scene.hotspots : []) {
    if (out.length >= EARLY_NEIGHBOURS) break;
    const action = isRecord(h) ? h.action : null;
    if (!isRecord(action) || action.type !== 'goto') continue;
    const to: unknown = scenes.find((s) => isRecord(s) && s.id === action.sceneId);
    const p = isRecord(to) ? imageAsset(assets, to.panorama) : null;
    const small = !!p && (tiled.has(p.id) || p.width * p.height <= EARLY_NEIGHBOUR_PIXELS);
    if (p && small && p.id !== own && !out.some((o) => o.id === p.id) && isRecord(to) && typeof to.id === 'string') {
      // A video scene's picture is its poster: the early canvas does not stand in for its video.
      out.push({ ...p, sceneId: to.id, view: isRecord(to.video) ? null : startView(to.view) });
    }
  }
  return out;
}

/**
 * The scene's starting view as the schema reads it (its default when absent), or null when it looks
 * odd: then nothing is painted early, rather than a view the player would then correct.
 */
function startView(v: unknown): StartView | null {
  if (v === undefined) return { yaw: 0, pitch: 0, fov: 75 };
  if (!isRecord(v)) return null;
  const { yaw, pitch, fov } = v;
  const ok = (n: unknown, lo: number, hi: number): n is number => typeof n === 'number' && n >= lo && n <= hi;
  return ok(yaw, -180, 180) && ok(pitch, -90, 90) && ok(fov, 30, 110) ? { yaw, pitch, fov } : null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
