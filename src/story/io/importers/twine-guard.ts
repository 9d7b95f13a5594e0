import type { Condition } from '../../schema/variable.ts';
import type { Expr, Value } from './twine-expr.ts';

/**
 * When something shows, as Storyscape can say it: a list of alternatives that never hold together,
 * each a list of conditions that must all hold. A Storyscape hotspot has one such list, so a thing
 * shown under several alternatives becomes several hotspots, of which at most one shows at a time.
 * `ALWAYS` is one alternative with no conditions; `[]` is never.
 */
export type Guard = Condition[][];
export const ALWAYS: Guard = [[]];
/** More alternatives than this are not worth a hotspot each: the condition counts as not understood. */
export const MAX_ALTERNATIVES = 8;

/** What is known of a variable: its id in the story and the kinds of value it ever holds. */
export interface VarFacts {
  id: string;
  kinds: Set<'number' | 'string' | 'boolean'>;
}

const NEGATE = { eq: 'ne', ne: 'eq', gt: 'lte', gte: 'lt', lt: 'gte', lte: 'gt' } as const;

/** A condition's opposite, when the story model can say it exactly. */
function negate(c: Condition, facts: VarFacts): Condition | null {
  if (c.op === 'eq' || c.op === 'ne') return { ...c, op: NEGATE[c.op] };
  // "not greater" is "at most" only when the variable always holds the same kind of value as the one compared.
  const kind = typeof c.value as 'number' | 'string';
  return facts.kinds.size === 1 && facts.kinds.has(kind) ? { ...c, op: NEGATE[c.op] } : null;
}

/** Drops alternatives that contradict themselves and repeated conditions. */
function tidy(alts: Guard): Guard {
  const out: Guard = [];
  for (const alt of alts) {
    const seen = new Map<string, Condition>();
    let possible = true;
    for (const c of alt) {
      const key = `${c.variable}|${c.op}|${JSON.stringify(c.value)}`;
      seen.set(key, c);
      const eq = (o: Condition) => o.variable === c.variable && o.op === 'eq';
      if (c.op === 'eq' && alt.some((o) => eq(o) && o.value !== c.value)) possible = false;
      if (alt.some((o) => o.variable === c.variable && o.op === NEGATE[c.op as 'eq' | 'ne'] && o.value === c.value && (c.op === 'eq' || c.op === 'ne'))) possible = false;
    }
    if (possible) out.push([...seen.values()]);
  }
  return out;
}

export function both(a: Guard, b: Guard): Guard | null {
  const out: Guard = [];
  for (const x of a) for (const y of b) out.push([...x, ...y]);
  const t = tidy(out);
  return t.length <= MAX_ALTERNATIVES ? t : null;
}

/** Everything `g` does not cover, again as alternatives that never hold together. */
export function not(g: Guard, facts: (id: string) => VarFacts): Guard | null {
  let acc: Guard | null = ALWAYS;
  for (const alt of g) {
    // not (c1 and c2 and …) = (not c1) or (c1 and not c2) or …, each excluding the ones before.
    const parts: Guard = [];
    for (let j = 0; j < alt.length; j++) {
      const n = negate(alt[j]!, facts(alt[j]!.variable));
      if (!n) return null;
      parts.push([...alt.slice(0, j), n]);
    }
    acc = acc && both(acc, parts);
    if (!acc) return null;
  }
  return acc;
}

/** An expression as a guard; null when it cannot be said exactly. */
export function guardOf(e: Expr, facts: (name: string) => VarFacts | null): Guard | null {
  const byId = (id: string): VarFacts => {
    for (const f of known.values()) if (f.id === id) return f;
    return { id, kinds: new Set() };
  };
  const known = new Map<string, VarFacts>();
  const walk = (x: Expr): Guard | null => {
    if (x.k === 'cmp' || x.k === 'truthy') {
      const f = facts(x.v);
      if (!f) return null;
      known.set(x.v, f);
      // A bare `$x` means "is true" only for a variable that is always true or false.
      if (x.k === 'truthy') return f.kinds.size === 1 && f.kinds.has('boolean') ? [[{ variable: f.id, op: 'eq', value: true }]] : null;
      if ((x.op !== 'eq' && x.op !== 'ne' && typeof x.value === 'boolean')) return null;
      return [[{ variable: f.id, op: x.op, value: x.value as Value }]];
    }
    if (x.k === 'not') {
      const a = walk(x.a);
      return a && not(a, byId);
    }
    const a = walk(x.a);
    const b = walk(x.b);
    if (!a || !b) return null;
    if (x.k === 'and') return both(a, b);
    // a or b = a, or (not a and b): alternatives that never hold together.
    const rest = not(a, byId);
    const tail = rest && both(rest, b);
    return tail && a.length + tail.length <= MAX_ALTERNATIVES ? [...a, ...tail] : null;
  };
  return walk(e);
}
