import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../src/story/io/load.ts';
import { detectVersion, migrate } from '../../../src/story/migrations/migrate.ts';
import { v1ToV2 } from '../../../src/story/migrations/v1-to-v2.ts';
import { v2ToV3 } from '../../../src/story/migrations/v2-to-v3.ts';
import { Story } from '../../../src/story/schema/story.ts';

const fixture = fileURLToPath(new URL('../../fixtures/stories/v1-long-way-round.json', import.meta.url));
const v1 = () => JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, unknown>;

describe('migration v1 -> v2', () => {
  it('is found by version detection and registered from 1 to 2', () => {
    expect(detectVersion(v1())).toBe(1);
    expect(v1ToV2).toMatchObject({ from: 1, to: 2 });
  });

  it('up: a version-1 story becomes a valid version-2 story with exactly the same content', () => {
    const input = v1();
    const out = v1ToV2.up(input);
    expect(out.schemaVersion).toBe(2);
    const { schemaVersion: _a, ...before } = input;
    const { schemaVersion: _b, ...after } = out;
    expect(after).toEqual(before);
    const parsed = Story.safeParse(v2ToV3.up(out)); // format 3 keeps version-2 content as it is
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    // no question, checkpoint or score appears by itself
    for (const s of parsed.data!.scenes) {
      expect(s.ending?.score).toBeUndefined();
      for (const h of s.hotspots) {
        expect(h.action.type).not.toBe('question');
        if (h.action.type === 'goto') expect(h.action.closed).toBeUndefined();
      }
    }
  });

  it('through loadStory: logged as one step, and the format-1 reader refuses a question story (from its future)', () => {
    const r = loadStory(JSON.stringify(v1()));
    expect(r.ok).toBe(true);
    expect(r.fromVersion).toBe(1);
    expect(r.migrations).toEqual([`1→2: ${v1ToV2.description}`, `2→3: ${v2ToV3.description}`]);
    expect(r.story!.schemaVersion).toBe(3);
    // Version 1 had no question hotspots: a "version 1" file with one is not valid as version 1 nor silently kept as such.
    const odd = v1();
    expect(migrate(odd, []).problems[0]?.code).toBe('migration-missing');
  });

  it('does not change its input and does not throw on odd documents', () => {
    const input = v1();
    const copy = structuredClone(input);
    v1ToV2.up(input);
    expect(input).toEqual(copy);
    for (const odd of [{ schemaVersion: 1 }, { schemaVersion: 1, scenes: 5 }]) expect(() => v1ToV2.up(odd)).not.toThrow();
  });
});
