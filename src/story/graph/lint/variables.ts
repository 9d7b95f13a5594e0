import type { Condition, Effect, VariableValue } from '../../schema/variable.ts';
import type { Phrase } from '../../phrase.ts';
import { shorten } from '../text.ts';
import { words, type LintContext, type Path, pathTo } from './context.ts';
import type { HotspotId, SceneId } from '../../schema/common.ts';

/**
 * Variables: conditions and effects use variables that exist (variable-unknown), as the type they
 * hold (variable-type-mismatch).
 */

type ValueType = 'number' | 'boolean' | 'string';
const typeOf = (v: VariableValue): ValueType => (typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string');

export function variableUse(
  cx: LintContext,
  c: Condition | Effect,
  kind: 'condition' | 'effect',
  path: Path,
  hotspot: () => Phrase,
  sceneId: SceneId,
  hotspotId: HotspotId,
): void {
  const v = cx.variableById.get(c.variable);
  if (!v) {
    cx.report('variable-unknown', words(`lint.variable-unknown.${kind}`, { hotspot: hotspot(), variable: c.variable }), pathTo(path, 'variable'), sceneId, hotspotId);
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
  const params = { hotspot: hotspot(), name: shorten(v.name), expected: words(`lint.type.${expected}`), holds: words(`lint.type.${type}`) };
  cx.report('variable-type-mismatch', words(`lint.variable-type-mismatch.${kind}`, params), path, sceneId, hotspotId);
}
