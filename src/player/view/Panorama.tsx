import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { addAfterEffect, useFrame, useThree } from '@react-three/fiber';
import type { Mesh, Texture } from 'three';
import { createPanoramaGeometry } from './panoramaGeometry.ts';
import { createPanoramaMaterial } from './panoramaMaterial.ts';
import { createPlaceholderTexture } from './placeholderTexture.ts';
import type { PanoramaTextures } from './textures/PanoramaTextures.ts';

export const FADE_MS = 450;
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
 * The panorama sphere. A scene's picture replaces the previous one as soon as it is on the GPU
 * (the previous one stays, fading out over it, unless reduced motion is asked for). After the
 * frame that first draws a scene, it marks `story:first-frame` (the first time) or
 * `story:scene-shown` in the Performance timeline (and `story:picture-swapped` when a later scene's
 * picture is put in place).
 */
export function Panorama({ cache, sceneId, assetId, next, arrival, fade, onStatus, onShown }: Props) {
  const invalidate = useThree((s) => s.invalidate);
  const main = useRef<Mesh>(null);
  const outgoing = useRef<Mesh>(null);
  const res = useMemo(() => {
    const placeholder = createPlaceholderTexture();
    return {
      placeholder,
      geometry: createPanoramaGeometry(PANORAMA_RADIUS),
      outGeometry: createPanoramaGeometry(PANORAMA_RADIUS * 0.9),
      mainMat: createPanoramaMaterial({ map: placeholder, depthWrite: false }),
      outMat: createPanoramaMaterial({ map: placeholder, transparent: true, opacity: 0, depthWrite: false }),
    };
  }, []);
  useEffect(
    () => () => Object.values(res).forEach((r) => r.dispose()),
    [res],
  );

  const st = useRef({
    shownId: null as string | null,
    fadeId: null as string | null,
    fadeStart: -1,
    mark: null as ShownEvent['mark'] | null,
    markScene: null as string | null,
    drawn: false,
    first: true,
  });
  const latest = useRef({ next, assetId, sceneId, fade, onShown, onStatus });
  latest.current = { next, assetId, sceneId, fade, onShown, onStatus };

  /** Tells the cache what is wanted; never keeps drawing a texture the cache has let go of. */
  const syncWant = useMemo(() => {
    const endFade = () => {
      const s = st.current;
      s.fadeId = null;
      s.fadeStart = -1;
      res.outMat.map = res.placeholder;
      res.outMat.opacity = 0;
      if (outgoing.current) outgoing.current.visible = false;
    };
    const sync = () => {
      const s = st.current;
      const { assetId: cur, next: nx } = latest.current;
      cache.want(cur, s.fadeId && s.fadeId !== cur ? [s.fadeId, ...nx] : nx);
      if (s.fadeId && !cache.get(s.fadeId)) endFade();
      if (s.shownId && !cache.get(s.shownId)) {
        res.mainMat.map = res.placeholder;
        s.shownId = null;
        invalidate();
      }
    };
    return Object.assign(sync, { endFade });
  }, [cache, res, invalidate]);

  // Show the scene's picture when it is ready: in the commit itself, so a preloaded picture
  // is drawn in the very next frame.
  useLayoutEffect(() => {
    let live = true;
    syncWant();
    const show = (tex: Texture | null) => {
      if (!live) return;
      const s = st.current;
      const prev = s.shownId ? cache.get(s.shownId) : null;
      if (latest.current.fade && prev && s.shownId !== assetId) {
        s.fadeId = s.shownId;
        s.fadeStart = -1;
        res.outMat.map = prev;
        res.outMat.opacity = 1;
        if (outgoing.current) outgoing.current.visible = true;
        syncWant(); // keeps the outgoing texture while it fits in the budget, else cuts
      } else {
        syncWant.endFade();
      }
      res.mainMat.map = tex ?? res.placeholder;
      s.shownId = tex ? assetId : null;
      // The picture is swapped in the commit: the time from a choice to here is React's work (the
      // reader's interface included); from here to the shown mark, the frame's.
      if (!s.first) performance.mark('story:picture-swapped', { detail: { sceneId: latest.current.sceneId } });
      s.mark = s.first ? 'story:first-frame' : 'story:scene-shown';
      s.markScene = latest.current.sceneId;
      s.first = false;
      latest.current.onStatus({
        loading: false,
        error: assetId && !tex ? (cache.error(assetId) ?? 'the picture is not available') : null,
      });
      invalidate();
    };
    const ready = assetId ? cache.get(assetId) : null;
    if (!assetId || ready) show(ready);
    else {
      latest.current.onStatus({ loading: true, error: null });
      void cache.whenReady(assetId).then(show);
    }
    return () => {
      live = false;
    };
  }, [cache, assetId, arrival, res, syncWant, invalidate]);

  // Keep preloading in step when the likely next scenes change (e.g. a choice appears).
  const nextKey = next.join('|');
  useEffect(() => syncWant(), [nextKey, syncWant]);

  // Crossfade: the outgoing picture fades away over the new one.
  useFrame(() => {
    const s = st.current;
    if (!s.fadeId) return;
    const now = performance.now();
    if (s.fadeStart < 0) s.fadeStart = now;
    const k = (now - s.fadeStart) / FADE_MS;
    if (k >= 1) {
      syncWant.endFade();
      syncWant();
    } else {
      res.outMat.opacity = 1 - k * k * (3 - 2 * k);
    }
    invalidate();
  });

  // Marks go after the frame that drew the new picture.
  useEffect(() => {
    const mesh = main.current;
    if (mesh) mesh.onAfterRender = () => {
      if (st.current.mark) st.current.drawn = true;
    };
    return addAfterEffect(() => {
      const s = st.current;
      if (!s.drawn || !s.mark) return;
      const mark = s.mark;
      s.mark = null;
      s.drawn = false;
      performance.mark(mark, { detail: { sceneId: s.markScene } });
      latest.current.onShown({ sceneId: s.markScene, mark, time: performance.now() });
    });
  }, []);

  return (
    <>
      <mesh ref={main} name="panorama" geometry={res.geometry} material={res.mainMat} frustumCulled={false} renderOrder={0} />
      <mesh ref={outgoing} name="panorama:outgoing" geometry={res.outGeometry} material={res.outMat} frustumCulled={false} renderOrder={1} visible={false} />
    </>
  );
}
