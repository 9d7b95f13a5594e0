import type { Story } from '../../story/schema/story.ts';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import { gateOf, type Gate } from '../../story/graph/checkpoint-gates.ts';
import { questionOfTally, questionRightId } from '../../story/graph/tallies.ts';
import { rememberables } from '../../story/graph/remember-ops.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { promptWords, storyQuestions } from './question-edit.ts';

/**
 * What a closed link waits for, as the headset editor offers and shows it: one question answered
 * right, any N questions answered right, or a thing the story remembers. Anything else (several
 * conditions, a number variable from an import) is shown as "something else" and changed on the
 * computer.
 */

const countWords = (count: number) => (count === 1 ? t('vrEdit.gateCountOne') : t('vrEdit.gateCount', { count }));
const nameOf = (story: Story, id: string) => story.variables.find((v) => v.id === id)?.name ?? id;

/** The one gate a closed link waits for, when it waits for one the headset can show. */
function singleGate(story: Story, link: Hotspot): Gate | null {
  const when = link.action.type === 'goto' ? link.action.closed?.when : undefined;
  if (when?.length !== 1) return null;
  const gate = gateOf(story, when[0]!);
  if (gate.kind !== 'variable') return gate;
  return gate.op === 'eq' && gate.value === true && rememberables(story).some((v) => v.id === gate.variable) ? gate : null;
}

/** The choices: the story's questions (by their ids) first, then "any N", then what the story remembers. */
export function gateChoices(story: Story): Array<{ id: string; label: string; gate: Gate }> {
  const questions = storyQuestions(story);
  return [
    ...questions.map((q) => ({ ...q, gate: { kind: 'question-right', hotspotId: q.id } as Gate })),
    ...(questions.length > 1 ? questions.map((_, i) => ({ id: `count-${i + 1}`, label: countWords(i + 1), gate: { kind: 'right-count', count: i + 1 } as Gate })) : []),
    ...rememberables(story).map((v) => ({ id: `remember-${v.id}`, label: t('vrEdit.gateRemembers', { name: v.name }), gate: { kind: 'variable', variable: v.id, op: 'eq', value: true } as Gate })),
  ];
}

/** Which of the choices the link waits for now. */
export function currentGateChoice(story: Story, link: Hotspot): string | null {
  const gate = singleGate(story, link);
  if (!gate) return null;
  if (gate.kind === 'question-right') return gate.hotspotId;
  if (gate.kind === 'right-count') return `count-${gate.count}`;
  return `remember-${gate.variable}`;
}

/** "Closed until …" in words. */
export function closedUntilWords(story: Story, link: Hotspot): string {
  const gate = singleGate(story, link);
  const lang = story.meta.defaultLanguage;
  if (gate?.kind === 'question-right') {
    const question = questionOfTally(story, questionRightId(gate.hotspotId));
    if (question) return t('vrEdit.linkClosedUntil', { question: promptWords(question, lang) });
  }
  if (gate?.kind === 'right-count') return t('vrEdit.linkClosedCount', { what: countWords(gate.count) });
  if (gate?.kind === 'variable') return t('vrEdit.linkClosedRemembers', { name: nameOf(story, gate.variable) });
  return t('vrEdit.linkClosedOther');
}

/** A go-to link's checkpoint in words: open, or closed until something, and its message. */
export function checkpointWords(story: Story, hotspot: Hotspot): string {
  if (hotspot.action.type !== 'goto') return '';
  const closed = hotspot.action.closed;
  if (!closed) return t('vrEdit.linkOpen');
  const message = localize(closed.message, story.meta.defaultLanguage);
  return `${closedUntilWords(story, hotspot)}\n${message ? t('vrEdit.closedMessage', { message }) : t('vrEdit.noClosedMessage')}`;
}
