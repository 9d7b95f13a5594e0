import type { Condition, Effect, VariableValue } from '../../schema/variable.ts';
import { shorten } from '../text.ts';
import type { LintContext, Path } from './context.ts';

/**
 * Variables: conditions and effects use variables that exist (variable-unknown), as the type they
 * hold (variable-type-mismatch).
 */

type ValueType = 'number' | 'boolean' | 'string';
const typeOf = (v: VariableValue): ValueType => (typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string');
const TYPE_WORDS = { number: 'a number', boolean: 'yes/no (true or false)', string: 'text' } as const;

export function variableUse(
  cx: LintContext,
  c: Condition | Effect,
  kind: 'condition' | 'effect',
  path: Path,
  words: () => string,
  sceneId: string,
  hotspotId: string,
): void {
  const v = cx.variableById.get(c.variable);
  if (!v) {
    cx.report(
      'variable-unknown',
      `${kind === 'effect' ? 'An' : 'A'} ${kind} of ${words()} uses the variable "${c.variable}", which does not exist. Create the variable, or choose another one.`,
      [...path, 'variable'],
      sceneId,
      hotspotId,
    );
    return;
  }
  const type = typeOf(v.initial);
  let expected: ValueType | undefined;
  if (c.op === 'add') expected = 'number';
  else if (c.op === 'toggle') expected = 'boolean';
  else if (c.op === 'gt' || c.op === 'gte' || c.op === 'lt' || c.op === 'lte') expected = 'number';
  if (expected === undefined || expected === type) {
    if ('value' in c && typeOf(c.value) !== type) expected = typeOf(c.value);
    else return;
  }
  cx.report(
    'variable-type-mismatch',
    `${kind === 'effect' ? 'An' : 'A'} ${kind} of ${words()} treats the variable "${shorten(v.name)}" as ${TYPE_WORDS[expected]}, but it holds ${TYPE_WORDS[type]}. Change the ${kind} or the variable's starting value.`,
    path,
    sceneId,
    hotspotId,
  );
}
