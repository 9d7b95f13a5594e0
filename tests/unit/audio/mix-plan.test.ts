import { describe, expect, it } from 'vitest';
import { DUCK_ATTACK_SECONDS, DUCK_LEVEL, DUCK_RELEASE_SECONDS } from '../../../src/audio/fades.ts';
import { sourcePosition } from '../../../src/audio/geometry.ts';
import {
  DEFAULT_BED_VOLUME,
  DEFAULT_SOURCE_DISTANCE,
  duckRamp,
  masterGainFor,
  planVoiceChanges,
  sceneVoices,
  type CurrentVoice,
} from '../../../src/audio/mix-plan.ts';
import { bedKey, sourceKey, type AudioScene } from '../../../src/audio/plan.ts';

const h = (n: number) => n.toString(16).padStart(2, '0').repeat(32);

function scene(id: string, beds: [string, number, number?][], sources: { id: string; asset: number; volume?: number; loop?: boolean; distance?: number }[] = []): AudioScene {
  return {
    id,
    soundscape: {
      beds: beds.map(([bedId, asset, volume]) => ({ id: bedId, asset: h(asset), volume: volume as number })),
      sources: sources.map((s) => ({ id: s.id, asset: h(s.asset), yaw: 90, pitch: 10, distance: s.distance as number, volume: s.volume as number, loop: s.loop as boolean })),
    },
  };
}

describe('the voices a scene plays', () => {
  it('beds first, then sources, each at its level; a bed file used twice plays once', () => {
    const v = sceneVoices(scene('a', [['b1', 1, 0.5], ['b2', 2, 0.3], ['b3', 1, 0.9]], [{ id: 's1', asset: 3, volume: 0.6, distance: 2 }]));
    expect(v.map((x) => [x.key, x.role, x.volume])).toEqual([
      [bedKey(h(1)), 'bed', 0.5],
      [bedKey(h(2)), 'bed', 0.3],
      [sourceKey('a', 's1', h(3), true), 'source', 0.6],
    ]);
    expect(v[0]!.need).toEqual({ key: bedKey(h(1)), role: 'bed', assetId: h(1), sceneId: 'a', itemId: 'b1', loop: true });
    expect(v[0]!.pos).toBeUndefined();
    expect(v[2]!.pos).toEqual(sourcePosition(90, 10, 2));
  });

  it('levels out of range are clamped; missing ones take the defaults (bed 0.8, source 1 at 5 m, looping)', () => {
    const v = sceneVoices(scene('a', [['b1', 1, 7], ['b2', 2]], [{ id: 's1', asset: 3, volume: -1 }, { id: 's2', asset: 4 }]));
    expect(v.map((x) => x.volume)).toEqual([1, DEFAULT_BED_VOLUME, 0, 1]);
    expect(v[3]!.loop).toBe(true);
    expect(v[3]!.pos).toEqual(sourcePosition(90, 10, DEFAULT_SOURCE_DISTANCE));
  });

  it('a source that plays once has its own key (howler fixes looping per Howl)', () => {
    const [once] = sceneVoices(scene('a', [], [{ id: 's1', asset: 3, loop: false }]));
    expect(once!.loop).toBe(false);
    expect(once!.key).toBe(sourceKey('a', 's1', h(3), false));
    expect(once!.need.loop).toBe(false);
  });

  it('a scene without a soundscape plays nothing', () => {
    expect(sceneVoices({ id: 'quiet' } as AudioScene)).toEqual([]);
  });
});

describe('from the voices there are to the ones a scene wants', () => {
  const live = (key: string, volume = 0.8, phase: CurrentVoice['phase'] = 'live', sounding = true): CurrentVoice => ({ key, volume, phase, sounding });
  const A = scene('a', [['a-bed', 1, 0.8], ['shared', 9, 0.5]]);
  const B = scene('b', [['b-bed', 2, 0.8], ['shared', 9, 0.7]]);

  it('first scene: everything starts', () => {
    const c = planVoiceChanges([], sceneVoices(A));
    expect(c.wanted.map((w) => [w.plan.key, w.start])).toEqual([
      [bedKey(h(1)), true],
      [bedKey(h(9)), true],
    ]);
    expect(c.drop).toEqual([]);
    expect(c.leave).toEqual([]);
  });

  it("scene change: the old bed leaves, the new one starts, a bed both use plays on and glides to the new scene's level", () => {
    const c = planVoiceChanges([live(bedKey(h(1))), live(bedKey(h(9)), 0.5)], sceneVoices(B));
    expect(c.wanted.map((w) => [w.plan.key, w.start, w.revive, w.glide])).toEqual([
      [bedKey(h(2)), true, false, false],
      [bedKey(h(9)), false, true, true],
    ]);
    expect(c.leave).toEqual([bedKey(h(1))]);
    expect(c.drop).toEqual([]);
  });

  it('the same level: plays on without a new fade', () => {
    const c = planVoiceChanges([live(bedKey(h(9)), 0.5)], sceneVoices(A));
    expect(c.wanted.find((w) => w.plan.key === bedKey(h(9)))).toMatchObject({ start: false, revive: true, glide: false });
  });

  it('wanted again while leaving or fading out: comes back up, even at the same level', () => {
    for (const phase of ['leaving', 'fading-out'] as const) {
      const c = planVoiceChanges([live(bedKey(h(1)), 0.8, phase)], sceneVoices(A));
      expect(c.wanted[0]).toMatchObject({ start: false, revive: true, glide: true });
    }
  });

  it('still loading: neither revived nor faded (it starts at its new level when ready)', () => {
    const c = planVoiceChanges([live(bedKey(h(1)), 0.2, 'waiting', false)], sceneVoices(A));
    expect(c.wanted[0]).toMatchObject({ start: false, revive: false, glide: false });
  });

  it('no longer wanted: stopped at once if it never sounded, faded out if it did, left alone if already fading out', () => {
    const c = planVoiceChanges(
      [live('bed:x', 0.8, 'waiting', false), live('bed:y'), live('bed:z', 0.8, 'fading-out'), live('bed:w', 0.8, 'leaving')],
      [],
    );
    expect(c.drop).toEqual(['bed:x']);
    expect(c.leave).toEqual(['bed:y', 'bed:w']);
  });
});

describe('ducking and master level', () => {
  it('beds go down to the duck level quickly while narration speaks, and back up slowly', () => {
    expect(duckRamp(true, DUCK_LEVEL)).toEqual({ level: DUCK_LEVEL, seconds: DUCK_ATTACK_SECONDS });
    expect(duckRamp(false, DUCK_LEVEL)).toEqual({ level: 1, seconds: DUCK_RELEASE_SECONDS });
    expect(DUCK_ATTACK_SECONDS).toBeLessThan(DUCK_RELEASE_SECONDS);
    expect(duckRamp(true, 0.1).level).toBe(0.1);
  });

  it('master gain: the volume, or silence when muted', () => {
    expect(masterGainFor({ volume: 0.4, muted: false })).toBe(0.4);
    expect(masterGainFor({ volume: 0.4, muted: true })).toBe(0);
    // A guide's pause silences it whatever the reader chose.
    expect(masterGainFor({ volume: 0.4, muted: false }, true)).toBe(0);
    expect(masterGainFor({ volume: 0.4, muted: false }, false)).toBe(0.4);
  });
});
