import { addVideoScene, setSceneVideo, setVideoEnd } from '../../story/graph/video-ops.ts';
import { setScenePanorama } from '../../story/graph/scene-media.ts';
import type { NewPhotoScene } from '../../story/graph/scene-media.ts';
import type { AssetId, SceneId } from '../../story/schema/common.ts';
import type { VideoEnd } from '../../story/schema/video.ts';
import { defineCommand } from './types.ts';

/** A scene playing a newly added 360° video (its first frame as the still picture), selected afterwards. */
export const addVideoSceneCommand = defineCommand<NewPhotoScene & { videoId: AssetId }>({
  id: 'scene.add-video',
  label: 'cmd.addVideoScene',
  run(doc, args) {
    const { story, sceneId } = addVideoScene(doc, args);
    return { story, select: { sceneId, hotspotId: null } };
  },
});

/** Puts a video in a scene, with its still picture as the panorama; or (videoId null) takes the video away. */
export const setSceneVideoCommand = defineCommand<{ sceneId: SceneId; videoId: AssetId | null; posterId?: AssetId }>({
  id: 'scene.set-video',
  label: 'cmd.setSceneVideo',
  run(doc, { sceneId, videoId, posterId }) {
    const withPoster = posterId ? setScenePanorama(doc, sceneId, posterId) : doc;
    const old = doc.scenes.find((s) => s.id === sceneId)?.video;
    return setSceneVideo(withPoster, sceneId, videoId ? { asset: videoId, end: old?.end ?? { type: 'loop' }, volume: old?.volume ?? 1 } : null);
  },
});

export const setVideoEndCommand = defineCommand<{ sceneId: SceneId; end: VideoEnd }>({
  id: 'scene.set-video-end',
  label: 'cmd.setVideoEnd',
  run: (doc, { sceneId, end }) => setVideoEnd(doc, sceneId, end),
});
