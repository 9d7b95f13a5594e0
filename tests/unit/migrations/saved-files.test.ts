import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintStory } from '../../../src/story/graph/lint.ts';
import { loadStory } from '../../../src/story/io/load.ts';
import { detectVersion, migrate } from '../../../src/story/migrations/migrate.ts';
import { MIGRATIONS } from '../../../src/story/migrations/registry.ts';
import type { Migration } from '../../../src/story/migrations/types.ts';
import { SCHEMA_VERSION } from '../../../src/story/schema/story.ts';

// Story files saved by earlier versions of Storyscape, kept byte for byte in tests/fixtures/stories/
// (v<version>-<name>.json). Each must still open, updated to today's format, with its words intact;
// every older format version must have at least one such file.

const dir = fileURLToPath(new URL('../../fixtures/stories/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const read = (f: string) => readFileSync(dir + f, 'utf8');

/** Every string in a JSON value (the words a person wrote), for "nothing was lost" checks. */
function words(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if (!/^[0-9a-f]{64}$/.test(value) && value.length > 2) out.add(value);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) words(v, out);
  return out;
}

describe('story files saved by earlier versions', () => {
  it('there is a saved file for every format version before this one, named after its version', () => {
    const versions = new Set(files.map((f) => detectVersion(JSON.parse(read(f)) as Record<string, unknown>)));
    for (const f of files) expect(f, 'name saved files v<version>-<name>.json').toMatch(new RegExp(`^v${detectVersion(JSON.parse(read(f)) as Record<string, unknown>)}-`));
    const missing = Array.from({ length: SCHEMA_VERSION }, (_, v) => v).filter((v) => !versions.has(v));
    expect(missing, `save a story of format ${missing.join(', ')} in tests/fixtures/stories/ before changing the format`).toEqual([]);
  });

  it.each(files)('%s opens in today\u2019s format, with every word the author wrote and no errors', (f) => {
    const text = read(f);
    const r = loadStory(text);
    expect(r.ok, JSON.stringify(r.problems)).toBe(true);
    if (!r.ok) return;
    const from = detectVersion(JSON.parse(text) as Record<string, unknown>)!;
    expect(r.fromVersion).toBe(from);
    expect(r.migrations).toHaveLength(SCHEMA_VERSION - from);
    expect(r.story.schemaVersion).toBe(SCHEMA_VERSION);
    if (from < SCHEMA_VERSION) expect(r.problems.map((p) => p.code)).toContain('migrated');
    const before = words(JSON.parse(text));
    const after = words(r.story);
    const lost = [...before].filter((w) => !after.has(w) && !/^(image|audio|video|image\/jpeg|audio\/mpeg|[a-z]{2}|[a-z]+-[a-z0-9-]+)$/.test(w));
    expect(lost, 'words that did not come across').toEqual([]);
    expect(lintStory(r.story).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('when a story cannot be updated', () => {
  const old = () => JSON.parse(read(files.find((f) => f.startsWith('v0-'))!)) as Record<string, unknown>;

  it('a gap in the steps: migration-missing, naming the version, and nothing is changed', () => {
    const raw = old();
    const copy = structuredClone(raw);
    const r = migrate(raw, MIGRATIONS.filter((m) => m.from !== 0));
    expect(r.doc).toBeNull();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'error', code: 'migration-missing', path: '/schemaVersion' });
    expect(r.problems[0]!.message).toContain('format 0');
    expect(raw).toEqual(copy);
  });

  it('a step that fails: migration-failed, naming both versions and why, the input unchanged', () => {
    const raw = old();
    const copy = structuredClone(raw);
    const broken: Migration = { from: 0, to: 1, description: 'a step that breaks on this story', up: () => { throw new Error('scene "park" has no picture'); } };
    const r = migrate(raw, [broken, ...MIGRATIONS.filter((m) => m.from !== 0)]);
    expect(r.doc).toBeNull();
    expect(r.applied).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'error', code: 'migration-failed' });
    expect(r.problems[0]!.message).toContain('from format 0 to 1');
    expect(r.problems[0]!.message).toContain('scene "park" has no picture');
    expect(r.problems[0]!.message).toContain('The file was not changed');
    expect(raw).toEqual(copy);
  });
});
