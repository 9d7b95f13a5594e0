import { decodePanorama } from './decode.ts';
import type { EarlyScreen } from './earlyScreen.ts';

/** Largest side decoded before the GPU's own limit is known (the texture cache scales further if needed). */
const EARLY_MAX = 16384;
/** A decode nobody took by then is let go. */
const FORGET_MS = 60_000;

/**
 * Decodes started before the WebGL canvas exists: the first scene's picture is fetched and
 * decoded (off the main thread) while React, three.js and the WebGL context start up, and the
 * texture cache takes the result instead of decoding again.
 */
export class EarlyDecodes {
  private map = new Map<string, Promise<ImageBitmap | null>>();
  private gate: Promise<void> = Promise.resolve();
  private screen: { settled: Promise<void>; take: () => EarlyScreen | null } | null = null;

  /** `decode` is swappable for tests (fetch + createImageBitmap need a browser). */
  constructor(private readonly decode: typeof decodePanorama = decodePanorama) {}

  /**
   * Hands decodes to `take` only once `until` resolves (the first-picture painter is done with
   * the screen), so the player's upload of a picture never shares a task with the early one.
   */
  holdTakesUntil(until: Promise<void>) {
    this.gate = until;
  }

  /**
   * `later`: a neighbour's picture, downloaded behind the first one and decoded once `later` resolves.
   * `maxSize`: its largest side, where less is needed (a video's poster: videoPosters.ts).
   */
  start(assetId: string, url: Promise<string | null>, expected?: { width: number; height: number }, later?: Promise<unknown>, maxSize = EARLY_MAX) {
    if (this.map.has(assetId)) return;
    const o = later ? { priority: 'low' as const, decodeAfter: later } : {};
    const p = url
      .then((u) => (u ? this.decode(u, { maxSize, expected, ...o }) : null))
      .catch(() => null);
    this.map.set(assetId, p);
    setTimeout(() => {
      if (this.map.get(assetId) !== p) return;
      this.map.delete(assetId);
      void p.then((b) => b?.close());
    }, FORGET_MS);
  }

  /** The early decode of an asset without taking it (the first-picture painter looks at it too). */
  peek(assetId: string): Promise<ImageBitmap | null> | undefined {
    return this.map.get(assetId);
  }

  /** The early decode of an asset, once (null if it failed: decode again for a proper error). */
  take(assetId: string): Promise<ImageBitmap | null> | undefined {
    const p = this.map.get(assetId);
    this.map.delete(assetId);
    if (!p) return undefined;
    return Promise.all([p, this.gate]).then(([bitmap]) => bitmap);
  }

  /**
   * The early picture's canvas may be handed to the player (earlyScreen.ts): `settled` resolves
   * when it is drawn in full or will not be; `take` gives it away (once), or null.
   */
  offerScreen(settled: Promise<void>, take: () => EarlyScreen | null) {
    this.screen = { settled, take };
  }

  /** When to ask for the early canvas: null when there is none to wait for. */
  screenSettled(): Promise<void> | null {
    return this.screen?.settled ?? null;
  }

  /** The early canvas with its context and start picture, once; null when there is none to take. */
  takeScreen(): EarlyScreen | null {
    const offer = this.screen;
    this.screen = null;
    return offer?.take() ?? null;
  }

  dispose() {
    for (const p of this.map.values()) void p.then((b) => b?.close());
    this.map.clear();
  }
}
