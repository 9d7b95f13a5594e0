import type { Story } from '../../story/schema/story.ts';
import { SCHEMA_VERSION } from '../../story/schema/version.ts';
import { serializeStory } from '../../story/io/serialize.ts';

/** Larger story files are checked before they play (the quick look is for ordinary ones). */
const QUICK_MAX_CHARS = 4 * 1024 * 1024;

/**
 * story.json exactly as `publish` writes it, so the player may start on it before the full check
 * (the story schema, about 35 kB gzip of script) has loaded: the check runs after the first frame
 * (StandalonePlayer.tsx) and still refuses a broken story in words. Anything else — an older
 * version, other formatting (edited by hand), a shape that looks odd — returns null, and the story
 * is checked before it plays, as before.
 *
 * "As publish writes it": publish writes the checked story with serializeStory (2-space JSON and a
 * newline), so the text must read back to the same text.
 */
export function quickStory(text: string): Story | null {
  if (text.length > QUICK_MAX_CHARS) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(json) || json.schemaVersion !== SCHEMA_VERSION) return null;
  const { meta, scenes, assets, startSceneId } = json;
  if (!isRecord(meta) || !Array.isArray(meta.languages) || typeof meta.defaultLanguage !== 'string' || !isRecord(meta.title)) return null;
  if (!Array.isArray(scenes) || !Array.isArray(assets) || !scenes.every(isRecord) || !assets.every(isRecord)) return null;
  if (!scenes.some((s) => s.id === startSceneId)) return null;
  const story = json as unknown as Story; // checked in full right after the first frame
  return serializeStory(story) === text ? story : null;
}

/** Does the checked story read the same as the file (nothing added by defaults or repairs)? */
export const sameAsFile = (story: Story, text: string): boolean => serializeStory(story) === text;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
