import type { PhraseParams } from '../../phrase.ts';
import { ImportError, importPhrase, type ImportWord } from './errors.ts';

/**
 * Reads a JavaScript object literal AS DATA, never running it: objects, arrays, strings in ' or ",
 * numbers, true/false/null, unquoted keys, comments and trailing commas. Anything else (functions,
 * calls, getters, template strings, variables, spread) is refused.
 */
export function parseLiteral(src: string, maxDepth = 64): unknown {
  const { value, end } = readLiteral(src, maxDepth);
  if (end < src.length) throw notPlainData(src, end, 'import.code.more-code', { code: src.slice(end, end + 20).split('\n')[0]! });
  return value;
}

const notPlainData = (src: string, at: number, what: ImportWord, params?: PhraseParams): ImportError =>
  new ImportError('import.not-plain-data', { what: importPhrase(what, params), line: src.slice(0, at).split('\n').length });

/** Reads one literal value (and a `;` after it) from the start of `src`; `end` is where the rest begins, after spaces and comments. */
function readLiteral(src: string, maxDepth: number): { value: unknown; end: number } {
  let i = 0;
  const fail = (what: ImportWord, params?: PhraseParams): never => {
    throw notPlainData(src, i, what, params);
  };
  const space = () => {
    for (;;) {
      while (i < src.length && /\s/.test(src[i]!)) i++;
      if (src.startsWith('//', i)) {
        const end = src.indexOf('\n', i);
        i = end < 0 ? src.length : end;
      } else if (src.startsWith('/*', i)) {
        const end = src.indexOf('*/', i + 2);
        if (end < 0) fail('import.code.unfinished-comment');
        i = end + 2;
      } else return;
    }
  };
  const string = (): string => {
    const quote = src[i++]!;
    let out = '';
    while (i < src.length && src[i] !== quote) {
      const c = src[i++]!;
      if (c === '\n') fail('import.code.line-break');
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = src[i++] ?? '';
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
      if (e in simple) out += simple[e];
      else if (e === 'u' || e === 'x') {
        const m = (e === 'u' ? /^(?:\{([0-9a-fA-F]{1,6})\}|([0-9a-fA-F]{4}))/ : /^([0-9a-fA-F]{2})/).exec(src.slice(i, i + 8));
        if (!m) fail('import.code.broken-escape');
        out += String.fromCodePoint(parseInt(m![1] ?? m![2]!, 16));
        i += m![0].length;
      } else if (e === '\n') continue;
      else out += e;
    }
    if (src[i] !== quote) fail('import.code.unfinished-text');
    i++;
    return out;
  };
  const key = (): string => {
    const c = src[i];
    if (c === '"' || c === "'") return string();
    const m = /^[A-Za-z_$][\w$]*|^\d+(?:\.\d+)?/.exec(src.slice(i, i + 200));
    if (!m) return fail('import.code.not-a-name', { found: c ?? 'the end' });
    i += m[0].length;
    return m[0];
  };
  const value = (depth: number): unknown => {
    if (depth > maxDepth) fail('import.code.too-deep');
    space();
    const c = src[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (;;) {
        space();
        if (src[i] === '}') {
          i++;
          return { ...obj };
        }
        const k = key();
        space();
        if (src[i] !== ':') {
          if (k === 'get' || k === 'set') fail('import.code.getter');
          fail('import.code.method', { name: k });
        }
        i++;
        const v = value(depth + 1);
        if (k !== '__proto__') obj[k] = v;
        space();
        if (src[i] === ',') i++;
        else if (src[i] !== '}') fail('import.code.missing-comma');
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      for (;;) {
        space();
        if (src[i] === ']') {
          i++;
          return arr;
        }
        arr.push(value(depth + 1));
        space();
        if (src[i] === ',') i++;
        else if (src[i] !== ']') fail('import.code.missing-comma');
      }
    }
    if (c === '"' || c === "'") return string();
    if (c === '`') fail('import.code.template-string');
    const m = /^[+-]?(?:Infinity|NaN|0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(src.slice(i, i + 400));
    if (m) {
      i += m[0].length;
      const n = Number(m[0]);
      if (!Number.isFinite(n)) fail('import.code.not-a-number');
      return n;
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (src.startsWith(word, i) && !/[\w$]/.test(src[i + word.length] ?? '')) {
        i += word.length;
        return v;
      }
    }
    return c === undefined ? fail('import.code.early-end') : fail('import.code.code', { code: src.slice(i, i + 20).split('\n')[0]! });
  };
  const result = value(0);
  space();
  if (src[i] === ';') i++;
  space();
  return { value: result, end: i };
}

/**
 * Where a Marzipano `data.js` assigns its data: the Tool's `var APP_DATA = ` (or `window.APP_DATA = `),
 * or `var data = ` in Marzipano's own sample tour, which people copy. Not inside a comment.
 */
export const APP_DATA_AT = /(?:^|[;\n])[ \t]*(?:(?:var|let|const)\s+|window\.)(APP_DATA|data)\s*=\s*/;

/** Whether a .js file is Marzipano tour data: APP_DATA, or `data` holding scenes with tile levels. */
export function isMarzipanoData(text: string): boolean {
  const m = APP_DATA_AT.exec(text.slice(0, 20_000));
  return !!m && (m[1] === 'APP_DATA' || (/["']?scenes["']?\s*:/.test(text) && /["']?levels["']?\s*:/.test(text)));
}

/**
 * The object in a Marzipano Tool `data.js`: `var APP_DATA = { ... };`. Only that object is read, as
 * data; code before or after it (a custom line people add) is never run, and `ignored` shows its start.
 */
export function parseAppData(src: string): { data: unknown; ignored: string | null } {
  const m = APP_DATA_AT.exec(src);
  if (!m) throw new ImportError('import.marzipano-not-data');
  const start = m.index + m[0].length;
  const { value, end } = readLiteral(src.slice(start), 64);
  const before = withoutComments(src.slice(0, m.index));
  const after = withoutComments(src.slice(start + end));
  const line = (after || before).split('\n')[0]!.trim();
  return { data: value, ignored: line ? (line.length > 60 ? `${line.slice(0, 60)}…` : line) : null };
}

const withoutComments = (s: string): string => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim();
