import { useRef } from 'react';
import type { SoundscapeEngine } from '../../audio/index.ts';
import type { AssetSource } from '../../storage/asset-source.ts';
import type { Scene, Story } from '../../story/schema/index.ts';
import type { PlayerEngine } from '../engine/index.ts';
import { useVideoKey } from '../chrome/VideoControls.tsx';
import { useSceneVideo, type SceneVideoState } from './useSceneVideo.ts';

/**
 * The player's side of the current scene's video: it plays, reports its time and end to the
 * engine, answers K/J/L, and is readable by the debug handle (`element.current`).
 */
export function usePlayerVideo(opts: {
  story: Story;
  scene: Scene | null;
  arrival: number;
  assets: AssetSource;
  audio: SoundscapeEngine | null;
  held: boolean;
  engine: PlayerEngine;
}): { video: SceneVideoState; element: { readonly current: HTMLVideoElement | null } } {
  const { story, scene, engine } = opts;
  const asset = scene?.video ? story.assets.find((a) => a.id === scene.video!.asset) : undefined;
  const video = useSceneVideo({
    video: scene?.video,
    arrival: opts.arrival,
    assets: opts.assets,
    audio: opts.audio,
    held: opts.held,
    knownLength: asset?.kind === 'video' ? asset.duration : 0,
    onEnded: () => engine.videoEnded(),
    onTime: (t) => engine.videoTime(t),
  });
  useVideoKey(video);
  const element = useRef<HTMLVideoElement | null>(null);
  element.current = video.element;
  return { video, element };
}
