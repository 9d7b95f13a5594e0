import { describe, expect, it } from 'vitest';
import { fakeQuestion, fakeStory } from '../../../src/story/fake.ts';
import { closeUntil, gateOf, setLinkClosed, type TallyNames } from '../../../src/story/graph/checkpoint-gates.ts';
import { RIGHT_COUNT_ID, questionRightId } from '../../../src/story/graph/tallies.ts';
import { setHotspotAction } from '../../../src/story/graph/link-labels.ts';
import { lintStory } from '../../../src/story/graph/lint.ts';
import { createPlayerEngine } from '../../../src/player/engine/index.ts';
import { Story, type Hotspot } from '../../../src/story/schema/index.ts';

/** Two scenes: the first has a link to the second and a question (answer a right, b wrong). */
function story(): Story {
  const s = structuredClone(fakeStory({ scenes: 2 }));
  const question = fakeQuestion('q1', 'Which year?', [['1890', true], ['1990', false]]);
  if (question.action.type === 'question') question.action.answers[1]!.effects = [{ variable: 'seen', op: 'set', value: true }];
  s.variables = [{ id: 'seen', name: 'Seen', initial: false }];
  s.scenes[0]!.hotspots.push(question);
  return Object.freeze(s) as Story;
}
const names: TallyNames = { rightCount: 'Right answers', questionRight: () => 'Answered right: Which year?' };
const closeUntilAnswered = (s: Story, linkId: string, questionId: string) => closeUntil(s, linkId, { kind: 'question-right', hotspotId: questionId }, names);
const openLink = (s: Story, linkId: string) => setLinkClosed(s, linkId, false, names);
const rightFlagId = questionRightId;
const link = (s: Story) => s.scenes[0]!.hotspots.find((h) => h.action.type === 'goto')!;
const answers = (s: Story) => {
  const h = s.scenes[0]!.hotspots.find((x) => x.id === 'q1')!;
  if (h.action.type !== 'question') throw new Error('not a question');
  return h.action.answers;
};

describe('closing a link until a question is answered right', () => {
  it('uses the story’s own conditions and effects: a yes/no variable the right answers set', () => {
    const s = story();
    const next = closeUntilAnswered(s, link(s).id, 'q1');
    expect(Story.safeParse(next).success).toBe(true);
    const flag = rightFlagId('q1');
    expect(next.variables).toContainEqual({ id: flag, name: 'Answered right: Which year?', initial: false });
    expect(link(next).action).toMatchObject({ type: 'goto', closed: { when: [{ variable: flag, op: 'eq', value: true }], message: {} } });
    expect(answers(next)[0]!.effects).toEqual([{ variable: flag, op: 'set', value: true }]);
    expect(answers(next)[1]!.effects).toEqual([{ variable: 'seen', op: 'set', value: true }]);
    const l = link(next);
    expect(l.action.type === 'goto' && gateOf(next, l.action.closed!.when[0]!)).toEqual({ kind: 'question-right', hotspotId: 'q1' });
    expect(lintStory(next).some((p) => p.code === 'checkpoint-never-opens')).toBe(false);
  });

  it('the player keeps the link closed until the right answer, then lets the reader through', () => {
    const s = story();
    const next = closeUntilAnswered(s, link(s).id, 'q1');
    const engine = createPlayerEngine(next, { language: 'en' });
    engine.start();
    expect(engine.getState().closedHotspots.has(link(next).id)).toBe(true);
    engine.choose('q1');
    engine.answer('q1', 'b');
    expect(engine.getState().closedHotspots.has(link(next).id)).toBe(true);
    engine.answer('q1', 'a');
    expect(engine.getState().closedHotspots.has(link(next).id)).toBe(false);
  });

  it('the flag follows the right answers when they change, and keeps the closed message', () => {
    const s = story();
    let next = closeUntilAnswered(s, link(s).id, 'q1');
    const l = link(next);
    if (l.action.type !== 'goto') throw new Error('not a link');
    next = setHotspotAction(next, l.id, { ...l.action, closed: { ...l.action.closed!, message: { en: 'Answer the question first' } } });
    const q = next.scenes[0]!.hotspots.find((h) => h.id === 'q1')!;
    if (q.action.type !== 'question') throw new Error('not a question');
    next = setHotspotAction(next, 'q1', { ...q.action, answers: q.action.answers.map((a) => ({ ...a, right: !a.right })) });
    const flag = rightFlagId('q1');
    expect(answers(next)[0]!.effects).toBeUndefined();
    expect(answers(next)[1]!.effects).toEqual([{ variable: 'seen', op: 'set', value: true }, { variable: flag, op: 'set', value: true }]);
    // Closing again (another question or the same one) keeps the author's message.
    next = closeUntilAnswered(next, l.id, 'q1');
    expect(link(next).action).toMatchObject({ closed: { message: { en: 'Answer the question first' } } });
  });

  it('opening the link again takes away what only it waited for', () => {
    const s = story();
    const opened = openLink(closeUntilAnswered(s, link(s).id, 'q1'), link(s).id);
    expect(opened.variables).toEqual(s.variables);
    expect(answers(opened)).toEqual(answers(s));
    expect(link(opened).action).toEqual(link(s).action);
  });

  it('refuses what cannot be closed, in words', () => {
    const s = story();
    expect(() => closeUntilAnswered(s, 'q1', 'q1')).toThrow(/Only a link/);
    expect(() => closeUntilAnswered(s, link(s).id, link(s).id)).toThrow(/There is no question/);
  });
});

describe('opening a closed link keeps what something else still reads', () => {
  it('a tally another link or an ending score reads stays; one only this link read goes', () => {
    const s = story();
    const l = link(s);
    // A second link in the other scene, back to the first, waits for the same question.
    const back: Hotspot = { id: 'back', yaw: 0, pitch: 0, label: {}, action: { type: 'goto', sceneId: s.scenes[0]!.id } };
    const two = { ...s, scenes: s.scenes.map((sc, i) => (i === 1 ? { ...sc, hotspots: [...sc.hotspots, back] } : sc)) } as Story;
    let next = closeUntilAnswered(two, l.id, 'q1');
    next = closeUntilAnswered(next, back.id, 'q1');
    const opened = openLink(next, l.id);
    expect(opened.variables.map((v) => v.id)).toContain(rightFlagId('q1'));
    expect(answers(opened)[0]!.effects).toEqual([{ variable: rightFlagId('q1'), op: 'set', value: true }]);
    expect(openLink(opened, back.id).variables).toEqual(s.variables);
    // "3 answered right", also shown as an ending's score: opening the link keeps the count.
    next = setLinkClosed(s, l.id, true, names);
    next = closeUntil(next, l.id, { kind: 'right-count', count: 1 }, names);
    expect(next.variables.map((v) => v.id)).toContain(RIGHT_COUNT_ID);
    expect(next.variables.map((v) => v.id)).not.toContain(rightFlagId('q1'));
    const withScore = { ...next, scenes: next.scenes.map((sc, i) => (i === 1 ? { ...sc, ending: { text: {}, score: { variable: RIGHT_COUNT_ID, text: {} } } } : sc)) } as Story;
    const kept = openLink(withScore, l.id);
    expect(kept.variables.map((v) => v.id)).toContain(RIGHT_COUNT_ID);
    expect(answers(kept)[0]!.effects).toEqual([{ variable: RIGHT_COUNT_ID, op: 'add', value: 1 }]);
    expect(openLink(next, l.id).variables).toEqual(s.variables);
  });
});
