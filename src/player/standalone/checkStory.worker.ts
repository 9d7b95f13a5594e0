/**
 * The full check of story.json (checkStory.ts) off the page's main thread: zod over a whole story
 * takes hundreds of ms on a slow device, and on the main thread it once fell between a reader's
 * choice and the scene's swap. Answers with the checked story, or the problems (worded on the page,
 * in the reader's language).
 */
import { loadStory } from '../../story/io/load.ts';

onmessage = (e: MessageEvent<string>) => {
  const result = loadStory(e.data);
  postMessage(result.ok ? { ok: true, story: result.story } : { ok: false, problems: result.problems.filter((p) => p.severity === 'error') });
};
