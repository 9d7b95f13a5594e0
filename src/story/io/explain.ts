import type { z } from 'zod';
import { pointer, type Problem } from '../problems.ts';
import type { Phrase, PhraseParam } from '../phrase.ts';
import { LOAD_WORDS, loadPhrase, loadWords, type LoadWord } from './load-words.ts';

/**
 * Turns zod's validation issues into problems a 14-year-old can act on:
 * where (in words and as a JSON Pointer), what is wrong, and what is expected.
 */
type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null;

/** List fields whose items are named by number in messages: "scene 2". */
const NAMED_LISTS = new Set(['scenes', 'hotspots', 'assets', 'beds', 'sources', 'captions', 'variables', 'authors', 'conditions', 'effects', 'languages']);

function valueAt(doc: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = doc;
  for (const seg of path) {
    if (!isObj(cur)) return undefined;
    cur = (cur as Raw)[seg as string];
  }
  return cur;
}

/** Where in the document, in words: "scene 2 ("park") › hotspot 1 › yaw". */
function pathWords(doc: unknown, path: readonly PropertyKey[]): Phrase {
  if (path.length === 0) return loadPhrase('schema.story');
  const parts: Array<string | Phrase> = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const next = path[i + 1];
    if (typeof next === 'number' && NAMED_LISTS.has(String(seg))) {
      const item = valueAt(doc, path.slice(0, i + 2));
      const name = loadPhrase(`schema.name.${String(seg)}` as LoadWord);
      const id = isObj(item) && typeof (item as Raw).id === 'string' ? ((item as Raw).id as string) : undefined;
      parts.push(id !== undefined ? loadPhrase('schema.item-id', { name, number: next + 1, id }) : loadPhrase('schema.item', { name, number: next + 1 }));
      i++;
    } else {
      parts.push(String(seg));
    }
  }
  // "a › b › c" as nested phrases, so a language may join them its own way.
  let out: string | Phrase = parts[parts.length - 1]!;
  for (let i = parts.length - 2; i >= 0; i--) out = loadPhrase('schema.path', { head: parts[i]!, rest: out });
  return typeof out === 'string' ? loadPhrase('schema.path-field', { field: out }) : out;
}

function kindOf(v: unknown): Phrase {
  if (v === undefined) return loadPhrase('schema.value.missing');
  if (v === null) return loadPhrase('schema.value.null');
  if (Array.isArray(v)) return loadPhrase('schema.value.list');
  if (typeof v === 'number') return Number.isNaN(v) ? loadPhrase('schema.value.nan') : loadPhrase('schema.value.number', { value: v });
  if (typeof v === 'string') return v.length > 40 ? loadPhrase('schema.value.long-text') : loadPhrase('schema.value.text', { value: v });
  if (typeof v === 'boolean') return loadPhrase('schema.value.boolean', { value: String(v) });
  return loadPhrase('schema.value.other', { type: typeof v });
}

const EXPECTED = new Set(['string', 'number', 'boolean', 'object', 'array', 'record']);
const expected = (type: string): PhraseParam => (EXPECTED.has(type) ? loadPhrase(`schema.expected.${type}` as LoadWord) : type);

/** The schema's own explanations (regex and refine messages) have wordings; zod's own stay English. */
const DETAILS = new Map(Object.entries(LOAD_WORDS).flatMap(([key, text]) => (key.startsWith('schema.detail.') ? [[text as string, key as LoadWord]] : [])));
const detail = (message: string): PhraseParam => {
  const key = DETAILS.get(message);
  return key ? loadPhrase(key) : message;
};

export function explainIssues(issues: readonly z.core.$ZodIssue[], doc: unknown): Problem[] {
  return issues.slice(0, 200).map((issue) => {
    const path = issue.path as PropertyKey[];
    const where = pathWords(doc, path);
    const value = valueAt(doc, path);
    let words: { message: string; phrase: Phrase };
    switch (issue.code) {
      case 'invalid_type':
        words =
          value === undefined
            ? loadWords('schema.missing', { where, expected: expected(issue.expected) })
            : loadWords('schema.wrong-type', { where, expected: expected(issue.expected), value: kindOf(value) });
        break;
      case 'too_small':
        words =
          issue.origin === 'array'
            ? loadWords('schema.too-few', { where, minimum: String(issue.minimum) })
            : issue.origin === 'string'
              ? loadWords('schema.empty', { where })
              : loadWords('schema.too-small', { where, value: kindOf(value), minimum: String(issue.minimum) });
        break;
      case 'too_big':
        words =
          issue.origin === 'array'
            ? loadWords('schema.too-many', { where, maximum: String(issue.maximum) })
            : issue.origin === 'string'
              ? loadWords('schema.too-long', { where, maximum: String(issue.maximum) })
              : loadWords('schema.too-big', { where, value: kindOf(value), maximum: String(issue.maximum) });
        break;
      case 'invalid_value':
        words = loadWords('schema.not-one-of', { where, value: kindOf(value), values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
        break;
      case 'invalid_union':
        words = loadWords('schema.unknown-shape', { where, value: kindOf(value) });
        break;
      case 'invalid_format':
      case 'invalid_key':
      case 'custom':
      default:
        words = loadWords('schema.other', { where, detail: detail(issue.message) });
    }
    const sceneIdx = path[0] === 'scenes' && typeof path[1] === 'number' ? path[1] : undefined;
    const scene = sceneIdx !== undefined ? valueAt(doc, ['scenes', sceneIdx]) : undefined;
    const sceneId = isObj(scene) && typeof (scene as Raw).id === 'string' ? ((scene as Raw).id as string) : undefined;
    const hotIdx = sceneIdx !== undefined && path[2] === 'hotspots' && typeof path[3] === 'number' ? path[3] : undefined;
    const hot = hotIdx !== undefined ? valueAt(doc, path.slice(0, 4)) : undefined;
    const hotspotId = isObj(hot) && typeof (hot as Raw).id === 'string' ? ((hot as Raw).id as string) : undefined;
    return {
      severity: 'error' as const,
      code: `schema-${issue.code.replaceAll('_', '-')}`,
      ...words,
      path: pointer(path),
      ...(sceneId ? { sceneId } : {}),
      ...(hotspotId ? { hotspotId } : {}),
    };
  });
}
