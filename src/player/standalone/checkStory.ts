/**
 * The full check of story.json: migrations, repairs and the story schema (zod). A chunk of its own
 * (loaded with import()), so a story as publish wrote it plays without waiting for it: see
 * quickStory.ts and StandalonePlayer.tsx.
 */
import { loadStory } from '../../story/io/load.ts';
import type { Story } from '../../story/schema/story.ts';

export type Checked = { ok: true; story: Story } | { ok: false; messages: string[] };

export async function checkStory(text: string): Promise<Checked> {
  const result = loadStory(text);
  if (result.ok) return { ok: true, story: result.story };
  // The words for problems in every language are fetched only when a story cannot be opened.
  const { problemText } = await import('../../i18n/problems.ts');
  return { ok: false, messages: result.problems.filter((p) => p.severity === 'error').map(problemText) };
}
