import { describe, expect, it } from 'vitest';
import { bedKey, planRetention, sceneNeeds, sourceKey, wantedNeeds, type AudioScene } from '../../../src/audio/plan.ts';

const h = (n: number) => n.toString(16).padStart(2, '0').repeat(32);

function scene(id: string, bed: number, sources: number[] = [], narration?: Record<string, string>): AudioScene {
  return {
    id,
    soundscape: {
      beds: [{ id: `${id}-bed`, asset: h(bed), volume: 0.8 }],
      sources: sources.map((a, i) => ({ id: `${id}-s${i}`, asset: h(a), yaw: 90, pitch: 0, distance: 5, volume: 1, loop: i % 2 === 0 })),
      narration: narration ? { recordings: narration, captions: {}, autoplay: true } : undefined,
    },
    hotspots: [{ id: `${id}-h`, yaw: 0, pitch: 0, label: {}, action: { type: 'sound', asset: h(99), volume: 1 } }],
  };
}

describe('what a scene needs', () => {
  it('beds by asset, sources per scene and id (loop in the key), narration in the reader language, hotspot sounds', () => {
    const needs = sceneNeeds(scene('a', 1, [2, 3], { en: h(7), nb: h(8) }), 'nb', 'en', true);
    expect(needs.map((n) => n.key)).toEqual([
      bedKey(h(1)),
      sourceKey('a', 'a-s0', h(2), true),
      sourceKey('a', 'a-s1', h(3), false),
      `narr:${h(8)}`,
      `shot:${h(99)}`,
    ]);
    expect(sourceKey('a', 'a-s1', h(3), false)).toMatch(/:once$/);
    expect(needs.find((n) => n.role === 'narration')?.itemId).toBe('nb');
  });

  it('neighbours add beds and sources but not narration; shared beds appear once', () => {
    const a = scene('a', 1, [2], { en: h(7) });
    const b = scene('b', 1, [4], { en: h(9) });
    const c = scene('c', 5);
    const wanted = wantedNeeds(a, [b, c, a], 'en', 'en');
    expect([...wanted.keys()].sort()).toEqual(
      [bedKey(h(1)), bedKey(h(5)), sourceKey('a', 'a-s0', h(2)), sourceKey('b', 'b-s0', h(4)), `narr:${h(7)}`, `shot:${h(99)}`].sort(),
    );
    expect(wanted.get(bedKey(h(1)))?.sceneId).toBe('a'); // the current scene names it in messages
  });
});

describe('retention', () => {
  it('unloads what is neither wanted nor busy; loads what is missing', () => {
    const r = planRetention(['x', 'y', 'z'], new Set(['y', 'w']), new Set(['z']));
    expect(r).toEqual({ unload: ['x'], load: ['w'] });
  });

  it('walking a chain of scenes keeps only the current scene and its neighbours', () => {
    const scenes = Array.from({ length: 20 }, (_, i) => scene(`s${i}`, 10 + i, [40 + i]));
    let loaded = new Set<string>();
    for (let i = 0; i < scenes.length; i++) {
      const neighbours = [scenes[i - 1], scenes[i + 1]].filter((s): s is AudioScene => !!s);
      const wanted = wantedNeeds(scenes[i]!, neighbours, 'en');
      const { unload, load } = planRetention(loaded, wanted, new Set());
      loaded = new Set([...loaded].filter((k) => !unload.includes(k)).concat(load));
      expect(loaded.size).toBeLessThanOrEqual(3 * 2 + 1); // 3 scenes × (bed + source) + the shared hotspot sound
      expect(loaded.has(bedKey(h(10 + i)))).toBe(true);
    }
  });
});
