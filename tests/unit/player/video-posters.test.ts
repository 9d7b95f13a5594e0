import { describe, expect, it } from 'vitest';
import { fakeImageAsset, fakeStory, fakeVideoAsset } from '../../../src/story/fake.ts';
import { videoPosterIds } from '../../../src/player/view/videoPosters.ts';

describe("video scenes' posters", () => {
  it('are the pictures of video scenes only: a picture a photo scene shows too keeps its full size', () => {
    const [a, b, c] = [1, 2, 3].map((i) => fakeImageAsset(i));
    const story = fakeStory({ scenes: 4, panoramas: [a!, b!, c!] }); // scene 4 shows picture a again
    const video = fakeVideoAsset(1);
    story.assets.push(video);
    story.scenes[0]!.video = { asset: video.id, end: { type: 'loop' }, volume: 1 };
    story.scenes[1]!.video = { asset: video.id, end: { type: 'loop' }, volume: 1 };
    expect([...videoPosterIds(story)]).toEqual([b!.id]);
    delete story.scenes[1]!.video;
    expect([...videoPosterIds(story)]).toEqual([]);
  });
});
