import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { addAfterEffect, useFrame, useThree } from '@react-three/fiber';
import type { Mesh, MeshBasicMaterial, Texture } from 'three';
import { createPanoramaGeometry } from './panoramaGeometry.ts';
import { createCrossfadeMaterial, createPanoramaMaterial } from './panoramaMaterial.ts';
import { createPlaceholderTexture } from './placeholderTexture.ts';
import type { PanoramaTextures } from './textures/PanoramaTextures.ts';

/** How long the new picture takes to cover the old one completely. */
export const FADE_MS = 300;
/**
 * The new picture's opacity in the very first frame of a crossfade: already clearly the new
 * scene (the old one only shows through), so the switch is visible at once and the fade runs on
 * what is drawn.
 */
export const FADE_FROM = 0.7;
export const PANORAMA_RADIUS = 50;

export interface PanoramaStatus {
  loading: boolean;
  /** Why the current scene's picture is missing, in words; null when it shows. */
  error: string | null;
}

export interface ShownEvent {
  sceneId: string | null;
  mark: 'story:first-frame' | 'story:scene-shown';
  time: number;
  /** Shown as its small stand-in (the full picture replaces it when ready: `story:scene-sharp`). */
  soft?: boolean;
}

interface Props {
  cache: PanoramaTextures;
  sceneId: string | null;
  assetId: string | null;
  /** Likely next panoramas, most likely first (preloaded while they fit in the budget). */
  next: readonly string[];
  /** Changes on every arrival in a scene, also when re-entering the same one. */
  arrival: number;
  fade: boolean;
  onStatus(status: PanoramaStatus): void;
  onShown(event: ShownEvent): void;
}

/**
 * The panorama sphere. A scene's picture is put on screen as soon as it is on the GPU: at once
 * (a cut), or, unless reduced motion is asked for, crossfaded from the previous picture in one
 * pass (one sphere, both pictures mixed per pixel: see createCrossfadeMaterial), FADE_FROM of the
 * new picture in its first frame and all of it FADE_MS later (then it alone is drawn again). The
 * crossfade's shader is compiled and used once while nothing happens after the first frame, so
 * the frame of the first switch does not wait for it; a switch before that (a reader quick off
 * the mark) cuts. After the frame that first draws a scene's
 * picture, it marks `story:first-frame` (the first time) or `story:scene-shown` in the Performance
 * timeline (and `story:picture-swapped` when a later scene's picture is put in place, in React's
 * commit).
 *
 * A chosen scene whose picture is not on the GPU yet shows at once as its stand-in (a small
 * preview, where the assets have one; `detail.soft` on the mark), then the full picture replaces it
 * without a fade (same scene, sharper): `story:scene-sharp` after the frame that draws it.
 */
export function Panorama({ cache, sceneId, assetId, next, arrival, fade, onStatus, onShown }: Props) {
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);
  const base = useRef<Mesh>(null);
  const res = useMemo(() => {
    const placeholder = createPlaceholderTexture();
    return {
      placeholder,
      geometry: createPanoramaGeometry(PANORAMA_RADIUS),
      baseMat: createPanoramaMaterial({ map: placeholder, depthWrite: false }),
      /** During a crossfade: `map` the new picture, `from` the old one (the base material's). */
      fadeMat: createCrossfadeMaterial(placeholder, placeholder),
    };
  }, []);
  useEffect(
    () => () => Object.values(res).forEach((r) => r.dispose()),
    [res],
  );

  const st = useRef({
    /** The current scene's picture on screen (alone, or fading in over the previous one). */
    shownId: null as string | null,
    /** The picture drawn alone when no fade runs (during a fade, the previous scene's). */
    baseId: null as string | null,
    fading: false,
    fadeStart: -1,
    mark: null as ShownEvent['mark'] | null,
    markScene: null as string | null,
    /** The texture whose first drawing the mark waits for. */
    markTex: null as Texture | null,
    markSoft: false,
    drawn: false,
    first: true,
    /** The current scene shows its stand-in (the full picture is still on its way). */
    soft: false,
    /** The full picture replaced a stand-in: `story:scene-sharp` after its first drawing. */
    sharpTex: null as Texture | null,
    /** The next frame draws the picture with the crossfade's material (mixing it with itself), once. */
    warmFade: false,
    /**
     * The crossfade's shader has drawn once. Until then a switch cuts: its first use would hold the
     * switch's frame for the shader's compile and pipeline (hundreds of ms on a software GPU).
     */
    fadeReady: false,
  });
  const latest = useRef({ next, assetId, sceneId, fade, onShown, onStatus });
  latest.current = { next, assetId, sceneId, fade, onShown, onStatus };

  /** Tells the cache what is wanted; never keeps drawing a texture the cache has let go of. */
  const syncWant = useMemo(() => {
    /** What can be drawn for a picture: the picture itself, else its stand-in. */
    const drawable = (id: string) => cache.get(id) ?? cache.standIn(id);
    /** Ends a crossfade: the new picture takes the base sphere's place. */
    const endFade = () => {
      const s = st.current;
      if (!s.fading) return;
      s.fading = false;
      s.fadeStart = -1;
      res.baseMat.map = res.fadeMat.map;
      s.baseId = s.shownId;
      res.fadeMat.map = res.fadeMat.userData.from.value = res.placeholder;
      res.fadeMat.userData.mix.value = FADE_FROM;
      if (base.current) base.current.material = res.baseMat;
    };
    const sync = () => {
      const s = st.current;
      const { assetId: cur, next: nx } = latest.current;
      const old = s.fading && s.baseId && s.baseId !== cur ? s.baseId : null;
      cache.want(cur, old ? [old, ...nx] : nx);
      if (s.fading && s.baseId && !drawable(s.baseId)) endFade();
      if (s.shownId && !drawable(s.shownId)) {
        endFade();
        res.baseMat.map = res.placeholder;
        s.shownId = s.baseId = null;
        invalidate();
      }
    };
    return Object.assign(sync, { endFade, drawable });
  }, [cache, res, invalidate]);

  /** The pending mark, once its picture is drawn. */
  const flushMark = useCallback(() => {
    const s = st.current;
    if (!s.drawn || !s.mark) return;
    const mark = s.mark;
    s.mark = null;
    s.markTex = null;
    s.drawn = false;
    const soft = s.markSoft;
    performance.mark(mark, { detail: soft ? { sceneId: s.markScene, soft } : { sceneId: s.markScene } });
    latest.current.onShown({ sceneId: s.markScene, mark, time: performance.now(), ...(soft && { soft }) });
    // Only where scenes fade (not in the editor's view, nor with reduced motion): each shader
    // compiled costs a moment of the page (hundreds of ms with software WebGL).
    if (mark === 'story:first-frame' && latest.current.fade) whenIdle(() => warmFade());
    /**
     * The fade's shader, compiled and used once while nothing happens, not in the frame of the first
     * switch: one frame drawn with it, the picture mixed with itself (the same picture on screen).
     * Compiling alone is not enough: its first use still waits for the GPU to finish everything
     * (reading the program's uniforms), and a software GPU builds its pipeline at the first draw.
     */
    function warmFade() {
      const s = st.current;
      if (s.fading || gl.xr?.isPresenting) return;
      s.warmFade = true;
      invalidate();
    }
  }, [gl, invalidate]);

  // Show the scene's picture when it is ready: in the commit itself, so a preloaded picture
  // is drawn in the very next frame.
  useLayoutEffect(() => {
    let live = true;
    syncWant();
    const show = (tex: Texture | null, soft = false) => {
      if (!live) return;
      const s = st.current;
      if (!soft && s.soft && tex && s.shownId === assetId) return sharpen(tex);
      // No picture, and the placeholder is what the last frame drew: nothing to draw again.
      const same = !tex && !s.first && !s.fading && s.baseId === null && res.baseMat.map === res.placeholder && !s.mark;
      syncWant.endFade(); // a fade still running ends at once: its picture becomes the old one
      const prev = s.baseId ? syncWant.drawable(s.baseId) : null;
      if (latest.current.fade && s.fadeReady && prev && tex && s.baseId !== assetId) {
        res.fadeMat.map = tex;
        res.fadeMat.userData.from.value = prev;
        res.fadeMat.userData.mix.value = FADE_FROM;
        s.fading = true;
        s.warmFade = false; // this fade uses the shader anyway
        s.fadeStart = -1;
        if (base.current) base.current.material = res.fadeMat;
      } else {
        res.baseMat.map = tex ?? res.placeholder;
        s.baseId = tex ? assetId : null;
      }
      s.shownId = tex ? assetId : null;
      s.soft = soft;
      syncWant(); // keeps the old picture while it fits in the budget, else cuts
      // The picture is swapped in the commit: the time from a choice to here is React's work (the
      // reader's interface included); from here to the shown mark, the frame's.
      if (!s.first) performance.mark('story:picture-swapped', { detail: { sceneId: latest.current.sceneId, soft } });
      s.mark = s.first ? 'story:first-frame' : 'story:scene-shown';
      s.markScene = latest.current.sceneId;
      s.markTex = tex ?? res.placeholder;
      s.markSoft = soft;
      s.drawn = false;
      s.first = false;
      latest.current.onStatus({
        loading: false,
        error: assetId && !tex ? (cache.error(assetId) ?? 'the picture is not available') : null,
      });
      if (!same) {
        cache.holdUploads(true); // until the frame that shows it
        return invalidate();
      }
      s.drawn = true; // what it shows is on screen already: its mark now, without a frame
      flushMark();
    };
    /** The full picture takes its stand-in's place, on whichever sphere that is (no second fade). */
    const sharpen = (tex: Texture) => {
      const s = st.current;
      const standIn = cache.standIn(assetId!);
      if (res.fadeMat.map === standIn) res.fadeMat.map = tex;
      if (res.baseMat.map === standIn) res.baseMat.map = tex;
      // The stand-in was never drawn (no frame came between): the scene's mark waits for the picture.
      if (s.mark && s.markTex === standIn) {
        s.markTex = tex;
        s.markSoft = false;
      }
      s.soft = false;
      s.sharpTex = tex;
      syncWant();
      invalidate();
    };
    const ready = assetId ? cache.get(assetId) : null;
    if (!assetId || ready) show(ready);
    else {
      // Also before the player's first frame: a reader who chose before it sees the chosen scene at once.
      // (The start picture itself has no stand-in: it is never a likely next scene on arrival.)
      const standIn = cache.standIn(assetId);
      if (standIn) show(standIn, true);
      else latest.current.onStatus({ loading: true, error: null });
      // Not even the stand-in is here (a cold switch) but it is on its way: whichever comes first shows.
      const standInComing = !standIn && cache.standInLoading(assetId);
      if (standInComing) void cache.whenStandIn(assetId).then((t) => t && !cache.get(assetId) && st.current.shownId !== assetId && show(t, true));
      void cache.whenReady(assetId, !standIn && !standInComing).then((t) => show(t));
      // The rest of the picture goes up once the stand-in's first frames and the fade are drawn.
      const later = setTimeout(() => live && cache.hurry(assetId), FADE_MS + 100);
      return () => {
        live = false;
        clearTimeout(later);
      };
    }
    return () => {
      live = false;
    };
  }, [cache, assetId, arrival, res, syncWant, invalidate, flushMark]);

  // Keep preloading in step when the likely next scenes change (e.g. a choice appears).
  const nextKey = next.join('|');
  useEffect(() => syncWant(), [nextKey, syncWant]);

  // Crossfade: the new picture, already mostly there in its first frame, covers the old one.
  useFrame(() => {
    const s = st.current;
    if (s.warmFade && !s.fading && base.current) {
      res.fadeMat.map = res.fadeMat.userData.from.value = res.baseMat.map ?? res.placeholder;
      res.fadeMat.userData.mix.value = 1;
      base.current.material = res.fadeMat;
    }
    if (!s.fading) return;
    const now = performance.now();
    if (s.fadeStart < 0) s.fadeStart = now;
    const k = (now - s.fadeStart) / FADE_MS;
    if (k >= 1) {
      syncWant.endFade();
      syncWant();
    } else {
      res.fadeMat.userData.mix.value = FADE_FROM + (1 - FADE_FROM) * k * (2 - k);
    }
    invalidate();
  });

  // Marks go after the frame that drew the new picture (alone, or fading in).
  useEffect(() => {
    const mesh = base.current;
    if (mesh) mesh.onAfterRender = () => {
      const s = st.current;
      if (mesh.material === res.fadeMat) s.fadeReady = true; // drawn with it (its warm-up, or a fade)
      if (s.warmFade && mesh.material === res.fadeMat && !s.fading) {
        // The crossfade's shader has been used once: back to the picture alone.
        s.warmFade = false;
        mesh.material = res.baseMat;
        res.fadeMat.map = res.fadeMat.userData.from.value = res.placeholder;
        performance.mark('story:fade-warmed');
      }
      cache.holdUploads(false);
      const map = (mesh.material as MeshBasicMaterial).map;
      if (s.mark && map === s.markTex) s.drawn = true;
      if (s.sharpTex && map === s.sharpTex) {
        s.sharpTex = null;
        performance.mark('story:scene-sharp', { detail: { sceneId: latest.current.sceneId } });
      }
    };
    return addAfterEffect(() => flushMark());
  }, [flushMark, res, cache]);

  return <mesh ref={base} name="panorama" geometry={res.geometry} material={res.baseMat} frustumCulled={false} renderOrder={0} />;
}

/** Runs `f` when the browser has a moment (or soon, where it cannot say). */
function whenIdle(f: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 2000 });
  else setTimeout(f, 200);
}
