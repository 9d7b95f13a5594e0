import type { Story } from '../schema/story.ts';

/**
 * Scene objects known to be valid documents: those of a story loadStory has just checked whole
 * (zod's own output). checkStory then keeps "no problems" for them instead of checking each scene
 * again, so a story opened in the editor is validated once, not twice. Like checkStory's own
 * memory, this holds only while those objects are not changed in place (the editor never does).
 */
const valid = new WeakSet<object>();

/** Remembers every scene of a story that was just validated whole. */
export function rememberCheckedScenes(story: Story): void {
  for (const s of story.scenes) valid.add(s);
}

/** True when this scene object came out of a validated story. */
export const sceneCheckedBefore = (scene: object): boolean => valid.has(scene);
