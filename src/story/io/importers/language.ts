import { loadStory } from '../load.ts';
import { lintStory } from '../../graph/lint.ts';
import type { ImportResult } from './types.ts';

/** Renames the `from` entry of every reader-facing text (`{ "en": "…" }`) to `to`, anywhere in the document. */
function relabel(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((v) => relabel(v, from, to));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  const isText = entries.length === 1 && entries[0]![0] === from && typeof entries[0]![1] === 'string';
  if (isText) return { [to]: entries[0]![1] };
  return Object.fromEntries(entries.map(([k, v]) => [k, relabel(v, from, to)]));
}

/**
 * The person says which language an imported story's words are in (the file did not): every text
 * moves from the assumed language to that one, and the report stops saying it was assumed.
 */
export function setImportLanguage(result: ImportResult, tag: string): ImportResult {
  const from = result.story.meta.defaultLanguage;
  if (tag === from) return { ...result, report: { ...result.report, language: { tag, from: 'person' }, notes: result.report.notes.filter((n) => n.code !== 'language.assumed') } };
  const moved = relabel(result.story, from, tag) as ImportResult['story'];
  moved.meta = { ...moved.meta, languages: [tag], defaultLanguage: tag };
  const loaded = loadStory(moved);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join(' '));
  return {
    ...result,
    story: loaded.story,
    problems: lintStory(loaded.story),
    report: { ...result.report, language: { tag, from: 'person' }, notes: result.report.notes.filter((n) => n.code !== 'language.assumed') },
  };
}
