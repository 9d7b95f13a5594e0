import { describe, expect, it } from 'vitest';
import { lintStory } from '../../../src/story/graph/lint.ts';
import { loadStory } from '../../../src/story/io/load.ts';
import { detectVersion, migrate } from '../../../src/story/migrations/migrate.ts';
import { v0ToV1 } from '../../../src/story/migrations/v0-to-v1.ts';
import { repairStory } from '../../../src/story/io/repair.ts';
import { SCHEMA_VERSION, Story } from '../../../src/story/schema/story.ts';
import { v1ToV2 } from '../../../src/story/migrations/v1-to-v2.ts';
import { v2ToV3 } from '../../../src/story/migrations/v2-to-v3.ts';

const PARK = 'a'.repeat(64);
const LAKE = 'b'.repeat(64);
const BIRDS = 'c'.repeat(64);

/** A realistic draft-layout (version 0) story, as the early prototype saved it. */
const v0 = () => ({
  title: 'A walk in the park',
  language: 'nb',
  author: 'Ana',
  start: 'park',
  scenes: {
    park: {
      name: 'Parken',
      image: PARK,
      yaw: 20,
      pitch: -5,
      hotspots: [
        { yaw: 10, pitch: 0, text: 'Til sjøen', goto: 'lake' },
        { id: 'bench', yaw: 50, pitch: 5, text: 'Benken', info: 'Her satt bestefar.' },
      ],
      sounds: [BIRDS],
    },
    lake: {
      name: 'Sjøen',
      image: LAKE,
      hotspots: [{ yaw: 200, pitch: 0, text: 'Tilbake', goto: 'park' }],
      end: 'Slutt.',
    },
  },
  assets: {
    [PARK]: { type: 'image', mime: 'image/jpeg', size: 2_000_000, width: 4096, height: 2048, alt: 'En park med trær', credit: 'Ana' },
    [LAKE]: { type: 'image', mime: 'image/jpeg', size: 1_800_000, width: 4096, height: 2048, alt: 'En sjø' },
    [BIRDS]: { type: 'audio', mime: 'audio/mpeg', size: 40_000, duration: 12.5, transcript: 'Fuglesang', credit: 'Ana' },
  },
});

describe('migration v0 -> v1', () => {
  it('is found by version detection and registered from 0 to 1', () => {
    expect(detectVersion(v0())).toBe(0);
    expect(v0ToV1).toMatchObject({ from: 0, to: 1 });
  });

  it('up: turns a realistic draft story into a valid version-1 story, keeping its content', () => {
    const out = v0ToV1.up(v0());
    expect(out.schemaVersion).toBe(1);
    // Steps only reshape; out-of-range values (yaw 200 here) are left to repair-on-load.
    const { doc, fixes } = repairStory(v2ToV3.up(v1ToV2.up(out))); // later steps (format 2 on) keep version-1 content as it is
    expect(fixes.map((f) => f.path)).toEqual(['/scenes/1/hotspots/0/yaw']);
    const parsed = Story.safeParse(doc);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    const s = parsed.data!;
    expect(s.meta).toMatchObject({ title: { nb: 'A walk in the park' }, languages: ['nb'], defaultLanguage: 'nb', authors: [{ name: 'Ana' }] });
    expect(s.startSceneId).toBe('park');
    expect(s.scenes.map((x) => x.id)).toEqual(['park', 'lake']);
    const park = s.scenes[0]!;
    expect(park).toMatchObject({ title: { nb: 'Parken' }, panorama: PARK, view: { yaw: 20, pitch: -5, fov: 75 } });
    expect(park.hotspots).toEqual([
      { id: 'park-h1', yaw: 10, pitch: 0, label: { nb: 'Til sjøen' }, action: { type: 'goto', sceneId: 'lake' } },
      { id: 'bench', yaw: 50, pitch: 5, label: { nb: 'Benken' }, action: { type: 'info', text: { nb: 'Her satt bestefar.' } } },
    ]);
    expect(park.soundscape.beds).toEqual([{ id: 'park-bed1', asset: BIRDS, volume: 0.8 }]);
    expect(s.scenes[1]!.ending).toEqual({ text: { nb: 'Slutt.' } });
    const birds = s.assets.find((a) => a.id === BIRDS)!;
    expect(birds).toMatchObject({ kind: 'audio', duration: 12.5, transcript: { nb: 'Fuglesang' }, credit: { author: 'Ana' }, bytes: 40_000 });
    expect(s.assets.find((a) => a.id === PARK)).toMatchObject({ kind: 'image', alt: { nb: 'En park med trær' }, width: 4096 });
  });

  it('through loadStory: migrated, logged, out-of-range angles repaired, and lint-clean of errors', () => {
    const r = loadStory(JSON.stringify(v0()));
    expect(r.ok).toBe(true);
    expect(r.fromVersion).toBe(0);
    expect(r.migrations).toHaveLength(SCHEMA_VERSION);
    expect(r.problems.map((p) => p.code)).toEqual(['migrated', 'repair-angle']); // yaw 200 -> -160
    expect(r.story!.scenes[1]!.hotspots[0]!.yaw).toBe(-160);
    expect(lintStory(r.story!).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('does not throw on odd drafts and does not change its input', () => {
    const input = v0();
    const copy = structuredClone(input);
    v0ToV1.up(input);
    expect(input).toEqual(copy);
    for (const odd of [{ title: 'x', scenes: {} }, { title: 'x', scenes: { a: null, b: 5 } }, { title: 'x', scenes: { a: { hotspots: [null, 3] } }, assets: [] }]) {
      expect(() => v0ToV1.up(odd)).not.toThrow();
      expect(migrate(odd).doc).not.toBeNull();
      expect(() => loadStory(odd)).not.toThrow();
    }
  });
});
