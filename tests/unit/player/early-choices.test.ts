import { describe, expect, it } from 'vitest';
import { fakeStory, fakeVideoAsset } from '../../../src/story/fake.ts';
import { Story } from '../../../src/story/schema/index.ts';
import { earlyChoiceItems } from '../../../src/player/standalone/earlyChoices.ts';

/** A start scene with two go-to choices (to scenes 2 and 3), labelled in English and Norwegian. */
function junction() {
  const s = fakeStory({ scenes: 3 });
  s.meta.languages = ['en', 'nb'];
  s.scenes[0]!.hotspots = [
    { id: 'to-park', yaw: 30, pitch: 0, label: { en: 'To the park', nb: 'Til parken' }, action: { type: 'goto', sceneId: 'scene-2' } },
    { id: 'to-harbour', yaw: -30, pitch: 0, label: { en: 'To the harbour' }, action: { type: 'goto', sceneId: 'scene-3' } },
  ];
  return s;
}
const parse = (s: unknown) => Story.parse(s);

describe("the published page's early choices (before the player is up)", () => {
  it("offers the start scene's go-to choices, in order, labelled in the reader's language as the player labels them", () => {
    expect(earlyChoiceItems(parse(junction()), 'en')).toEqual({
      lang: 'en',
      items: [
        { hotspotId: 'to-park', sceneId: 'scene-2', label: 'To the park' },
        { hotspotId: 'to-harbour', sceneId: 'scene-3', label: 'To the harbour' },
      ],
    });
    const nb = earlyChoiceItems(parse(junction()), 'nb-NO')!;
    expect(nb.lang).toBe('nb');
    // A label missing in Norwegian falls back to the story's default language, as in the player.
    expect(nb.items.map((i) => i.label)).toEqual(['Til parken', 'To the harbour']);
  });

  it('leaves out a choice whose conditions do not hold at the start, as the player does', () => {
    const s = junction();
    s.variables = [{ id: 'key', name: 'key', initial: false }];
    s.scenes[0]!.hotspots[1]!.conditions = [{ variable: 'key', op: 'eq', value: true }];
    expect(earlyChoiceItems(parse(s), 'en')!.items.map((i) => i.hotspotId)).toEqual(['to-park']);
  });

  it('offers nothing when a choice is one the early page cannot honour: information, a closed checkpoint, a video scene', () => {
    const info = junction();
    info.scenes[0]!.hotspots.push({ id: 'about', yaw: 0, pitch: 10, label: { en: 'About' }, action: { type: 'info', text: { en: 'Hello' } } });
    expect(earlyChoiceItems(parse(info), 'en')).toBeNull();

    const closed = junction();
    closed.variables = [{ id: 'key', name: 'key', initial: false }];
    closed.scenes[0]!.hotspots[0]!.action = { type: 'goto', sceneId: 'scene-2', closed: { when: [{ variable: 'key', op: 'eq', value: true }], message: { en: 'Find the key first' } } };
    expect(earlyChoiceItems(parse(closed), 'en')).toBeNull();

    const video = junction();
    const clip = fakeVideoAsset(9);
    video.assets.push(clip);
    video.scenes[0]!.video = { asset: clip.id, end: { type: 'loop' }, volume: 1 };
    expect(earlyChoiceItems(parse(video), 'en')).toBeNull();
  });

  it('offers nothing for a start scene without choices', () => {
    const s = junction();
    s.scenes[0]!.hotspots = [];
    expect(earlyChoiceItems(parse(s), 'en')).toBeNull();
  });
});
