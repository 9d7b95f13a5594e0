import type { KeyboardEvent } from 'react';
import { ui } from '../../i18n/player.ts';
import { formatClock } from '../../story/video-time.ts';
import { sliderSeek, videoLength } from '../video/seek-keys.ts';
import type { SceneVideoState } from '../video/useSceneVideo.ts';
import { useVideoTime } from '../video/useVideoTime.ts';

const clock = (s: number) => formatClock(Math.floor(s));

/**
 * The video's position: a slider (drag or tap on it; arrows 5 s, Page Up/Down 10 s, Home/End) that
 * screen readers read as "0:12 of 1:30", with the times written beside it.
 */
export function VideoSeek({ video }: { video: SceneVideoState }) {
  const { element, seek } = video;
  const time = useVideoTime(element);
  if (!element || video.phase === 'failed' || video.phase === 'blocked') return null;
  const length = videoLength(element.duration, video.knownLength);
  if (!(length > 0)) return null;
  const now = Math.min(time, length);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
    const to = sliderSeek(e.key, element.currentTime, length, rtl);
    if (to === null) return;
    e.preventDefault();
    seek(to);
  };
  return (
    <div className="ssp-video-seek ssp-panel" data-video-seek>
      <span className="ssp-video-clock" aria-hidden="true">
        {clock(now)}
      </span>
      <input
        type="range"
        min={0}
        max={length}
        step={0.1}
        value={now}
        aria-label={ui('player.videoPosition')}
        aria-valuetext={ui('player.videoTimeOf', { time: clock(now), length: clock(length) })}
        onChange={(e) => seek(Number(e.target.value))}
        onKeyDown={onKeyDown}
      />
      <span className="ssp-video-clock" aria-hidden="true">
        {clock(length)}
      </span>
    </div>
  );
}
