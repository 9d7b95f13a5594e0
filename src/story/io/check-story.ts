import { z } from 'zod';
import { Scene } from '../schema/scene.ts';
import { Story } from '../schema/story.ts';
import type { Problem } from '../problems.ts';
import { lintStoryKept } from '../graph/lint-memo.ts';
import { explainIssues } from './explain.ts';
import { sceneCheckedBefore } from './checked-scenes.ts';

/**
 * The editor's check after every change: is the story still a valid document (what loadStory would
 * say of it, as errors), and lint. Both keep what they found for each scene object, so after an edit
 * to one scene only that scene is checked again (the editor's story is immutable: an edit makes
 * new objects only along its path). Objects must not be changed in place once checked. The scenes of
 * a story loadStory returned were checked there (checked-scenes.ts): they are not checked again.
 */

type Issue = z.core.$ZodIssue;

/** The story without its scenes' contents (each scene is checked on its own, and kept). */
const StoryShell = Story.extend({ scenes: z.array(z.unknown()).max(5000) });
const SHELL_KEYS = Object.keys(Story.shape);
const SCENES_AT = SHELL_KEYS.indexOf('scenes');

const keptIssues = new WeakMap<object, readonly Issue[]>();

function sceneIssues(scene: unknown, index: number): Issue[] {
  const isObject = typeof scene === 'object' && scene !== null;
  let issues = isObject ? keptIssues.get(scene) : undefined;
  if (!issues && isObject && sceneCheckedBefore(scene)) return [];
  if (!issues) {
    const r = Scene.safeParse(scene);
    issues = r.success ? [] : r.error.issues;
    if (isObject) keptIssues.set(scene, issues);
  }
  return issues.map((i) => ({ ...i, path: ['scenes', index, ...i.path] }));
}

/** The issues of `Story.safeParse(doc)`, the same and in the same order, checking only scenes not seen before. */
export function storyIssues(doc: unknown): Issue[] {
  const scenes = typeof doc === 'object' && doc !== null ? (doc as { scenes?: unknown }).scenes : undefined;
  if (!Array.isArray(scenes) || scenes.length > 5000) {
    const r = Story.safeParse(doc);
    return r.success ? [] : r.error.issues;
  }
  const shell = StoryShell.safeParse(doc);
  const outside = shell.success ? [] : shell.error.issues;
  // zod reports the fields in the order of the schema's keys: those before "scenes", the scenes, the rest.
  const before = (i: Issue) => i.path.length > 0 && SHELL_KEYS.indexOf(String(i.path[0])) < SCENES_AT;
  const out = outside.filter(before);
  scenes.forEach((s, i) => {
    for (const issue of sceneIssues(s, i)) out.push(issue);
  });
  for (const issue of outside) if (!before(issue)) out.push(issue);
  return out;
}

/** Validation errors (in loadStory's words), then lint's findings: the same as checking the story from scratch. */
export function checkStory(story: Story): Problem[] {
  const issues = storyIssues(story);
  const lint = lintStoryKept(story);
  return issues.length ? [...explainIssues(issues, story), ...lint] : lint;
}
