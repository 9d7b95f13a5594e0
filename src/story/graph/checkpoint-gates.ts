import type { Story } from '../schema/story.ts';
import type { Hotspot } from '../schema/hotspot.ts';
import type { Checkpoint } from '../schema/question.ts';
import type { Condition, VariableValue } from '../schema/variable.ts';
import type { HotspotId } from '../schema/common.ts';
import { StoryOpError, updateHotspot } from './ops.ts';
import { setText } from './text.ts';
import { RIGHT_COUNT_ID, keepTallies, questionOfTally, questionRightId, withTally } from './tallies.ts';

/**
 * Checkpoints in words a reader of the inspector understands. A checkpoint is a list of conditions
 * on story variables; the editor shows each as a "gate":
 * - "N questions answered right" (the right-answers tally, at least N),
 * - "this question answered right" (the question's own yes/no tally is yes),
 * - a story variable compared with a value (anything else, e.g. from a Twine import).
 */
export type Gate =
  | { kind: 'right-count'; count: number }
  | { kind: 'question-right'; hotspotId: HotspotId }
  | { kind: 'variable'; variable: string; op: Condition['op']; value: VariableValue };

export const MAX_CONDITIONS = 20;

/** How the inspector shows one condition of a checkpoint. */
export function gateOf(story: Story, c: Condition): Gate {
  if (c.variable === RIGHT_COUNT_ID && c.op === 'gte' && typeof c.value === 'number') return { kind: 'right-count', count: c.value };
  if (c.op === 'eq' && c.value === true) {
    const q = questionOfTally(story, c.variable);
    if (q) return { kind: 'question-right', hotspotId: q.id };
  }
  return { kind: 'variable', variable: c.variable, op: c.op, value: c.value };
}

/** Names for the variables a gate may need, in the author's UI language (authors see them in problems). */
export interface TallyNames {
  rightCount: string;
  /** The name of a question's "answered right" variable. */
  questionRight(question: Hotspot): string;
}

/** The condition for a gate, and the story with the tally it reads (made when missing). */
export function conditionFor(story: Story, gate: Gate, names: TallyNames): { story: Story; condition: Condition } {
  if (gate.kind === 'right-count') {
    const count = Math.max(1, Math.round(Number.isFinite(gate.count) ? gate.count : 1));
    return { story: withTally(story, RIGHT_COUNT_ID, names.rightCount, 0), condition: { variable: RIGHT_COUNT_ID, op: 'gte', value: count } };
  }
  if (gate.kind === 'question-right') {
    const q = story.scenes.flatMap((s) => s.hotspots).find((h) => h.id === gate.hotspotId);
    if (!q || q.action.type !== 'question') throw new StoryOpError(`There is no question "${gate.hotspotId}".`);
    const id = questionRightId(q.id);
    return { story: withTally(story, id, names.questionRight(q), false), condition: { variable: id, op: 'eq', value: true } };
  }
  return { story, condition: { variable: gate.variable, op: gate.op, value: gate.value } };
}

/** The first gate a new checkpoint gets: a question of this scene answered right, else of the story, else one right answer. */
export function firstGate(story: Story, hotspotId: HotspotId): Gate {
  const scene = story.scenes.find((s) => s.hotspots.some((h) => h.id === hotspotId));
  const question = (scene?.hotspots ?? []).concat(story.scenes.flatMap((s) => s.hotspots)).find((h) => h.action.type === 'question');
  return question ? { kind: 'question-right', hotspotId: question.id } : { kind: 'right-count', count: 1 };
}

function changeCheckpoint(story: Story, hotspotId: HotspotId, change: (closed: Checkpoint | undefined) => Checkpoint | undefined): Story {
  const h = story.scenes.flatMap((s) => s.hotspots).find((x) => x.id === hotspotId);
  if (!h) throw new StoryOpError(`There is no hotspot "${hotspotId}".`);
  if (h.action.type !== 'goto') throw new StoryOpError('Only a link to another scene can be closed.');
  const { closed, ...rest } = h.action;
  const next = change(closed);
  if (next === closed) return story;
  return updateHotspot(story, hotspotId, { action: next ? { ...rest, closed: next } : rest });
}

/** Whether anything in the story reads this variable: a condition, a checkpoint, a score. */
function isRead(story: Story, variable: string): boolean {
  return story.scenes.some(
    (s) =>
      s.ending?.score?.variable === variable ||
      s.hotspots.some(
        (h) =>
          h.conditions?.some((c) => c.variable === variable) ||
          (h.action.type === 'goto' && h.action.closed?.when.some((c) => c.variable === variable)) ||
          (h.action.type === 'question' && h.action.score === variable),
      ),
  );
}

/** The tallies among these variables that nothing reads any more go, with the effects that kept them. */
function dropUnreadTallies(story: Story, variables: readonly string[]): Story {
  const unread = variables.filter((v) => (v === RIGHT_COUNT_ID || questionOfTally(story, v)) && !isRead(story, v));
  if (unread.length === 0) return story;
  return keepTallies({ ...story, variables: story.variables.filter((v) => !unread.includes(v.id)) });
}

/**
 * Closes a go-to link until a first gate holds, or opens it for good: its conditions and message go,
 * and so do the tallies only it waited for (the story keeps no leftovers).
 */
export function setLinkClosed(story: Story, hotspotId: HotspotId, closed: boolean, names: TallyNames): Story {
  if (!closed) {
    let read: string[] = [];
    const opened = changeCheckpoint(story, hotspotId, (was) => {
      read = was?.when.map((c) => c.variable) ?? [];
      return undefined;
    });
    return opened === story ? story : dropUnreadTallies(opened, read);
  }
  const h = story.scenes.flatMap((s) => s.hotspots).find((x) => x.id === hotspotId);
  if (h?.action.type === 'goto' && h.action.closed) return story;
  const { story: next, condition } = conditionFor(story, firstGate(story, hotspotId), names);
  return changeCheckpoint(next, hotspotId, (was) => was ?? { when: [condition], message: {} });
}

/**
 * Closes a go-to link until one gate holds (as the headset editor does: "closed until this question
 * is answered right"). Conditions it had before are replaced; the message the reader sees stays.
 */
export function closeUntil(story: Story, hotspotId: HotspotId, gate: Gate, names: TallyNames): Story {
  const { story: next, condition } = conditionFor(story, gate, names);
  let read: string[] = [];
  const closed = changeCheckpoint(next, hotspotId, (was) => {
    read = was?.when.map((c) => c.variable).filter((v) => v !== condition.variable) ?? [];
    return { when: [condition], message: was?.message ?? {} };
  });
  return dropUnreadTallies(closed, read);
}


/** Sets condition `index` of a link's checkpoint (index = their number adds one). */
export function setCheckpointGate(story: Story, hotspotId: HotspotId, index: number, gate: Gate, names: TallyNames): Story {
  const { story: next, condition } = conditionFor(story, gate, names);
  return changeCheckpoint(next, hotspotId, (was) => {
    if (!was) throw new StoryOpError('This link is not closed.');
    if (index < 0 || index > was.when.length || index >= MAX_CONDITIONS) throw new StoryOpError(`A checkpoint has no condition ${index + 1}.`);
    const when = [...was.when];
    when[index] = condition;
    return { ...was, when };
  });
}

/** Removes one condition (the last one cannot go: open the link instead). */
export function removeCheckpointGate(story: Story, hotspotId: HotspotId, index: number): Story {
  return changeCheckpoint(story, hotspotId, (was) => {
    if (!was || was.when.length <= 1 || !was.when[index]) return was;
    return { ...was, when: was.when.filter((_, i) => i !== index) };
  });
}

/** The words the reader sees while the link is closed, in one language. */
export function setCheckpointMessage(story: Story, hotspotId: HotspotId, language: string, text: string): Story {
  return changeCheckpoint(story, hotspotId, (was) => (was ? { ...was, message: setText(was.message, language, text) } : was));
}
