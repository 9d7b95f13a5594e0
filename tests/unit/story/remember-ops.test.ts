import { describe, expect, it } from 'vitest';
import { fakeQuestion, fakeStory } from '../../../src/story/fake.ts';
import { answerRemembers, rememberables, setAnswerRemembers } from '../../../src/story/graph/remember-ops.ts';
import { closeUntil, type TallyNames } from '../../../src/story/graph/checkpoint-gates.ts';
import { createPlayerEngine } from '../../../src/player/engine/index.ts';
import { Story } from '../../../src/story/schema/index.ts';

/** Two scenes: a link to the second and a question (answer a right, b wrong, b with an imported effect). */
function story(): Story {
  const s = structuredClone(fakeStory({ scenes: 2 }));
  const question = fakeQuestion('q1', 'Where is the key?', [['Under the mat', true], ['In the tree', false]]);
  if (question.action.type === 'question') question.action.answers[1]!.effects = [{ variable: 'visits', op: 'add', value: 1 }];
  s.variables = [{ id: 'visits', name: 'Visits', initial: 0 }];
  s.scenes[0]!.hotspots.push(question);
  return Object.freeze(s) as Story;
}
const answer = (s: Story, id: string) => {
  const h = s.scenes[0]!.hotspots.find((x) => x.id === 'q1')!;
  if (h.action.type !== 'question') throw new Error('not a question');
  return h.action.answers.find((a) => a.id === id)!;
};
const names: TallyNames = { rightCount: 'Right answers', questionRight: () => 'Answered right' };

describe('an answer makes the story remember something', () => {
  it('a new thing by its name: a yes/no variable starting at no, set by the answer', () => {
    const next = setAnswerRemembers(story(), 'q1', 'a', { name: 'Found the key!' });
    expect(Story.safeParse(next).success).toBe(true);
    expect(next.variables).toContainEqual({ id: 'found-the-key', name: 'Found the key!', initial: false });
    expect(answer(next, 'a').effects).toEqual([{ variable: 'found-the-key', op: 'set', value: true }]);
    expect(answerRemembers(next, answer(next, 'a'))).toBe('found-the-key');
    expect(rememberables(next).map((v) => v.id)).toEqual(['found-the-key']);
  });

  it('another answer remembers the same thing by its name (no second variable); nothing takes it away, keeping other effects', () => {
    let next = setAnswerRemembers(story(), 'q1', 'a', { name: 'Found the key' });
    next = setAnswerRemembers(next, 'q1', 'b', { name: 'found the KEY' });
    expect(next.variables.filter((v) => v.name.toLowerCase() === 'found the key')).toHaveLength(1);
    expect(answer(next, 'b').effects).toEqual([{ variable: 'found-the-key', op: 'set', value: true }, { variable: 'visits', op: 'add', value: 1 }]);
    next = setAnswerRemembers(next, 'q1', 'b', null);
    expect(answer(next, 'b').effects).toEqual([{ variable: 'visits', op: 'add', value: 1 }]);
    expect(answerRemembers(next, answer(next, 'b'))).toBeNull();
  });

  it('the tallies of closed links stay after the author’s own effects, and are never offered as things to remember', () => {
    const s = story();
    const link = s.scenes[0]!.hotspots.find((h) => h.action.type === 'goto')!;
    let next = closeUntil(s, link.id, { kind: 'question-right', hotspotId: 'q1' }, names);
    next = setAnswerRemembers(next, 'q1', 'a', { name: 'Found the key' });
    expect(answer(next, 'a').effects).toEqual([{ variable: 'found-the-key', op: 'set', value: true }, { variable: 'right-q1', op: 'set', value: true }]);
    expect(rememberables(next).map((v) => v.id)).toEqual(['found-the-key']);
    expect(() => setAnswerRemembers(next, 'q1', 'a', { variable: 'right-q1' })).toThrow(/no yes\/no thing/);
  });

  it('a way closed until the story remembers it opens when the reader gives that answer', () => {
    const s = setAnswerRemembers(story(), 'q1', 'b', { name: 'Found the key' });
    const link = s.scenes[0]!.hotspots.find((h) => h.action.type === 'goto')!;
    const closed = closeUntil(s, link.id, { kind: 'variable', variable: 'found-the-key', op: 'eq', value: true }, names);
    const engine = createPlayerEngine(closed, { language: 'en' });
    engine.start();
    expect(engine.getState().closedHotspots.has(link.id)).toBe(true);
    engine.choose('q1');
    engine.answer('q1', 'b');
    expect(engine.getState().closedHotspots.has(link.id)).toBe(false);
  });

  it('refuses, in words, a thing without a name', () => {
    expect(() => setAnswerRemembers(story(), 'q1', 'a', { name: '   ' })).toThrow(/Give the thing to remember a name/);
  });
});
