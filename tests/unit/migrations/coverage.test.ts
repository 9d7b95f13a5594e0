import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/story/migrations/registry.ts';
import { SCHEMA_VERSION } from '../../../src/story/schema/story.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The test file every migration step must have: tests/unit/migrations/v<from>-to-v<to>.test.ts */
const testFileFor = (m: { from: number; to: number }) => `v${m.from}-to-v${m.to}.test.ts`;

describe('migrations', () => {
  it('every step in MIGRATIONS has its own test file', () => {
    const missing = MIGRATIONS.map(testFileFor).filter((f) => !existsSync(here + f));
    expect(missing, `add a test for each of: ${missing.join(', ')} (in tests/unit/migrations/)`).toEqual([]);
    // and no test file is left for a step that no longer exists
    const files = readdirSync(here).filter((f) => /^v\d+-to-v\d+\.test\.ts$/.test(f));
    expect(files.sort()).toEqual(MIGRATIONS.map(testFileFor).sort());
  });

  it('steps go one version at a time, from 0 up to the current version', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => [i, i + 1]));
    for (const m of MIGRATIONS) expect(m.description.length).toBeGreaterThan(10);
  });
});
