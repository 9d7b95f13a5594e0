import { describe, expect, it } from 'vitest';
import { fakeHash, fakeStory } from '../../src/story/fake.ts';
import { lintStory } from '../../src/story/graph/lint.ts';
import { loadStory } from '../../src/story/io/load.ts';
import { repairStory } from '../../src/story/io/repair.ts';
import { normalizeYaw } from '../../src/story/angles.ts';
import type { Problem } from '../../src/story/problems.ts';
import { expectWellFormedProblems } from './support/mutations.ts';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A clean fake story as a raw, editable document. */
const raw = (scenes = 3): Raw => structuredClone(fakeStory({ scenes })) as Raw;

/** Loads an edited document: it must load (repairs make it valid) and log each repair as "info". */
function repaired(doc: Raw) {
  const r = loadStory(JSON.parse(JSON.stringify(doc, (_k, v) => (Number.isNaN(v) ? 'NaN!' : v))) as unknown);
  return r;
}
function loadValue(doc: Raw) {
  const r = loadStory(doc);
  expectWellFormedProblems(r.problems);
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 1));
  for (const p of r.problems) expect(p.severity).toBe('info');
  return r;
}
const fixes = (problems: Problem[], code: string) => problems.filter((p) => p.code === code);

describe('normalizeYaw', () => {
  it('wraps any finite angle into (-180, 180] and keeps values already in range exactly', () => {
    const cases: Array<[number, number]> = [
      [0, 0], [-0, 0], [180, 180], [-180, 180], [190, -170], [-190, 170], [360, 0], [540, 180], [-540, 180], [720.5, 0.5], [-90, -90],
    ];
    for (const [input, out] of cases) expect(Object.is(normalizeYaw(input), out), `${input} -> ${normalizeYaw(input)}`).toBe(true);
    for (const v of [5e-324, -1e-10, -179.99999999999997, 179.99999999999997, 123.456]) expect(normalizeYaw(v)).toBe(v);
    for (const v of [1e300, -1e300, 1e17 + 0.5]) {
      const y = normalizeYaw(v);
      expect(y > -180 && y <= 180).toBe(true);
    }
  });
});

describe('repair on load', () => {
  it('repair-angle: wraps yaw (hotspots, view, north, placed sounds), clamps pitch and fov; infinities become 0/75', () => {
    const d = raw();
    d.scenes[0].hotspots[0].yaw = 190;
    d.scenes[0].hotspots[0].pitch = 95;
    d.scenes[1].view = { yaw: -180, pitch: -120, fov: 200 };
    d.scenes[1].northOffset = 370;
    d.scenes[2].view.fov = Infinity;
    d.assets.push({ ...d.assets[0], id: fakeHash(77), kind: 'audio', duration: 1, transcript: { en: 'x' }, width: undefined, height: undefined, alt: undefined });
    d.scenes[2].soundscape.sources.push({ id: 'src', asset: fakeHash(77), yaw: -270, pitch: -91 });
    const r = loadValue(d);
    const s = r.story!;
    expect(s.scenes[0]!.hotspots[0]).toMatchObject({ yaw: -170, pitch: 90 });
    expect(s.scenes[1]!.view).toEqual({ yaw: 180, pitch: -90, fov: 110 });
    expect(s.scenes[1]!.northOffset).toBe(10);
    expect(s.scenes[2]!.view.fov).toBe(75);
    expect(s.scenes[2]!.soundscape.sources[0]).toMatchObject({ yaw: 90, pitch: -90 });
    const angleFixes = fixes(r.problems, 'repair-angle');
    expect(angleFixes.map((p) => p.path)).toEqual([
      '/scenes/0/hotspots/0/yaw',
      '/scenes/0/hotspots/0/pitch',
      '/scenes/1/view/yaw',
      '/scenes/1/view/pitch',
      '/scenes/1/view/fov',
      '/scenes/1/northOffset',
      '/scenes/2/view/fov',
      '/scenes/2/soundscape/sources/0/yaw',
      '/scenes/2/soundscape/sources/0/pitch',
    ]);
    expect(angleFixes[0]).toMatchObject({ severity: 'info', sceneId: 'scene-1', hotspotId: 'scene-1-next' });
    expect(angleFixes[0]!.message).toMatch(/from 190 to -170/);
  });

  it('NaN angles (only possible in values, not JSON) become 0', () => {
    const d = raw();
    d.scenes[0].hotspots[0].yaw = Number.NaN;
    expect(loadValue(d).story!.scenes[0]!.hotspots[0]!.yaw).toBe(0);
    expect(repaired(d).ok).toBe(false); // as JSON it is the text "NaN!", which is not a number
  });

  it('repair-id: missing and invalid ids get new ones; duplicates keep the first and rename the rest', () => {
    const d = raw(4);
    delete d.scenes[3].id;
    d.scenes[3].hotspots = [{ yaw: 0, pitch: 0, action: { type: 'goto', sceneId: 'scene-1' } }];
    d.scenes[1].hotspots[0].id = 'scene-1-next'; // duplicate of scene 1's hotspot (unique story-wide)
    d.scenes[2].hotspots.push({ id: 'has space', yaw: 10, pitch: 0, action: { type: 'info' } });
    const r = loadValue(d);
    const s = r.story!;
    expect(s.scenes[3]!.id).toBe('scene-4');
    expect(new Set(s.scenes.map((x) => x.id)).size).toBe(4);
    const hotspotIds = s.scenes.flatMap((x) => x.hotspots.map((h) => h.id));
    expect(new Set(hotspotIds).size).toBe(hotspotIds.length);
    expect(s.scenes[0]!.hotspots[0]!.id).toBe('scene-1-next');
    expect(s.scenes[1]!.hotspots[0]!.id).not.toBe('scene-1-next');
    const idFixes = fixes(r.problems, 'repair-id');
    expect(idFixes.map((p) => p.path)).toEqual(
      expect.arrayContaining(['/scenes/3/id', '/scenes/1/hotspots/0/id', '/scenes/2/hotspots/1/id', '/scenes/3/hotspots/0/id']),
    );
    expect(idFixes.find((p) => p.path === '/scenes/1/hotspots/0/id')!.message).toMatch(/used twice \("scene-1-next"\)/);
    expect(idFixes.find((p) => p.path === '/scenes/3/id')!.message).toMatch(/missing or invalid/);
  });

  it('repair-id: a new id never takes the id of a later item (links keep pointing where they did)', () => {
    const d = raw(3);
    d.scenes[0].id = 'bad id!'; // would become "scene-1"...
    d.scenes[1].id = 'scene-1'; // ...which a later scene already has
    d.startSceneId = 'bad id!';
    d.scenes[0].hotspots[0].action.sceneId = 'scene-1';
    const r = loadValue(d);
    const s = r.story!;
    expect(s.scenes[1]!.id).toBe('scene-1');
    expect(s.scenes[0]!.id).not.toBe('scene-1');
    expect(s.scenes[0]!.hotspots[0]!.action).toEqual({ type: 'goto', sceneId: 'scene-1' });
  });

  it('repair-id: a new hotspot or sound id never takes one a later scene has (ids are story-wide)', () => {
    const d = raw(3);
    const sid = d.scenes[0].id;
    d.scenes[2].hotspots = [{ ...structuredClone(d.scenes[0].hotspots[0]), id: `${sid}-hotspot-1` }]; // a later scene's hotspot has...
    d.scenes[0].hotspots[0].id = 'bad id!'; // ...what this one would become
    d.scenes[0].soundscape.sources = [{ id: 'bad id!', asset: d.scenes[0].soundscape.beds[0]?.asset ?? null }];
    d.scenes[2].soundscape.beds = [{ ...(d.scenes[2].soundscape.beds[0] ?? {}), id: `${sid}-sound-1` }];
    const r = repairStory(d).doc as typeof d;
    expect(r.scenes[2].hotspots[0].id).toBe(`${sid}-hotspot-1`);
    expect(r.scenes[0].hotspots[0].id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(r.scenes[0].hotspots[0].id).not.toBe(`${sid}-hotspot-1`);
    expect(r.scenes[2].soundscape.beds[0].id).toBe(`${sid}-sound-1`);
    expect(r.scenes[0].soundscape.sources[0].id).not.toBe(`${sid}-sound-1`);
    expect(r.scenes[0].soundscape.sources[0].id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('repair-link: links and the start follow a scene whose invalid id was replaced', () => {
    const d = raw(3);
    d.scenes[1].id = 'The Park';
    d.scenes[0].hotspots[0].action.sceneId = 'The Park';
    d.scenes[0].id = 'Start here';
    d.startSceneId = 'Start here';
    const r = loadValue(d);
    const s = r.story!;
    expect(s.startSceneId).toBe(s.scenes[0]!.id);
    expect(s.scenes[0]!.hotspots[0]!.action).toEqual({ type: 'goto', sceneId: s.scenes[1]!.id });
    expect(fixes(r.problems, 'repair-link').map((p) => p.path)).toEqual(['/startSceneId', '/scenes/0/hotspots/0/action/sceneId']);
    expect(lintStory(s).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('generated ids stay valid (at most 64 characters) even for long scene ids', () => {
    const d = raw(2);
    const long = 'x'.repeat(64);
    d.scenes[1].id = long;
    d.scenes[0].hotspots[0].action.sceneId = long;
    d.scenes[1].hotspots = [{ yaw: 0, pitch: 0, action: { type: 'goto', sceneId: 'scene-1' } }];
    d.scenes[1].soundscape.beds = [];
    const r = loadValue(d);
    expect(r.story!.scenes[1]!.hotspots[0]!.id.length).toBeLessThanOrEqual(64);
  });

  it('repair-asset-id: upper-case asset ids are lowered, and so is every reference to them', () => {
    const d = raw(2);
    const audio = 'ABCDEF12'.repeat(8);
    d.assets[0].id = d.assets[0].id.toUpperCase().replace(/0/g, 'A');
    const img = d.assets[0].id as string;
    d.scenes[0].panorama = img;
    d.assets.push({ id: audio, kind: 'audio', mime: 'audio/mpeg', bytes: 1, name: 'a.mp3', duration: 1, transcript: { en: 'x' } });
    d.scenes[0].soundscape = {
      beds: [{ id: 'b', asset: audio }],
      sources: [{ id: 'p', asset: audio, yaw: 0, pitch: 0 }],
      narration: { recordings: { en: audio }, captions: { en: [{ start: 0, end: 1, text: 'Hi' }] } },
    };
    d.scenes[0].hotspots.push({ id: 's', yaw: 90, pitch: 0, action: { type: 'sound', asset: audio } });
    d.scenes[0].hotspots.push({ id: 'i', yaw: -90, pitch: 0, action: { type: 'info', image: img } });
    const r = loadValue(d);
    const s = r.story!;
    expect(fixes(r.problems, 'repair-asset-id').map((p) => p.path)).toEqual(['/assets/0/id', '/assets/2/id']);
    expect(s.scenes[0]!.panorama).toBe(img.toLowerCase());
    expect(s.scenes[0]!.soundscape.beds[0]!.asset).toBe(audio.toLowerCase());
    expect(s.scenes[0]!.soundscape.narration!.recordings.en).toBe(audio.toLowerCase());
    expect(lintStory(s).filter((p) => p.code === 'asset-missing')).toEqual([]);
  });

  it('repair-text-language: plain text where localized text is expected is marked as the main language', () => {
    const d = raw(2);
    d.meta.title = 'My story';
    d.scenes[0].title = 'The square';
    d.scenes[0].hotspots[0].label = 'Go';
    d.scenes[1].ending = { text: 'The end' };
    const r = loadValue(d);
    expect(r.story!.meta.title).toEqual({ en: 'My story' });
    expect(r.story!.scenes[0]!.hotspots[0]!.label).toEqual({ en: 'Go' });
    expect(fixes(r.problems, 'repair-text-language').map((p) => p.path)).toEqual(
      expect.arrayContaining(['/meta/title', '/scenes/0/title', '/scenes/0/hotspots/0/label', '/scenes/1/ending/text']),
    );
  });

  it('repair-languages and repair-default-language', () => {
    const a = raw();
    a.meta.languages = [];
    const ra = loadValue(a);
    expect(ra.story!.meta.languages).toEqual(['en']);
    expect(fixes(ra.problems, 'repair-languages')).toHaveLength(1);
    const b = raw();
    b.meta.languages = ['nb'];
    const rb = loadValue(b);
    expect(rb.story!.meta.languages).toEqual(['en', 'nb']);
    const c = raw();
    delete c.meta.defaultLanguage;
    c.meta.languages = ['nb', 'en'];
    const rc = loadValue(c);
    expect(rc.story!.meta.defaultLanguage).toBe('nb');
    expect(fixes(rc.problems, 'repair-default-language')).toHaveLength(1);
  });

  it('repair-volume and repair-caption-time', () => {
    const d = raw(2);
    const audio = fakeHash(55);
    d.assets.push({ id: audio, kind: 'audio', mime: 'audio/mpeg', bytes: 1, name: 'a.mp3', duration: 1, transcript: { en: 'x' } });
    d.scenes[1].soundscape = {
      beds: [{ id: 'b', asset: audio, volume: 3 }],
      sources: [{ id: 'p', asset: audio, yaw: 0, pitch: 0, volume: -1 }],
      narration: { recordings: { en: audio }, captions: { en: [{ start: 4, end: 3, text: 'Hi' }] } },
    };
    const r = loadValue(d);
    const ss = r.story!.scenes[1]!.soundscape;
    expect(ss.beds[0]!.volume).toBe(1);
    expect(ss.sources[0]!.volume).toBe(0);
    expect(ss.narration!.captions.en![0]).toMatchObject({ start: 4, end: 6 });
    expect(fixes(r.problems, 'repair-volume').map((p) => p.path)).toEqual(['/scenes/1/soundscape/beds/0/volume', '/scenes/1/soundscape/sources/0/volume']);
    expect(fixes(r.problems, 'repair-caption-time').map((p) => p.path)).toEqual(['/scenes/1/soundscape/narration/captions/en/0/end']);
  });

  it('repair-start: a story without a start begins at its first scene', () => {
    const d = raw();
    d.startSceneId = null;
    const r = loadValue(d);
    expect(r.story!.startSceneId).toBe('scene-1');
    expect(fixes(r.problems, 'repair-start')).toHaveLength(1);
  });

  it('never changes its input and never throws on odd documents', () => {
    const d = raw();
    const before = structuredClone(d);
    repairStory(d);
    expect(d).toEqual(before);
    for (const odd of [{}, { scenes: 5 }, { scenes: [null, 1, 'x', []] }, { meta: null, scenes: [{ hotspots: [null, { action: 5 }] }] }]) {
      expect(() => repairStory(odd as Raw)).not.toThrow();
    }
  });
});
