import { useCallback, useEffect, useState } from 'react';
import type { SoundscapeEngine } from '../../audio/index.ts';
import type { AssetSource } from '../../storage/asset-source.ts';
import type { SceneVideo } from '../../story/schema/index.ts';

/**
 * Where a scene's video is: 'loading' (the poster shows), 'playing', 'paused' (by the reader),
 * 'blocked' (the browser wants a tap before it plays), 'ended' (stopped on its last frame), or
 * 'failed' (it cannot play here: the poster stays).
 */
export type VideoPhase = 'loading' | 'playing' | 'paused' | 'blocked' | 'ended' | 'failed';

export interface SceneVideoState {
  /** The element whose frames the sphere draws (null in a scene without video). */
  element: HTMLVideoElement | null;
  phase: VideoPhase;
  /** Has a frame to draw (the poster is covered from then on). */
  hasFrame: boolean;
  toggle(): void;
  play(): void;
}

const NONE: SceneVideoState = { element: null, phase: 'loading', hasFrame: false, toggle() {}, play() {} };

/**
 * The HTMLVideoElement of the current scene's video: one per arrival, started at once, looping or
 * reporting its end (`onEnded`, also when it cannot play, so the story never gets stuck). Its own
 * sound follows the story's master volume and mute (and a guide's pause).
 */
export function useSceneVideo(opts: {
  video: SceneVideo | undefined;
  arrival: number;
  assets: AssetSource;
  audio: SoundscapeEngine | null;
  held: boolean;
  onEnded(): void;
  /** Where the video is (seconds), as it plays, loops or is paused; null when it cannot play. */
  onTime?(seconds: number | null): void;
}): SceneVideoState {
  const { video, arrival, assets, audio, held, onEnded, onTime } = opts;
  const [state, setState] = useState<{ key: string; element: HTMLVideoElement; phase: VideoPhase; hasFrame: boolean } | null>(null);
  const assetId = video?.asset;
  const loop = video?.end.type === 'loop';
  const key = assetId ? `${arrival}:${assetId}` : '';
  // The end callback is read when the video ends, never a reason to restart it.
  const onEndedRef = useLatest(onEnded);
  const onTimeRef = useLatest(onTime);

  useEffect(() => {
    if (!assetId) return;
    const el = document.createElement('video');
    el.playsInline = true;
    el.preload = 'auto';
    el.loop = loop;
    el.setAttribute('playsinline', '');
    el.setAttribute('webkit-playsinline', '');
    let live = true;
    const set = (patch: Partial<{ phase: VideoPhase; hasFrame: boolean }>) =>
      live && setState((s) => (s && s.key === key ? { ...s, ...patch } : { key, element: el, phase: 'loading', hasFrame: false, ...patch }));
    set({});
    const start = () => {
      el.play().then(
        () => set({ phase: 'playing' }),
        (e: unknown) => {
          if (!live) return;
          if (e instanceof DOMException && e.name === 'NotAllowedError') set({ phase: 'blocked' });
          else if (e instanceof DOMException && e.name === 'AbortError') return;
          else fail();
        },
      );
    };
    const fail = () => {
      set({ phase: 'failed' });
      if (!live) return;
      onTimeRef.current?.(null);
      onEndedRef.current();
    };
    const time = () => live && onTimeRef.current?.(el.currentTime);
    el.addEventListener('timeupdate', time);
    el.addEventListener('seeked', time);
    el.addEventListener('loadeddata', () => set({ hasFrame: true }));
    el.addEventListener('playing', () => set({ phase: 'playing' }));
    el.addEventListener('ended', () => {
      set({ phase: 'ended' });
      if (live) onEndedRef.current();
    });
    el.addEventListener('error', fail);
    void assets.getUrl(assetId).then(
      (url) => {
        if (!live) return;
        if (!url) return fail();
        el.src = url;
        start();
      },
      () => fail(),
    );
    return () => {
      live = false;
      el.pause();
      el.removeAttribute('src');
      el.load(); // lets the decoder and its buffers go at once
    };
  }, [assetId, key, loop, assets, onEndedRef, onTimeRef]);

  // Its sound: the scene's level for it under the master volume, silent when muted or held.
  const element = state?.key === key ? state.element : null;
  const level = video?.volume ?? 1;
  useEffect(() => {
    if (!element) return;
    const apply = () => {
      element.volume = Math.max(0, Math.min(1, level * (audio ? audio.volume : 1)));
      element.muted = held || (audio ? audio.muted : false);
    };
    apply();
    return audio?.onVolumeChange(apply);
  }, [element, level, audio, held]);
  useEffect(() => {
    if (element && held) element.pause();
  }, [element, held]);

  const play = useCallback(() => {
    if (!element) return;
    if (element.ended) element.currentTime = 0;
    void element.play().then(
      () => setState((s) => (s && s.element === element ? { ...s, phase: 'playing' } : s)),
      () => {},
    );
  }, [element]);
  const toggle = useCallback(() => {
    if (!element) return;
    if (element.paused) play();
    else {
      element.pause();
      setState((s) => (s && s.element === element ? { ...s, phase: 'paused' } : s));
    }
  }, [element, play]);

  if (!element || !state) return NONE;
  return { element, phase: state.phase, hasFrame: state.hasFrame, toggle, play };
}

function useLatest<T>(value: T): { readonly current: T } {
  const [ref] = useState(() => ({ current: value }));
  ref.current = value;
  return ref;
}
