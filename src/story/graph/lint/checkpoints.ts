import type { Hotspot } from '../../schema/hotspot.ts';
import type { Checkpoint } from '../../schema/question.ts';
import type { Scene } from '../../schema/scene.ts';
import type { Story } from '../../schema/story.ts';
import type { Condition, Effect, VariableValue } from '../../schema/variable.ts';
import { shorten } from '../text.ts';
import { hotspotWords, words, type LintContext, type Path, pathTo } from './context.ts';
import { variableUse } from './variables.ts';
import { translations } from './texts.ts';

/**
 * Checkpoints: a closed link's conditions use variables that exist (variable-unknown), and can hold
 * some day (checkpoint-never-opens): its variable starts so, or something in the story can make it so.
 * Choices can be made again and again, so what they add has no limit; a question adds to its
 * score once, and its answers' effects count once each.
 */
export function checkpoint(cx: LintContext, h: Hotspot, closed: Checkpoint, ap: Path, s: Scene): void {
  const hotspot = () => hotspotWords(cx, h, s);
  translations(cx, closed.message, pathTo(ap, 'closed', 'message'), () => words('lint.field.checkpoint-message', { hotspot: hotspot() }), false, s.id, h.id);
  closed.when.forEach((c, i) => variableUse(cx, c, 'condition', pathTo(ap, 'closed', 'when', i), hotspot, s.id, h.id));
  const never = closed.when.find((c) => cx.variableById.has(c.variable) && !canHold(cx.story, c));
  if (never) {
    const name = shorten(cx.variableById.get(never.variable)!.name);
    cx.report('checkpoint-never-opens', words('lint.checkpoint-never-opens', { hotspot: hotspot(), name }), pathTo(ap, 'closed', 'when', closed.when.indexOf(never)), s.id, h.id);
  }
}

/** What the story can do to one variable. */
interface Writes {
  values: VariableValue[];
  toggles: boolean;
  /** Adds that can repeat without end (choices), by sign. */
  upForever: boolean;
  downForever: boolean;
  /** Adds that happen at most once (a question's score, an answer's effects). */
  onceUp: number;
  onceDown: number;
}

function writesTo(story: Story, variable: string): Writes {
  const w: Writes = { values: [], toggles: false, upForever: false, downForever: false, onceUp: 0, onceDown: 0 };
  const take = (e: Effect, once: boolean) => {
    if (e.variable !== variable) return;
    if (e.op === 'set') w.values.push(e.value);
    else if (e.op === 'toggle') w.toggles = true;
    else if (once) {
      if (e.value > 0) w.onceUp += e.value;
      else w.onceDown += e.value;
    } else if (e.value > 0) w.upForever = true;
    else if (e.value < 0) w.downForever = true;
  };
  for (const s of story.scenes) {
    for (const h of s.hotspots) {
      h.effects?.forEach((e) => take(e, false));
      if (h.action.type !== 'question') continue;
      if (h.action.score === variable) w.onceUp += 1;
      for (const a of h.action.answers) a.effects?.forEach((e) => take(e, true));
    }
  }
  return w;
}

const holds = (c: Condition, v: VariableValue): boolean => {
  if (c.op === 'eq') return v === c.value;
  if (c.op === 'ne') return v !== c.value;
  if (typeof v !== typeof c.value || typeof v === 'boolean') return false;
  const [a, b] = [v as number | string, c.value as number | string];
  return c.op === 'gt' ? a > b : c.op === 'gte' ? a >= b : c.op === 'lt' ? a < b : a <= b;
};

/** True when the condition holds at the start or can be made to hold by something in the story. */
export function canHold(story: Story, c: Condition): boolean {
  const variable = story.variables.find((v) => v.id === c.variable);
  if (!variable) return false;
  const start = variable.initial;
  if (holds(c, start)) return true;
  const w = writesTo(story, c.variable);
  if (w.values.some((v) => holds(c, v))) return true;
  if (typeof start === 'boolean') return w.toggles && holds(c, !start);
  if (typeof start !== 'number' || typeof c.value !== 'number') return false;
  // Numbers: every value between the lowest and the highest the story can reach may be reached.
  const bases = [start, ...w.values.filter((v): v is number => typeof v === 'number')];
  const high = w.upForever ? Infinity : Math.max(...bases) + w.onceUp;
  const low = w.downForever ? -Infinity : Math.min(...bases) + w.onceDown;
  if (c.op === 'gt') return high > c.value;
  if (c.op === 'gte') return high >= c.value;
  if (c.op === 'lt') return low < c.value;
  if (c.op === 'lte') return low <= c.value;
  // eq / ne: the sets of values were tried above; adds may reach any value in between.
  const adds = w.upForever || w.downForever || w.onceUp > 0 || w.onceDown < 0;
  return adds && (c.op === 'ne' || (c.value >= low && c.value <= high));
}
