import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../src/story/fake.ts';
import { addHotspot, removeHotspot, removeScene, updateHotspot } from '../../src/story/graph/ops.ts';
import { updateScene } from '../../src/story/graph/scene-ops.ts';
import { removeAsset } from '../../src/story/graph/asset-ops.ts';
import { reachableFrom } from '../../src/story/graph/reach.ts';
import type { AssetId, HotspotId, SceneId, StoryId } from '../../src/story/schema/common.ts';
import { Story } from '../../src/story/schema/story.ts';
import { createEditor } from '../../src/editor/state/editor.ts';
import { deleteSceneCommand } from '../../src/editor/commands/index.ts';

/**
 * Scene, hotspot, asset and story ids have types of their own. The `@ts-expect-error` lines below are
 * checked by `npm run typecheck`: if a wrong-kind id type-checked there, the directive would be unused
 * and the type-check would fail. At run time each of them fails too, as an unknown id does.
 */
describe('ids of different kinds have different types', () => {
  const story = fakeStory({ scenes: 3 });
  const scene = story.scenes[0]!;
  const hotspot = scene.hotspots[0]!;
  const asset = story.assets[0]!;

  it('a hotspot id where a scene id is expected does not type-check', () => {
    // @ts-expect-error a hotspot's id is not a scene's id
    expect(() => removeScene(story, hotspot.id)).toThrow(/There is no scene/);
    // @ts-expect-error a hotspot's id is not a scene's id
    expect(() => addHotspot(story, hotspot.id)).toThrow(/There is no scene/);
    // @ts-expect-error a hotspot's id is not a scene's id
    expect(() => updateScene(story, hotspot.id, (s) => s)).toThrow(/There is no scene/);
    // @ts-expect-error nor is a hotspot's id where a scene may be reached from
    expect(reachableFrom(story, hotspot.id).size).toBe(0);
    const editor = createEditor({ story, save: async () => {} });
    // @ts-expect-error selecting a hotspot's id as the scene
    editor.select({ sceneId: hotspot.id, hotspotId: null });
    // @ts-expect-error a command's scene argument
    expect(() => editor.run(deleteSceneCommand, { sceneId: hotspot.id })).toThrow();
  });

  it('nor a scene, asset or story id where another kind is expected', () => {
    // @ts-expect-error a scene's id is not a hotspot's id
    expect(() => updateHotspot(story, scene.id, {})).toThrow(/There is no hotspot/);
    // @ts-expect-error a scene's id is not a hotspot's id
    expect(() => removeHotspot(story, scene.id)).toThrow(/There is no hotspot/);
    // @ts-expect-error an asset's id is not a scene's id
    expect(() => updateScene(story, asset.id, (s) => s)).toThrow(/There is no scene/);
    // @ts-expect-error a scene's id is not an asset's id
    expect(removeAsset(story, scene.id)).toBe(story);
    // @ts-expect-error the story's own id is not a scene's id
    expect(() => removeScene(story, story.id)).toThrow(/There is no scene/);
    const ids: { scene: SceneId; hotspot: HotspotId; asset: AssetId; story: StoryId } = { scene: scene.id, hotspot: hotspot.id, asset: asset.id, story: story.id };
    // @ts-expect-error the kinds do not mix in either direction
    const wrong: HotspotId = ids.scene;
    expect(wrong).toBe(scene.id);
  });

  it('the right kind type-checks, and text not typed as an id yet (a URL part, a form field) may be used as one', () => {
    expect(removeScene(story, scene.id).story.scenes).toHaveLength(2);
    expect(removeHotspot(story, hotspot.id).scenes[0]!.hotspots).toHaveLength(0);
    const fromUrl: string = story.scenes[1]!.id;
    expect(removeScene(story, fromUrl).story.scenes.map((s) => s.id)).not.toContain(fromUrl);
  });

  it('the brand is in the types only: ids parse and serialise as the same text', () => {
    const parsed = Story.parse(JSON.parse(JSON.stringify(story)));
    expect(parsed.scenes.map((s) => s.id)).toEqual(story.scenes.map((s) => s.id));
    expect(JSON.stringify({ id: parsed.scenes[0]!.id, to: parsed.scenes[0]!.hotspots[0]!.action })).toBe('{"id":"scene-1","to":{"type":"goto","sceneId":"scene-2"}}');
  });
});
