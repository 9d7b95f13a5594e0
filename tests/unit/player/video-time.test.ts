import { describe, expect, it } from 'vitest';
import { createPlayerEngine } from '../../../src/player/engine/index.ts';
import { fakeStory, fakeVideoAsset } from '../../../src/story/fake.ts';
import { formatClock, inTimeWindow, parseClock, timeWindow } from '../../../src/story/video-time.ts';
import { lintStory } from '../../../src/story/graph/lint.ts';
import { Story, type HotspotTime } from '../../../src/story/schema/index.ts';

/** Two scenes; the first plays a 60 s looping video and has its link and an info hotspot with `time`. */
function story(time: HotspotTime | undefined, withVideo = true): Story {
  const s = structuredClone(fakeStory({ scenes: 2 }));
  const video = fakeVideoAsset(1, { duration: 60 });
  s.assets.push(video);
  if (withVideo) s.scenes[0]!.video = { asset: video.id, end: { type: 'loop' }, volume: 1 };
  s.scenes[0]!.hotspots.push({ id: 'sign', yaw: 40, pitch: 0, label: { en: 'The sign' }, action: { type: 'info', text: { en: 'Built in 1890.' } }, ...(time ? { time } : {}) });
  return s;
}
const visible = (engine: ReturnType<typeof createPlayerEngine>) => engine.getState().visibleHotspots.map((h) => h.id);

describe('times in a video, written by people', () => {
  it('reads minutes:seconds, seconds and hours, and refuses anything else', () => {
    expect(parseClock('0:12')).toBe(12);
    expect(parseClock(' 1:05 ')).toBe(65);
    expect(parseClock('12.5')).toBe(12.5);
    expect(parseClock('0:12,5')).toBe(12.5);
    expect(parseClock('1:02:03')).toBe(3723);
    for (const bad of ['', 'abc', '1:60', '1.5:00', '-3', '1::2', '1:2:3:4']) expect(parseClock(bad)).toBeNull();
  });

  it('writes them back the same way', () => {
    expect([7, 65, 12.5, 3723, 59.96].map(formatClock)).toEqual(['0:07', '1:05', '0:12.5', '1:02:03', '1:00']);
    for (const s of [0, 7, 65, 12.5, 3723]) expect(parseClock(formatClock(s))).toBe(s);
  });

  it('a window holds from its start (in) to its end (out), or to the end of the video', () => {
    expect(inTimeWindow(undefined, 5)).toBe(true);
    expect([11.9, 12, 39.9, 40].map((t) => inTimeWindow({ from: 12, to: 40 }, t))).toEqual([false, true, true, false]);
    expect(inTimeWindow({ from: 12 }, 1e6)).toBe(true);
    expect(timeWindow(null, null)).toBeNull();
    expect(timeWindow(null, 40)).toEqual({ from: 0, to: 40 });
    expect(timeWindow(12, null)).toEqual({ from: 12 });
  });
});

describe('hotspots with a time window in the player engine', () => {
  it('show only inside it as the video plays and loops; a new snapshot only when one opens or closes', () => {
    const engine = createPlayerEngine(story({ from: 12, to: 40 }));
    engine.start();
    expect(visible(engine)).toEqual(['scene-1-next']);
    let snapshots = 0;
    engine.subscribe(() => snapshots++);
    engine.videoTime(5);
    engine.videoTime(11.9);
    expect(snapshots).toBe(0);
    engine.videoTime(12);
    expect(visible(engine)).toEqual(['scene-1-next', 'sign']);
    engine.videoTime(20);
    expect(snapshots).toBe(1);
    engine.videoTime(40);
    expect(visible(engine)).toEqual(['scene-1-next']);
    engine.videoTime(13); // looped, or the reader went back
    expect(visible(engine)).toEqual(['scene-1-next', 'sign']);
    expect(snapshots).toBe(3);
  });

  it('a video that cannot play shows every hotspot; arriving again starts from 0', () => {
    const engine = createPlayerEngine(story({ from: 12, to: 40 }));
    engine.start();
    engine.videoTime(null);
    expect(visible(engine)).toEqual(['scene-1-next', 'sign']);
    engine.choose('scene-1-next');
    engine.back();
    expect(visible(engine)).toEqual(['scene-1-next']);
  });

  it('in a scene without video a window is ignored (and lint says so)', () => {
    const s = story({ from: 12, to: 40 }, false);
    const engine = createPlayerEngine(s);
    engine.start();
    engine.videoTime(0);
    expect(visible(engine)).toEqual(['scene-1-next', 'sign']);
    expect(lintStory(s).filter((p) => p.code === 'hotspot-time-outside-video').map((p) => p.message)).toEqual([
      'The hotspot "The sign" in scene "Scene 1" has a time window, but scene "Scene 1" has no video, so it always shows. Take the time window away, or give the scene a video.',
    ]);
  });
});

describe('lint: time windows readers can never be in', () => {
  const codes = (time: HotspotTime) => lintStory(story(time)).filter((p) => p.code === 'hotspot-time-outside-video');
  it('an empty window, and one after the video’s end; a fine one says nothing', () => {
    expect(codes({ from: 40, to: 12 })[0]?.message).toMatch(/should show from 0:40 until 0:12: that is no time at all/);
    expect(codes({ from: 75 })[0]?.message).toMatch(/should appear at 1:15, but the video is only 1:00 long/);
    expect(codes({ from: 12, to: 40 })).toEqual([]);
    expect(Story.safeParse(story({ from: 12, to: 40 })).success).toBe(true);
  });
});
