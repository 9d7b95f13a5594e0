import { describe, expect, it } from 'vitest';
import { planBudget, textureBytes } from '../../../src/player/view/textures/budget.ts';
import { fittedSize } from '../../../src/story/media/panorama-grid.ts';
import { preloadOrder } from '../../../src/player/view/preloadOrder.ts';
import { createPlayerEngine } from '../../../src/player/engine/index.ts';
import { fakeImageAsset, fakeStory } from '../../../src/story/fake.ts';

describe('texture budget', () => {
  it('counts RGBA bytes plus a third for mipmaps', () => {
    expect(textureBytes(4096, 2048)).toBe(Math.ceil(4096 * 2048 * 4 * (4 / 3)));
    expect(textureBytes(2, 1, false)).toBe(8);
  });
  it('scales images down to the GPU limit, keeping their shape', () => {
    expect(fittedSize(16384, 8192, 8192)).toEqual({ width: 8192, height: 4096 });
    expect(fittedSize(4096, 2048, 8192)).toEqual({ width: 4096, height: 2048 });
    expect(fittedSize(3000, 5000, 4096)).toEqual({ width: 2457, height: 4096 });
  });
  it('keeps the current texture always, then neighbours in order while they fit', () => {
    const keep = planBudget(
      { id: 'cur', bytes: 50 },
      [
        { id: 'a', bytes: 30 },
        { id: 'big', bytes: 40 },
        { id: 'b', bytes: 20 },
        { id: 'c', bytes: 1 },
      ],
      100,
    );
    expect([...keep]).toEqual(['cur', 'a', 'b']);
    expect([...planBudget({ id: 'huge', bytes: 500 }, [{ id: 'a', bytes: 1 }], 100)]).toEqual(['huge']);
    expect([...planBudget(null, [{ id: 'a', bytes: 60 }, { id: 'b', bytes: 60 }], 100)]).toEqual(['a']);
  });
});

describe('preload order', () => {
  it('current first, then visible choices in order, then the way back', () => {
    const assets = Array.from({ length: 10 }, (_, i) => fakeImageAsset(i + 1));
    const story = fakeStory({ scenes: 10, panoramas: assets });
    const e = createPlayerEngine(story);
    e.start();
    expect(preloadOrder(e.getState())).toEqual({ current: assets[0]!.id, next: [assets[1]!.id] });
    e.choose('scene-1-next');
    e.choose('scene-2-next');
    e.choose('scene-3-next'); // scene-4: next + home
    expect(preloadOrder(e.getState())).toEqual({
      current: assets[3]!.id,
      next: [assets[4]!.id, assets[0]!.id, assets[2]!.id],
    });
  });
  it('has no current texture for a scene without a picture', () => {
    const story = fakeStory({ scenes: 2 });
    story.scenes[0]!.panorama = null;
    const e = createPlayerEngine(story);
    e.start();
    expect(preloadOrder(e.getState())).toEqual({ current: null, next: [story.scenes[1]!.panorama] });
  });
});
