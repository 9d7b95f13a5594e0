import type { Problem } from '../story/problems.ts';
import { describeLocation } from './describe.ts';

/** What `validate` reports, for story files and packages alike (validate.ts, validate-package.ts). */

/** The machine-readable answer of `validate --json` (keep it stable: scripts and CI read it). */
export interface ValidateReport {
  ok: boolean;
  /** The format version the file declared (0 for the draft layout), or null when it could not be told. */
  schemaVersion: number | null;
  problems: Array<Pick<Problem, 'severity' | 'code' | 'message' | 'path'>>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Human output: one line per problem, then a summary line. */
export function formatHuman(file: string, report: ValidateReport, problems: readonly Problem[], doc: unknown): string {
  const lines: string[] = [];
  for (const p of problems) {
    const where = describeLocation(p.path, doc);
    lines.push(`${p.severity.padEnd(7)} ${p.code}  at ${where}${p.path === '' ? '' : ` (${p.path})`}: ${p.message}`);
  }
  const count = (s: Problem['severity']) => problems.filter((p) => p.severity === s).length;
  const tally = `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}`;
  const version = report.schemaVersion === null ? '' : ` (format ${report.schemaVersion})`;
  lines.push(
    report.ok
      ? `✓ ${file}: the story can be opened${version}. ${tally}.`
      : `✗ ${file}: the story has errors${version}. ${tally}.`,
  );
  return lines.join('\n') + '\n';
}
