import { SCHEMA_VERSION } from '../schema/story.ts';
import type { Problem } from '../problems.ts';
import { loadWords } from '../io/load-words.ts';
import { MIGRATIONS } from './registry.ts';

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

/** Brings any known older version up to SCHEMA_VERSION, step by step. Never throws. */
export function migrate(raw: Raw): MigrateResult {
  const fromVersion = detectVersion(raw);
  if (fromVersion === null) {
    return {
      doc: null,
      fromVersion,
      applied: [],
      problems: [
        {
          severity: 'error',
          code: 'version-unknown',
          ...loadWords('load.version-unknown'),
          path: '/schemaVersion',
        },
      ],
    };
  }
  if (fromVersion > SCHEMA_VERSION) {
    return {
      doc: null,
      fromVersion,
      applied: [],
      problems: [
        {
          severity: 'error',
          code: 'version-future',
          ...loadWords('load.version-future', { version: fromVersion, supported: SCHEMA_VERSION }),
          path: '/schemaVersion',
        },
      ],
    };
  }
  let doc = raw;
  let version = fromVersion;
  const applied: string[] = [];
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) {
      return {
        doc: null,
        fromVersion,
        applied,
        problems: [
          {
            severity: 'error',
            code: 'migration-missing',
            ...loadWords('load.migration-missing', { version }),
            path: '/schemaVersion',
          },
        ],
      };
    }
    try {
      doc = step.up(doc);
    } catch (e) {
      return {
        doc: null,
        fromVersion,
        applied,
        problems: [
          {
            severity: 'error',
            code: 'migration-failed',
            ...loadWords('load.migration-failed', { from: step.from, to: step.to, detail: String(e) }),
            path: '',
          },
        ],
      };
    }
    applied.push(`${step.from}→${step.to}: ${step.description}`);
    version = step.to;
  }
  return { doc, fromVersion, applied, problems: [] };
}
