import type { Story } from '../schema/story.ts';

/** Serialises a story as stable, readable JSON (what publish writes as story.json). No zod here: the published player reads it. */
export function serializeStory(story: Story): string {
  return JSON.stringify(story, null, 2) + '\n';
}
