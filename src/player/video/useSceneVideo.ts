import { useCallback, useEffect, useState } from 'react';
import type { SoundscapeEngine } from '../../audio/index.ts';
import type { AssetSource } from '../../storage/asset-source.ts';
import type { SceneVideo } from '../../story/schema/index.ts';
import { returnEarlyVideo, takeEarlyVideo } from './earlyVideo.ts';
import { restartEarly } from './restartEarly.ts';
import { VolumeGlide, videoVolume } from './video-mix.ts';

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
  /** Its length as measured when it was added (seconds; browser recordings may not say it themselves). */
  knownLength: number;
  toggle(): void;
  play(): void;
  /** Moves to `seconds` (kept playing or paused as it was; a video at its end stays paused there). */
  seek(seconds: number): void;
}

const NONE: SceneVideoState = { element: null, phase: 'loading', hasFrame: false, knownLength: 0, toggle() {}, play() {}, seek() {} };

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
  /** The video's length as the story records it (seconds). */
  knownLength?: number;
  held: boolean;
  onEnded(): void;
  /** Where the video is (seconds), as it plays, loops or is paused; null when it cannot play. */
  onTime?(seconds: number | null): void;
}): SceneVideoState {
  const { video, arrival, assets, audio, held, onEnded, onTime, knownLength = 0 } = opts;
  const [state, setState] = useState<{ key: string; element: HTMLVideoElement; phase: VideoPhase; hasFrame: boolean } | null>(null);
  const assetId = video?.asset;
  const loop = video?.end.type === 'loop';
  const key = assetId ? `${arrival}:${assetId}` : '';
  // The end callback is read when the video ends, never a reason to restart it.
  const onEndedRef = useLatest(onEnded);
  const onTimeRef = useLatest(onTime);

  useEffect(() => {
    if (!assetId) return;
    // A published page's first script may have started this video already (earlyVideo.ts).
    const taken = takeEarlyVideo(assetId, key);
    const early = taken?.element ?? null;
    const el = early ?? document.createElement('video');
    el.playsInline = true;
    el.preload = 'auto';
    el.loop = loop;
    el.setAttribute('playsinline', '');
    el.setAttribute('webkit-playsinline', '');
    let live = true;
    // Every listener of this arrival goes with it: an early element is given back and taken again.
    const listening = new AbortController();
    const on = (type: string, fn: () => void) => el.addEventListener(type, fn, { signal: listening.signal });
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
    on('timeupdate', time);
    on('seeked', time);
    on('loadeddata', () => {
      if (!early) performance.mark('story:video-loaded', { detail: { assetId } });
      set({ hasFrame: true });
    });
    on('playing', () => set({ phase: 'playing' }));
    on('ended', () => {
      set({ phase: 'ended' });
      if (live) onEndedRef.current();
    });
    on('error', fail);
    if (early) {
      // Its events so far happened before these listeners: read where it is instead.
      if (early.error) fail();
      else {
        if (taken?.revisit) restartEarly(early, on, () => set({ hasFrame: true }));
        else if (early.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) set({ hasFrame: true });
        start();
      }
    } else {
      void assets.getUrl(assetId).then(
        (url) => {
          if (!live) return;
          if (!url) return fail();
          performance.mark('story:video-requested', { detail: { assetId } });
          el.src = url;
          start();
        },
        () => fail(),
      );
    }
    return () => {
      live = false;
      listening.abort();
      if (early && !early.error) return returnEarlyVideo(assetId, early);
      el.pause();
      el.removeAttribute('src');
      el.load(); // lets the decoder and its buffers go at once
    };
  }, [assetId, key, loop, assets, onEndedRef, onTimeRef]);

  // Its sound: the scene's level for it under the master volume, lowered while narration speaks
  // (as the beds are), silent when muted or held.
  const element = state?.key === key ? state.element : null;
  const level = video?.volume ?? 1;
  useEffect(() => {
    if (!element) return;
    const glide = new VolumeGlide(element);
    const apply = (seconds = 0) => {
      glide.to(videoVolume(level, audio ? audio.volume : 1, audio ? audio.duck.level : 1), seconds);
      element.muted = held || (audio ? audio.muted : false);
    };
    apply();
    const offVolume = audio?.onVolumeChange(() => apply());
    const offDuck = audio?.onDuck((d) => apply(d.seconds));
    return () => {
      offVolume?.();
      offDuck?.();
      glide.stop();
    };
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

  const seek = useCallback(
    (seconds: number) => {
      if (!element || !Number.isFinite(seconds)) return;
      element.currentTime = Math.max(0, seconds);
      setState((s) => (s && s.element === element && s.phase === 'ended' ? { ...s, phase: 'paused' } : s));
    },
    [element],
  );

  if (!element || !state) return NONE;
  return { element, phase: state.phase, hasFrame: state.hasFrame, knownLength, toggle, play, seek };
}

function useLatest<T>(value: T): { readonly current: T } {
  const [ref] = useState(() => ({ current: value }));
  ref.current = value;
  return ref;
}
