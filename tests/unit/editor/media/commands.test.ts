import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../../../src/story/fake.ts';
import { Story } from '../../../../src/story/schema/story.ts';
import type { AudioAsset } from '../../../../src/story/schema/asset.ts';
import { createEditor } from '../../../../src/editor/state/editor.ts';
import * as cmd from '../../../../src/editor/commands/index.ts';
import { assetUsages } from '../../../../src/story/graph/asset-ops.ts';
import { titleFromFileName } from '../../../../src/story/graph/scene-media.ts';
import { encodeWav } from '../../../../src/editor/narration/wav.ts';
import { fixCue } from '../../../../src/editor/narration/CaptionEditor.tsx';

const valid = (s: unknown) => expect(Story.safeParse(s).error?.issues ?? []).toEqual([]);
const sound = (n: number): AudioAsset => ({
  id: String(n).repeat(64).slice(0, 64).replace(/[^0-9a-f]/g, 'a'),
  kind: 'audio', mime: 'audio/wav', bytes: 100, name: `sound-${n}.wav`, duration: 4, transcript: {}, credit: {},
  consent: { peopleRecognisable: 'unknown', consentRecorded: false },
});

function setup() {
  const e = createEditor({ story: fakeStory({ scenes: 2 }), save: async () => {} });
  const a = sound(1);
  const b = sound(2);
  e.addAsset(a, new Blob(['a']));
  e.addAsset(b, new Blob(['b']));
  return { e, a, b, doc: () => e.doc.getState().story };
}

describe('media commands', () => {
  it('makes a scene from a photo, titled from the file, with its north, as the start when there is none', () => {
    const { e, doc } = setup();
    const pano = doc().assets.find((x) => x.kind === 'image')!;
    expect(titleFromFileName('my_street-at-night.JPG')).toBe('my street at night');
    e.run(cmd.addPhotoSceneCommand, { assetId: pano.id, title: 'my street', northOffset: -90 });
    const scene = doc().scenes.at(-1)!;
    expect(scene).toMatchObject({ panorama: pano.id, northOffset: -90, title: { en: 'my street' } });
    expect(e.session.getState().selection.sceneId).toBe(scene.id);
    valid(doc());
  });

  it('puts the first photo into a blank scene (a new story\'s empty "Scene 1"), not next to it', () => {
    const { e, doc } = setup();
    const pano = doc().assets.find((x) => x.kind === 'image')!;
    const [first, second] = doc().scenes;
    // Blank: no picture, nothing in it, nothing leads to it, its first title. A scene someone titled stays as it is.
    const { ending: _none, ...plain } = second!;
    e.doc.setState({ story: { ...doc(), scenes: [{ ...first!, panorama: null, hotspots: [], title: { en: 'The gate' } }, { ...plain, panorama: null, hotspots: [], soundscape: { beds: [], sources: [] } }] } });
    const before = doc().scenes.length;
    e.run(cmd.addPhotoSceneCommand, { assetId: pano.id, title: 'my street', northOffset: 10 });
    expect(doc().scenes).toHaveLength(before);
    expect(doc().scenes[1]).toMatchObject({ id: second!.id, panorama: pano.id, northOffset: 10, title: { en: 'my street' } });
    expect(doc().scenes[0]!.panorama).toBeNull();
    expect(e.session.getState().selection.sceneId).toBe(second!.id);
    // The next photo makes a new scene (none is blank now); undo empties the scene again.
    e.run(cmd.addPhotoSceneCommand, { assetId: pano.id, title: 'again', northOffset: 0 });
    expect(doc().scenes).toHaveLength(before + 1);
    e.undo();
    e.undo();
    expect(doc().scenes[1]).toMatchObject({ panorama: null, title: second!.title });
    valid(doc());
  });

  it('edits beds, placed sounds, narration and captions; every result is valid and undoable', () => {
    const { e, a, b, doc } = setup();
    e.run(cmd.addBedCommand, { sceneId: 'scene-1', assetId: a.id });
    const bed = doc().scenes[0]!.soundscape.beds[0]!;
    e.run(cmd.updateBedCommand, { sceneId: 'scene-1', bedId: bed.id, change: { volume: 0.3 } });
    e.run(cmd.addSoundSourceCommand, { sceneId: 'scene-1', asset: b.id });
    const src = doc().scenes[0]!.soundscape.sources[0]!;
    e.run(cmd.updateSoundSourceCommand, { sceneId: 'scene-1', sourceId: src.id, change: { yaw: 90, distance: 12, volume: 0.5 } });
    e.run(cmd.setNarrationCommand, { sceneId: 'scene-1', language: 'en', assetId: a.id });
    e.run(cmd.setCaptionsCommand, { sceneId: 'scene-1', language: 'en', cues: [{ start: 1, end: 2, text: 'Two' }, { start: 0, end: 1, text: 'One' }] });
    const ss = doc().scenes[0]!.soundscape;
    expect(ss.beds[0]!.volume).toBe(0.3);
    expect(ss.sources[0]).toMatchObject({ yaw: 90, distance: 12, volume: 0.5 });
    expect(ss.narration).toEqual({ recordings: { en: a.id }, captions: { en: [{ start: 0, end: 1, text: 'One' }, { start: 1, end: 2, text: 'Two' }] }, autoplay: true });
    valid(doc());
    e.undo();
    expect(doc().scenes[0]!.soundscape.narration?.captions).toEqual({});
    e.redo();
    e.run(cmd.deleteSoundSourceCommand, { sceneId: 'scene-1', sourceId: src.id });
    e.run(cmd.removeBedCommand, { sceneId: 'scene-1', bedId: bed.id });
    expect(doc().scenes[0]!.soundscape.beds).toEqual([]);
    expect(doc().scenes[0]!.soundscape.sources).toEqual([]);
  });

  it('lists uses, replaces every reference in one step, and removes an asset from every place', () => {
    const { e, a, b, doc } = setup();
    e.run(cmd.addBedCommand, { sceneId: 'scene-1', assetId: a.id });
    e.run(cmd.addSoundSourceCommand, { sceneId: 'scene-2', asset: a.id });
    e.run(cmd.setNarrationCommand, { sceneId: 'scene-2', language: 'en', assetId: a.id });
    e.run(cmd.addHotspotCommand, { sceneId: 'scene-1', init: { action: { type: 'sound', asset: a.id, volume: 1 } } });
    expect(assetUsages(doc(), a.id).map((u) => u.kind).sort()).toEqual(['bed', 'hotspot', 'narration', 'source']);
    e.run(cmd.setAssetTextCommand, { assetId: a.id, language: 'en', text: 'Seagulls' });
    expect(e.run(cmd.replaceAssetCommand, { from: a.id, to: b })).toBe(true);
    expect(assetUsages(doc(), a.id)).toEqual([]);
    expect(assetUsages(doc(), b.id)).toHaveLength(4);
    expect(doc().assets.some((x) => x.id === a.id)).toBe(false);
    expect((doc().assets.find((x) => x.id === b.id) as AudioAsset).transcript).toEqual({ en: 'Seagulls' });
    valid(doc());
    e.undo();
    expect(assetUsages(doc(), a.id)).toHaveLength(4);
    e.run(cmd.deleteAssetCommand, { assetId: a.id });
    expect(assetUsages(doc(), a.id)).toEqual([]);
    expect(doc().scenes[0]!.hotspots.some((h) => h.action.type === 'sound')).toBe(false);
    expect(doc().scenes[1]!.soundscape.narration).toBeUndefined();
    valid(doc());
  });

  it('removing a panorama leaves the scene without a picture', () => {
    const { e, doc } = setup();
    const pano = doc().scenes[0]!.panorama!;
    e.run(cmd.deleteAssetCommand, { assetId: pano });
    expect(doc().scenes.filter((s) => s.panorama === pano)).toEqual([]);
    expect(doc().scenes[0]!.panorama).toBeNull();
    valid(doc());
  });

  it('keeps edited captions valid', () => {
    expect(fixCue({ start: 3, end: 2, text: 'x' })).toEqual({ start: 3, end: 3.1, text: 'x' });
    expect(fixCue({ start: -1, end: 1.04, text: '' })).toEqual({ start: 0, end: 1, text: '' });
  });
});

describe('WAV encoding (trimmed recordings)', () => {
  it('writes a 16-bit PCM header and clipped samples', () => {
    const wav = encodeWav([new Float32Array([0, 1, -1, 2])], 8000);
    const v = new DataView(wav.buffer);
    expect(new TextDecoder().decode(wav.subarray(0, 4))).toBe('RIFF');
    expect(v.getUint32(24, true)).toBe(8000);
    expect(v.getUint32(40, true)).toBe(8);
    expect([v.getInt16(44, true), v.getInt16(46, true), v.getInt16(48, true), v.getInt16(50, true)]).toEqual([0, 32767, -32768, 32767]);
  });
});
