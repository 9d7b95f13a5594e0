import { describe, expect, test } from 'vitest';
import { fakeHash, fakeStory } from '../../../../src/story/fake.ts';
import type { Story } from '../../../../src/story/schema/story.ts';
import { createEditor } from '../../../../src/editor/state/editor.ts';
import { addSoundSourceCommand, MAX_SOUND_SOURCES } from '../../../../src/editor/commands/add-sound-source.ts';
import { moveSoundSourceCommand } from '../../../../src/editor/commands/move-sound-source.ts';
import { deleteSoundSourceCommand } from '../../../../src/editor/commands/delete-sound-source.ts';
import { updateSoundSourceCommand } from '../../../../src/editor/commands/update-sound-source.ts';
import * as commands from '../../../../src/editor/commands/index.ts';
import { retargetHotspotCommand } from '../../../../src/editor/commands/retarget-hotspot.ts';
import { nextUnlinkedScene } from '../../../../src/editor/scene/usePlacing.ts';
import { Story as StorySchema } from '../../../../src/story/schema/story.ts';

const SOUND = fakeHash(77);

function story(): Story {
  const s = fakeStory({ scenes: 4 });
  for (const sc of s.scenes) {
    sc.soundscape = { beds: [], sources: [] };
    sc.hotspots = [];
  }
  return s;
}

const editorFor = (s: Story) => createEditor({ story: s, save: async () => undefined });

describe('positional sound commands', () => {
  test('place, move (a drag is one step), remove; every result is a valid story', () => {
    const ed = editorFor(story());
    const sceneId = ed.doc.getState().story.scenes[0]!.id;
    expect(ed.run(addSoundSourceCommand, { sceneId, asset: SOUND, yaw: 190, pitch: 95, id: 'snd' })).toBe(true);
    let src = ed.doc.getState().story.scenes[0]!.soundscape.sources[0]!;
    expect(src).toMatchObject({ id: 'snd', asset: SOUND, yaw: -170, pitch: 90, loop: true });
    ed.history.seal();
    ed.run(moveSoundSourceCommand, { sceneId, sourceId: 'snd', yaw: 10, pitch: 5 });
    ed.run(moveSoundSourceCommand, { sceneId, sourceId: 'snd', yaw: 20, pitch: 6 });
    src = ed.doc.getState().story.scenes[0]!.soundscape.sources[0]!;
    expect([src.yaw, src.pitch]).toEqual([20, 6]);
    expect(StorySchema.safeParse(ed.doc.getState().story).success).toBe(true);
    ed.undo();
    src = ed.doc.getState().story.scenes[0]!.soundscape.sources[0]!;
    expect([src.yaw, src.pitch]).toEqual([-170, 90]);
    expect(ed.run(deleteSoundSourceCommand, { sceneId, sourceId: 'snd' })).toBe(true);
    expect(ed.doc.getState().story.scenes[0]!.soundscape.sources).toEqual([]);
    ed.undo();
    expect(ed.doc.getState().story.scenes[0]!.soundscape.sources).toHaveLength(1);
  });

  test('no more than the schema allows; moving to the same place changes nothing', () => {
    const ed = editorFor(story());
    const sceneId = ed.doc.getState().story.scenes[0]!.id;
    for (let i = 0; i < MAX_SOUND_SOURCES; i++) ed.run(addSoundSourceCommand, { sceneId, asset: SOUND, yaw: i, pitch: 0, id: `s${i}` });
    expect(ed.run(addSoundSourceCommand, { sceneId, asset: SOUND, yaw: 0, pitch: 0, id: 'extra' })).toBe(false);
    expect(ed.run(moveSoundSourceCommand, { sceneId, sourceId: 's3', yaw: 3, pitch: 0 })).toBe(false);
  });

  test('one set for the 360 view and the inspector: settings typed in stay in range, each field is one step', () => {
    const ed = editorFor(story());
    const sceneId = ed.doc.getState().story.scenes[0]!.id;
    // Added from the inspector's list: straight ahead.
    expect(ed.run(commands.addSoundSourceCommand, { sceneId, asset: SOUND })).toBe(true);
    const id = ed.doc.getState().story.scenes[0]!.soundscape.sources[0]!.id;
    ed.history.seal();
    ed.run(updateSoundSourceCommand, { sceneId, sourceId: id, change: { yaw: 270, distance: 12 } });
    ed.run(updateSoundSourceCommand, { sceneId, sourceId: id, change: { yaw: 271, distance: 13 } });
    expect(ed.doc.getState().story.scenes[0]!.soundscape.sources[0]).toMatchObject({ yaw: -89, pitch: 0, distance: 13 });
    expect(ed.history.store.getState().past.map((p) => p.label)).toEqual(['Place a sound', 'Change sound']);
    ed.undo();
    expect(ed.doc.getState().story.scenes[0]!.soundscape.sources[0]).toMatchObject({ yaw: 0, distance: 5 });
    // Removing what is not there changes nothing (no empty undo step).
    expect(ed.run(commands.deleteSoundSourceCommand, { sceneId, sourceId: 'gone' })).toBe(false);
    expect(ed.run(commands.removeBedCommand, { sceneId, bedId: 'gone' })).toBe(false);
    expect(StorySchema.safeParse(ed.doc.getState().story).success).toBe(true);
  });
});

describe('a dropped hotspot', () => {
  test('goes to the next scene this one does not lead to yet', () => {
    const s = story();
    const [a, b, c, d] = s.scenes;
    a!.hotspots = [{ id: 'x', yaw: 0, pitch: 0, label: {}, action: { type: 'goto', sceneId: b!.id } }];
    expect(nextUnlinkedScene(s, a!)?.id).toBe(c!.id);
    expect(nextUnlinkedScene(s, c!)?.id).toBe(d!.id);
    expect(nextUnlinkedScene(s, d!)?.id).toBe(a!.id);
    const only = { ...s, scenes: [a!] };
    expect(nextUnlinkedScene(only, a!)).toBeNull();
  });

  test('changing where it goes relabels it, unless someone wrote their own label', () => {
    const s = story();
    const [a, b, c] = s.scenes;
    a!.hotspots = [
      { id: 'auto', yaw: 0, pitch: 0, label: { ...b!.title }, action: { type: 'goto', sceneId: b!.id } },
      { id: 'own', yaw: 40, pitch: 0, label: { en: 'Up the stairs' }, action: { type: 'goto', sceneId: b!.id } },
    ];
    const ed = editorFor(s);
    ed.run(retargetHotspotCommand, { hotspotId: 'auto', action: { type: 'goto', sceneId: c!.id } });
    ed.run(retargetHotspotCommand, { hotspotId: 'own', action: { type: 'goto', sceneId: c!.id } });
    const hs = ed.doc.getState().story.scenes[0]!.hotspots;
    expect(hs[0]!.label).toEqual(c!.title);
    expect(hs[1]!.label).toEqual({ en: 'Up the stairs' });
    ed.run(retargetHotspotCommand, { hotspotId: 'auto', action: { type: 'info', text: {} } });
    expect(ed.doc.getState().story.scenes[0]!.hotspots[0]!).toMatchObject({ label: {}, action: { type: 'info' } });
  });
});
