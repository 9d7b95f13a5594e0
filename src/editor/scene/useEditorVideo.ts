import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AssetSource } from '../../storage/asset-source.ts';

export interface EditorVideo {
  /** The scene's video, paused (the editing view draws its frame); null in a scene without one. */
  element: HTMLVideoElement | null;
  /** Has a frame to draw (the poster shows until then). */
  hasFrame: boolean;
  /** Shows the frame at `seconds` (the video stays paused). */
  seek(seconds: number): void;
}

/**
 * The editing view's copy of a video scene's video: never playing and silent, so the author can
 * stop it on a frame (the timeline's playhead) and place hotspots on what is seen then.
 */
export function useEditorVideo(assetId: string | null, assets: AssetSource): EditorVideo {
  const element = useMemo(() => {
    if (!assetId) return null;
    const el = document.createElement('video');
    el.muted = true;
    el.playsInline = true;
    el.preload = 'auto';
    return el;
  }, [assetId]);
  const [framed, setFramed] = useState<HTMLVideoElement | null>(null);
  useEffect(() => {
    if (!element || !assetId) return;
    let live = true;
    const onData = () => live && setFramed(element);
    element.addEventListener('loadeddata', onData);
    void assets.getUrl(assetId).then((url) => {
      if (live && url) element.src = url;
    });
    return () => {
      live = false;
      element.removeEventListener('loadeddata', onData);
      element.removeAttribute('src');
      element.load(); // lets the decoder and its buffers go at once
    };
  }, [element, assetId, assets]);
  const seek = useCallback(
    (seconds: number) => {
      if (!element || !Number.isFinite(seconds)) return;
      element.pause();
      element.currentTime = Math.max(0, seconds);
    },
    [element],
  );
  return { element, hasFrame: element !== null && framed === element, seek };
}
