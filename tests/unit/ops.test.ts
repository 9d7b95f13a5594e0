import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../src/story/fake.ts';
import { lintStory } from '../../src/story/graph/lint.ts';
import {
  StoryOpError,
  addHotspot,
  addScene,
  linkScenes,
  newId,
  removeHotspot,
  removeScene,
  updateHotspot,
  usedIds,
} from '../../src/story/graph/ops.ts';
import { Id } from '../../src/story/schema/common.ts';
import { Story } from '../../src/story/schema/story.ts';

/** Deep-freezes a value so any mutation by an operation throws. */
function freeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const c of Object.values(v)) freeze(c);
    Object.freeze(v);
  }
  return v;
}

const base = () => freeze(fakeStory({ scenes: 5, hotspotsPerScene: 2 }));
const valid = (s: Story) => expect(Story.safeParse(s).success).toBe(true);

describe('newId', () => {
  it('makes valid ids with the prefix, never one the story uses', () => {
    const s = base();
    const ids = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const id = newId('scene', s);
      expect(Id.safeParse(id).success).toBe(true);
      expect(id.startsWith('scene-')).toBe(true);
      expect(usedIds(s).has(id)).toBe(false);
      ids.add(id);
    }
    expect(ids.size).toBe(500);
  });

  it('avoids collisions even with a random source that repeats itself', () => {
    let n = 0;
    const seq = [0, 0, 0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    const random = () => seq[n++ % seq.length]!;
    const s = base();
    const taken = new Set(['x-aaaaaa']);
    expect(newId('x', s, taken, random)).toBe('x-ssssss');
    // a source stuck on one value: longer ids are tried, then it gives up with a clear error
    expect(newId('x', s, new Set(['x-aaaaaa']), () => 0)).toBe('x-aaaaaaa');
    const all = new Set(Array.from({ length: 10 }, (_, k) => `x-${'a'.repeat(6 + k)}`));
    expect(() => newId('x', s, all, () => 0)).toThrow(StoryOpError);
  });

  it('cleans odd prefixes and keeps ids within 64 characters', () => {
    expect(newId('my scene!/ä')).toMatch(/^my-scene-[a-z0-9]{6}$/);
    expect(newId('')).toMatch(/^id-[a-z0-9]{6}$/);
    expect(newId('a'.repeat(100)).length).toBeLessThanOrEqual(64);
  });
});

describe('graph operations', () => {
  it('addScene adds a valid, empty scene with a title; the first scene of a story becomes the start', () => {
    const s = base();
    const { story, sceneId } = addScene(s, { title: { en: 'The lake' } });
    valid(story);
    expect(story.scenes).toHaveLength(6);
    expect(story.scenes[5]).toMatchObject({ id: sceneId, title: { en: 'The lake' }, panorama: null, hotspots: [] });
    expect(story.scenes[0]).toBe(s.scenes[0]); // untouched scenes are shared
    expect(story.startSceneId).toBe('scene-1');

    const empty = freeze({ ...fakeStory(), scenes: [], startSceneId: null, assets: [] });
    const first = addScene(empty);
    expect(first.story.startSceneId).toBe(first.sceneId);
    expect(first.story.scenes[0]!.title).toEqual({ en: 'Scene 1' });
    expect(() => addScene(s, { id: 'scene-1' })).toThrow(StoryOpError);
  });

  it('removeScene removes the scene and every link to it, and reports them', () => {
    const s = base();
    const { story, removedLinks, newStartSceneId } = removeScene(s, 'scene-2');
    valid(story);
    expect(story.scenes.map((x) => x.id)).toEqual(['scene-1', 'scene-3', 'scene-4', 'scene-5']);
    expect(removedLinks).toEqual([{ sceneId: 'scene-1', hotspotId: 'scene-1-next' }]);
    expect(newStartSceneId).toBeUndefined();
    expect(lintStory(story).filter((p) => p.code === 'link-target-missing')).toEqual([]);
    expect(story.scenes[1]).toBe(s.scenes[2]);
  });

  it('removeScene of the start scene moves the start to the first remaining scene, or null', () => {
    const s = base();
    const r = removeScene(s, 'scene-1');
    expect(r.newStartSceneId).toBe('scene-2');
    expect(r.story.startSceneId).toBe('scene-2');
    expect(r.removedLinks).toEqual([{ sceneId: 'scene-4', hotspotId: 'scene-4-home' }]);
    const one = freeze(fakeStory({ scenes: 1 }));
    expect(removeScene(one, 'scene-1')).toMatchObject({ newStartSceneId: null, story: { scenes: [], startSceneId: null } });
    expect(() => removeScene(s, 'nope')).toThrow(StoryOpError);
  });

  it('addHotspot adds a hotspot with a new id, wrapping yaw and clamping pitch', () => {
    const s = base();
    const { story, hotspotId } = addHotspot(s, 'scene-2', { yaw: 270, pitch: 120, label: { en: 'Look' } });
    valid(story);
    const h = story.scenes[1]!.hotspots.at(-1)!;
    expect(h).toMatchObject({ id: hotspotId, yaw: -90, pitch: 90, label: { en: 'Look' }, action: { type: 'info' } });
    expect(hotspotId.startsWith('scene-2-hotspot-')).toBe(true);
    expect(() => addHotspot(s, 'nope')).toThrow(StoryOpError);
    expect(() => addHotspot(s, 'scene-2', { id: 'scene-1-next' })).toThrow(StoryOpError);
  });

  it('updateHotspot changes one hotspot by id (patch or function), never its id', () => {
    const s = base();
    const a = updateHotspot(s, 'scene-2-next', { yaw: 181, label: { en: 'Onwards' } });
    valid(a);
    expect(a.scenes[1]!.hotspots[0]).toMatchObject({ id: 'scene-2-next', yaw: -179, label: { en: 'Onwards' } });
    expect(a.scenes[0]).toBe(s.scenes[0]);
    const b = updateHotspot(s, 'scene-2-next', (h) => ({ ...h, id: 'renamed', pitch: -100 }));
    expect(b.scenes[1]!.hotspots[0]).toMatchObject({ id: 'scene-2-next', pitch: -90 });
    expect(() => updateHotspot(s, 'nope', {})).toThrow(StoryOpError);
  });

  it('removeHotspot removes one hotspot by id', () => {
    const s = base();
    const r = removeHotspot(s, 'scene-2-info-1');
    valid(r);
    expect(r.scenes[1]!.hotspots.map((h) => h.id)).toEqual(['scene-2-next']);
    expect(() => removeHotspot(s, 'nope')).toThrow(StoryOpError);
  });

  it('linkScenes creates a go-to hotspot labelled with the target title; the target becomes reachable', () => {
    const s0 = freeze(addScene(base(), { id: 'lake', title: { en: 'The lake' } }).story);
    expect(lintStory(s0).map((p) => p.code)).toContain('scene-unreachable');
    const { story, hotspotId } = linkScenes(s0, 'scene-2', 'lake', -30, 5);
    valid(story);
    const h = story.scenes[1]!.hotspots.find((x) => x.id === hotspotId)!;
    expect(h).toMatchObject({ yaw: -30, pitch: 5, label: { en: 'The lake' }, action: { type: 'goto', sceneId: 'lake' } });
    expect(lintStory(story).map((p) => p.code)).not.toContain('scene-unreachable');
    expect(() => linkScenes(s0, 'scene-2', 'nope', 0, 0)).toThrow(StoryOpError);
    expect(() => linkScenes(s0, 'nope', 'lake', 0, 0)).toThrow(StoryOpError);
  });
});
