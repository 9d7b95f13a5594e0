import type { Story } from '../schema/story.ts';
import type { Hotspot } from '../schema/hotspot.ts';
import type { Answer } from '../schema/question.ts';
import type { Effect } from '../schema/variable.ts';
import type { HotspotId } from '../schema/common.ts';

/**
 * Tallies: story variables the editor keeps for checkpoints, so "3 questions answered right" and
 * "this question answered right" are plain conditions on variables (the engine knows nothing more).
 *
 * - RIGHT_COUNT_ID, a number: every right answer of every question adds 1 to it. A question takes
 *   no more answers once it is answered right, so each question adds 1 at most.
 * - `right-<question's hotspot id>`, yes/no: the question's right answers set it to yes.
 *
 * The effects live on the answers, where the author could see them in the file; keepTallies() puts
 * them back in step after any change to a question (an answer marked right, a question added).
 */

export const RIGHT_COUNT_ID = 'answered-right';

/** The id of the yes/no variable that says a question was answered right. */
export const questionRightId = (hotspotId: HotspotId): string => `right-${hotspotId}`.slice(0, 64);

/** The question whose "answered right" variable this is, if the variable is one. */
export function questionOfTally(story: Story, variable: string): Hotspot | null {
  for (const s of story.scenes) {
    for (const h of s.hotspots) if (h.action.type === 'question' && questionRightId(h.id) === variable) return h;
  }
  return null;
}

const isNumber = (story: Story, id: string) => story.variables.some((v) => v.id === id && typeof v.initial === 'number');
const isYesNo = (story: Story, id: string) => story.variables.some((v) => v.id === id && typeof v.initial === 'boolean');

/** The tally effects one answer of question `h` should carry in this story. */
function tallyEffects(story: Story, h: Hotspot, answer: Answer): Effect[] {
  if (!answer.right) return [];
  const out: Effect[] = [];
  if (isNumber(story, RIGHT_COUNT_ID)) out.push({ variable: RIGHT_COUNT_ID, op: 'add', value: 1 });
  const own = questionRightId(h.id);
  if (isYesNo(story, own)) out.push({ variable: own, op: 'set', value: true });
  return out;
}

const isTally = (e: Effect, h: Hotspot) =>
  (e.variable === RIGHT_COUNT_ID && e.op === 'add' && e.value === 1) || (e.variable === questionRightId(h.id) && e.op === 'set' && e.value === true);

const sameEffects = (a: readonly Effect[], b: readonly Effect[]) => a.length === b.length && a.every((e, i) => JSON.stringify(e) === JSON.stringify(b[i]));

/**
 * Puts every question's tally effects in step with its right answers (the author's own effects stay,
 * in their order, before the tallies). Returns the same story when nothing had to change.
 */
export function keepTallies(story: Story): Story {
  let changed = false;
  const scenes = story.scenes.map((s) => {
    let mine = false;
    const hotspots = s.hotspots.map((h): Hotspot => {
      if (h.action.type !== 'question') return h;
      let touched = false;
      const answers = h.action.answers.map((a) => {
        const before = a.effects ?? [];
        const effects = [...before.filter((e) => !isTally(e, h)), ...tallyEffects(story, h, a)];
        if (sameEffects(before, effects)) return a;
        touched = true;
        const { effects: _was, ...rest } = a;
        return effects.length > 0 ? { ...rest, effects } : rest;
      });
      if (!touched) return h;
      mine = true;
      return { ...h, action: { ...h.action, answers } };
    });
    if (!mine) return s;
    changed = true;
    return { ...s, hotspots };
  });
  return changed ? { ...story, scenes } : story;
}

/** The story with a tally variable (made when missing), its answers' effects in step. */
export function withTally(story: Story, id: string, name: string, initial: number | boolean): Story {
  if (story.variables.some((v) => v.id === id)) return keepTallies(story);
  return keepTallies({ ...story, variables: [...story.variables, { id, name: name.slice(0, 100) || id, initial }] });
}
