import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../../src/story/fake.ts';
import type { Answer, Hotspot, Scene, Story } from '../../../src/story/schema/index.ts';
import { createPlayerEngine, type PlayerEvent } from '../../../src/player/engine/index.ts';

const answers = (right: string, extra: Partial<Record<string, Partial<Answer>>> = {}): Answer[] =>
  ['cup', 'mug', 'jug'].map((id) => ({ id, text: { en: id, nb: `${id} (nb)` }, right: id === right, feedback: { en: `${id}!` }, ...extra[id] }));

const question = (id: string, right: string, more: Partial<Extract<Hotspot['action'], { type: 'question' }>> = {}, extra: Partial<Record<string, Partial<Answer>>> = {}): Hotspot => ({
  id,
  yaw: 0,
  pitch: 0,
  label: { en: id },
  action: { type: 'question', prompt: { en: `Which is ${right}?` }, answers: answers(right, extra), chances: 'retry', score: 'score', ...more },
});

/** A language café: two word questions count in the score; the door to the garden opens at 2 points. */
function cafe(): Story {
  const base = fakeStory({ scenes: 1 });
  const scene = (id: string, hotspots: Hotspot[], extra: Partial<Scene> = {}): Scene => ({ ...base.scenes[0]!, id, title: { en: id }, hotspots, ending: undefined, ...extra });
  return {
    ...base,
    meta: { ...base.meta, languages: ['en', 'nb'], defaultLanguage: 'en' },
    startSceneId: 'cafe',
    variables: [
      { id: 'score', name: 'Score', initial: 0 },
      { id: 'polite', name: 'Said please', initial: false },
    ],
    scenes: [
      scene('cafe', [
        question('q-cup', 'cup', {}, { mug: { effects: [{ variable: 'polite', op: 'set', value: true }] } }),
        question('q-mug', 'mug', { chances: 'once' }),
        question('q-jug', 'jug', { score: undefined }, { jug: { goto: 'garden' } }),
        {
          id: 'door',
          yaw: 90,
          pitch: 0,
          label: { en: 'To the garden' },
          action: { type: 'goto', sceneId: 'garden', closed: { when: [{ variable: 'score', op: 'gte', value: 2 }], message: { en: 'Find two words first.', nb: 'Finn to ord først.' } } },
          effects: [{ variable: 'polite', op: 'toggle' }],
        },
      ]),
      scene('garden', [], { ending: { text: { en: 'Bye' }, score: { variable: 'score', text: { en: 'You found {score} of {total} words', nb: 'Du fant {score} av {total} ord' } } } }),
    ],
  };
}

function start(story = cafe()) {
  const e = createPlayerEngine(story);
  const events: PlayerEvent[] = [];
  e.onEvent((ev) => events.push(ev));
  e.start();
  return { e, events };
}

describe('questions', () => {
  it('choosing a question opens it; a right first answer adds 1 to the score and closes it to more answers', () => {
    const { e, events } = start();
    expect(e.choose('q-cup')).toBe(true);
    expect(e.getState().panel).toMatchObject({ kind: 'question', hotspotId: 'q-cup', record: undefined });
    expect(e.answer('q-cup', 'cup')).toBe(true);
    expect(e.getState().variables.score).toBe(1);
    expect(e.getState().panel).toMatchObject({ kind: 'question', record: { tries: 1, last: 'cup', right: true, done: true } });
    expect(events.at(-1)).toEqual({ type: 'answer', hotspotId: 'q-cup', answerId: 'cup', right: true, done: true });
    expect(e.answer('q-cup', 'mug')).toBe(false);
    expect(e.getState().variables.score).toBe(1);
    // re-opened later, it shows what was answered
    e.closePanel();
    e.choose('q-cup');
    expect(e.getState().panel).toMatchObject({ record: { last: 'cup', done: true } });
  });

  it('"try again": a wrong answer may be followed by another; a right answer after a wrong one does not score', () => {
    const { e } = start();
    e.choose('q-cup');
    expect(e.answer('q-cup', 'jug')).toBe(true);
    expect(e.getState().answered['q-cup']).toEqual({ tries: 1, last: 'jug', right: false, done: false });
    expect(e.answer('q-cup', 'cup')).toBe(true);
    expect(e.getState().answered['q-cup']).toEqual({ tries: 2, last: 'cup', right: true, done: true });
    expect(e.getState().variables.score).toBe(0);
  });

  it('"one chance": the first answer counts, right or wrong', () => {
    const { e } = start();
    e.choose('q-mug');
    expect(e.answer('q-mug', 'cup')).toBe(true);
    expect(e.getState().answered['q-mug']).toMatchObject({ right: false, done: true });
    expect(e.answer('q-mug', 'mug')).toBe(false);
    expect(e.getState().variables.score).toBe(0);
  });

  it('an answer applies its own effects; an unknown answer or a hotspot that is not a question is refused', () => {
    const { e } = start();
    e.choose('q-cup');
    e.answer('q-cup', 'mug');
    expect(e.getState().variables.polite).toBe(true);
    expect(e.answer('q-cup', 'spoon')).toBe(false);
    expect(e.answer('door', 'cup')).toBe(false);
    expect(e.answer('nope', 'cup')).toBe(false);
  });

  it('an answer that leads somewhere goes there when the reader continues, keeping what was answered', () => {
    const { e } = start();
    e.choose('q-jug');
    expect(e.proceed()).toBe(false); // nothing answered yet
    e.answer('q-jug', 'cup');
    expect(e.proceed()).toBe(false); // that answer leads nowhere
    e.answer('q-jug', 'jug');
    expect(e.getState().variables.score).toBe(0); // this question does not count
    expect(e.proceed()).toBe(true);
    expect(e.getState().sceneId).toBe('garden');
    expect(e.getState().answered['q-jug']).toMatchObject({ right: true });
  });

  it('back restores the answers as they were; restart forgets them', () => {
    const { e } = start();
    e.choose('q-cup');
    e.answer('q-cup', 'cup');
    e.jumpTo('garden');
    e.jumpTo('cafe');
    e.choose('q-mug');
    e.answer('q-mug', 'mug');
    expect(e.getState().variables.score).toBe(2);
    e.back(); // to the garden, as it was: one question answered
    expect(e.getState().sceneId).toBe('garden');
    expect(Object.keys(e.getState().answered)).toEqual(['q-cup']);
    expect(e.getState().variables.score).toBe(1);
    e.restart();
    expect(e.getState().answered).toEqual({});
    expect(e.getState().variables.score).toBe(0);
  });
});

describe('checkpoints', () => {
  it('a closed link stays visible, shows its message, and neither moves nor applies effects; it opens when its condition holds', () => {
    const { e, events } = start();
    expect(e.getState().visibleHotspots.map((h) => h.id)).toContain('door');
    expect(e.getState().closedHotspots.has('door')).toBe(true);
    expect(e.choose('door')).toBe(true);
    expect(e.getState().sceneId).toBe('cafe');
    expect(e.getState().panel).toEqual({ kind: 'closed', hotspotId: 'door', message: { en: 'Find two words first.', nb: 'Finn to ord først.' } });
    expect(e.getState().variables.polite).toBe(false);
    expect(events.at(-1)).toEqual({ type: 'closed', hotspotId: 'door' });
    e.closePanel();
    e.choose('q-cup');
    e.answer('q-cup', 'cup');
    expect(e.getState().closedHotspots.has('door')).toBe(true);
    e.choose('q-mug');
    e.answer('q-mug', 'mug');
    expect(e.getState().variables.score).toBe(2);
    expect(e.getState().closedHotspots.has('door')).toBe(false);
    expect(e.choose('door')).toBe(true);
    expect(e.getState().sceneId).toBe('garden');
    expect(e.getState().variables.polite).toBe(true);
  });
});

describe('a score at an ending', () => {
  it('counts the questions that add to its variable, and fills the author\u2019s words in the reader\u2019s language', () => {
    const { e } = start();
    e.choose('q-cup');
    e.answer('q-cup', 'cup');
    e.jumpTo('garden');
    expect(e.getState().score).toEqual({ score: 1, total: 2, text: 'You found 1 of 2 words' });
    e.setLanguage('nb');
    expect(e.getState().score?.text).toBe('Du fant 1 av 2 ord');
  });

  it('no score where the ending asks for none; an empty text leaves the wording to the player', () => {
    const story = cafe();
    const { e } = start(story);
    expect(e.getState().score).toBeNull();
    story.scenes[1]!.ending!.score!.text = {};
    const again = start(story).e;
    again.jumpTo('garden');
    expect(again.getState().score).toEqual({ score: 0, total: 2, text: '' });
  });
});
