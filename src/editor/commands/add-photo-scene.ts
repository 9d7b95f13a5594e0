import { addPhotoScene, type NewPhotoScene } from '../../story/graph/scene-media.ts';
import { defineCommand } from './types.ts';

/** A scene showing a newly added photo (in a blank scene when there is one), selected afterwards. */
export const addPhotoSceneCommand = defineCommand<NewPhotoScene>({
  id: 'scene.add-photo',
  label: 'cmd.addPhotoScene',
  run(doc, args) {
    const { story, sceneId } = addPhotoScene(doc, args);
    return { story, select: { sceneId, hotspotId: null } };
  },
});
