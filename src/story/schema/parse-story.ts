import { Story } from './story.ts';

/**
 * How a (migrated, repaired) story document is checked: `Story.safeParse`, unless a program has
 * installed a faster parser that gives the same answers (compiled-story.ts: zod's compiled parser,
 * installed by the `storyscape` command and its hub). Browsers keep zod's runtime parser: the
 * compiler would add about 7 kB (gzip) to the player, whose sites forbid generated code anyway.
 */

export type StoryParser = (value: unknown) => ReturnType<typeof Story.safeParse>;

const runtime: StoryParser = (value) => Story.safeParse(value);
let parser: StoryParser = runtime;

/** Installs a parser that answers exactly as `Story.safeParse` (null: back to zod's runtime). */
export function setStoryParser(p: StoryParser | null): void {
  parser = p ?? runtime;
}

/** Checks a story document: the same answer as `Story.safeParse(value)`. */
export const parseStory: StoryParser = (value) => parser(value);
