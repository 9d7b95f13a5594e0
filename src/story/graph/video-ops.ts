import type { AssetId, SceneId } from '../schema/common.ts';
import type { Story } from '../schema/story.ts';
import type { SceneVideo, VideoEnd } from '../schema/video.ts';
import { addPhotoScene, type NewPhotoScene } from './scene-media.ts';
import { updateScene } from './scene-ops.ts';

/** Gives a scene a video (its panorama stays: the poster), or with null takes the video away. */
export function setSceneVideo(doc: Story, sceneId: SceneId, video: SceneVideo | null): Story {
  return updateScene(doc, sceneId, (s) => {
    const { video: _old, ...rest } = s;
    return video ? { ...rest, video } : rest;
  });
}

/** What happens when the scene's video ends. */
export function setVideoEnd(doc: Story, sceneId: SceneId, end: VideoEnd): Story {
  return updateScene(doc, sceneId, (s) => (s.video ? { ...s, video: { ...s.video, end } } : s));
}

/** A scene that plays a newly added video, its poster as the panorama (in a blank scene when there is one). */
export function addVideoScene(doc: Story, args: NewPhotoScene & { videoId: AssetId }): { story: Story; sceneId: SceneId } {
  const { story, sceneId } = addPhotoScene(doc, args);
  return { story: setSceneVideo(story, sceneId, { asset: args.videoId, end: { type: 'loop' }, volume: 1 }), sceneId };
}
