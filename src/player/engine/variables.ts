import type { Condition, Effect, Story, VariableValue } from '../../story/schema/index.ts';

export type Variables = Readonly<Record<string, VariableValue>>;

export function initialVariables(story: Story): Variables {
  return Object.freeze(Object.fromEntries(story.variables.map((v) => [v.id, v.initial])));
}

/** One condition. Order comparisons hold only between two numbers or two strings. */
export function conditionHolds(c: Condition, vars: Variables): boolean {
  const v = vars[c.variable];
  switch (c.op) {
    case 'eq':
      return v === c.value;
    case 'ne':
      return v !== c.value;
    default: {
      if (v === undefined || typeof v !== typeof c.value || typeof v === 'boolean') return false;
      const a = v as number | string;
      const b = c.value as number | string;
      if (c.op === 'gt') return a > b;
      if (c.op === 'gte') return a >= b;
      if (c.op === 'lt') return a < b;
      return a <= b;
    }
  }
}

/** True when every condition holds (no conditions: always). */
export function allHold(conditions: readonly Condition[] | undefined, vars: Variables): boolean {
  return !conditions || conditions.every((c) => conditionHolds(c, vars));
}

/** Applies effects in order and returns new, frozen variables (the input is not changed). */
export function applyEffects(effects: readonly Effect[] | undefined, vars: Variables): Variables {
  if (!effects || effects.length === 0) return vars;
  const next: Record<string, VariableValue> = { ...vars };
  for (const e of effects) {
    const cur = next[e.variable];
    if (e.op === 'set') next[e.variable] = e.value;
    else if (e.op === 'add') next[e.variable] = (typeof cur === 'number' ? cur : 0) + e.value;
    else next[e.variable] = !cur;
  }
  return Object.freeze(next);
}
