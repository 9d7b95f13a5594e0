import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../../src/story/fake.ts';
import { Story } from '../../../src/story/schema/story.ts';
import { createEditor, undoLabel } from '../../../src/editor/state/editor.ts';
import * as cmd from '../../../src/editor/commands/index.ts';
import { layeredLayout, mapPositions } from '../../../src/story/graph/map-layout.ts';
import { actionFor } from '../../../src/editor/state/keys.ts';

const editorFor = (story = fakeStory({ scenes: 3 })) => createEditor({ story, save: async () => {} });
const valid = (s: unknown) => expect(Story.safeParse(s).success).toBe(true);

describe('commands through the editor', () => {
  it('adds, renames, links, marks and deletes scenes; every result is a valid story', () => {
    const e = editorFor();
    expect(e.run(cmd.addSceneCommand, { title: 'The bridge' })).toBe(true);
    const added = e.session.getState().selection.sceneId!;
    let story = e.doc.getState().story;
    expect(story.scenes.at(-1)!.title).toEqual({ en: 'The bridge' });
    expect(story.scenes.at(-1)!.map).toBeDefined();
    e.run(cmd.renameSceneCommand, { sceneId: added, language: 'en', title: 'The old bridge' });
    e.run(cmd.linkScenesCommand, { fromId: 'scene-1', toId: added });
    story = e.doc.getState().story;
    const link = story.scenes[0]!.hotspots.at(-1)!;
    expect(link.action).toEqual({ type: 'goto', sceneId: added });
    expect(link.label).toEqual({ en: 'The old bridge' });
    expect(link.yaw).not.toBe(story.scenes[0]!.hotspots[0]!.yaw); // not on top of the other hotspot
    expect(e.session.getState().selection).toEqual({ sceneId: 'scene-1', hotspotId: link.id });
    e.run(cmd.setEndingCommand, { sceneId: added, ending: true });
    e.run(cmd.setEndingTextCommand, { sceneId: added, language: 'en', text: 'You made it.' });
    e.run(cmd.setStartSceneCommand, { sceneId: 'scene-2' });
    story = e.doc.getState().story;
    expect(story.startSceneId).toBe('scene-2');
    expect(story.scenes.at(-1)!.ending).toEqual({ text: { en: 'You made it.' } });
    valid(story);
    e.run(cmd.deleteSceneCommand, { sceneId: added });
    story = e.doc.getState().story;
    expect(story.scenes.find((s) => s.id === added)).toBeUndefined();
    expect(story.scenes[0]!.hotspots.some((h) => h.action.type === 'goto' && h.action.sceneId === added)).toBe(false);
    valid(story);
    // Undo brings back the scene AND the link to it, and selects it again.
    e.undo();
    story = e.doc.getState().story;
    expect(story.scenes.find((s) => s.id === added)).toBeDefined();
    expect(story.scenes[0]!.hotspots.at(-1)!.action).toEqual({ type: 'goto', sceneId: added });
  });

  it('labels undo steps by command, and merges typing into one step', () => {
    const e = editorFor();
    const title = 'A day at the lake';
    for (let i = 1; i <= title.length; i++) e.run(cmd.setStoryTitleCommand, { language: 'en', title: title.slice(0, i) });
    const past = e.history.store.getState().past;
    expect(past).toHaveLength(1);
    expect(undoLabel(past[0]!.label)).toBe('Undo change story title');
    e.run(cmd.moveHotspotCommand, { hotspotId: 'scene-1-next', yaw: 10, pitch: 5 });
    e.run(cmd.moveHotspotCommand, { hotspotId: 'scene-1-next', yaw: 20, pitch: 5 });
    expect(undoLabel(e.history.store.getState().past.at(-1)!.label)).toBe('Undo move hotspot');
    expect(e.history.store.getState().past).toHaveLength(2);
    e.undo();
    expect(e.doc.getState().story.scenes[0]!.hotspots[0]!.yaw).toBe(30);
    e.undo();
    expect(e.doc.getState().story.meta.title).toEqual({ en: 'A generated story' });
    expect(e.session.getState().notice?.text).toBe('Undone: change story title');
    e.redo();
    expect(e.doc.getState().story.meta.title).toEqual({ en: title });
  });

  it('changes hotspot labels and actions, and deletes hotspots', () => {
    const e = editorFor();
    e.run(cmd.addHotspotCommand, { sceneId: 'scene-2' });
    const id = e.session.getState().selection.hotspotId!;
    e.run(cmd.setHotspotLabelCommand, { hotspotId: id, language: 'en', label: 'Listen' });
    e.run(cmd.setHotspotActionCommand, { hotspotId: id, action: { type: 'goto', sceneId: 'scene-3' } });
    let h = e.doc.getState().story.scenes[1]!.hotspots.find((x) => x.id === id)!;
    expect(h.label).toEqual({ en: 'Listen' });
    expect(h.action).toEqual({ type: 'goto', sceneId: 'scene-3' });
    valid(e.doc.getState().story);
    e.run(cmd.deleteHotspotCommand, { hotspotId: id });
    h = e.doc.getState().story.scenes[1]!.hotspots.find((x) => x.id === id)!;
    expect(h).toBeUndefined();
    expect(e.session.getState().selection).toEqual({ sceneId: 'scene-2', hotspotId: null });
  });

  it('moves scenes on the map as one step per drag, and tidies the map', () => {
    const e = editorFor();
    for (let i = 0; i < 10; i++) e.run(cmd.moveScenesCommand, { positions: { 'scene-2': { x: 500 + i, y: 40 } }, moved: ['scene-2'] });
    expect(e.history.store.getState().past).toHaveLength(1);
    expect(e.doc.getState().story.scenes[1]!.map).toEqual({ x: 509, y: 40 });
    expect(e.run(cmd.tidyMapCommand, undefined)).toBe(true);
    expect(e.doc.getState().story.scenes[0]!.map).toEqual({ x: 0, y: 0 });
  });

  it('refuses every change when read-only', () => {
    const e = createEditor({ story: fakeStory(), readOnly: true, save: async () => {} });
    expect(e.run(cmd.addSceneCommand, undefined)).toBe(false);
    expect(e.doc.getState().story.scenes).toHaveLength(3);
    expect(e.session.getState().notice?.text).toMatch(/another tab/);
  });

  it('sets the scene view and clamps nothing it should not', () => {
    const e = editorFor();
    e.run(cmd.setSceneViewCommand, { sceneId: 'scene-1', view: { yaw: 90, pitch: -10, fov: 60 } });
    expect(e.doc.getState().story.scenes[0]!.view).toEqual({ yaw: 90, pitch: -10, fov: 60 });
  });
});

describe('map layout', () => {
  it('lays scenes out in columns by steps from the start', () => {
    const story = fakeStory({ scenes: 4 });
    const pos = layeredLayout(story);
    expect(pos.get('scene-1')!.x).toBe(0);
    expect(pos.get('scene-2')!.x).toBeGreaterThan(0);
    expect(pos.get('scene-3')!.x).toBeGreaterThan(pos.get('scene-2')!.x);
  });
  it('uses saved positions, and lays out the rest without overlap', () => {
    const story = fakeStory({ scenes: 4 });
    const noMap = { ...story, scenes: story.scenes.map(({ map: _m, ...s }) => s) };
    expect(mapPositions(noMap)).toEqual(layeredLayout(noMap));
    const some = { ...story, scenes: story.scenes.map((s, i) => (i < 2 ? s : (({ map: _m, ...r }) => r)(s))) };
    const pos = mapPositions(some);
    expect(pos.get('scene-1')).toEqual(story.scenes[0]!.map);
    expect(pos.get('scene-3')!.y).toBeGreaterThan(story.scenes[1]!.map!.y);
  });
});

describe('shortcuts', () => {
  const k = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });
  it('maps Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y', () => {
    expect(actionFor(k('z', { ctrlKey: true }), [], false)).toBe('undo');
    expect(actionFor(k('Z', { ctrlKey: true, shiftKey: true }), [], false)).toBe('redo');
    expect(actionFor(k('y', { ctrlKey: true }), [], false)).toBe('redo');
    expect(actionFor(k('z', { metaKey: true }), [], true)).toBe('undo');
    expect(actionFor(k('z', { metaKey: true, shiftKey: true }), [], true)).toBe('redo');
    expect(actionFor(k('z'), [], false)).toBeNull();
    expect(actionFor(k('N', { altKey: true, shiftKey: true }), [cmd.addSceneCommand as never], false)).toEqual({ command: cmd.addSceneCommand });
  });
});

describe('initial map view', () => {
  it('shows the whole map when it fits at a readable zoom, else the start scene', async () => {
    const { initialViewport } = await import('../../../src/editor/map/viewport.ts');
    const small = fakeStory({ scenes: 3 });
    const v = initialViewport(mapPositions(small), small.startSceneId, 1000, 600);
    expect(v.zoom).toBeGreaterThanOrEqual(0.45);
    expect(v.zoom).toBeLessThanOrEqual(1);
    const big = fakeStory({ scenes: 500 });
    const w = initialViewport(mapPositions(big), 'scene-1', 1000, 600);
    expect(w.zoom).toBe(0.8);
    const start = big.scenes[0]!.map!;
    expect(start.x * w.zoom + w.x).toBeGreaterThanOrEqual(0); // the start card is on screen
    expect(start.y * w.zoom + w.y).toBeLessThan(600);
  });
});
