import { layeredLayout } from '../../story/graph/map-layout.ts';
import { defineCommand } from './types.ts';
import { setScenePositions } from '../../story/graph/scene-ops.ts';

/** Lays the whole map out again: start on the left, each step along the story one column further. */
export const tidyMapCommand = defineCommand<void>({
  id: 'map.tidy',
  label: 'cmd.tidyMap',
  run: (doc) => setScenePositions(doc, Object.fromEntries(layeredLayout(doc))),
});
