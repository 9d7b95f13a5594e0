import { addScene } from '../../story/graph/ops.ts';
import { freeSpot } from '../map/layout.ts';
import { defineCommand } from './types.ts';
import { updateScene } from './scene-ops.ts';

/** A new scene showing a photo, titled from its file name ("my-street.jpg" -> "my street"). */
export const addPhotoSceneCommand = defineCommand<{ assetId: string; title: string; northOffset: number; near?: string | null }>({
  id: 'scene.add-photo',
  label: 'cmd.addPhotoScene',
  run(doc, { assetId, title, northOffset, near }) {
    const lang = doc.meta.defaultLanguage;
    const map = freeSpot(doc, near);
    const { story, sceneId } = addScene(doc, {
      ...(title ? { title: { [lang]: title } } : {}),
      panorama: assetId,
      northOffset,
      map: { x: Math.round(map.x), y: Math.round(map.y) },
    });
    return { story: story.startSceneId ? story : { ...story, startSceneId: sceneId }, select: { sceneId, hotspotId: null } };
  },
});

/** Chooses (or, with null, takes away) the scene's 360° picture; a photosphere brings its north. */
export const setScenePanoramaCommand = defineCommand<{ sceneId: string; assetId: string | null; northOffset?: number }>({
  id: 'scene.set-panorama',
  label: 'cmd.setScenePanorama',
  run: (doc, { sceneId, assetId, northOffset }) =>
    updateScene(doc, sceneId, (s) =>
      s.panorama === assetId && (northOffset === undefined || s.northOffset === northOffset)
        ? s
        : { ...s, panorama: assetId, ...(northOffset !== undefined ? { northOffset } : {}) },
    ),
});

/** "my_street-2024.jpg" -> "my street 2024": a first title people can change. */
export function titleFromFileName(name: string): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return base.slice(0, 200);
}
