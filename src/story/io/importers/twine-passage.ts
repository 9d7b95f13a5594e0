import { parseChanges, parseCondition, type Change } from './twine-expr.ts';
import { ALWAYS, both, guardOf, not, MAX_ALTERNATIVES, type Guard, type VarFacts } from './twine-guard.ts';
import { plainText } from './twine-text.ts';
import type { TwNode } from './twine-syntax.ts';

/** A way out of a passage: where it goes, when it shows, what it changes, and its place among the others. */
export interface PassageExit {
  label: string;
  target: string;
  guard: Guard;
  changes: Change[];
  slot: number;
  /** True for `(go-to:)` and `<<goto>>`, which go on by themselves in Twine. */
  auto?: boolean;
}

/** What a passage becomes, before it is a scene. */
export interface PassageShape {
  /** The text a reader sees, one entry per case (each with when it shows). */
  texts: { guard: Guard; text: string }[];
  /** Text shown when a link is chosen (`(link:)[…]` without a go-to), with what choosing it changes. */
  reveals: { label: string; text: string; guard: Guard; changes: Change[] }[];
  exits: PassageExit[];
  slots: number;
  /** Changes made on arrival (not inside a condition or a link), in order. */
  arrival: Change[];
  /** Variables of changes or conditions that could not be said exactly. */
  leftOut: Set<string>;
  /** Variables read before the passage changes them on arrival (Storyscape applies arrival changes first). */
  readBeforeSet: Set<string>;
  macros: number;
  /** Conditions whose branches were all kept because the condition was not understood. */
  unknownConditions: number;
}

export type Facts = (name: string) => VarFacts | null;

type Variant = { guard: Guard; text: string };

/** Walks one passage's tree. */
export function shapePassage(nodes: TwNode[], facts: Facts): PassageShape {
  const shape: PassageShape = { texts: [], reveals: [], exits: [], slots: 0, arrival: [], leftOut: new Set(), readBeforeSet: new Set(), macros: 0, unknownConditions: 0 };
  const read = new Set<string>();
  const guardFor = (cond: string): Guard | null => {
    const parsed = parseCondition(cond);
    if (!parsed.ok) {
      parsed.variables.forEach((v) => shape.leftOut.add(v));
      return null;
    }
    const g = guardOf(parsed.value, facts);
    if (!g) for (const v of cond.match(/\$\w+/g) ?? []) shape.leftOut.add(v.slice(1));
    for (const v of cond.match(/\$\w+/g) ?? []) read.add(v.slice(1));
    return g;
  };
  const changesOf = (node: Extract<TwNode, { kind: 'set' }>): Change[] => {
    const c = parseChanges(node.code, node.put);
    if (c.ok) return c.value;
    c.variables.forEach((v) => shape.leftOut.add(v));
    return [];
  };
  const dropChanges = (node: Extract<TwNode, { kind: 'set' }>) => {
    const c = parseChanges(node.code, node.put);
    (c.ok ? c.value.map((x) => x.v) : c.variables).forEach((v) => shape.leftOut.add(v));
  };

  /** The branches of an `(if:)` chain as guards (each excluding the ones before); null when not understood. */
  const branchGuards = (branches: { cond: string | null }[]): Guard[] | null => {
    const out: Guard[] = [];
    let before: Guard | null = ALWAYS;
    for (const b of branches) {
      const g = b.cond === null ? ALWAYS : guardFor(b.cond);
      const here = g && before && both(before, g);
      if (!here) return null;
      out.push(here);
      const rest: Guard | null = g && not(g, (id) => ({ id, kinds: kindsById(facts, id, b.cond) }));
      before = rest && before && both(before, rest);
    }
    if (branches[branches.length - 1]!.cond !== null) out.push(before ?? []);
    return before === null && branches[branches.length - 1]!.cond !== null ? null : out;
  };

  /** Text variants of a sequence under `outer` (at most MAX_ALTERNATIVES alternatives in all, else null). */
  const variants = (list: TwNode[], outer: Guard): Variant[] | null => {
    let vs: Variant[] = [{ guard: outer, text: '' }];
    for (const n of list) {
      if (n.kind === 'text') vs = vs.map((v) => ({ ...v, text: v.text + n.text }));
      else if (n.kind === 'link' || n.kind === 'hook-link') vs = vs.map((v) => ({ ...v, text: v.text + LINK_MARK + n.label + LINK_MARK }));
      else if (n.kind === 'macro' && n.body) {
        const inner = variants(n.body, ALWAYS);
        if (!inner || inner.length !== 1) return null;
        vs = vs.map((v) => ({ ...v, text: v.text + inner[0]!.text }));
      } else if (n.kind === 'if' && n.branches.some((b) => hasWords(b.body))) {
        const guards = branchGuards(n.branches);
        const bodies = n.branches.map((b) => b.body);
        if (!guards) {
          const texts = bodies.map((b) => flatText(b)).filter((t) => t.trim());
          vs = vs.map((v) => ({ ...v, text: v.text + (texts.length ? `\n\n${texts.join('\n\n')}\n\n` : '') }));
          continue;
        }
        const next: Variant[] = [];
        for (const v of vs) {
          guards.forEach((g, bi) => {
            const within = v.guard && both(v.guard, g);
            if (!within || within.length === 0) return;
            const inner = bi < bodies.length ? variants(bodies[bi]!, within) : [{ guard: within, text: '' }];
            if (!inner) return;
            for (const w of inner) if (w.guard.length > 0) next.push({ guard: w.guard, text: v.text + w.text });
          });
        }
        if (next.reduce((s, v) => s + v.guard.length, 0) > MAX_ALTERNATIVES) return null;
        vs = next;
      }
    }
    return vs;
  };

  /** Links, reveals and changes, in reading order; returns how many link places the sequence takes. */
  const walk = (list: TwNode[], guard: Guard, top: boolean, slot: number): number => {
    let cursor = slot;
    for (const n of list) {
      if (n.kind === 'link') {
        const setter = n.setter ? parseChanges(n.setter) : { ok: true as const, value: [] };
        if (!setter.ok) setter.variables.forEach((v) => shape.leftOut.add(v));
        shape.exits.push({ label: n.label, target: n.target, guard, changes: setter.ok ? setter.value : [], slot: cursor++ });
      } else if (n.kind === 'goto') {
        shape.exits.push({ label: n.target, target: n.target, guard, changes: [], slot: cursor++, auto: true });
      } else if (n.kind === 'set') {
        if (top) {
          for (const c of changesOf(n)) {
            if (read.has(c.v)) shape.readBeforeSet.add(c.v);
            shape.arrival.push(c);
          }
        } else dropChanges(n);
      } else if (n.kind === 'hook-link') cursor = hookLink(n, guard, cursor);
      else if (n.kind === 'macro') {
        shape.macros++;
        if (n.body) cursor += walk(n.body, guard, false, cursor);
      } else if (n.kind === 'if') {
        const guards = branchGuards(n.branches);
        if (!guards) shape.unknownConditions++;
        let widest = 0;
        n.branches.forEach((b, i) => {
          const g = guards ? both(guard, guards[i]!) : guard;
          widest = Math.max(widest, walk(b.body, g ?? guard, false, cursor));
        });
        cursor += widest;
      }
    }
    return cursor - slot;
  };

  /** `(link: "x")[(set: …)(go-to: "y")]` is a way out with changes; without a go-to, its text is revealed. */
  const hookLink = (n: Extract<TwNode, { kind: 'hook-link' }>, guard: Guard, cursor: number): number => {
    const changes: Change[] = [];
    let target = n.target;
    const rest: TwNode[] = [];
    for (const b of n.body) {
      if (b.kind === 'set') changes.push(...changesOf(b));
      else if (b.kind === 'goto' && target === undefined) target = b.target;
      else rest.push(b);
    }
    if (target !== undefined) {
      shape.exits.push({ label: n.label, target, guard, changes, slot: cursor });
      return cursor + 1 + walk(rest.filter((r) => r.kind !== 'text'), guard, false, cursor + 1);
    }
    const text = plainText(flatText(rest));
    if (text || changes.length) shape.reveals.push({ label: n.label, text, guard, changes });
    return cursor + walk(rest.filter((r) => r.kind !== 'text'), guard, false, cursor);
  };

  shape.slots = walk(nodes, ALWAYS, true, 0);
  const vs = variants(nodes, ALWAYS);
  shape.texts = (vs ?? [{ guard: ALWAYS, text: flatText(nodes) }]).map((v) => ({ guard: v.guard, text: plainText(v.text) })).filter((v) => v.text);
  if (!vs) shape.unknownConditions++;
  return shape;
}

/** Marks link labels in text so a label standing alone on its line can be dropped (it is a hotspot already). */
export const LINK_MARK = '\u0001';

/** True when a branch shows words of its own (not only links, line breaks and code). */
function hasWords(list: TwNode[]): boolean {
  return list.some((n) => (n.kind === 'text' && /[\p{L}\p{N}]/u.test(n.text.replace(/<[^>]*>/g, ''))) || (n.kind === 'macro' && n.body !== undefined && hasWords(n.body)) || (n.kind === 'if' && n.branches.some((b) => hasWords(b.body))));
}

/** Every branch's text, each its own paragraph. */
function flatText(list: TwNode[]): string {
  let out = '';
  for (const n of list) {
    if (n.kind === 'text') out += n.text;
    else if (n.kind === 'link' || n.kind === 'hook-link') out += LINK_MARK + n.label + LINK_MARK;
    else if (n.kind === 'macro' && n.body) out += flatText(n.body);
    else if (n.kind === 'if') out += `\n\n${n.branches.map((b) => flatText(b.body)).filter((t) => t.trim()).join('\n\n')}\n\n`;
  }
  return out;
}

function kindsById(facts: Facts, id: string, cond: string | null): VarFacts['kinds'] {
  for (const name of cond?.match(/\$\w+/g) ?? []) {
    const f = facts(name.slice(1));
    if (f?.id === id) return f.kinds;
  }
  return new Set();
}
