import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../../src/story/fake.ts';
import { canHold } from '../../../src/story/graph/lint/checkpoints.ts';
import { lintStory } from '../../../src/story/graph/lint.ts';
import type { Condition, Hotspot, Story } from '../../../src/story/schema/index.ts';

/** A story with a score, a key and a mood, and the given extra hotspots in its first scene. */
function story(hotspots: Hotspot[] = []): Story {
  const s = structuredClone(fakeStory({ scenes: 2 }));
  s.variables = [
    { id: 'score', name: 'Score', initial: 0 },
    { id: 'key', name: 'Found the key', initial: false },
    { id: 'mood', name: 'Mood', initial: 'calm' },
  ];
  s.scenes[0]!.hotspots.push(...hotspots);
  return s;
}
const q = (id: string, score?: string): Hotspot => ({
  id,
  yaw: 100,
  pitch: 0,
  label: { en: id },
  action: { type: 'question', prompt: { en: '?' }, chances: 'retry', ...(score ? { score } : {}), answers: [{ id: 'a', text: { en: 'A' }, right: true, feedback: {} }, { id: 'b', text: { en: 'B' }, right: false, feedback: {}, effects: [{ variable: 'mood', op: 'set', value: 'sad' }] }] },
});
const info = (id: string, effects: Hotspot['effects']): Hotspot => ({ id, yaw: -100, pitch: 0, label: { en: id }, action: { type: 'info', text: { en: 'x' } }, effects });
const c = (variable: string, op: Condition['op'], value: Condition['value']): Condition => ({ variable, op, value });

describe('a checkpoint that can never open', () => {
  it('a score reaches at most the number of questions that count', () => {
    const s = story([q('q1', 'score'), q('q2', 'score'), q('q3')]);
    expect(canHold(s, c('score', 'gte', 2))).toBe(true);
    expect(canHold(s, c('score', 'gte', 3))).toBe(false);
    expect(canHold(s, c('score', 'gt', 2))).toBe(false);
    expect(canHold(s, c('score', 'eq', 1))).toBe(true);
    expect(canHold(s, c('score', 'lt', 0))).toBe(false);
  });

  it('a choice that adds can be made again and again: no upper limit', () => {
    const s = story([info('coin', [{ variable: 'score', op: 'add', value: 1 }])]);
    expect(canHold(s, c('score', 'gte', 100))).toBe(true);
    expect(canHold(s, c('score', 'lt', 0))).toBe(false);
  });

  it('yes/no and text: only values something sets (or a toggle) count', () => {
    expect(canHold(story(), c('key', 'eq', true))).toBe(false);
    expect(canHold(story([info('take', [{ variable: 'key', op: 'set', value: true }])]), c('key', 'eq', true))).toBe(true);
    expect(canHold(story([info('flip', [{ variable: 'key', op: 'toggle' }])]), c('key', 'eq', true))).toBe(true);
    expect(canHold(story([q('q1')]), c('mood', 'eq', 'sad'))).toBe(true);
    expect(canHold(story([q('q1')]), c('mood', 'eq', 'happy'))).toBe(false);
    expect(canHold(story(), c('mood', 'eq', 'calm'))).toBe(true); // holds from the start
    expect(canHold(story(), c('nope', 'eq', 1))).toBe(false);
  });

  it('lint names the link and the variable, and says nothing about a checkpoint that can open', () => {
    const door = (value: number): Hotspot => ({ id: 'door', yaw: 170, pitch: 0, label: { en: 'Door' }, action: { type: 'goto', sceneId: 'scene-2', closed: { when: [c('score', 'gte', value)], message: { en: 'Closed.' } } } });
    const never = lintStory(story([q('q1', 'score'), door(2)])).filter((p) => p.code === 'checkpoint-never-opens');
    expect(never).toHaveLength(1);
    expect(never[0]!.message).toMatch(/"Door".*can never open.*"Score"/);
    expect(lintStory(story([q('q1', 'score'), door(1)])).map((p) => p.code)).not.toContain('checkpoint-never-opens');
    const unknown = lintStory(story([{ ...door(1), action: { type: 'goto', sceneId: 'scene-2', closed: { when: [c('gone', 'eq', true)], message: {} } } }]));
    expect(unknown.map((p) => p.code)).toContain('variable-unknown');
  });

  it('a closed way’s message and an ending’s score sentence are missing in a story language', () => {
    const s = story([q('q1', 'score'), { id: 'door', yaw: 170, pitch: 0, label: { en: 'Door', nb: 'Dør' }, action: { type: 'goto', sceneId: 'scene-2', closed: { when: [c('score', 'gte', 1)], message: { en: 'Closed.' } } } }]);
    s.meta.languages = ['en', 'nb'];
    s.scenes[1]!.ending = { text: {}, score: { variable: 'score', text: { en: 'You found {score} of {total}' } } };
    const missing = lintStory(s).filter((p) => p.code === 'translation-missing').map((p) => p.path);
    expect(missing).toContain(`/scenes/0/hotspots/${s.scenes[0]!.hotspots.length - 1}/action/closed/message`);
    expect(missing).toContain('/scenes/1/ending/score/text');
  });
});
