import { openAsBlob } from 'node:fs';
import { lintStory } from '../story/graph/lint.ts';
import { readBackup, readPackage, type PackageProblem } from '../story/io/package/index.ts';
import type { Story } from '../story/schema/story.ts';
import type { Problem } from '../story/problems.ts';
import { nodeSha256 } from '../story/hash-node.ts';
import type { CliIo } from './types.ts';
import { formatHuman, type ValidateReport } from './validate-report.ts';

/**
 * `validate` of a .storyscape package or backup: the package checks (names, sizes, fingerprints,
 * media), then each story's lint. One report; with --json, one report for the whole file.
 */
export async function validatePackage(path: string, file: string, json: boolean, io: CliIo): Promise<number> {
  const blob = await openAsBlob(path);
  let stories: Story[] = [];
  let problems: PackageProblem[];
  const pkg = await readPackage(blob, { sha256: nodeSha256 });
  if (pkg.ok) {
    stories = [pkg.story];
    problems = pkg.problems;
  } else if (pkg.problems.some((p) => p.code === 'package-is-backup')) {
    const backup = await readBackup(blob, { sha256: nodeSha256 });
    stories = backup.stories ?? [];
    problems = backup.problems;
  } else problems = pkg.problems;
  const all: Problem[] = [...problems];
  for (const s of stories) {
    const lint = lintStory(s);
    all.push(...(stories.length > 1 ? lint.map((p) => ({ ...p, message: `(story "${s.id}") ${p.message}` })) : lint));
  }
  const report: ValidateReport = {
    ok: stories.length > 0 && !all.some((p) => p.severity === 'error'),
    schemaVersion: stories[0]?.schemaVersion ?? null,
    problems: all.map(({ severity, code, message, path: where }) => ({ severity, code, message, path: where ?? '' })),
  };
  io.out(json ? JSON.stringify(report, null, 2) + '\n' : formatHuman(file, report, all, stories.length === 1 ? stories[0] : undefined));
  return report.ok ? 0 : 1;
}
