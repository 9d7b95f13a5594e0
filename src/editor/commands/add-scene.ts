import type { MapPosition, SceneId } from '../../story/schema/common.ts';
import { addScene } from '../../story/graph/ops.ts';
import { freeSpot } from '../../story/graph/map-layout.ts';
import { defineCommand } from './types.ts';

export const addSceneCommand = defineCommand<{ title?: string; at?: MapPosition; near?: SceneId | null } | undefined>({
  id: 'scene.add',
  label: 'cmd.addScene',
  keys: ['Alt+Shift+N'],
  run(doc, args = {}) {
    const lang = doc.meta.defaultLanguage;
    const map = args.at ?? freeSpot(doc, args.near);
    const { story, sceneId } = addScene(doc, {
      ...(args.title ? { title: { [lang]: args.title } } : {}),
      map: { x: Math.round(map.x), y: Math.round(map.y) },
    });
    return { story, select: { sceneId, hotspotId: null } };
  },
});
