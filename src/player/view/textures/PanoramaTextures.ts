import type { Texture, WebGLRenderer } from 'three';
import type { AssetSource } from '../../../storage/asset-source.ts';
import { adoptedUpload, startBandedUpload, type BandedUpload } from './bandUpload.ts';
import { UploadHold, uploadPicture } from './idleUpload.ts';
import { fittedSize } from '../../../story/media/panorama-grid.ts';
import { planBudget, textureBytes } from './budget.ts';
import { decodePanorama, fitBitmap } from './decode.ts';
import type { EarlyDecodes } from './earlyDecodes.ts';
import type { EarlyScreen } from './earlyScreen.ts';
import { createTextureWarmer } from './warmTexture.ts';

type Entry =
  | {
      state: 'loading';
      bytes: number;
      abort: AbortController;
      waiters: Array<(t: Texture | null) => void>;
      /** Set while the picture goes to the GPU band by band: uploads the rest at once (someone waits). */
      hurry?: () => void;
      /** Someone needs it on screen as soon as it is decoded: it goes to the GPU at once, not band by band. */
      urgent?: boolean;
    }
  | { state: 'ready'; bytes: number; texture: Texture; dispose(): void }
  | { state: 'failed'; bytes: 0; error: string };

type Loading = Extract<Entry, { state: 'loading' }>;

/** A picture's small stand-in (the site's preview, see AssetSource.getStandInUrl). */
type StandIn =
  | { state: 'loading'; abort: AbortController; waiters: Array<(t: Texture | null) => void> }
  | { state: 'ready'; bytes: number; texture: Texture; dispose(): void }
  | { state: 'failed' };

/** Stand-ins kept at most (each ~2 MB on the GPU): the likely next scenes', most likely first. */
const MAX_STAND_INS = 8;

export interface PanoramaTexturesOptions {
  renderer: WebGLRenderer;
  assets: AssetSource;
  /** Pixel size of an image asset from the story, when known. */
  sizeOf: (assetId: string) => { width: number; height: number } | undefined;
  budgetBytes: number;
  /** Largest texture side; defaults to the renderer's maxTextureSize. */
  maxSize?: number;
  /** Largest side for one picture (a tiled picture's low-resolution whole: see story/media/panorama-grid.ts); capped by maxSize. */
  sideOf?: (assetId: string) => number;
  /** Where to decode a picture's whole from instead of the picture (a published site's small whole of a tiled picture). */
  wholeUrlOf?: (assetId: string) => string | null;
  /**
   * Called when a texture becomes ready (to re-render). Not when one fails: that changes nothing
   * drawn, and the view waiting for it hears of it from whenReady (a redraw for nothing costs
   * hundreds of ms where WebGL is drawn in software).
   */
  onChange?: (assetId: string) => void;
  /** Bumped when the WebGL context was restored (a new cache is needed then). */
  epoch?: number;
  /** Decodes started before the renderer existed (the first scene's picture). */
  early?: EarlyDecodes;
  /** The early canvas this renderer took over: its start picture is already on the GPU. */
  adopted?: EarlyScreen | null;
}

/** Estimate for an image whose size the story does not say: a 4096 x 2048 panorama. */
const UNKNOWN_SIZE = { width: 4096, height: 2048 };

/**
 * Panorama textures under a byte budget. `want(current, next)` says what is needed now (always
 * kept) and what is likely next (kept while it fits, in order); everything else is disposed, so
 * memory does not grow with the length of the story. Images are fetched and decoded off the main
 * thread and uploaded to the GPU ahead of time, so a switch to a preloaded scene only swaps a map.
 */
export class PanoramaTextures {
  private entries = new Map<string, Entry>();
  private queue: string[] = [];
  private loading: string | null = null;
  /** whenReady() callers for images that are queued but not loading yet. */
  private pending = new Map<string, Array<(t: Texture | null) => void>>();
  private warmer: ReturnType<typeof createTextureWarmer> | null = null;
  private standIns = new Map<string, StandIn>();
  /** A full picture has been on the GPU (the view has shown something). */
  private anyReady = false;
  readonly maxSize: number;

  constructor(private o: PanoramaTexturesOptions) {
    this.maxSize = Math.min(o.maxSize ?? Infinity, o.renderer.capabilities.maxTextureSize || 4096);
    if (o.adopted) this.adopt(o.adopted);
  }

  /**
   * The start picture the early canvas left on the GPU, as ours if it is what we would upload: it
   * is the early decode (of the picture, or of a tiled picture's small whole) as it is, and we
   * upload that decode as it is when it fits our size for the picture.
   */
  private adopt(a: EarlyScreen) {
    const fits = Math.max(a.width, a.height) <= this.sideFor(a.assetId);
    if (!fits || a.gl !== this.o.renderer.getContext()) {
      a.gl.deleteTexture(a.texture);
      return;
    }
    const upload = adoptedUpload(this.o.renderer, a.texture);
    upload.texture.name = `panorama:${a.assetId.slice(0, 12)}`;
    this.entries.set(a.assetId, { state: 'ready', bytes: textureBytes(a.width, a.height), texture: upload.texture, dispose: () => upload.dispose() });
    this.anyReady = true;
    void this.o.early?.take(a.assetId)?.then((b) => b?.close()); // its decoded pixels are not needed again
    performance.mark('story:picture-adopted', { detail: { assetId: a.assetId } });
  }

  /** Bytes a panorama will take once uploaded (from the story's size, scaled to fit). */
  estimate(assetId: string): number {
    const e = this.entries.get(assetId);
    if (e && e.state !== 'failed') return e.bytes;
    const s = this.o.sizeOf(assetId) ?? UNKNOWN_SIZE;
    const f = fittedSize(s.width, s.height, this.sideFor(assetId));
    return textureBytes(f.width, f.height);
  }

  /** The largest side this picture's texture gets. */
  sideFor(assetId: string): number {
    return Math.min(this.maxSize, this.o.sideOf?.(assetId) ?? Infinity);
  }

  want(current: string | null, next: readonly string[]) {
    const keep = planBudget(
      current ? { id: current, bytes: this.estimate(current) } : null,
      next.map((id) => ({ id, bytes: this.estimate(id) })),
      this.o.budgetBytes,
    );
    for (const [id] of this.entries) if (!keep.has(id)) this.drop(id);
    for (const [id, waiters] of this.pending) {
      if (keep.has(id)) continue;
      this.pending.delete(id);
      waiters.forEach((ok) => ok(null)); // asked for, then no longer wanted
    }
    this.queue = [current, ...next].filter((id): id is string => !!id && keep.has(id) && !this.entries.has(id));
    this.pump();
    this.wantStandIns(current, next);
  }

  /**
   * Stand-ins for the likely next scenes (those over the budget too: they are small), so a chosen
   * scene whose picture is not on the GPU yet shows at once, soft. Only where the assets have them,
   * and not for a picture already on the GPU. The current scene's is kept while it is there, and
   * asked for when its picture is not on the GPU (a scene reached without being a likely next one,
   * e.g. two steps away, or chosen before the view was up): its small preview is on screen long
   * before the full picture is fetched, decoded and uploaded.
   */
  private wantStandIns(current: string | null, next: readonly string[]) {
    const url = this.o.assets.getStandInUrl?.bind(this.o.assets);
    if (!url) return;
    const wanted = next.filter((id) => id !== current).slice(0, MAX_STAND_INS);
    for (const [id] of this.standIns) if (id !== current && !wanted.includes(id)) this.dropStandIn(id);
    // Not for the start picture: its stand-in would only hold up the first frame (nothing is on screen to keep).
    const cold = this.anyReady && current && !this.get(current) && this.entries.get(current)?.state !== 'failed';
    if (cold && !this.standIns.has(current)) void this.loadStandIn(current, url, 'high');
    for (const id of wanted) if (!this.standIns.has(id) && !this.get(id)) void this.loadStandIn(id, url);
  }

  private async loadStandIn(id: string, url: (id: string) => Promise<string | null>, priority: RequestPriority = 'low') {
    const entry: StandIn = { state: 'loading', abort: new AbortController(), waiters: [] };
    this.standIns.set(id, entry);
    let result: StandIn = { state: 'failed' };
    try {
      const href = await url(id);
      if (!href) throw new Error('no stand-in');
      const res = await fetch(href, { signal: entry.abort.signal, priority });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const bitmap = await createImageBitmap(await res.blob(), { premultiplyAlpha: 'none' });
      if (this.standIns.get(id) !== entry) return bitmap.close();
      const up = startBandedUpload(this.o.renderer, bitmap);
      up.finish();
      bitmap.close();
      up.texture.name = `stand-in:${id.slice(0, 12)}`;
      result = { state: 'ready', bytes: textureBytes(bitmap.width, bitmap.height, false), texture: up.texture, dispose: () => up.dispose() };
    } catch {
      // no stand-in: a switch waits for the full picture, as without one
    }
    if (this.standIns.get(id) !== entry) return result.state === 'ready' && result.dispose();
    this.standIns.set(id, result);
    entry.waiters.forEach((ok) => ok(result.state === 'ready' ? result.texture : null));
  }

  private dropStandIn(id: string) {
    const e = this.standIns.get(id);
    this.standIns.delete(id);
    if (e?.state === 'ready') e.dispose();
    else if (e?.state === 'loading') {
      e.abort.abort();
      e.waiters.forEach((ok) => ok(null));
    }
  }

  /** The picture's stand-in if it is on the GPU (small and soft: drawn until the picture is ready). */
  standIn(assetId: string): Texture | null {
    const e = this.standIns.get(assetId);
    return e?.state === 'ready' ? e.texture : null;
  }

  /** Whether the picture's stand-in is on its way (fetched or decoded now). */
  standInLoading(assetId: string): boolean {
    return this.standIns.get(assetId)?.state === 'loading';
  }

  /** Resolves with the stand-in once it is on the GPU, or null when there is none. */
  whenStandIn(assetId: string): Promise<Texture | null> {
    const e = this.standIns.get(assetId);
    if (e?.state === 'loading') return new Promise((ok) => e.waiters.push(ok));
    return Promise.resolve(e?.state === 'ready' ? e.texture : null);
  }

  private hold = new UploadHold();

  /**
   * Holds the band-by-band uploads of pictures nobody waits for until the next frame is drawn
   * (`false`, from the view), for at most half a second: a scene just put on screen must not wait behind
   * a band (tens of ms each on a software GPU, and an idle callback may run before the frame).
   */
  holdUploads(on: boolean) {
    this.hold.set(on);
  }

  /** Uploads the rest of a picture that is going to the GPU band by band, now (someone waits). */
  hurry(assetId: string) {
    const e = this.entries.get(assetId);
    if (e?.state !== 'loading') return void (this.queue.includes(assetId) && this.urgentSoon.add(assetId));
    e.urgent = true; // still decoding: it goes up at once when it is
    e.hurry?.();
  }

  /** Queued pictures someone waits for without a stand-in to show meanwhile (see Entry.urgent). */
  private urgentSoon = new Set<string>();

  /** The texture if it is uploaded and ready to draw. */
  get(assetId: string): Texture | null {
    const e = this.entries.get(assetId);
    return e?.state === 'ready' ? e.texture : null;
  }

  /** Why an image failed to load, if it did. */
  error(assetId: string): string | null {
    const e = this.entries.get(assetId);
    return e?.state === 'failed' ? e.error : null;
  }

  /**
   * Resolves when the texture is ready (null if it failed or was dropped). Call want() first.
   * `hurry`: a picture still going up band by band goes up at once (not while a stand-in shows).
   */
  whenReady(assetId: string, hurry = true): Promise<Texture | null> {
    const e = this.entries.get(assetId);
    if (!e) {
      if (!this.queue.includes(assetId)) return Promise.resolve(null);
      if (hurry) this.urgentSoon.add(assetId);
      return new Promise((ok) => this.later(assetId, ok));
    }
    if (e.state === 'ready') return Promise.resolve(e.texture);
    if (e.state === 'failed') return Promise.resolve(null);
    const waiting = new Promise<Texture | null>((ok) => e.waiters.push(ok));
    if (hurry) this.hurry(assetId); // a neighbour still going up band by band is needed now: the rest goes at once
    return waiting;
  }

  private later(assetId: string, ok: (t: Texture | null) => void) {
    const list = this.pending.get(assetId) ?? [];
    list.push(ok);
    this.pending.set(assetId, list);
  }

  /** Bytes of panorama textures that are on the GPU now. */
  liveBytes(): number {
    let sum = 0;
    for (const e of this.entries.values()) if (e.state === 'ready') sum += e.bytes;
    for (const e of this.standIns.values()) if (e.state === 'ready') sum += e.bytes;
    return sum;
  }

  stats() {
    let ready = 0;
    let loading = 0;
    for (const e of this.entries.values()) {
      if (e.state === 'ready') ready++;
      else if (e.state === 'loading') loading++;
    }
    return { ready, loading, bytes: this.liveBytes(), budget: this.o.budgetBytes, maxSize: this.maxSize };
  }

  /** Lets go of every texture and load. The cache stays usable: a later want() starts again. */
  dispose() {
    for (const id of [...this.entries.keys()]) this.drop(id);
    for (const id of [...this.standIns.keys()]) this.dropStandIn(id);
    for (const list of this.pending.values()) list.forEach((ok) => ok(null));
    this.pending.clear();
    this.urgentSoon.clear();
    this.queue = [];
    this.warmer?.dispose();
    this.warmer = null;
  }

  private drop(id: string) {
    const e = this.entries.get(id);
    this.entries.delete(id);
    this.urgentSoon.delete(id);
    if (!e) return;
    if (e.state === 'ready') {
      e.dispose();
    } else if (e.state === 'loading') {
      e.abort.abort();
      e.waiters.forEach((ok) => ok(null));
    }
    if (this.loading === id) this.loading = null;
  }

  /** Loads one image at a time, most wanted first, so the current scene never waits behind a neighbour. */
  private pump() {
    if (this.loading) return;
    const id = this.queue.shift();
    if (!id) return;
    this.loading = id;
    void this.load(id).finally(() => {
      if (this.loading === id) this.loading = null;
      this.pump();
    });
  }

  private async load(id: string) {
    const abort = new AbortController();
    const entry: Loading = { state: 'loading', bytes: this.estimate(id), abort, waiters: this.pending.get(id) ?? [], urgent: this.urgentSoon.delete(id) };
    this.pending.delete(id);
    this.entries.set(id, entry);
    const settle = (t: Texture | null) => entry.waiters.forEach((ok) => ok(t));
    try {
      const early = await this.o.early?.take(id);
      let bitmap: ImageBitmap;
      if (early) {
        bitmap = await fitBitmap(early, this.sideFor(id));
      } else {
        const whole = this.o.wholeUrlOf?.(id);
        const url = whole ?? (await this.o.assets.getUrl(id));
        if (!url) throw new Error('the picture is not available');
        performance.mark('story:picture-requested', { detail: { assetId: id } });
        // A small whole's own size is not the story's: it is decoded as it is, then fitted.
        bitmap = await decodePanorama(url, { maxSize: this.sideFor(id), signal: abort.signal, expected: whole ? undefined : this.o.sizeOf(id) });
      }
      if (this.entries.get(id) !== entry) {
        bitmap.close();
        return;
      }
      performance.mark('story:picture-decoded', { detail: { assetId: id, early: !!early } });
      const upload = await this.upload(bitmap, entry);
      if (!upload) return; // dropped meanwhile (the upload has let go of everything)
      const { texture } = upload;
      texture.name = `panorama:${id.slice(0, 12)}`;
      // A neighbour nobody waits for yet: have the GPU copy it in fully now (see warmTexture.ts).
      // The picture someone waits for is drawn in the next frame anyway.
      const warmed = entry.waiters.length === 0;
      if (warmed) (this.warmer ??= createTextureWarmer(this.o.renderer)).warm(texture);
      performance.mark('story:picture-uploaded', { detail: { assetId: id, warmed } });
      const bytes = textureBytes(bitmap.width, bitmap.height);
      // The GPU has its copy: free the decoded pixels (a lost WebGL context rebuilds the cache).
      bitmap.close();
      this.entries.set(id, { state: 'ready', bytes, texture, dispose: () => upload.dispose() });
      this.anyReady = true;
      settle(texture);
    } catch (err) {
      if (this.entries.get(id) === entry) {
        const msg = err instanceof Error ? err.message : String(err);
        this.entries.set(id, { state: 'failed', bytes: 0, error: msg });
      }
      settle(null);
      return;
    }
    this.o.onChange?.(id);
  }

  /** Puts a decoded picture on the GPU: at once when someone needs it now, else in idle moments (idleUpload.ts). */
  private upload(bitmap: ImageBitmap, entry: Loading): Promise<BandedUpload | null> {
    return uploadPicture(this.o.renderer, bitmap, entry, this.hold);
  }
}

