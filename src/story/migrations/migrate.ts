import { SCHEMA_VERSION } from '../schema/story.ts';
import type { Problem } from '../problems.ts';
import { loadWords } from '../io/load-words.ts';
import { MIGRATIONS } from './registry.ts';
import type { Migration } from './types.ts';

type Raw = Record<string, unknown>;

export interface MigrateResult {
  doc: Raw | null;
  /** The version the input declared (0 for the draft layout), or null when it could not be told. */
  fromVersion: number | null;
  applied: string[];
  problems: Problem[];
}

/** Tells the format version of a raw document: its `schemaVersion`, or 0 for the draft layout. */
export function detectVersion(raw: Raw): number | null {
  if ('schemaVersion' in raw) {
    const v = raw.schemaVersion;
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
  }
  if (typeof raw.title === 'string' && typeof raw.scenes === 'object' && !Array.isArray(raw.scenes)) return 0;
  return null;
}

/** A migration that cannot go on: no document, one error (its code, words and where it points). */
function refused(fromVersion: number | null, applied: string[], code: string, words: ReturnType<typeof loadWords>, path = '/schemaVersion'): MigrateResult {
  return { doc: null, fromVersion, applied, problems: [{ severity: 'error', code, ...words, path }] };
}

/**
 * Brings any known older version up to SCHEMA_VERSION, step by step. Never throws. `steps` is the
 * registry; tests pass a broken one to see the refusals a gap or a failing step gives.
 */
export function migrate(raw: Raw, steps: readonly Migration[] = MIGRATIONS): MigrateResult {
  const fromVersion = detectVersion(raw);
  if (fromVersion === null) return refused(fromVersion, [], 'version-unknown', loadWords('load.version-unknown'));
  if (fromVersion > SCHEMA_VERSION) {
    return refused(fromVersion, [], 'version-future', loadWords('load.version-future', { version: fromVersion, supported: SCHEMA_VERSION }));
  }
  let doc = raw;
  let version = fromVersion;
  const applied: string[] = [];
  while (version < SCHEMA_VERSION) {
    const step = steps.find((m) => m.from === version);
    if (!step) return refused(fromVersion, applied, 'migration-missing', loadWords('load.migration-missing', { version }));
    try {
      doc = step.up(doc);
    } catch (e) {
      return refused(fromVersion, applied, 'migration-failed', loadWords('load.migration-failed', { from: step.from, to: step.to, detail: String(e) }), '');
    }
    applied.push(`${step.from}→${step.to}: ${step.description}`);
    version = step.to;
  }
  return { doc, fromVersion, applied, problems: [] };
}
