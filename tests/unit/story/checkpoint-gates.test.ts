import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../../src/story/fake.ts';
import { Story } from '../../../src/story/schema/story.ts';
import type { Hotspot } from '../../../src/story/schema/index.ts';
import {
  gateOf,
  removeCheckpointGate,
  setCheckpointGate,
  setCheckpointMessage,
  setLinkClosed,
  type TallyNames,
} from '../../../src/story/graph/checkpoint-gates.ts';
import { RIGHT_COUNT_ID, keepTallies, questionRightId } from '../../../src/story/graph/tallies.ts';
import { lintStory } from '../../../src/story/graph/lint.ts';
import { createPlayerEngine } from '../../../src/player/engine/index.ts';

const names: TallyNames = { rightCount: 'Questions answered right', questionRight: (q) => `Right: ${q.id}` };

const question = (id: string): Hotspot => ({
  id,
  yaw: 100,
  pitch: 0,
  label: { en: id },
  action: {
    type: 'question',
    prompt: { en: `Word ${id}?` },
    chances: 'retry',
    answers: [
      { id: 'a', text: { en: 'Wrong' }, right: false, feedback: {} },
      { id: 'b', text: { en: 'Right' }, right: true, feedback: {}, effects: [{ variable: 'mood', op: 'set', value: 'glad' }] },
    ],
  },
});

/** Two scenes: a question and a door (scene-1-next, to scene-2) in the first. */
function story(): Story {
  const s = structuredClone(fakeStory({ scenes: 2 }));
  s.variables = [{ id: 'mood', name: 'Mood', initial: 'calm' }];
  s.scenes[0]!.hotspots.push(question('q1'), question('q2'));
  return s;
}
const door = (s: Story) => s.scenes[0]!.hotspots.find((h) => h.id === 'scene-1-next')!;
const closedOf = (s: Story) => {
  const a = door(s).action;
  return a.type === 'goto' ? a.closed : undefined;
};
const answersOf = (s: Story, id: string) => {
  const a = s.scenes[0]!.hotspots.find((h) => h.id === id)!.action;
  return a.type === 'question' ? a.answers : [];
};

describe('closing a link until a question is answered right', () => {
  it('closes with the first question of the scene, made of a yes/no tally its right answers set', () => {
    const s = setLinkClosed(story(), 'scene-1-next', true, names);
    expect(Story.safeParse(s).success).toBe(true);
    const flag = questionRightId('q1');
    expect(closedOf(s)).toEqual({ when: [{ variable: flag, op: 'eq', value: true }], message: {} });
    expect(s.variables).toContainEqual({ id: flag, name: 'Right: q1', initial: false });
    // The author's own effect stays first; only the right answer sets the tally.
    expect(answersOf(s, 'q1')[1]!.effects).toEqual([{ variable: 'mood', op: 'set', value: 'glad' }, { variable: flag, op: 'set', value: true }]);
    expect(answersOf(s, 'q1')[0]!.effects).toBeUndefined();
    expect(gateOf(s, closedOf(s)!.when[0]!)).toEqual({ kind: 'question-right', hotspotId: 'q1' });
    expect(lintStory(s).filter((p) => p.code === 'checkpoint-never-opens')).toEqual([]);
  });

  it('opens in the player only after the right answer (a wrong one keeps it closed)', () => {
    const s = setCheckpointMessage(setLinkClosed(story(), 'scene-1-next', true, names), 'scene-1-next', 'en', 'Answer first.');
    const e = createPlayerEngine(s);
    e.start();
    e.choose('scene-1-next');
    expect(e.getState().panel).toMatchObject({ kind: 'closed', message: { en: 'Answer first.' } });
    e.choose('q1');
    e.answer('q1', 'a');
    expect(e.getState().closedHotspots.has('scene-1-next')).toBe(true);
    e.answer('q1', 'b');
    expect(e.getState().closedHotspots.has('scene-1-next')).toBe(false);
    expect(e.choose('scene-1-next')).toBe(true);
    expect(e.getState().sceneId).toBe('scene-2');
  });

  it('counts questions answered right; an answer marked right later counts too', () => {
    let s = setLinkClosed(story(), 'scene-1-next', true, names);
    s = setCheckpointGate(s, 'scene-1-next', 0, { kind: 'right-count', count: 2 }, names);
    expect(closedOf(s)!.when).toEqual([{ variable: RIGHT_COUNT_ID, op: 'gte', value: 2 }]);
    expect(gateOf(s, closedOf(s)!.when[0]!)).toEqual({ kind: 'right-count', count: 2 });
    expect(s.variables.find((v) => v.id === RIGHT_COUNT_ID)).toEqual({ id: RIGHT_COUNT_ID, name: 'Questions answered right', initial: 0 });
    for (const q of ['q1', 'q2']) expect(answersOf(s, q)[1]!.effects).toContainEqual({ variable: RIGHT_COUNT_ID, op: 'add', value: 1 });
    // Answer "a" of q2 is marked right too: keepTallies gives it the count, and takes it back.
    const marked = structuredClone(s);
    const q2 = marked.scenes[0]!.hotspots.find((h) => h.id === 'q2')!.action;
    if (q2.type === 'question') q2.answers[0]!.right = true;
    const kept = keepTallies(marked);
    expect(answersOf(kept, 'q2')[0]!.effects).toEqual([{ variable: RIGHT_COUNT_ID, op: 'add', value: 1 }]);
    expect(keepTallies(kept)).toBe(kept);
    const e = createPlayerEngine(s);
    e.start();
    e.answer('q1', 'b');
    expect(e.getState().closedHotspots.has('scene-1-next')).toBe(true);
    e.answer('q2', 'a');
    e.answer('q2', 'b');
    expect(e.getState().closedHotspots.has('scene-1-next')).toBe(false);
  });

  it('adds, shows and removes a condition on a story variable; the last one stays; opening forgets it all', () => {
    let s = setLinkClosed(story(), 'scene-1-next', true, names);
    s = setCheckpointGate(s, 'scene-1-next', 1, { kind: 'variable', variable: 'mood', op: 'eq', value: 'glad' }, names);
    expect(closedOf(s)!.when).toHaveLength(2);
    expect(gateOf(s, closedOf(s)!.when[1]!)).toEqual({ kind: 'variable', variable: 'mood', op: 'eq', value: 'glad' });
    expect(() => setCheckpointGate(s, 'scene-1-next', 5, { kind: 'right-count', count: 1 }, names)).toThrow();
    s = removeCheckpointGate(s, 'scene-1-next', 0);
    expect(closedOf(s)!.when).toEqual([{ variable: 'mood', op: 'eq', value: 'glad' }]);
    expect(removeCheckpointGate(s, 'scene-1-next', 0)).toBe(s);
    s = setLinkClosed(s, 'scene-1-next', false, names);
    expect(door(s).action).toEqual({ type: 'goto', sceneId: 'scene-2' });
    expect(Story.safeParse(s).success).toBe(true);
  });

  it('only a link to a scene can be closed', () => {
    expect(() => setLinkClosed(story(), 'q1', true, names)).toThrow(/Only a link/);
  });
});
