import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyPatches, diff } from '../../../src/editor/history/patches.ts';
import { fakeStory } from '../../../src/story/fake.ts';
import { addScene, removeScene, updateHotspot } from '../../../src/story/graph/ops.ts';

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.integer(),
    fc.string({ maxLength: 4 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('structural diff patches', () => {
  it('round-trips any two JSON values, and never changes its inputs', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const aCopy = structuredClone(a);
        const bCopy = structuredClone(b);
        const { patches, inverse } = diff(a, b);
        expect(applyPatches(a, patches)).toEqual(b);
        expect(applyPatches(b, inverse)).toEqual(a);
        expect(a).toEqual(aCopy);
        expect(b).toEqual(bCopy);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips edits of shared-structure documents (arrays spliced in the middle)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 30 }), fc.nat(30), fc.nat(5), fc.array(fc.integer(), { maxLength: 5 }), (arr, at, del, ins) => {
        const items = arr.map((n) => ({ n }));
        const next = items.slice();
        next.splice(at, del, ...ins.map((n) => ({ n })));
        const { patches, inverse } = diff({ items }, { items: next });
        expect(applyPatches({ items }, patches)).toEqual({ items: next });
        expect(applyPatches({ items: next }, inverse)).toEqual({ items });
      }),
    );
  });

  it('describes one change in a 500-scene story with a few small patches', () => {
    const story = fakeStory({ scenes: 500 });
    const renamed = updateHotspot(story, 'scene-250-next', { yaw: 45 });
    const { patches } = diff(story, renamed);
    expect(patches).toEqual([{ op: 'set', path: ['scenes', 249, 'hotspots', 0, 'yaw'], value: 45 }]);
    const added = addScene(story).story;
    expect(diff(story, added).patches).toHaveLength(1);
    expect(diff(story, added).patches[0]!.op).toBe('splice');
  });

  it('shares untouched parts when applying', () => {
    const story = fakeStory({ scenes: 20 });
    const { story: next } = removeScene(story, 'scene-20');
    const { inverse } = diff(story, next);
    const back = applyPatches(next, inverse);
    expect(back).toEqual(story);
    expect(back.scenes[0]).toBe(next.scenes[0]);
    expect(back.assets).toBe(next.assets);
  });
});
