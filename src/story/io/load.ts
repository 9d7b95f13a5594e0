import { SCHEMA_VERSION, type Story } from '../schema/story.ts';
import { parseStory } from '../schema/parse-story.ts';
import { migrate } from '../migrations/migrate.ts';
import type { Problem } from '../problems.ts';
import type { Phrase } from '../phrase.ts';
import { explainIssues } from './explain.ts';
import { repairStory } from './repair.ts';
import { rememberCheckedScenes } from './checked-scenes.ts';
import { rememberUniqueIds } from '../graph/unique-ids.ts';
import { loadPhrase, loadWords } from './load-words.ts';

export { serializeStory } from './serialize.ts';

/** Stories larger than this (as JSON text) are refused before parsing: media live outside the JSON. */
export const MAX_STORY_JSON_BYTES = 32 * 1024 * 1024;
/** Deeper nesting than this is never a story; it is refused before validation. */
export const MAX_DEPTH = 64;
/**
 * Texts with at most this many "[" and "{" are parsed first and their value measured: they cannot
 * nest deeper than that, and JSON.parse of 100,000 nested brackets takes about 0.15 s. Texts with
 * more are measured before parsing (JSON.parse of millions of nested brackets takes seconds and
 * a lot of memory). For a 2,000-scene story (50,000 brackets) that is about 1 ms instead of 6.
 */
export const PARSE_FIRST_BRACKETS = 100_000;

export type LoadResult =
  | { ok: true; story: Story; fromVersion: number; migrations: string[]; problems: Problem[] }
  | { ok: false; story: null; fromVersion: number | null; migrations: string[]; problems: Problem[] };

const fail = (problems: Problem[], fromVersion: number | null = null, migrations: string[] = []): LoadResult => ({
  ok: false,
  story: null,
  fromVersion,
  migrations,
  problems,
});

/** Line and column (1-based) of a character offset in text. */
function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** Parses JSON text, reporting where it breaks in words. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  if (text.length > MAX_STORY_JSON_BYTES) {
    return {
      ok: false,
      problem: {
        severity: 'error',
        code: 'too-large',
        ...loadWords('load.too-large', { size: Math.round(text.length / 1048576), limit: MAX_STORY_JSON_BYTES / 1048576 }),
        path: '',
      },
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tooDeep = (): { ok: false; problem: Problem } => ({
    ok: false,
    problem: { severity: 'error', code: 'too-deep', ...loadWords('load.too-deep'), path: '' },
  });
  const parseFirst = !bracketsMoreThan(body, PARSE_FIRST_BRACKETS);
  // Refused before parsing: JSON.parse of millions of nested brackets takes seconds and a lot of memory.
  if (!parseFirst && textDepthExceeds(body, MAX_DEPTH)) return tooDeep();
  try {
    const value: unknown = JSON.parse(body);
    if (parseFirst && valueDepthExceeds(value, MAX_DEPTH)) return tooDeep();
    return { ok: true, value };
  } catch (e) {
    // Too deep is said before broken, as when the text is measured first.
    if (parseFirst && textDepthExceeds(body, MAX_DEPTH)) return tooDeep();
    const msg = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(msg);
    const lc = /line (\d+) column (\d+)/.exec(msg);
    const at = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : m ? lineCol(body, Number(m[1])) : null;
    const deep = e instanceof RangeError;
    return {
      ok: false,
      problem: {
        severity: 'error',
        code: deep ? 'too-deep' : 'not-json',
        ...(deep ? loadWords('load.too-deep') : body.trim() === '' ? loadWords('load.empty') : at ? loadWords('load.broken-at', at) : loadWords('load.broken')),
        path: '',
      },
    };
  }
}

/** True when the text has more than `limit` "[" and "{" (inside strings too). Native searches, stops early. */
export function bracketsMoreThan(text: string, limit: number): boolean {
  let n = 0;
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) if (++n > limit) return true;
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) if (++n > limit) return true;
  return false;
}

/**
 * True when a parsed JSON value nests deeper than `limit` (the same measure as textDepthExceeds
 * on its text: a value directly inside the top-level one is at depth 2). Recursion at most `limit`
 * deep; stops at the first value too deep.
 */
export function valueDepthExceeds(value: unknown, limit: number): boolean {
  return typeof value === 'object' && value !== null && deeperThan(value, limit - 1);
}

function deeperThan(v: object, left: number): boolean {
  if (left < 0) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'object' && x !== null && deeperThan(x, left - 1)) return true;
    }
    return false;
  }
  const o = v as Record<string, unknown>;
  for (const k in o) {
    const x = o[k]; // (an own "__proto__" from JSON.parse is read as itself, not the prototype)
    if (typeof x === 'object' && x !== null && deeperThan(x, left - 1)) return true;
  }
  return false;
}

/** What a value that is not a story holds, in words: "a list", "a number"... */
function holds(raw: unknown): Phrase {
  if (Array.isArray(raw)) return loadPhrase('load.holds.list');
  if (typeof raw === 'object') return loadPhrase('load.holds.nothing');
  const type = typeof raw;
  return type === 'number' || type === 'string' || type === 'boolean' ? loadPhrase(`load.holds.${type}`) : loadPhrase('load.holds.other', { type });
}

/** True when brackets in JSON text ([ and {, outside strings) nest deeper than `limit`. One pass, stops early. */
export function textDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 34 || c > 125) continue; // whitespace (most of a pretty text outside strings): first out
    if (c === 34) {
      // jump to the end of the string (a quote not escaped by an odd number of backslashes)
      let j = text.indexOf('"', i + 1);
      for (;;) {
        if (j < 0) return false; // unterminated: JSON.parse will say where
        let k = j - 1;
        while (text.charCodeAt(k) === 92) k--;
        if ((j - 1 - k) % 2 === 0) break;
        j = text.indexOf('"', j + 1);
      }
      i = j;
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** Measures nesting depth without recursion; stops at `limit + 1`. */
export function depthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (d > limit) return true;
    if (typeof v === 'object' && v !== null) {
      for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, d + 1]);
    }
  }
  return false;
}

/**
 * Loads a story from JSON text or an already-parsed value: parse -> migrate -> repair -> validate.
 * Never throws: every failure is a list of readable problems. Repairs come back as "info" problems.
 * Linting (dangling links, unreachable scenes...) is separate: see graph/lint.ts.
 */
export function loadStory(input: string | unknown): LoadResult {
  try {
    let raw: unknown = input;
    // Text is parsed here, so the value is ours (repair may change it in place) and its depth
    // was already checked (parseJsonText).
    const fromText = typeof input === 'string';
    if (typeof input === 'string') {
      const parsed = parseJsonText(input);
      if (!parsed.ok) return fail([parsed.problem]);
      raw = parsed.value;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return fail([{ severity: 'error', code: 'not-a-story', ...loadWords('load.not-a-story', { value: holds(raw) }), path: '' }]);
    }
    if (!fromText && depthExceeds(raw, MAX_DEPTH)) {
      return fail([{ severity: 'error', code: 'too-deep', ...loadWords('load.too-deep'), path: '' }]);
    }
    const migrated = migrate(raw as Record<string, unknown>);
    if (!migrated.doc) return fail(migrated.problems, migrated.fromVersion, migrated.applied);
    const { doc, fixes } = repairStory(migrated.doc, { inPlace: fromText });
    const parsed = parseStory(doc);
    if (!parsed.success) {
      return fail([...explainIssues(parsed.error.issues, doc), ...fixes], migrated.fromVersion, migrated.applied);
    }
    const notes: Problem[] = migrated.applied.length
      ? [
          {
            severity: 'info',
            code: 'migrated',
            ...loadWords('load.migrated', { from: String(migrated.fromVersion), to: SCHEMA_VERSION }),
            path: '/schemaVersion',
          },
        ]
      : [];
    rememberCheckedScenes(parsed.data);
    rememberUniqueIds(parsed.data);
    return {
      ok: true,
      story: parsed.data,
      fromVersion: migrated.fromVersion ?? SCHEMA_VERSION,
      migrations: migrated.applied,
      problems: [...notes, ...fixes],
    };
  } catch (e) {
    return fail([
      {
        severity: 'error',
        code: 'load-crashed',
        ...loadWords('load.crashed', { detail: e instanceof Error ? e.message : String(e) }),
        path: '',
      },
    ]);
  }
}
