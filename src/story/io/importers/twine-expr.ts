/**
 * The small part of Harlowe's and SugarCube's expression languages that a Storyscape story can say
 * exactly: story variables (`$x`) compared with numbers, text or true/false, joined with and/or/not,
 * and changes that set a value, add a number or flip true/false. Anything else is "not understood",
 * with the variables it mentions, so the report can name them.
 */
export type Value = number | string | boolean;
export type Op = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte';
export type Expr =
  | { k: 'cmp'; v: string; op: Op; value: Value }
  | { k: 'truthy'; v: string }
  | { k: 'and' | 'or'; a: Expr; b: Expr }
  | { k: 'not'; a: Expr };
export type Change = { v: string; op: 'set'; value: Value } | { v: string; op: 'add'; value: number } | { v: string; op: 'toggle' };
export type Understood<T> = { ok: true; value: T } | { ok: false; variables: string[] };

type Tok = { t: 'var'; v: string } | { t: 'val'; v: Value } | { t: 'op'; v: string } | { t: 'bad'; v: string };

const OPS: Record<string, string> = {
  is: 'eq', eq: 'eq', '==': 'eq', '===': 'eq', isnot: 'ne', neq: 'ne', '!=': 'ne', '!==': 'ne',
  '>': 'gt', gt: 'gt', '>=': 'gte', gte: 'gte', '<': 'lt', lt: 'lt', '<=': 'lte', lte: 'lte',
  and: 'and', '&&': 'and', or: 'or', '||': 'or', not: 'not', '!': 'not',
  to: 'to', '=': 'to', into: 'into', it: 'it', '+': '+', '-': '-', '+=': '+=', '-=': '-=', '++': '++', '--': '--',
  '(': '(', ')': ')',
};

const TOKEN = /\s*(?:\$([A-Za-z_][\w]*)(?![\w.[']|\s*'s\b)|(-?\d+(?:\.\d+)?)(?![\w.])|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(true|false)\b|(===|!==|==|!=|>=|<=|\+=|-=|\+\+|--|&&|\|\||[()<>=!+-])|([A-Za-z_$][\w$.]*|\S))/y;

function tokens(code: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  const src = code.trim();
  while (TOKEN.lastIndex < src.length) {
    const m = TOKEN.exec(src);
    if (!m) break;
    if (m[1] !== undefined) out.push({ t: 'var', v: m[1] });
    else if (m[2] !== undefined) out.push({ t: 'val', v: Number(m[2]) });
    else if (m[3] !== undefined || m[4] !== undefined) out.push({ t: 'val', v: (m[3] ?? m[4]!).replace(/\\(.)/g, '$1') });
    else if (m[5] !== undefined) out.push({ t: 'val', v: m[5] === 'true' });
    else {
      const word = m[6] ?? m[7]!;
      const op = OPS[word];
      out.push(op ? { t: 'op', v: op } : { t: 'bad', v: word });
    }
  }
  // Harlowe's "is not" is one operator.
  for (let i = 0; i + 1 < out.length; i++) if (out[i]!.v === 'eq' && out[i + 1]!.t === 'op' && out[i + 1]!.v === 'not' && out[i]!.t === 'op') out.splice(i, 2, { t: 'op', v: 'ne' });
  return out;
}

/** Every `$name` mentioned (also in code that is not understood). */
export function variablesIn(code: string): string[] {
  return [...new Set([...code.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))];
}

const fail = <T>(code: string): Understood<T> => ({ ok: false, variables: variablesIn(code) });
const FLIP: Record<string, Op> = { eq: 'eq', ne: 'ne', gt: 'lt', gte: 'lte', lt: 'gt', lte: 'gte' };

/** A condition of `(if:)`, `(unless:)` (given as `not (…)`), `<<if>>`, `<<elseif>>`. */
export function parseCondition(code: string): Understood<Expr> {
  const toks = tokens(code);
  let i = 0;
  let last: { v: string; op: Op } | null = null;
  const peek = () => toks[i];
  const isOp = (v: string) => peek()?.t === 'op' && peek()!.v === v;
  const or = (): Expr | null => {
    let a = and();
    while (a && isOp('or')) {
      i++;
      const b = and();
      a = b && { k: 'or', a, b };
    }
    return a;
  };
  const and = (): Expr | null => {
    let a = not();
    while (a && isOp('and')) {
      i++;
      const b = not();
      a = b && { k: 'and', a, b };
    }
    return a;
  };
  const not = (): Expr | null => {
    if (isOp('not')) {
      i++;
      const a = not();
      return a && { k: 'not', a };
    }
    if (isOp('(')) {
      i++;
      const a = or();
      if (!isOp(')')) return null;
      i++;
      return a;
    }
    return compare();
  };
  const compare = (): Expr | null => {
    const left = toks[i++];
    const op = peek();
    const isCmp = op?.t === 'op' && op.v in FLIP;
    if (left?.t === 'var' && !isCmp) return { k: 'truthy', v: left.v };
    // Harlowe lets "$a is 1 or 2" mean "$a is 1 or $a is 2".
    if (left?.t === 'val' && !isCmp && last) return { k: 'cmp', ...last, value: left.v };
    if (!isCmp || !left) return null;
    i++;
    const right = toks[i++];
    if (left.t === 'var' && right?.t === 'val') last = { v: left.v, op: op.v as Op };
    else if (left.t === 'val' && right?.t === 'var') last = { v: right.v, op: FLIP[op.v]! };
    else return null;
    return { k: 'cmp', ...last, value: (left.t === 'val' ? left.v : (right as { v: Value }).v) };
  };
  const expr = or();
  return expr && i === toks.length ? { ok: true, value: expr } : fail(code);
}

/** Harlowe `(set: $a to 1, $b to it + 1)`, `(put: 1 into $a)`; SugarCube `<<set $a to 1; $b += 2>>`, `$c++`. */
export function parseChanges(code: string, put = false): Understood<Change[]> {
  const parts = splitTop(code);
  const out: Change[] = [];
  for (const part of parts) {
    const toks = tokens(part);
    let v: string | undefined;
    let rhs: Tok[];
    if (put) {
      const into = toks.findIndex((t) => t.t === 'op' && t.v === 'into');
      const target = toks[into + 1];
      if (into < 0 || target?.t !== 'var' || into + 2 !== toks.length) return fail(code);
      v = target.v;
      rhs = toks.slice(0, into);
    } else {
      const [first, op, ...rest] = toks;
      if (first?.t !== 'var' || op?.t !== 'op') return fail(code);
      v = first.v;
      if ((op.v === '++' || op.v === '--') && rest.length === 0) {
        out.push({ v, op: 'add', value: op.v === '++' ? 1 : -1 });
        continue;
      }
      if ((op.v === '+=' || op.v === '-=') && rest.length === 1 && typeof rest[0]!.v === 'number' && rest[0]!.t === 'val') {
        out.push({ v, op: 'add', value: op.v === '+=' ? rest[0]!.v : -rest[0]!.v });
        continue;
      }
      if (op.v !== 'to') return fail(code);
      rhs = rest;
    }
    const change = changeOf(v, rhs);
    if (!change) return fail(code);
    out.push(change);
  }
  return { ok: true, value: out };
}

function changeOf(v: string, rhs: Tok[]): Change | null {
  const [a, b, c] = rhs;
  if (rhs.length === 1 && a?.t === 'val') return { v, op: 'set', value: a.v };
  const self = (t: Tok | undefined) => (t?.t === 'var' && t.v === v) || (t?.t === 'op' && t.v === 'it');
  if (rhs.length === 2 && a?.t === 'op' && a.v === 'not' && self(b)) return { v, op: 'toggle' };
  if (rhs.length === 3 && self(a) && b?.t === 'op' && (b.v === '+' || b.v === '-') && c?.t === 'val' && typeof c.v === 'number') return { v, op: 'add', value: b.v === '+' ? c.v : -c.v };
  if (rhs.length === 3 && a?.t === 'val' && typeof a.v === 'number' && b?.t === 'op' && b.v === '+' && self(c)) return { v, op: 'add', value: a.v };
  return null;
}

/** Splits at commas and semicolons outside brackets and quotes. */
function splitTop(code: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of code) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if ((ch === ',' || ch === ';') && depth === 0) {
      if (cur.trim()) parts.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  return parts;
}
