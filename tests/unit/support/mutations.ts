import fc from 'fast-check';
import { expect } from 'vitest';
import type { Problem } from '../../../src/story/problems.ts';

/** Random damage to a JSON-like document, for "never throws" properties. */
export type Mutation = { pick: number; op: (typeof OPS)[number] };

const OPS = [
  'delete',
  'null',
  'nan',
  'infinity',
  'huge',
  'tiny',
  'long-string',
  'swap-type',
  'wrap-array',
  'wrap-object',
  'empty-object',
  'empty-array',
  'bad-key',
] as const;

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({ pick: fc.nat(), op: fc.constantFrom(...OPS) });

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

function slots(doc: unknown): Slot[] {
  const out: Slot[] = [];
  const stack: unknown[] = [doc];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) v.forEach((c, i) => (out.push({ parent: v, key: i }), stack.push(c)));
    else if (typeof v === 'object' && v !== null) {
      for (const [k, c] of Object.entries(v)) {
        out.push({ parent: v as Record<string, unknown>, key: k });
        stack.push(c);
      }
    }
  }
  return out;
}

function swapType(v: unknown): unknown {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v.length;
  if (typeof v === 'boolean') return v ? 1 : 'false';
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  if (typeof v === 'object' && v !== null) return Object.values(v);
  return 0;
}

export function applyMutation(doc: unknown, m: Mutation): unknown {
  const all = slots(doc);
  if (all.length === 0) return doc;
  const { parent, key } = all[m.pick % all.length]!;
  const p = parent as Record<string | number, unknown>;
  const cur = p[key];
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete p[key];
      break;
    case 'null':
      p[key] = null;
      break;
    case 'nan':
      p[key] = Number.NaN;
      break;
    case 'infinity':
      p[key] = -Infinity;
      break;
    case 'huge':
      p[key] = 1e308;
      break;
    case 'tiny':
      p[key] = -5e-324;
      break;
    case 'long-string':
      p[key] = 'x'.repeat(100_000);
      break;
    case 'swap-type':
      p[key] = swapType(cur);
      break;
    case 'wrap-array':
      p[key] = [cur];
      break;
    case 'wrap-object':
      p[key] = { value: cur };
      break;
    case 'empty-object':
      p[key] = {};
      break;
    case 'empty-array':
      p[key] = [];
      break;
    case 'bad-key':
      if (!Array.isArray(parent)) p['bad/key~with "odd" chars'] = cur;
      break;
  }
  return doc;
}

const POINTER = /^(\/([^~/]|~[01])*)*$/;

/** Every problem has a known severity, a code, a non-empty message and a well-formed JSON Pointer. */
export function expectWellFormedProblems(problems: readonly Problem[]): void {
  for (const p of problems) {
    expect(['error', 'warning', 'info']).toContain(p.severity);
    expect(p.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(typeof p.message).toBe('string');
    expect(p.message.trim().length).toBeGreaterThan(10);
    expect(p.message).not.toMatch(/undefined|\[object Object\]/);
    expect(p.path).toMatch(POINTER);
  }
}
