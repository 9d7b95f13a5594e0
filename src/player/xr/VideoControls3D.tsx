import { ui } from '../../i18n/player.ts';
import { formatClock } from '../../story/video-time.ts';
import { Slider3D } from '../../xr/r3f/ui/Slider3D.tsx';
import { Button3D } from '../../xr/r3f/ui/widgets.tsx';
import { videoLength } from '../video/seek-keys.ts';
import { useVideoTime } from '../video/useVideoTime.ts';
import type { XRVideo } from './types.ts';

type Vec3 = [number, number, number];

/** A video the reader can pause and move through: it has an element, and it plays (or could). */
export function usableVideo(video: XRVideo | null | undefined): video is XRVideo & { element: HTMLVideoElement } {
  return !!video?.element && video.phase !== 'failed';
}

const playing = (video: XRVideo) => video.phase === 'playing' || video.phase === 'loading';

/** Pause/play for the scene's video in the headset, named for what it does now (as the page's K button). */
export function VideoToggle3D({ video, width, height, position }: { video: XRVideo; width: number; height: number; position: Vec3 }) {
  const label = ui(playing(video) ? 'player.videoPause' : 'player.videoPlay');
  return <Button3D id="video-toggle" label={label} width={width} height={height} fontSize={0.046} position={position} onSelect={video.toggle} />;
}

const clock = (s: number) => formatClock(Math.floor(s));

/**
 * Where the video is, as a world-space slider: pull it along with a controller or hand ray, or step
 * with − and + (1 s in a short video, 5 s in a long one); its words say "0:12 of 1:30".
 */
export function VideoPosition3D({ video, width, position }: { video: XRVideo & { element: HTMLVideoElement }; width: number; position: Vec3 }) {
  const time = useVideoTime(video.element);
  const length = videoLength(video.element.duration, video.knownLength);
  if (!(length > 0)) return null;
  const step = length >= 60 ? 5 : 1;
  return (
    <Slider3D
      id="video-position"
      label={ui('player.videoPosition')}
      value={Math.min(time, length)}
      min={0}
      max={length}
      step={step}
      width={width}
      position={position}
      format={(v) => ui('player.videoTimeOf', { time: clock(v), length: clock(length) })}
      onChange={video.seek}
      onCommit={video.seek}
    />
  );
}
