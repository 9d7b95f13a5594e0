import type { AssetId, SceneId } from '../schema/common.ts';
import type { Scene } from '../schema/scene.ts';
import type { Story } from '../schema/story.ts';
import { addScene } from './ops.ts';
import { freeSpot } from './map-layout.ts';
import { updateScene } from './scene-ops.ts';

/** The model's first title for a scene ("Scene 3", see graph/ops.ts addScene), or none. */
const DEFAULT_TITLE = /^Scene \d+$/;

/**
 * A scene nobody has done anything with yet: no picture, sound, hotspot or ending, nothing leads to
 * it, and it still has its first title (a new story's "Scene 1", or one added on the map and left).
 */
export function blankScene(story: Story): Scene | undefined {
  const lang = story.meta.defaultLanguage;
  const linked = new Set(story.scenes.flatMap((s) => s.hotspots.flatMap((h) => (h.action.type === 'goto' ? [h.action.sceneId] : []))));
  return story.scenes.find((s) => {
    const { beds, sources, narration } = s.soundscape;
    const title = s.title[lang] ?? '';
    return (
      s.panorama === null && !s.hotspots.length && !beds.length && !sources.length && !narration && !s.ending && !linked.has(s.id) && (title === '' || DEFAULT_TITLE.test(title))
    );
  });
}

export interface NewPhotoScene {
  assetId: AssetId;
  title: string;
  northOffset: number;
  /** Put a new scene next to this one on the map. */
  near?: SceneId | null;
}

/**
 * A scene showing a photo, titled from its file name ("my-street.jpg" -> "my street"). The photo
 * goes into a blank scene when there is one (a new story's empty "Scene 1"), else into a new scene
 * (which becomes the start when the story has none).
 */
export function addPhotoScene(doc: Story, { assetId, title, northOffset, near }: NewPhotoScene): { story: Story; sceneId: SceneId } {
  const lang = doc.meta.defaultLanguage;
  const blank = blankScene(doc);
  if (blank) {
    const story = updateScene(doc, blank.id, (s) => ({ ...s, panorama: assetId, northOffset, ...(title ? { title: { ...s.title, [lang]: title } } : {}) }));
    return { story, sceneId: blank.id };
  }
  const map = freeSpot(doc, near);
  const { story, sceneId } = addScene(doc, {
    ...(title ? { title: { [lang]: title } } : {}),
    panorama: assetId,
    northOffset,
    map: { x: Math.round(map.x), y: Math.round(map.y) },
  });
  return { story: story.startSceneId ? story : { ...story, startSceneId: sceneId }, sceneId };
}

/** Chooses (or, with null, takes away) the scene's 360° picture; a photosphere brings its north. */
export const setScenePanorama = (story: Story, sceneId: SceneId, assetId: AssetId | null, northOffset?: number): Story =>
  updateScene(story, sceneId, (s) =>
    s.panorama === assetId && (northOffset === undefined || s.northOffset === northOffset)
      ? s
      : { ...s, panorama: assetId, ...(northOffset !== undefined ? { northOffset } : {}) },
  );

/** "my_street-2024.jpg" -> "my street 2024": a first title people can change. */
export function titleFromFileName(name: string): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return base.slice(0, 200);
}
