import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../../src/story/fake.ts';
import { sceneEdges } from '../../../src/editor/map/edges.ts';
import { newQuestion } from '../../../src/story/graph/question-ops.ts';
import type { Story } from '../../../src/story/schema/story.ts';

/** Scene 1 has a way to scene 2 (closed until the question is answered right) and a question whose right answer leads to scene 3. */
function story(): Story {
  const s = structuredClone(fakeStory({ scenes: 3 }));
  const q = newQuestion();
  q.prompt = { en: 'What is a cup?' };
  q.answers[0] = { ...q.answers[0]!, text: { en: 'kopp' }, goto: 'scene-3' };
  s.scenes[0]!.hotspots.push({ id: 'q', yaw: 90, pitch: 0, label: {}, action: q });
  const door = s.scenes[0]!.hotspots[0]!;
  if (door.action.type === 'goto') door.action.closed = { when: [{ variable: 'x', op: 'eq', value: true }], message: {} };
  return s;
}

describe('the story map’s arrows', () => {
  it('a closed way and an answer’s way on have their own look and words for screen readers', () => {
    const s = story();
    const edges = sceneEdges(s, []);
    const title = (i: number) => s.scenes[i]!.title.en;
    const closed = edges.find((e) => e.id === s.scenes[0]!.hotspots[0]!.id)!;
    expect(closed).toMatchObject({ source: 'scene-1', target: 'scene-2', data: { kind: 'closed' }, className: 'scene-edge is-closed' });
    expect(closed.ariaLabel).toBe(`Closed way from ${title(0)} to ${title(1)}: it opens when its conditions are met`);
    const answer = edges.find((e) => e.id === 'q~a1')!;
    expect(answer).toMatchObject({ source: 'scene-1', target: 'scene-3', data: { kind: 'answer' } });
    expect(answer.ariaLabel).toBe(`The answer “kopp” to “What is a cup?” leads from ${title(0)} to ${title(2)}`);
    expect(edges.find((e) => e.source === 'scene-2')).toMatchObject({ data: { kind: 'open' }, ariaLabel: `Way from ${title(1)} to ${title(2)}` });
    expect(edges.some((e) => e.id === 'q~a2')).toBe(false); // an answer that stays leads nowhere on the map
  });

  it('reuses arrows that look the same, and redraws one whose way was closed', () => {
    const s = story();
    const first = sceneEdges(s, []);
    expect(sceneEdges(structuredClone(s), first)).toBe(first);
    const opened = structuredClone(s);
    const door = opened.scenes[0]!.hotspots[0]!;
    if (door.action.type === 'goto') delete door.action.closed;
    const next = sceneEdges(opened, first);
    expect(next).not.toBe(first);
    expect(next[0]!.data?.kind).toBe('open');
    expect(next.slice(1).every((e, i) => e === first[i + 1])).toBe(true);
  });
});
