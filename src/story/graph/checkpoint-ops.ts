import type { Story } from '../schema/story.ts';
import type { Hotspot } from '../schema/hotspot.ts';
import type { HotspotId } from '../schema/common.ts';
import type { Answer } from '../schema/question.ts';
import type { Effect } from '../schema/variable.ts';
import { StoryOpError, findHotspot, updateHotspot } from './ops.ts';

/**
 * "Closed until a question is answered right", in the story's own terms (pure: story in, story out).
 * The question gets a yes/no variable, `right-<question id>`, that starts false; each of its right
 * answers sets it to true (an answer effect); the link's checkpoint waits for it to be true.
 * Whenever the question's answers change (setHotspotAction), the effect follows the right answers.
 */

/** The id of the variable a question's right answers set (never longer than an id may be). */
export const rightFlagId = (questionId: HotspotId): string => `right-${questionId}`.slice(0, 64);

const hotspotOf = (story: Story, id: HotspotId): Hotspot => {
  const { si, hi } = findHotspot(story, id);
  return story.scenes[si]!.hotspots[hi]!;
};
const isFlag = (e: Effect, variable: string) => e.variable === variable && e.op === 'set';
const same = (a: readonly Effect[], b: readonly Effect[]) => a.length === b.length && a.every((e, i) => JSON.stringify(e) === JSON.stringify(b[i]));

/** The answer setting the variable to true when `on`, and not setting it otherwise (the same object when nothing changes). */
function flagged(a: Answer, variable: string, on: boolean): Answer {
  const was = a.effects ?? [];
  const others = was.filter((e) => !isFlag(e, variable));
  const effects: Effect[] = on ? [...others, { variable, op: 'set', value: true }] : others;
  if (same(effects, was)) return a;
  const { effects: _was, ...rest } = a;
  return effects.length ? { ...rest, effects } : rest;
}

/** Sets (or clears) the question's "answered right" effect on its answers; the story as it was when nothing changes. */
function flagAnswers(story: Story, questionId: HotspotId, variable: string, on: boolean): Story {
  const action = hotspotOf(story, questionId).action;
  if (action.type !== 'question') return story;
  const answers = action.answers.map((a) => flagged(a, variable, on && a.right));
  return answers.every((a, i) => a === action.answers[i]) ? story : updateHotspot(story, questionId, { action: { ...action, answers } });
}

/** When the question has an "answered right" variable: its right answers (and only they) set it. */
export function syncRightFlag(story: Story, questionId: HotspotId): Story {
  const variable = rightFlagId(questionId);
  return story.variables.some((v) => v.id === variable) ? flagAnswers(story, questionId, variable, true) : story;
}

/** The question a checkpoint waits for ("answered right"), when that is all it waits for. */
export function checkpointQuestion(story: Story, link: Hotspot): Hotspot | null {
  const when = link.action.type === 'goto' ? link.action.closed?.when : undefined;
  const c = when?.length === 1 ? when[0]! : null;
  if (!c || c.op !== 'eq' || c.value !== true) return null;
  for (const s of story.scenes) for (const h of s.hotspots) if (h.action.type === 'question' && rightFlagId(h.id) === c.variable) return h;
  return null;
}

/**
 * Closes a go-to link until the question is answered right. The question's variable is made when
 * needed (named `name`, for authors); the message the reader sees while it is closed stays.
 */
export function closeUntilAnswered(story: Story, linkId: HotspotId, questionId: HotspotId, name: string): Story {
  if (hotspotOf(story, questionId).action.type !== 'question') throw new StoryOpError('That hotspot does not ask a question.');
  const action = hotspotOf(story, linkId).action;
  if (action.type !== 'goto') throw new StoryOpError('Only a link to another scene can be closed.');
  const variable = rightFlagId(questionId);
  const existing = story.variables.find((v) => v.id === variable);
  if (existing && typeof existing.initial !== 'boolean') throw new StoryOpError(`The variable "${variable}" is not a yes/no one.`);
  const made: Story = existing ? story : { ...story, variables: [...story.variables, { id: variable, name: name.slice(0, 100) || variable, initial: false }] };
  const next = flagAnswers(made, questionId, variable, true);
  const closed = { when: [{ variable, op: 'eq' as const, value: true }], message: action.closed?.message ?? {} };
  return updateHotspot(next, linkId, { action: { ...action, closed } });
}

/** Whether anything in the story waits for this variable (a hotspot's or a checkpoint's condition). */
function waitedFor(story: Story, variable: string): boolean {
  return story.scenes.some((s) =>
    s.hotspots.some((h) => h.conditions?.some((c) => c.variable === variable) || (h.action.type === 'goto' && h.action.closed?.when.some((c) => c.variable === variable))),
  );
}

/**
 * Opens a closed link again. A question's "answered right" variable that nothing waits for any
 * more goes, with the effects that set it, so the story keeps no leftovers.
 */
export function openLink(story: Story, linkId: HotspotId): Story {
  const action = hotspotOf(story, linkId).action;
  if (action.type !== 'goto' || !action.closed) return story;
  const { closed, ...open } = action;
  let next = updateHotspot(story, linkId, { action: open });
  for (const { variable } of closed.when) {
    const question = next.scenes.flatMap((s) => s.hotspots).find((h) => h.action.type === 'question' && rightFlagId(h.id) === variable);
    if (!question || waitedFor(next, variable)) continue;
    next = flagAnswers(next, question.id, variable, false);
    next = { ...next, variables: next.variables.filter((v) => v.id !== variable) };
  }
  return next;
}
