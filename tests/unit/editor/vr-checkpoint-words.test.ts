import { describe, expect, it } from 'vitest';
import { fakeQuestion, fakeStory } from '../../../src/story/fake.ts';
import { closeUntil, setCheckpointGate, type TallyNames } from '../../../src/story/graph/checkpoint-gates.ts';
import { setAnswerRemembers } from '../../../src/story/graph/remember-ops.ts';
import { checkpointWords, currentGateChoice, gateChoices } from '../../../src/editor/vr/checkpoint-words.ts';
import type { Story } from '../../../src/story/schema/index.ts';

const names: TallyNames = { rightCount: 'Right answers', questionRight: () => 'Answered right' };

/** Three scenes; the first has a link on and two questions, the first answer of q1 remembers "found the key". */
function story(): Story {
  const s = structuredClone(fakeStory({ scenes: 3 }));
  s.scenes[0]!.hotspots.push(fakeQuestion('q1', 'Where is the key?', [['Under the mat', true], ['In the tree', false]]));
  s.scenes[1]!.hotspots.push(fakeQuestion('q2', 'Which year?', [['1890', true], ['1990', false]]));
  return setAnswerRemembers(s, 'q1', 'a', { name: 'found the key' });
}
const linkOf = (s: Story) => s.scenes[0]!.hotspots.find((h) => h.action.type === 'goto')!;

describe('what a closed link waits for, in the headset', () => {
  it('offers each question, any 1 or 2 of them, and what the story remembers', () => {
    expect(gateChoices(story()).map((c) => c.label)).toEqual([
      'Where is the key? (Scene 1)',
      'Which year? (Scene 2)',
      'Any 1 question answered right',
      'Any 2 questions answered right',
      'The story remembers “found the key”',
    ]);
  });

  it('each choice closes the link so, is marked as the current one, and is said in words on the card', () => {
    const s = story();
    const link = linkOf(s);
    expect(checkpointWords(s, link)).toBe('Open: readers can always go this way.');
    const said = gateChoices(s).map((choice) => {
      const closed = closeUntil(s, link.id, choice.gate, names);
      expect(currentGateChoice(closed, linkOf(closed))).toBe(choice.id);
      return checkpointWords(closed, linkOf(closed)).split('\n')[0];
    });
    expect(said).toEqual([
      'Closed until “Where is the key?” is answered right.',
      'Closed until “Which year?” is answered right.',
      'Closed until: Any 1 question answered right.',
      'Closed until: Any 2 questions answered right.',
      'Closed until the story remembers “found the key”.',
    ]);
  });

  it('a checkpoint of several conditions is “something else”, changed on the computer', () => {
    const s = story();
    const link = linkOf(s);
    const one = closeUntil(s, link.id, { kind: 'right-count', count: 1 }, names);
    const closed = setCheckpointGate(one, link.id, 1, { kind: 'variable', variable: 'found-the-key', op: 'eq', value: true }, names);
    expect(currentGateChoice(closed, linkOf(closed))).toBeNull();
    expect(checkpointWords(closed, linkOf(closed))).toMatch(/^Closed until something in the story happens/);
  });
});
