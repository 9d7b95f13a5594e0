import { splitLink } from './twine-text.ts';

/**
 * Reads a Harlowe or SugarCube passage into a small tree: text, links, variable changes, conditions
 * and link hooks. Nothing is ever run; code this reader does not know is counted and left out.
 */
export type TwNode =
  | { kind: 'text'; text: string }
  /** A link that goes to a passage. `setter` is SugarCube's `[[text|target][$x to 1]]`; `own` is true when it stands on its own line. */
  | { kind: 'link'; label: string; target: string; setter?: string }
  /** `(set:)`, `(put:)`, `<<set>>`: the code between the brackets. */
  | { kind: 'set'; code: string; put?: boolean }
  /** An `(if:)` chain or `<<if>>`: `cond` null is the `(else:)` branch. */
  | { kind: 'if'; branches: { cond: string | null; body: TwNode[] }[] }
  /** `(link: "x")[…]`, `<<link "x">>…<</link>>`: what happens when the link is chosen. `target` when the macro itself names one. */
  | { kind: 'hook-link'; label: string; target?: string; body: TwNode[] }
  /** `(go-to:)`, `<<goto>>`: goes on by itself. */
  | { kind: 'goto'; target: string }
  /** `(display:)`, `<<include>>`: another passage's text and code, shown here. */
  | { kind: 'include'; target: string }
  /** Code that was left out (`body` is text it showed, when it wrapped some). */
  | { kind: 'macro'; name: string; body?: TwNode[] };

const STRING = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*/;
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

/** The quoted strings at the start of `args` (up to two), and what is left. */
export function strings(args: string): { values: string[]; rest: string } {
  const values: string[] = [];
  let rest = args;
  for (let i = 0; i < 2; i++) {
    const m = STRING.exec(rest);
    if (!m) break;
    values.push(unescape(m[1] ?? m[2] ?? ''));
    rest = rest.slice(m[0].length).replace(/^,\s*/, '');
  }
  return { values, rest };
}

/** Index just after the bracket closing the one at `open` (strings skipped), or -1. */
function closing(src: string, open: number, o: string, c: string): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '"' || ch === "'") {
      if (o === '[') continue; // quotes in hook text are just text
      const end = src.indexOf(ch, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (ch === o) depth++;
    else if (ch === c && --depth === 0) return i + 1;
  }
  return -1;
}

const HARLOWE_LINKS = new Set(['link', 'link-reveal', 'link-rerun', 'link-repeat', 'click', 'link-replace']);
const HARLOWE_GOTO_LINKS = new Set(['link-goto', 'click-goto', 'link-reveal-goto']);
const IF_NAMES = new Set(['if', 'unless', 'else-if', 'elseif', 'else']);

interface Parsed {
  nodes: TwNode[];
  end: number;
}

/** Parses a passage. Harlowe and SugarCube markup are both read (a story uses one or the other). */
export function parsePassage(src: string): TwNode[] {
  return parseSeq(src, 0, null).nodes;
}

/** Reads from `start` until `stop` says so (a SugarCube closing tag) or the end. */
function parseSeq(src: string, start: number, stop: ((i: number) => boolean) | null): Parsed {
  const nodes: TwNode[] = [];
  let text = '';
  const flush = () => {
    if (text) nodes.push({ kind: 'text', text });
    text = '';
  };
  let i = start;
  while (i < src.length) {
    if (stop?.(i)) break;
    const ch = src[i]!;
    if (ch === '[' && src[i + 1] === '[') {
      const end = src.indexOf(']]', i + 2);
      if (end > 0) {
        flush();
        nodes.push(linkNode(src.slice(i + 2, end)));
        i = end + 2;
        continue;
      }
    }
    if (ch === '(' && /^\([a-z][\w-]*:/i.test(src.slice(i, i + 40))) {
      const end = closing(src, i, '(', ')');
      if (end > 0) {
        flush();
        i = harloweMacro(src, i, end, nodes);
        continue;
      }
    }
    if (ch === '<' && src[i + 1] === '<' && /^<<[a-z=-]/i.test(src.slice(i, i + 3))) {
      const end = src.indexOf('>>', i + 2);
      if (end > 0) {
        flush();
        i = sugarMacro(src, i, end + 2, nodes);
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return { nodes, end: i };
}

/** `[[…]]` with Twine's own rules (splitLink), and a SugarCube setter after `][`. */
function linkNode(inner: string): Extract<TwNode, { kind: 'link' }> {
  const setterAt = inner.indexOf('][');
  const { label, target } = splitLink(inner);
  return setterAt >= 0 ? { kind: 'link', label, target, setter: inner.slice(setterAt + 2) } : { kind: 'link', label, target };
}

/** A hook `[…]` right after `at` (spaces allowed), parsed; null when there is none. */
function hookAfter(src: string, at: number): Parsed | null {
  const m = /^[ \t]*\[(?!\[(?!\[))/.exec(src.slice(at, at + 200)); // `[[[link]]]` is a hook holding a link
  if (!m) return null;
  const open = at + m[0].length - 1;
  const close = closing(src, open, '[', ']');
  if (close < 0) return null;
  const inner = parseSeq(src.slice(0, close - 1), open + 1, null);
  return { nodes: inner.nodes, end: close };
}

function harloweMacro(src: string, start: number, end: number, out: TwNode[]): number {
  const whole = src.slice(start + 1, end - 1);
  const colon = whole.indexOf(':');
  const name = whole.slice(0, colon).toLowerCase().replace(/_/g, '-');
  const args = whole.slice(colon + 1);
  const hook = hookAfter(src, end);
  const after = hook ? hook.end : end;
  if (IF_NAMES.has(name) && hook) {
    const branch = { cond: name === 'else' ? null : name === 'unless' ? `not (${args})` : args, body: hook.nodes };
    // Harlowe's (else:) belongs to the (if:) before it, also across spaces and line breaks.
    let back = out.length - 1;
    while (back >= 0 && out[back]!.kind === 'text' && !(out[back] as { text: string }).text.trim()) back--;
    const last = out[back];
    const chained = (name === 'else' || name === 'else-if' || name === 'elseif') && last?.kind === 'if' && last.branches[last.branches.length - 1]!.cond !== null;
    if (chained) last.branches.push(branch);
    else if (name === 'else' || name === 'else-if' || name === 'elseif') out.push({ kind: 'macro', name, body: hook.nodes });
    else out.push({ kind: 'if', branches: [branch] });
    return after;
  }
  if (name === 'set' || name === 'put') {
    out.push(name === 'put' ? { kind: 'set', code: args, put: true } : { kind: 'set', code: args });
    return end;
  }
  if (name === 'display') {
    const [target] = strings(args).values;
    out.push(target !== undefined ? { kind: 'include', target } : { kind: 'macro', name });
    return end;
  }
  if (name === 'go-to' || name === 'goto') {
    const [target] = strings(args).values;
    out.push(target !== undefined ? { kind: 'goto', target } : { kind: 'macro', name });
    return end;
  }
  if (HARLOWE_GOTO_LINKS.has(name)) {
    const [a, b] = strings(args).values;
    if (a !== undefined) out.push({ kind: 'hook-link', label: a, target: b ?? a, body: hook?.nodes ?? [] });
    else out.push({ kind: 'macro', name });
    return after;
  }
  if (HARLOWE_LINKS.has(name) && hook) {
    const [label] = strings(args).values;
    out.push({ kind: 'hook-link', label: label ?? '…', body: hook.nodes });
    return after;
  }
  out.push(hook ? { kind: 'macro', name, body: hook.nodes } : { kind: 'macro', name });
  return after;
}

const SUGAR_CONTAINERS = new Set(['if', 'link', 'button', 'linkreplace', 'linkappend', 'linkprepend', 'nobr', 'silently', 'script', 'for', 'switch', 'repeat', 'timed', 'type', 'append', 'prepend', 'replace', 'widget', 'capture', 'done', 'createplaylist', 'do', 'redo', 'choice', 'actions', 'cycle', 'listbox', 'cacheaudio']);
const SUGAR_LINKS = new Set(['link', 'button', 'linkreplace', 'linkappend', 'linkprepend']);

/** SugarCube `<<name args>>`, with its body up to `<</name>>` for container macros. */
function sugarMacro(src: string, start: number, tagEnd: number, out: TwNode[]): number {
  const inner = src.slice(start + 2, tagEnd - 2).trim();
  const name = (/^[\w-]+|^=|^-/.exec(inner)?.[0] ?? '').toLowerCase();
  const args = inner.slice(name.length).trim();
  if (name === 'set' || name === 'run' && /^\$\w+\s*(?:=|\+\+|--|\+=|-=)/.test(args)) {
    out.push({ kind: 'set', code: args });
    return tagEnd;
  }
  if (name === 'include' || name === 'display') {
    const target = strings(args).values[0] ?? /^\[\[([^\]]*)\]\]/.exec(args)?.[1];
    out.push(target !== undefined ? { kind: 'include', target: linkTarget(target) } : { kind: 'macro', name });
    return tagEnd;
  }
  if (name === 'goto') {
    const target = strings(args).values[0] ?? /^\[\[([^\]]*)\]\]/.exec(args)?.[1];
    out.push(target !== undefined ? { kind: 'goto', target: linkTarget(target) } : { kind: 'macro', name });
    return tagEnd;
  }
  if (!SUGAR_CONTAINERS.has(name) || src.indexOf(`<</${name}>>`, tagEnd) < 0) {
    out.push({ kind: 'macro', name });
    return tagEnd;
  }
  if (name === 'if') return sugarIf(src, args, tagEnd, out);
  const body = sugarBody(src, tagEnd, name);
  if (SUGAR_LINKS.has(name)) {
    const wiki = /^\[\[([^\]]*)\]\]/.exec(args);
    if (wiki) {
      const l = linkNode(wiki[1]!);
      out.push({ kind: 'hook-link', label: l.label, target: l.target, body: l.setter ? [{ kind: 'set', code: l.setter }, ...body.nodes] : body.nodes });
    } else {
      const [label, target] = strings(args).values;
      out.push(target !== undefined ? { kind: 'hook-link', label: label ?? '…', target, body: body.nodes } : { kind: 'hook-link', label: label ?? '…', body: body.nodes });
    }
  } else if (name === 'script') out.push({ kind: 'macro', name });
  else out.push({ kind: 'macro', name, body: body.nodes });
  return body.end;
}

const linkTarget = (inner: string): string => splitLink(inner).target;

/** The body of a container macro up to its matching close tag; returns the index after the close tag. */
function sugarBody(src: string, from: number, name: string): Parsed {
  const close = `<</${name}>>`;
  // A nested macro of the same name is read (with its own close tag) by the recursion.
  const parsed = parseSeq(src, from, (i) => src.startsWith(close, i));
  return { nodes: parsed.nodes, end: Math.min(src.length, parsed.end + close.length) };
}

/** `<<if>>…<<elseif>>…<<else>>…<</if>>` (nested ifs are parsed inside their branch). */
function sugarIf(src: string, cond: string, from: number, out: TwNode[]): number {
  const branches: { cond: string | null; body: TwNode[] }[] = [];
  let current: string | null = cond;
  let at = from;
  for (;;) {
    const part = parseSeq(src, at, (i) => /^<<(?:elseif\b|else\s*>>|else if\b|\/if>>)/.test(src.slice(i, i + 10)));
    branches.push({ cond: current, body: part.nodes });
    if (part.end >= src.length) return part.end;
    const tagEnd = src.indexOf('>>', part.end) + 2;
    const tag = src.slice(part.end + 2, tagEnd - 2).trim();
    at = tagEnd;
    if (tag === '/if') break;
    current = tag === 'else' ? null : tag.replace(/^else\s*if\b|^elseif\b/, '').trim();
  }
  out.push({ kind: 'if', branches });
  return at;
}
