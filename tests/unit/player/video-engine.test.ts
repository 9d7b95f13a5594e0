import { describe, expect, it } from 'vitest';
import { createPlayerEngine } from '../../../src/player/engine/index.ts';
import type { PlayerEvent } from '../../../src/player/engine/types.ts';
import { fakeStory, fakeVideoAsset } from '../../../src/story/fake.ts';
import type { Story, VideoEnd } from '../../../src/story/schema/index.ts';

/** Three scenes; the first plays a video with the given end rule. */
function story(end: VideoEnd): Story {
  const s = fakeStory({ scenes: 3 });
  const video = fakeVideoAsset(1);
  s.assets.push(video);
  s.scenes[0]!.video = { asset: video.id, end, volume: 1 };
  return s;
}

describe('the player engine at the end of a scene video', () => {
  it('"go to": the video\'s end leads on, as one step back can undo', () => {
    const engine = createPlayerEngine(story({ type: 'goto', sceneId: 'scene-3' }));
    const events: PlayerEvent[] = [];
    engine.onEvent((e) => events.push(e));
    engine.start();
    expect(engine.getState().videoDone).toBe(false);
    expect(engine.videoEnded()).toBe(true);
    expect(engine.getState().sceneId).toBe('scene-3');
    expect(engine.getState().videoDone).toBe(false);
    expect(events.map((e) => e.type)).toEqual(['scene', 'video-ended', 'scene', 'ending']);
    expect(engine.back()).toBe(true);
    expect(engine.getState().sceneId).toBe('scene-1');
    expect(engine.getState().videoDone).toBe(false);
  });

  it('"show the choices": no hotspots while the video plays, all of them once it has ended', () => {
    const engine = createPlayerEngine(story({ type: 'choices' }));
    engine.start();
    expect(engine.getState().visibleHotspots).toEqual([]);
    expect(engine.choose('scene-1-next')).toBe(false);
    expect(engine.videoEnded()).toBe(true);
    expect(engine.getState().visibleHotspots.map((h) => h.id)).toEqual(['scene-1-next']);
    expect(engine.videoEnded()).toBe(false);
    expect(engine.choose('scene-1-next')).toBe(true);
    engine.back();
    expect(engine.getState().visibleHotspots, 'a new arrival waits for the video again').toEqual([]);
  });

  it('"loop", a scene without video, and an end leading nowhere change nothing but say so', () => {
    const loop = createPlayerEngine(story({ type: 'loop' }));
    loop.start();
    expect(loop.getState().visibleHotspots).toHaveLength(1);
    expect(loop.videoEnded()).toBe(false);
    expect(loop.getState().sceneId).toBe('scene-1');

    const plain = createPlayerEngine(fakeStory({ scenes: 2 }));
    plain.start();
    expect(plain.videoEnded()).toBe(false);

    const broken = createPlayerEngine(story({ type: 'goto', sceneId: 'gone' }));
    const problems: string[] = [];
    broken.onEvent((e) => e.type === 'problem' && problems.push(e.message));
    broken.start();
    expect(broken.videoEnded()).toBe(false);
    expect(broken.getState().sceneId).toBe('scene-1');
    expect(problems).toHaveLength(1);
  });
});
