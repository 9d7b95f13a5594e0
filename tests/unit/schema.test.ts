import { describe, expect, it } from 'vitest';
import { fakeHash, fakeStory } from '../../src/story/fake.ts';
import { AssetId, Id, LanguageTag, Pitch, Yaw } from '../../src/story/schema/common.ts';
import { Hotspot } from '../../src/story/schema/hotspot.ts';
import { Scene } from '../../src/story/schema/scene.ts';
import { CaptionCue, Narration } from '../../src/story/schema/soundscape.ts';
import { SCHEMA_VERSION, Story, type StoryInput } from '../../src/story/schema/story.ts';
import { Effect } from '../../src/story/schema/variable.ts';

describe('story schema', () => {
  it('accepts the generated story and fills defaults for a minimal one', () => {
    expect(Story.safeParse(fakeStory({ scenes: 5, languages: ['en', 'nb'] })).success).toBe(true);
    const minimal: StoryInput = {
      schemaVersion: SCHEMA_VERSION,
      id: 'tiny',
      meta: { title: { en: 'Tiny' }, languages: ['en'], defaultLanguage: 'en' },
      startSceneId: 's1',
      scenes: [{ id: 's1', title: { en: 'One' }, panorama: null }],
    };
    const parsed = Story.parse(minimal);
    expect(parsed.assets).toEqual([]);
    expect(parsed.variables).toEqual([]);
    expect(parsed.meta).toMatchObject({ authors: [], licence: 'CC-BY-4.0' });
    expect(parsed.scenes[0]).toMatchObject({
      view: { yaw: 0, pitch: 0, fov: 75 },
      northOffset: 0,
      soundscape: { beds: [], sources: [] },
      hotspots: [],
    });
  });

  it('angles follow the conventions: yaw in (-180, 180], pitch in [-90, 90]', () => {
    expect(Yaw.safeParse(180).success).toBe(true);
    expect(Yaw.safeParse(-180).success).toBe(false);
    expect(Yaw.safeParse(-179.999).success).toBe(true);
    expect(Pitch.safeParse(90).success).toBe(true);
    expect(Pitch.safeParse(-90.01).success).toBe(false);
    expect(Yaw.safeParse(Number.NaN).success).toBe(false);
  });

  it('ids, asset ids and language tags', () => {
    expect(Id.safeParse('scene-1_a').success).toBe(true);
    for (const bad of ['', 'has space', 'ä', 'a/b', 'x'.repeat(65)]) expect(Id.safeParse(bad).success).toBe(false);
    expect(AssetId.safeParse(fakeHash(1)).success).toBe(true);
    expect(AssetId.safeParse(fakeHash(1).toUpperCase().replace(/0/g, 'A')).success).toBe(false);
    for (const ok of ['en', 'nb', 'pt-BR', 'sma']) expect(LanguageTag.safeParse(ok).success).toBe(true);
    for (const bad of ['EN', 'english', '']) expect(LanguageTag.safeParse(bad).success).toBe(false);
  });

  it('hotspot actions are a discriminated union on "type"', () => {
    const base = { id: 'h', yaw: 0, pitch: 0 };
    expect(Hotspot.safeParse({ ...base, action: { type: 'goto', sceneId: 's2' } }).success).toBe(true);
    expect(Hotspot.parse({ ...base, action: { type: 'info' } }).action).toEqual({ type: 'info', text: {} });
    expect(Hotspot.parse({ ...base, action: { type: 'sound', asset: fakeHash(3) } }).action).toMatchObject({ volume: 1 });
    expect(Hotspot.safeParse({ ...base, action: { type: 'teleport' } }).success).toBe(false);
  });

  it('captions: one track per language, each cue ends after it starts', () => {
    expect(CaptionCue.safeParse({ start: 1, end: 2, text: 'Hi' }).success).toBe(true);
    expect(CaptionCue.safeParse({ start: 2, end: 2, text: 'Hi' }).success).toBe(false);
    const n = Narration.parse({ recordings: { en: fakeHash(5) }, captions: { en: [{ start: 0, end: 1, text: 'Hi' }] } });
    expect(n.autoplay).toBe(true);
  });

  it('effects: add takes numbers only; toggle takes no value', () => {
    expect(Effect.safeParse({ variable: 'v', op: 'add', value: 2 }).success).toBe(true);
    expect(Effect.safeParse({ variable: 'v', op: 'add', value: 'two' }).success).toBe(false);
    expect(Effect.safeParse({ variable: 'v', op: 'toggle' }).success).toBe(true);
  });

  it('limits: at most 200 hotspots per scene', () => {
    const hotspots = Array.from({ length: 201 }, (_, i) => ({ id: `h${i}`, yaw: 0, pitch: 0, action: { type: 'info' } }));
    expect(Scene.safeParse({ id: 's', title: {}, panorama: null, hotspots }).success).toBe(false);
  });
});
