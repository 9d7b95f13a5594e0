import { describe, expect, it } from 'vitest';
import { fakeStory, fakeVideoAsset } from '../../src/story/fake.ts';
import { lintStory } from '../../src/story/graph/lint.ts';
import { linksOf, reachableScenes } from '../../src/story/graph/reach.ts';
import { loadStory } from '../../src/story/io/load.ts';
import { assetUsages, removeAsset, replaceAsset } from '../../src/story/graph/asset-ops.ts';
import { Story, type VideoAsset } from '../../src/story/schema/index.ts';
import { say } from '../../src/story/phrase.ts';
import { LINT_WORDS } from '../../src/story/graph/lint/words.ts';

/** A two-scene story whose first scene plays a video (poster: its panorama). */
function videoStory(video: Partial<VideoAsset> = {}, end: Story['scenes'][number]['video'] extends infer V ? V extends { end: infer E } ? E : never : never = { type: 'loop' }): Story {
  const story = fakeStory({ scenes: 2 });
  const asset = fakeVideoAsset(1, video);
  story.assets.push(asset);
  story.scenes[0]!.video = { asset: asset.id, end, volume: 1 };
  return story;
}
const codes = (s: Story) => lintStory(s).map((p) => p.code);

describe('360° video scenes in the story format', () => {
  it('a scene with a video and a video asset are valid, and the defaults fill in', () => {
    const story = videoStory();
    const raw = JSON.parse(JSON.stringify(story)) as Record<string, unknown>;
    const scene = (raw.scenes as Record<string, unknown>[])[0]!;
    scene.video = { asset: story.scenes[0]!.video!.asset };
    const asset = (raw.assets as Record<string, unknown>[]).at(-1)!;
    delete asset.sound;
    delete asset.transcript;
    const r = loadStory(JSON.stringify(raw));
    expect(r.ok, JSON.stringify(r.problems)).toBe(true);
    expect(r.story!.scenes[0]!.video).toEqual({ asset: story.scenes[0]!.video!.asset, end: { type: 'loop' }, volume: 1 });
    expect(r.story!.assets.at(-1)).toMatchObject({ kind: 'video', sound: 'sounds', transcript: {} });
  });

  it('refuses an end rule it does not know and a volume out of range', () => {
    const story = videoStory();
    const bad = structuredClone(story) as unknown as { scenes: { video: Record<string, unknown> }[] };
    bad.scenes[0]!.video.end = { type: 'rewind' };
    expect(Story.safeParse(bad).success).toBe(false);
    bad.scenes[0]!.video.end = { type: 'loop' };
    bad.scenes[0]!.video.volume = 2;
    expect(Story.safeParse(bad).success).toBe(false);
  });

  it('a clean video story has no video findings', () => {
    const c = codes(videoStory());
    expect(c).not.toContain('video-no-captions');
    expect(c).not.toContain('video-too-large');
    expect(c).not.toContain('asset-missing');
    expect(c).not.toContain('asset-unused');
  });

  it('"when it ends, go to" is a link: it reaches the scene, is no dead end, and must lead somewhere', () => {
    const story = fakeStory({ scenes: 3 });
    const asset = fakeVideoAsset(1);
    story.assets.push(asset);
    story.scenes[0]!.hotspots = [];
    story.scenes[0]!.video = { asset: asset.id, end: { type: 'goto', sceneId: 'scene-3' }, volume: 1 };
    expect(linksOf(story.scenes[0]!)).toEqual(['scene-3']);
    expect(reachableScenes(story).has('scene-3')).toBe(true);
    expect(codes(story)).not.toContain('dead-end');
    story.scenes[0]!.video.end = { type: 'goto', sceneId: 'gone' };
    const p = lintStory(story).find((x) => x.code === 'link-target-missing')!;
    expect(p.path).toBe('/scenes/0/video/end/sceneId');
    expect(p.message).toContain('gone');
  });

  it('a video in which people speak needs captions in the main language', () => {
    const story = videoStory({ sound: 'speech' });
    const p = lintStory(story).find((x) => x.code === 'video-no-captions');
    expect(p?.severity).toBe('warning');
    expect(p?.path).toBe(`/assets/${story.assets.length - 1}/transcript`);
    expect(p?.message).toMatch(/walk-1\.mp4/);
    story.assets[story.assets.length - 1] = { ...(story.assets.at(-1) as VideoAsset), transcript: { en: 'Hi, I am Mira.' } };
    expect(codes(story)).not.toContain('video-no-captions');
    expect(codes(videoStory({ sound: 'sounds' }))).not.toContain('video-no-captions');
    // Captions timed to the video in the main language are enough; in another language they are not.
    expect(codes(videoStory({ sound: 'speech', captions: { en: [{ start: 0, end: 2, text: 'Hi, I am Mira.' }] } }))).not.toContain('video-no-captions');
    expect(codes(videoStory({ sound: 'speech', captions: { nb: [{ start: 0, end: 2, text: 'Hei, jeg er Mira.' }] } }))).toContain('video-no-captions');
  });

  it('warns when a video is too wide or too big for phones', () => {
    const wide = lintStory(videoStory({ width: 5760, height: 2880 })).find((p) => p.code === 'video-too-large');
    expect(wide?.message).toMatch(/5760×2880.*4096/);
    expect(codes(videoStory({ bytes: 400 * 1024 * 1024 }))).toContain('video-too-large');
    expect(codes(videoStory({ width: 4096, height: 2048 }))).not.toContain('video-too-large');
  });

  it('a picture where the video should be, or a missing video, is found', () => {
    const story = videoStory();
    story.scenes[0]!.video!.asset = story.assets[0]!.id;
    expect(codes(story)).toContain('asset-wrong-kind');
    story.scenes[0]!.video!.asset = 'f'.repeat(64);
    const p = lintStory(story).find((x) => x.code === 'asset-missing')!;
    expect(p.message).toMatch(/video/);
  });

  it('every new wording has its parameters', () => {
    for (const k of ['lint.video-no-captions', 'lint.video-too-large.pixels', 'lint.video-end-missing'] as const) expect(LINT_WORDS[k]).toBeTruthy();
    expect(typeof say).toBe('function');
  });

  it('the media list knows where a video is used; replacing or removing it follows', () => {
    const story = videoStory();
    const id = story.scenes[0]!.video!.asset;
    expect(assetUsages(story, id)).toEqual([{ kind: 'video', sceneId: 'scene-1' }]);
    const other = fakeVideoAsset(2);
    const replaced = replaceAsset(story, id, other);
    expect(replaced.scenes[0]!.video).toEqual({ asset: other.id, end: { type: 'loop' }, volume: 1 });
    const removed = removeAsset(story, id);
    expect(removed.scenes[0]!.video).toBeUndefined();
    expect(removed.scenes[0]!.panorama, 'the still picture stays').toBe(story.scenes[0]!.panorama);
    expect(lintStory(removed).filter((p) => p.severity === 'error')).toEqual([]);
  });
});
