import { useRef } from 'react';
import type { SoundscapeEngine } from '../../audio/index.ts';
import type { AssetSource } from '../../storage/asset-source.ts';
import type { Scene, Story } from '../../story/schema/index.ts';
import type { PlayerEngine } from '../engine/index.ts';
import { useVideoKey } from '../chrome/VideoControls.tsx';
import { useSceneVideo, type SceneVideoState } from './useSceneVideo.ts';
import { useVideoCaption } from './useVideoCaption.ts';
import type { ActiveCaption } from '../../audio/captions.ts';

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
  /** The reader's story language, and the story's default (for the video's captions). */
  language: string;
}): { video: SceneVideoState; element: { readonly current: HTMLVideoElement | null }; caption: ActiveCaption | null } {
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
  const caption = useVideoCaption(video.element, asset, opts.language, story.meta.defaultLanguage);
  return { video, element, caption };
}
