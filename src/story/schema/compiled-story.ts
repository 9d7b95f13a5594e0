import { z } from 'zod';
import { Story } from './story.ts';
import { setStoryParser, type StoryParser } from './parse-story.ts';

/**
 * `Story.safeParse`, made fast: zod's ahead-of-time compiled parser (`z.compile`) checks the whole
 * document in one generated function, several times faster than zod's runtime on a big story and
 * with far less garbage. A document it does not accept goes to zod's runtime parser, so the
 * problems (codes, paths, messages) are exactly those of `Story.safeParse`
 * (tests/unit/story/parse-story.test.ts checks both agree on what they accept and what they say).
 *
 * Compiling takes about as long as the runtime takes to check a story of 1,000 scenes (tens of
 * milliseconds), so it is done the first time a story that big is checked; once compiled, every
 * story uses it. Where generated code is forbidden (zod's `jitless`) nothing is compiled.
 */

/** Scenes from which a story is worth compiling the parser for. */
export const COMPILE_FROM_SCENES = 1000;

let compiled: typeof Story | null = null;

function compiledStory(): typeof Story {
  // z.compile never throws: a schema it cannot compile comes back as it is.
  compiled ??= z.config().jitless ? Story : (z.compile(Story) as typeof Story);
  return compiled;
}

const isBig = (value: unknown): boolean => {
  const scenes = typeof value === 'object' && value !== null ? (value as { scenes?: unknown }).scenes : undefined;
  return Array.isArray(scenes) && scenes.length >= COMPILE_FROM_SCENES;
};

/** The compiled parser once there is one or a story is big enough to pay for it; else zod's runtime. */
export const compiledStoryParser: StoryParser = (value) => (compiled ?? (isBig(value) ? compiledStory() : Story)).safeParse(value);

/** Makes loadStory use the compiled parser (for Node programs: the CLI, the hub, the bench). */
export const installCompiledStoryParser = (): void => setStoryParser(compiledStoryParser);

/** True when this machine compiles the parser (false where generated code is forbidden). */
export const storyParserCompiles = (): boolean => compiledStory() !== Story;

/** The compiled parser, whatever the size (for tests that compare it with zod's runtime). */
export const parseStoryCompiled: StoryParser = (value) => compiledStory().safeParse(value);
