import { useDoc, useSession } from '../context.ts';
import { ScenePanel } from './ScenePanel.tsx';
import { StoryPanel } from './StoryPanel.tsx';

/** The right-hand panel: the selected scene (and its hotspots), or the story when nothing is selected. */
export function Inspector() {
  const story = useDoc((s) => s.story);
  const sceneId = useSession((s) => s.selection.sceneId);
  const scene = sceneId ? story.scenes.find((s) => s.id === sceneId) : undefined;
  return (
    <aside className="inspector" aria-labelledby="inspector-heading">
      {scene ? <ScenePanel story={story} scene={scene} /> : <StoryPanel story={story} />}
    </aside>
  );
}
