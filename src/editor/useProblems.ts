import { useEffect, useState } from 'react';
import { checkStory } from '../story/io/check-story.ts';
import type { Problem } from '../story/problems.ts';
import type { Story } from '../story/schema/story.ts';
import type { SceneProblems } from './map/StoryMap.tsx';
import { useDoc } from './context.ts';
import { whenIdle } from './idle.ts';

export interface Findings {
  problems: Problem[];
  byScene: Map<string, SceneProblems>;
  /** The story changed since it was last checked: the findings are about to be brought up to date. */
  pending: boolean;
}

/** How long typing must pause before the story is checked again. */
const QUIET_MS = 250;

/**
 * What checking the story finds: lint, and any way it would not load again (checkStory). The story
 * is checked when it opens, then again after changes, once typing pauses and the browser is idle:
 * each scene's findings are kept, so after an edit only the changed scene is checked again (a few
 * milliseconds for 2,000 scenes; from scratch it takes tens), which must not delay the frame that
 * shows a keystroke. Findings that did not change keep their objects, so the
 * map and the list stay as they are.
 */
export function useProblems(): Findings {
  const story = useDoc((s) => s.story);
  const [findings, setFindings] = useState(() => findingsOf(story, null));
  const [checkedStory, setCheckedStory] = useState(story);
  useEffect(() => {
    if (checkedStory === story) return;
    let cancelIdle = () => {};
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => {
        setFindings((prev) => findingsOf(story, prev));
        setCheckedStory(story);
      }, 1000);
    }, QUIET_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle();
    };
  }, [story, checkedStory]);
  return { ...findings, pending: checkedStory !== story };
}

function findingsOf(story: Story, prev: Omit<Findings, 'pending'> | null): Omit<Findings, 'pending'> {
  const problems = checkStory(story);
  const byScene = new Map<string, SceneProblems>();
  for (const p of problems) {
    if (!p.sceneId || p.severity === 'info') continue;
    const cur = byScene.get(p.sceneId) ?? { count: 0, errors: false };
    byScene.set(p.sceneId, { count: cur.count + 1, errors: cur.errors || p.severity === 'error' });
  }
  const next = {
    problems: prev && sameProblems(prev.problems, problems) ? prev.problems : problems,
    byScene: prev && sameCounts(prev.byScene, byScene) ? prev.byScene : byScene,
  };
  return prev && next.problems === prev.problems && next.byScene === prev.byScene ? prev : next;
}

const sameProblems = (a: readonly Problem[], b: readonly Problem[]) =>
  a.length === b.length &&
  a.every((p, i) => {
    const q = b[i]!;
    return p.code === q.code && p.message === q.message && p.path === q.path && p.severity === q.severity && p.sceneId === q.sceneId && p.hotspotId === q.hotspotId;
  });

const sameCounts = (a: ReadonlyMap<string, SceneProblems>, b: ReadonlyMap<string, SceneProblems>) =>
  a.size === b.size && [...a].every(([id, p]) => b.get(id)?.count === p.count && b.get(id)?.errors === p.errors);
