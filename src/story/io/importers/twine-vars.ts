import type { Effect, Variable } from '../../schema/variable.ts';
import { parseChanges, type Change, type Value } from './twine-expr.ts';
import type { VarFacts } from './twine-guard.ts';
import type { TwNode } from './twine-syntax.ts';
import { idMaker } from './builder.ts';

/** A story may have this many variables (the schema's limit). */
const MAX_VARIABLES = 200;

/** Every change the tree makes, wherever it is (to learn what kinds of value each variable holds). */
export function allChanges(nodes: TwNode[], out: Change[] = []): Change[] {
  for (const n of nodes) {
    const code = n.kind === 'set' ? n.code : n.kind === 'link' ? n.setter : undefined;
    if (code !== undefined) {
      const c = parseChanges(code, n.kind === 'set' && n.put);
      if (c.ok) out.push(...c.value);
    }
    if (n.kind === 'if') n.branches.forEach((b) => allChanges(b.body, out));
    else if ((n.kind === 'hook-link' || n.kind === 'macro') && n.body) allChanges(n.body, out);
  }
  return out;
}

/** The story's variables: ids, kinds of value, and their first values. */
export class TwineVariables {
  private readonly facts = new Map<string, VarFacts>();
  private readonly initial = new Map<string, Value>();
  private readonly makeId = idMaker();
  /** Variables given their first value by the story (a startup passage or the start passage). */
  readonly setAtStart = new Set<string>();
  readonly overLimit = new Set<string>();

  /** `changes`: every change the story makes anywhere. A variable it never changes is not a story variable. */
  constructor(changes: Change[]) {
    for (const c of changes) this.learn(c.v, c.op === 'set' ? (typeof c.value as 'number' | 'string' | 'boolean') : c.op === 'add' ? 'number' : 'boolean');
  }

  private learn(name: string, kind: 'number' | 'string' | 'boolean'): void {
    let f = this.facts.get(name);
    if (!f) {
      if (this.facts.size >= MAX_VARIABLES) {
        this.overLimit.add(name);
        return;
      }
      f = { id: this.makeId(name), kinds: new Set() };
      this.facts.set(name, f);
    }
    f.kinds.add(kind);
  }

  readonly get = (name: string): VarFacts | null => this.facts.get(name) ?? null;

  /** Applies changes made before the reader's first choice (startup passages, the start passage). */
  start(changes: Change[]): void {
    for (const c of changes) {
      if (!this.facts.has(c.v)) continue;
      const cur = this.valueOf(c.v);
      this.initial.set(c.v, c.op === 'set' ? c.value : c.op === 'add' ? (typeof cur === 'number' ? cur : 0) + c.value : !cur);
      this.setAtStart.add(c.v);
    }
  }

  private valueOf(name: string): Value {
    const known = this.initial.get(name);
    if (known !== undefined) return known;
    const kinds = this.facts.get(name)!.kinds;
    return kinds.has('number') || kinds.size !== 1 ? 0 : kinds.has('boolean') ? false : '';
  }

  /** Story variables, with the value each starts with. */
  variables(): Variable[] {
    return [...this.facts].map(([name, f]) => ({ id: f.id, name: name.slice(0, 100), initial: this.valueOf(name) }));
  }

  /** Changes as Storyscape effects (changes to unknown variables left out). */
  effects(changes: Change[]): Effect[] {
    const out: Effect[] = [];
    for (const c of changes) {
      const id = this.facts.get(c.v)?.id;
      if (!id) continue;
      out.push(c.op === 'toggle' ? { variable: id, op: 'toggle' } : c.op === 'add' ? { variable: id, op: 'add', value: c.value } : { variable: id, op: 'set', value: c.value });
    }
    return out;
  }
}
