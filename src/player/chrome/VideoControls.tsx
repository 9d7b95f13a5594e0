import { useEffect } from 'react';
import { Icon } from '../../ui/icons.tsx';
import { ui } from '../../i18n/player.ts';
import type { SceneVideoState } from '../video/useSceneVideo.ts';
import { jumpKey, videoLength } from '../video/seek-keys.ts';

/** Pause/play for the scene's video: a real button, named for what it does now. */
export function VideoButton({ video }: { video: SceneVideoState }) {
  if (!video.element || video.phase === 'failed' || video.phase === 'blocked') return null;
  const playing = video.phase === 'playing' || video.phase === 'loading';
  const label = ui(playing ? 'player.videoPause' : 'player.videoPlay');
  return (
    <button type="button" className="ssp-round" data-video-toggle aria-label={label} title={`${label} (K)`} onClick={video.toggle}>
      <Icon name={playing ? 'pause' : 'play'} size="1.5em" />
    </button>
  );
}

/**
 * Where the browser refuses to start a video by itself (phones, a first visit): one big button
 * over the view. Where it cannot play at all: a note that the still picture is what there is.
 */
export function VideoNotice({ video, onTap }: { video: SceneVideoState; onTap(): void }) {
  if (video.phase === 'blocked') {
    return (
      <button type="button" className="ssp-button ssp-primary ssp-video-tap" onClick={onTap}>
        <Icon name="play" size="1.5em" /> {ui('player.videoTapToPlay')}
      </button>
    );
  }
  if (video.phase === 'failed') {
    return (
      <p className="ssp-video-note ssp-panel" role="status">
        {ui('player.videoFailed')}
      </p>
    );
  }
  return null;
}

/**
 * K pauses and plays the video, J and L jump 10 s back and on (as on video sites), unless the
 * reader is typing.
 */
export function useVideoKey(video: SceneVideoState): void {
  const { element, toggle, seek, knownLength, phase } = video;
  const usable = phase !== 'failed' && phase !== 'blocked';
  useEffect(() => {
    if (!element || !usable) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      if (e.key === 'k' || e.key === 'K') {
        e.preventDefault();
        toggle();
        return;
      }
      const to = jumpKey(e.key, element.currentTime, videoLength(element.duration, knownLength));
      if (to === null) return;
      e.preventDefault();
      seek(to);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [element, usable, toggle, seek, knownLength]);
}
