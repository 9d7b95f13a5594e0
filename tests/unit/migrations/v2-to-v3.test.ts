import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../src/story/io/load.ts';
import { detectVersion, migrate } from '../../../src/story/migrations/migrate.ts';
import { v2ToV3 } from '../../../src/story/migrations/v2-to-v3.ts';
import { Story } from '../../../src/story/schema/story.ts';

const fixture = fileURLToPath(new URL('../../fixtures/stories/v2-language-cafe.json', import.meta.url));
const v2 = () => JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, unknown>;

describe('migration v2 -> v3', () => {
  it('is found by version detection and registered from 2 to 3', () => {
    expect(detectVersion(v2())).toBe(2);
    expect(v2ToV3).toMatchObject({ from: 2, to: 3 });
  });

  it('up: a version-2 story becomes a valid version-3 story with exactly the same content and no video', () => {
    const input = v2();
    const out = v2ToV3.up(input);
    expect(out.schemaVersion).toBe(3);
    const { schemaVersion: _a, ...before } = input;
    const { schemaVersion: _b, ...after } = out;
    expect(after).toEqual(before);
    const parsed = Story.safeParse(out);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    for (const s of parsed.data!.scenes) expect(s.video).toBeUndefined();
    for (const a of parsed.data!.assets) expect(a.kind).not.toBe('video');
  });

  it('through loadStory: logged as one step; a format-2 reader refuses a format-3 file', () => {
    const r = loadStory(JSON.stringify(v2()));
    expect(r.ok).toBe(true);
    expect(r.fromVersion).toBe(2);
    expect(r.migrations).toEqual([`2→3: ${v2ToV3.description}`]);
    expect(r.story!.schemaVersion).toBe(3);
    expect(migrate(v2(), []).problems[0]?.code).toBe('migration-missing');
  });

  it('does not change its input and does not throw on odd documents', () => {
    const input = v2();
    const copy = structuredClone(input);
    v2ToV3.up(input);
    expect(input).toEqual(copy);
    for (const odd of [{ schemaVersion: 2 }, { schemaVersion: 2, scenes: 5 }]) expect(() => v2ToV3.up(odd)).not.toThrow();
  });
});
