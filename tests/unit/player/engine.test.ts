import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../../src/story/fake.ts';
import type { Hotspot, Scene, Story } from '../../../src/story/schema/index.ts';
import type { HotspotId } from '../../../src/story/schema/common.ts';
import { createPlayerEngine, type PlayerEvent } from '../../../src/player/engine/index.ts';

const goto = (id: string, sceneId: string, extra: Partial<Hotspot> = {}): Hotspot => ({
  id,
  yaw: 0,
  pitch: 0,
  label: { en: id },
  action: { type: 'goto', sceneId },
  ...extra,
});

/** A small story with variables: a key in the hall opens the door to the garden. */
function keyStory(): Story {
  const base = fakeStory({ scenes: 1 });
  const scene = (id: string, hotspots: Hotspot[], extra: Partial<Scene> = {}): Scene => ({
    ...base.scenes[0]!,
    id,
    title: { en: id, nb: `${id} (nb)` },
    hotspots,
    ending: undefined,
    ...extra,
  });
  return {
    ...base,
    meta: { ...base.meta, languages: ['en', 'nb'], defaultLanguage: 'en' },
    startSceneId: 'hall',
    variables: [
      { id: 'key', name: 'Has the key', initial: false },
      { id: 'coins', name: 'Coins', initial: 0 },
      { id: 'mood', name: 'Mood', initial: 'calm' },
    ],
    scenes: [
      scene('hall', [
        {
          id: 'take-key',
          yaw: 10,
          pitch: 0,
          label: { en: 'Take the key' },
          action: { type: 'info', text: { en: 'You take the key.' } },
          conditions: [{ variable: 'key', op: 'eq', value: false }],
          effects: [
            { variable: 'key', op: 'set', value: true },
            { variable: 'coins', op: 'add', value: 2 },
          ],
        },
        goto('to-garden', 'garden', { conditions: [{ variable: 'key', op: 'eq', value: true }], effects: [{ variable: 'coins', op: 'add', value: 1 }] }),
        goto('to-cellar', 'cellar'),
        {
          id: 'bell',
          yaw: 0,
          pitch: 0,
          label: { en: 'Ring' },
          action: { type: 'sound', asset: 'a'.repeat(64), volume: 0.5 },
          effects: [{ variable: 'mood', op: 'set', value: 'loud' }],
        },
        goto('broken', 'nowhere'),
      ]),
      scene('cellar', [goto('up', 'hall'), goto('rich', 'garden', { conditions: [{ variable: 'coins', op: 'gte', value: 3 }] })]),
      scene('garden', [goto('home', 'hall')], { ending: { text: { en: 'You made it.' } } }),
    ],
  };
}

describe('player engine', () => {
  it('starts in the start scene with the initial variables', () => {
    const e = createPlayerEngine(keyStory());
    e.start();
    const s = e.getState();
    expect(s.sceneId).toBe('hall');
    expect(s.variables).toEqual({ key: false, coins: 0, mood: 'calm' });
    expect(s.canGoBack).toBe(false);
    expect(s.ending).toBeNull();
    expect(s.problem).toBeNull();
  });

  it('shows a hotspot only when all its conditions hold', () => {
    const e = createPlayerEngine(keyStory());
    e.start();
    expect(e.getState().visibleHotspots.map((h) => h.id)).toEqual(['take-key', 'to-cellar', 'bell', 'broken']);
    expect(e.choose('to-garden')).toBe(false); // hidden: cannot be chosen
    expect(e.choose('take-key')).toBe(true);
    const s = e.getState();
    expect(s.variables).toEqual({ key: true, coins: 2, mood: 'calm' });
    expect(s.visibleHotspots.map((h) => h.id)).toEqual(['to-garden', 'to-cellar', 'bell', 'broken']);
  });

  it('info opens a panel; sound emits a play request; both apply effects', () => {
    const e = createPlayerEngine(keyStory());
    const events: PlayerEvent[] = [];
    e.onEvent((ev) => events.push(ev));
    e.start();
    e.choose('take-key');
    expect(e.getState().panel?.hotspotId).toBe('take-key');
    const panel = e.getState().panel;
    expect(panel?.kind === 'info' ? panel.action.text : null).toEqual({ en: 'You take the key.' });
    e.closePanel();
    expect(e.getState().panel).toBeNull();
    e.choose('bell');
    expect(e.getState().variables.mood).toBe('loud');
    expect(events.map((x) => x.type)).toEqual(['scene', 'info', 'sound']);
    expect(events[2]).toMatchObject({ type: 'sound', hotspotId: 'bell', asset: 'a'.repeat(64), volume: 0.5 });
  });

  it("closing a named hotspot's panel leaves another hotspot's panel open", () => {
    const e = createPlayerEngine(keyStory());
    e.start();
    e.choose('take-key');
    e.closePanel('broken' as HotspotId); // a late close from a dialog that showed another hotspot
    expect(e.getState().panel?.hotspotId).toBe('take-key');
    e.closePanel('take-key' as HotspotId);
    expect(e.getState().panel).toBeNull();
  });

  it('goto changes scene, applies effects first, and reaching an ending scene ends', () => {
    const e = createPlayerEngine(keyStory());
    const events: PlayerEvent[] = [];
    e.onEvent((ev) => events.push(ev));
    e.start();
    e.choose('take-key');
    e.choose('to-garden');
    const s = e.getState();
    expect(s.sceneId).toBe('garden');
    expect(s.variables.coins).toBe(3);
    expect(s.ending?.text).toEqual({ en: 'You made it.' });
    expect(events.filter((x) => x.type === 'scene').map((x) => (x as { via: string }).via)).toEqual(['start', 'choice']);
    expect(events.at(-1)).toEqual({ type: 'ending', sceneId: 'garden' });
  });

  it('numeric conditions: gte opens the rich path', () => {
    const e = createPlayerEngine(keyStory());
    e.start();
    e.choose('to-cellar');
    expect(e.getState().visibleHotspots.map((h) => h.id)).toEqual(['up']);
    e.choose('up');
    e.choose('take-key'); // coins 2
    e.choose('to-cellar');
    expect(e.getState().visibleHotspots.map((h) => h.id)).toEqual(['up']);
    e.choose('up');
    e.choose('to-garden'); // coins 3, garden
    e.back(); // hall, coins 2 again (the goto's effect is undone)
    expect(e.getState().variables.coins).toBe(2);
  });

  it('back returns along the path and restores variables; restart resets everything', () => {
    const e = createPlayerEngine(keyStory());
    e.start();
    e.choose('to-cellar');
    e.choose('up');
    expect(e.getState().history.map((h) => h.sceneId)).toEqual(['hall', 'cellar']);
    expect(e.back()).toBe(true);
    expect(e.getState().sceneId).toBe('cellar');
    expect(e.back()).toBe(true);
    expect(e.getState().sceneId).toBe('hall');
    expect(e.back()).toBe(false);
    e.choose('take-key');
    e.choose('to-garden');
    e.restart();
    const s = e.getState();
    expect(s.sceneId).toBe('hall');
    expect(s.history).toEqual([]);
    expect(s.variables).toEqual({ key: false, coins: 0, mood: 'calm' });
  });

  it('a choice to a missing scene reports a problem and changes nothing', () => {
    const e = createPlayerEngine(keyStory());
    const events: PlayerEvent[] = [];
    e.onEvent((ev) => events.push(ev));
    e.start();
    const before = e.getState();
    expect(e.choose('broken')).toBe(false);
    expect(e.getState()).toBe(before);
    expect(events.at(-1)?.type).toBe('problem');
  });

  it('emits new frozen snapshots and notifies subscribers', () => {
    const e = createPlayerEngine(keyStory());
    e.start();
    const seen: string[] = [];
    const off = e.subscribe((s, prev) => seen.push(`${prev.sceneId}->${s.sceneId}`));
    const a = e.getState();
    e.choose('to-cellar');
    const b = e.getState();
    expect(a).not.toBe(b);
    expect(a.sceneId).toBe('hall');
    expect(Object.isFrozen(b)).toBe(true);
    expect(Object.isFrozen(b.variables)).toBe(true);
    expect(Object.isFrozen(b.visibleHotspots)).toBe(true);
    expect(() => {
      (b as { sceneId: string | null }).sceneId = 'x';
    }).toThrow();
    off();
    e.choose('up');
    expect(seen).toEqual(['hall->cellar']);
  });

  it('chooses the reader language with fallback to the story default', () => {
    const story = keyStory();
    expect(createPlayerEngine(story, { language: 'nb' }).getState().language).toBe('nb');
    expect(createPlayerEngine(story, { language: 'nb-NO' }).getState().language).toBe('nb');
    expect(createPlayerEngine(story, { language: 'fr' }).getState().language).toBe('en');
    expect(createPlayerEngine(story).getState().language).toBe('en');
    const e = createPlayerEngine(story, { language: 'en' });
    e.setLanguage('nb');
    expect(e.getState().language).toBe('nb');
  });

  it('explains a story without a start scene instead of crashing', () => {
    const story = { ...keyStory(), startSceneId: null };
    const e = createPlayerEngine(story);
    e.start();
    expect(e.getState().scene).toBeNull();
    expect(e.getState().problem).toMatch(/no first scene/);
    const broken = createPlayerEngine({ ...keyStory(), startSceneId: 'gone' });
    broken.start();
    expect(broken.getState().problem).toMatch(/missing/);
  });

  it('jumpTo moves anywhere and can be undone with back', () => {
    const e = createPlayerEngine(fakeStory({ scenes: 5 }));
    e.start();
    expect(e.jumpTo('scene-4')).toBe(true);
    expect(e.jumpTo('nope')).toBe(false);
    expect(e.getState().sceneId).toBe('scene-4');
    e.back();
    expect(e.getState().sceneId).toBe('scene-1');
  });
});
