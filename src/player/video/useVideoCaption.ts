import { useEffect, useMemo, useState } from 'react';
import type { ActiveCaption } from '../../audio/captions.ts';
import type { Asset } from '../../story/schema/index.ts';
import { sameCaption, videoCaptionAt, videoCaptionTrack } from './video-captions.ts';

/** How often the caption is checked while the video plays (timeupdate alone comes only ~4 times a second). */
const TICK_MS = 100;

/**
 * The caption of the scene's video showing now, in the reader's language (else the story's), kept
 * in time as it plays, pauses and is moved.
 */
export function useVideoCaption(element: HTMLVideoElement | null, asset: Asset | undefined, language: string, fallback: string): ActiveCaption | null {
  const captions = asset?.kind === 'video' ? asset.captions : undefined;
  const track = useMemo(() => videoCaptionTrack(captions, language, fallback), [captions, language, fallback]);
  const [caption, setCaption] = useState<ActiveCaption | null>(null);
  useEffect(() => {
    const check = () => {
      const next = element ? videoCaptionAt(track, element.currentTime) : null;
      setCaption((c) => (sameCaption(c, next) ? c : next));
    };
    check();
    if (!element || !track) return;
    const events = ['timeupdate', 'seeked', 'play', 'pause'];
    for (const e of events) element.addEventListener(e, check);
    const tick = setInterval(() => !element.paused && check(), TICK_MS);
    return () => {
      clearInterval(tick);
      for (const e of events) element.removeEventListener(e, check);
    };
  }, [element, track]);
  return caption;
}
