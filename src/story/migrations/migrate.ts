import { SCHEMA_VERSION } from '../schema/story.ts';
import type { Problem } from '../problems.ts';
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
          message:
            'This file does not say which Storyscape format it uses (its "schemaVersion" is missing or not a whole number), so it cannot be opened. Is it really a Storyscape story?',
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
          message: `This story was saved by a newer Storyscape (format ${fromVersion}; this one reads up to format ${SCHEMA_VERSION}). Update Storyscape, then open it again. Nothing was changed.`,
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
            message: `Storyscape does not know how to update a story from format ${version}. Please report this.`,
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
            message: `Updating this story from format ${step.from} to ${step.to} failed (${String(e)}). The file was not changed.`,
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
