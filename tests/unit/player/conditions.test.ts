import { describe, expect, it } from 'vitest';
import { applyEffects, conditionHolds, localize } from '../../../src/player/engine/index.ts';

describe('conditions', () => {
  const vars = { n: 3, s: 'b', f: false, t: true };
  it.each([
    ['n', 'eq', 3, true],
    ['n', 'ne', 3, false],
    ['n', 'gt', 2, true],
    ['n', 'gt', 3, false],
    ['n', 'gte', 3, true],
    ['n', 'lt', 4, true],
    ['n', 'lte', 2, false],
    ['s', 'gt', 'a', true],
    ['s', 'lt', 3, false], // mixed types never compare
    ['f', 'eq', false, true],
    ['t', 'gt', false, false], // booleans have no order
    ['missing', 'eq', 0, false],
    ['missing', 'ne', 0, true],
    ['missing', 'lt', 1, false],
  ] as const)('%s %s %s -> %s', (variable, op, value, expected) => {
    expect(conditionHolds({ variable, op, value }, vars)).toBe(expected);
  });
});

describe('effects', () => {
  it('apply in order: set, add, toggle', () => {
    const vars = Object.freeze({ n: 1, b: false, s: 'x' });
    const next = applyEffects(
      [
        { variable: 'n', op: 'add', value: 2 },
        { variable: 'n', op: 'set', value: 10 },
        { variable: 'n', op: 'add', value: -1 },
        { variable: 'b', op: 'toggle' },
        { variable: 'new', op: 'add', value: 5 },
        { variable: 's', op: 'add', value: 1 },
      ],
      vars,
    );
    expect(next).toEqual({ n: 9, b: true, s: 1, new: 5 });
    expect(vars).toEqual({ n: 1, b: false, s: 'x' });
  });
});

describe('localize', () => {
  it('falls back to the default language, then to any text', () => {
    expect(localize({ en: 'Hi', nb: 'Hei' }, 'nb', 'en')).toBe('Hei');
    expect(localize({ en: 'Hi' }, 'nb', 'en')).toBe('Hi');
    expect(localize({ nb: 'Hei' }, 'fr', 'en')).toBe('Hei');
    expect(localize({ en: '' , nb: 'Hei'}, 'en', 'en')).toBe('Hei');
    expect(localize(undefined, 'en', 'en')).toBe('');
  });
});
