import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../../src/story/fake.ts';
import { addScene, linkScenes } from '../../../src/story/graph/ops.ts';
import { setSceneTitle } from '../../../src/story/graph/scene-ops.ts';
import { labelFollowsTarget, setHotspotAction, setHotspotLabel } from '../../../src/story/graph/link-labels.ts';
import { Story } from '../../../src/story/schema/story.ts';

/** Two scenes, "Square" and "Library hall", and a way from the square to the hall. */
function twoScenes() {
  let story: Story = { ...fakeStory(), scenes: [], startSceneId: null, assets: [] };
  story = addScene(story, { id: 'square', title: { en: 'Square', nb: 'Torget' } }).story;
  story = addScene(story, { id: 'hall', title: { en: 'Library hall', nb: 'Bibliotekhallen' } }).story;
  story = addScene(story, { id: 'park', title: { en: 'Park' } }).story;
  const { story: linked, hotspotId } = linkScenes(story, 'square', 'hall', 0, 0);
  return { story: Object.freeze(linked), hotspotId };
}
const hotspot = (story: Story, id: string) => story.scenes.flatMap((s) => s.hotspots).find((h) => h.id === id)!;

describe('a go-to label follows its scene title until the author writes their own', () => {
  it('renaming the scene renames the ways there, in that language only, and the result is a valid story', () => {
    const { story, hotspotId } = twoScenes();
    expect(labelFollowsTarget(story, hotspot(story, hotspotId))).toBe(true);
    const renamed = setSceneTitle(story, 'hall', 'en', 'The big hall');
    expect(hotspot(renamed, hotspotId).label).toEqual({ en: 'The big hall', nb: 'Bibliotekhallen' });
    expect(Story.safeParse(renamed).success).toBe(true);
    expect(renamed.scenes[2]).toBe(story.scenes[2]); // untouched scenes are shared
    // a title in a new language comes to the label too; clearing the title clears it
    const english = setSceneTitle(setSceneTitle(renamed, 'hall', 'nb', 'Den store hallen'), 'hall', 'en', '');
    expect(hotspot(english, hotspotId).label).toEqual({ nb: 'Den store hallen' });
  });

  it("a label the author wrote is kept on rename (stored as the author's own); clearing it lets it follow again", () => {
    const { story, hotspotId } = twoScenes();
    const own = setHotspotLabel(story, hotspotId, 'en', 'Go inside');
    expect(hotspot(own, hotspotId)).toMatchObject({ ownLabel: true, label: { en: 'Go inside' } });
    expect(Story.safeParse(own).success).toBe(true);
    expect(hotspot(setSceneTitle(own, 'hall', 'en', 'The big hall'), hotspotId).label.en).toBe('Go inside');

    const cleared = setHotspotLabel(own, hotspotId, 'en', '');
    expect(hotspot(cleared, hotspotId).ownLabel).toBeUndefined();
    expect(hotspot(setSceneTitle(cleared, 'hall', 'en', 'The big hall'), hotspotId).label.en).toBe('The big hall');
  });

  it('an older story without the mark: a label equal to the title follows, a different one stays', () => {
    const { story, hotspotId } = twoScenes();
    const old = setHotspotLabel(story, hotspotId, 'en', 'Go inside');
    const { ownLabel: _gone, ...unmarked } = hotspot(old, hotspotId);
    const legacy: Story = { ...old, scenes: old.scenes.map((s) => (s.id === 'square' ? { ...s, hotspots: [unmarked] } : s)) };
    expect(hotspot(setSceneTitle(legacy, 'hall', 'en', 'The big hall'), hotspotId).label.en).toBe('Go inside');
    expect(hotspot(setSceneTitle(story, 'hall', 'nb', 'Hallen'), hotspotId).label.nb).toBe('Hallen');
  });

  it('pointing the way at another scene takes that title, unless the label is the author’s own', () => {
    const { story, hotspotId } = twoScenes();
    const moved = setHotspotAction(story, hotspotId, { type: 'goto', sceneId: 'park' });
    expect(hotspot(moved, hotspotId).label).toEqual({ en: 'Park' });
    const own = setHotspotAction(setHotspotLabel(story, hotspotId, 'en', 'Go inside'), hotspotId, { type: 'goto', sceneId: 'park' });
    expect(hotspot(own, hotspotId).label.en).toBe('Go inside');
    // an information hotspot's label is never touched by renames
    const info = setHotspotAction(story, hotspotId, { type: 'info', text: {} });
    expect(hotspot(info, hotspotId).label).toEqual({});
    const infoLabelled = setHotspotLabel(info, hotspotId, 'en', 'Library hall');
    expect(hotspot(setSceneTitle(infoLabelled, 'hall', 'en', 'X'), hotspotId).label.en).toBe('Library hall');
  });
});
