import type { Story } from '../schema/story.ts';

/**
 * Stories whose hotspot ids and sound ids are known to be unique story-wide: those loadStory has
 * just returned (repair gives an id used twice a new one, for hotspots and sounds across all
 * scenes, before the story is validated). Lint then skips its own story-wide id maps, which for
 * 2,000 scenes are some 8,000 map lookups (about a third of lint's time) that can find nothing.
 * Like checked-scenes.ts, this holds while the story object is not changed in place: the editor
 * never does (an edit makes a new story object, which is checked whole).
 */
const known = new WeakSet<Story>();

/** Remembers a story whose hotspot and sound ids were just made unique (loadStory). */
export function rememberUniqueIds(story: Story): void {
  known.add(story);
}

/** True when this story object's hotspot and sound ids are known to be unique. */
export const idsKnownUnique = (story: Story): boolean => known.has(story);
