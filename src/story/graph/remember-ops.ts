import type { Story } from '../schema/story.ts';
import type { Answer } from '../schema/question.ts';
import type { Effect } from '../schema/variable.ts';
import type { HotspotId } from '../schema/common.ts';
import { StoryOpError, newId, updateHotspot } from './ops.ts';
import { RIGHT_COUNT_ID, keepTallies, questionOfTally } from './tallies.ts';

/**
 * "Then the story remembers: found the key". An answer can make the story remember one yes/no
 * thing of the author's own (a story variable set to yes), which a closed link can wait for. The
 * tallies the editor keeps for questions are not such things; other effects (e.g. from a Twine
 * import) stay as they are.
 */

/** The author's own yes/no variables: what an answer can make the story remember. */
export function rememberables(story: Story): Story['variables'] {
  return story.variables.filter((v) => typeof v.initial === 'boolean' && v.id !== RIGHT_COUNT_ID && !questionOfTally(story, v.id));
}

const remembers = (story: Story, e: Effect) => e.op === 'set' && e.value === true && rememberables(story).some((v) => v.id === e.variable);

/** What this answer makes the story remember, if anything. */
export function answerRemembers(story: Story, answer: Answer): string | null {
  return answer.effects?.find((e) => remembers(story, e))?.variable ?? null;
}

/** An id for a new thing to remember, from its name ("Found the key!" → "found-the-key"). */
function rememberId(story: Story, name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const taken = new Set(story.variables.map((v) => v.id));
  return slug && !taken.has(slug) && !questionOfTally(story, slug) && slug !== RIGHT_COUNT_ID ? slug : newId(slug || 'remember', story);
}

/** What the answer makes the story remember: an existing thing, a new one (by its name), or nothing. */
export type Remember = { variable: string } | { name: string } | null;

/**
 * Sets what an answer of a question makes the story remember (replacing what it remembered
 * before); a new thing is made, starting as "no". One change, so one undo step.
 */
export function setAnswerRemembers(story: Story, questionId: HotspotId, answerId: string, remember: Remember): Story {
  let next = story;
  let variable: string | null = null;
  if (remember && 'name' in remember) {
    const name = remember.name.trim().slice(0, 100);
    if (!name) throw new StoryOpError('Give the thing to remember a name, e.g. “found the key”.');
    const same = rememberables(story).find((v) => v.name.toLowerCase() === name.toLowerCase());
    variable = same?.id ?? rememberId(story, name);
    if (!same) next = { ...story, variables: [...story.variables, { id: variable, name, initial: false }] };
  } else if (remember) {
    if (!rememberables(story).some((v) => v.id === remember.variable)) throw new StoryOpError(`The story has no yes/no thing "${remember.variable}" to remember.`);
    variable = remember.variable;
  }
  const changed = updateHotspot(next, questionId, (h) => {
    if (h.action.type !== 'question') throw new StoryOpError('That hotspot does not ask a question.');
    if (!h.action.answers.some((a) => a.id === answerId)) throw new StoryOpError(`The question has no answer "${answerId}".`);
    const answers = h.action.answers.map((a): Answer => {
      if (a.id !== answerId) return a;
      const kept = (a.effects ?? []).filter((e) => !remembers(next, e));
      const effects: Effect[] = variable ? [{ variable, op: 'set', value: true }, ...kept] : kept;
      const { effects: _was, ...rest } = a;
      return effects.length ? { ...rest, effects } : rest;
    });
    return { ...h, action: { ...h.action, answers } };
  });
  return keepTallies(changed);
}
