import type { Story } from '../../../schema/story.ts';
import { sha256Hex } from '../../../hash.ts';
import { loadStory } from '../../load.ts';
import type { ManifestStory } from '../manifest.ts';
import { inFile, messages, type PackageProblem } from '../messages.ts';
import type { Contents } from './contents.ts';
import type { EntryReader } from './entries.ts';
import { MAX_REPORTED, refuse, type ReadRun } from './run.ts';

/** Stage 5: the stories: parse, migrate, repair, validate. Any story that fails refuses the archive. */
export async function readStories(reader: EntryReader, entries: Contents['stories'], listed: readonly ManifestStory[], run: ReadRun): Promise<Story[]> {
  const { layout, limits, problems } = run;
  const stories: Story[] = [];
  const storyErrors: PackageProblem[] = [];
  const ids = new Set<string>();
  for (const { entry, storyId } of entries) {
    const tag = (p: PackageProblem): PackageProblem => ({ ...p, entry: entry.name, ...(storyId ? { storyId } : {}) });
    const bytes = await reader.readSmall(entry, limits.maxStoryBytes, () => messages.storyTooBig(entry.name, limits));
    const inManifest = listed.find((m) => m.path === entry.name);
    if (inManifest && inManifest.sha256 !== sha256Hex(bytes, run.sha256)) problems.push(tag(messages.storyChanged(entry.name)));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      storyErrors.push(tag(messages.storyNotText(entry.name)));
      continue;
    }
    const loaded = loadStory(text);
    const own = loaded.problems.map((p) => tag(layout === 'backup' ? inFile(p, entry.name) : p));
    if (!loaded.ok) {
      storyErrors.push(...own);
      continue;
    }
    if (ids.has(loaded.story.id)) {
      storyErrors.push(tag(messages.storyDuplicate(loaded.story.id)));
      continue;
    }
    ids.add(loaded.story.id);
    problems.push(...own);
    stories.push(loaded.story);
  }
  if (storyErrors.length) refuse(...storyErrors.slice(0, MAX_REPORTED * 2));
  return stories;
}
