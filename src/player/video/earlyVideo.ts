/**
 * The start scene's video, asked for by a published page's first script (standalone/boot.ts) as
 * soon as story.json is here, while the player's own scripts still load: the browser fetches the
 * video's start (range requests) and decodes its first frame meanwhile. The player's first arrival
 * in that scene takes this element (useSceneVideo) instead of making its own.
 */
const waiting = new Map<string, HTMLVideoElement>();

/** An early video not taken by then is let go (the reader may never reach the scene's player). */
const KEEP_MS = 60_000;

export function startEarlyVideo(assetId: string, url: string): void {
  if (typeof document === 'undefined' || waiting.has(assetId)) return;
  const el = document.createElement('video');
  el.playsInline = true;
  el.preload = 'auto';
  el.setAttribute('playsinline', '');
  el.setAttribute('webkit-playsinline', '');
  el.addEventListener('loadeddata', () => performance.mark('story:video-loaded', { detail: { assetId, early: true } }), { once: true });
  performance.mark('story:video-requested', { detail: { assetId, early: true } });
  el.src = url;
  hold(assetId, el);
}

/** Keeps it for the player, and lets it go if the player has not taken it within KEEP_MS. */
function hold(assetId: string, el: HTMLVideoElement): void {
  waiting.set(assetId, el);
  setTimeout(() => {
    if (waiting.get(assetId) !== el) return;
    waiting.delete(assetId);
    el.removeAttribute('src');
    el.load();
  }, KEEP_MS);
}

/** Who took each element last: the arrival it plays in (useSceneVideo's key). */
const takenBy = new WeakMap<HTMLVideoElement, string>();

/**
 * The early element of this video, once (null when there is none, or it was taken already).
 * `revisit` when it was given back by another arrival than `arrival`: the reader came back to the
 * scene, and the video should start from its start like a new element would. The first arrival
 * (taking it again after a re-render) goes on from where it is.
 */
export function takeEarlyVideo(assetId: string, arrival: string): { element: HTMLVideoElement; revisit: boolean } | null {
  const element = waiting.get(assetId);
  if (!element) return null;
  waiting.delete(assetId);
  const before = takenBy.get(element);
  takenBy.set(element, arrival);
  return { element, revisit: before !== undefined && before !== arrival };
}

/**
 * Gives a taken element back, paused, when its scene's view lets go of it (the player re-renders
 * the scene as it starts, or the reader leaves the scene): the next arrival in the scene takes it
 * again instead of asking anew. The same arrival goes on from where it is; a later one seeks it to
 * its start (takeEarlyVideo's `revisit`) and waits for "seeked" to draw it again (no new
 * "loadeddata" comes after a seek).
 */
export function returnEarlyVideo(assetId: string, el: HTMLVideoElement): void {
  el.pause();
  if (!waiting.has(assetId)) hold(assetId, el);
}
