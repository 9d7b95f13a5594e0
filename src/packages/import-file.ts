/**
 * Opening a .storyscape package or a backup into the library. Reading checks everything first (the
 * package reader is all or nothing); saving is one transaction per story, and when a backup fails
 * half-way the stories already written are taken back, so the library is as it was.
 */
import { newId } from '../story/graph/ops.ts';
import { readBackup, readPackage, type PackageProblem } from '../story/io/package/index.ts';
import type { Story } from '../story/schema/story.ts';
import type { StoredStory, StoryRepository } from '../storage/repository.ts';
import { failureMessages } from './exporter.ts';
import { problemText } from '../i18n/problems.ts';
import { numberedTitles } from './numbered-title.ts';

export interface ImportPlan {
  stories: Story[];
  assets: Map<string, Blob>;
  /** Stories whose id is already in the library (asks: replace, or keep both). */
  conflicts: Story[];
  /** Notes from reading (fixed details), for the person to see. */
  notes: string[];
}

export type ReadResult = { ok: true; plan: ImportPlan } | { ok: false; messages: string[] };

/** A Blob whose reads report how far in they got (the reader reads a zip in slices). */
function withProgress(file: Blob, onProgress: (done: number, total: number) => void): Blob {
  let furthest = 0;
  const wrap = (b: Blob, offset: number): Blob =>
    new Proxy(b, {
      get(target, key) {
        if (key === 'slice')
          return (start = 0, end = target.size, type?: string) => {
            const a = Math.max(0, start < 0 ? target.size + start : start);
            const z = Math.min(target.size, end < 0 ? target.size + end : end);
            furthest = Math.max(furthest, offset + z);
            onProgress(furthest, file.size);
            return wrap(target.slice(a, z, type), offset + a);
          };
        const v = Reflect.get(target, key, target) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  return wrap(file, 0);
}

const errorsOf = (ps: readonly PackageProblem[]) => ps.filter((p) => p.severity === 'error').map(problemText);
const notesOf = (ps: readonly PackageProblem[]) => ps.filter((p) => p.severity === 'warning').map(problemText);

/** Reads and checks a package or backup. Never throws; nothing is saved yet. */
export async function readStoryFile(repo: StoryRepository, file: Blob, onProgress: (done: number, total: number) => void = () => {}): Promise<ReadResult> {
  const source = withProgress(file, onProgress);
  let stories: Story[];
  let assets: Map<string, Blob>;
  let problems: PackageProblem[];
  const pkg = await readPackage(source);
  if (pkg.ok) {
    stories = [pkg.story];
    assets = pkg.assets;
    problems = pkg.problems;
  } else if (pkg.problems.some((p) => p.code === 'package-is-backup')) {
    const backup = await readBackup(source);
    if (!backup.ok) return { ok: false, messages: errorsOf(backup.problems) };
    stories = backup.stories;
    assets = backup.assets;
    problems = backup.problems;
  } else return { ok: false, messages: errorsOf(pkg.problems) };
  let existing: Set<string>;
  try {
    existing = new Set((await repo.list()).map((l) => l.id));
  } catch (e) {
    return { ok: false, messages: failureMessages(e) };
  }
  return { ok: true, plan: { stories, assets, conflicts: stories.filter((s) => existing.has(s.id)), notes: notesOf(problems) } };
}

export type ConflictChoice = 'replace' | 'keep-both';

/** Saves what was read. Returns the ids saved; on failure, undoes what it did and throws. */
export async function saveImport(repo: StoryRepository, plan: ImportPlan, choice: ConflictChoice): Promise<string[]> {
  const listings = await repo.list();
  const taken = new Set(listings.map((l) => l.id));
  const titles = listings.map((l) => l.title);
  const done: Array<{ id: string; previous: StoredStory | null }> = [];
  try {
    for (const story of plan.stories) {
      const conflict = taken.has(story.id);
      const copy = conflict && choice === 'keep-both';
      // A kept copy is told apart by its title: "Park walk (2)".
      const toSave: Story = copy
        ? { ...story, id: newId('story', undefined, taken), meta: { ...story.meta, title: numberedTitles(story.meta.title, titles) } }
        : story;
      taken.add(toSave.id);
      titles.push(toSave.meta.title);
      const previous = conflict && !copy ? await repo.get(story.id).catch(() => null) : null;
      const assets = story.assets.map((a) => [a.id, plan.assets.get(a.id)!] as const).filter(([, b]) => b);
      await repo.save(toSave, { assets });
      done.push({ id: toSave.id, previous });
      const listing = await repo.getListing(toSave.id);
      if (listing?.deletedAt) await repo.restore(toSave.id);
      // What was opened from a file is in that file: nothing to remind about until it changes.
      await repo.markExported(toSave.id).catch(() => undefined);
    }
    return done.map((d) => d.id);
  } catch (e) {
    for (const d of done.reverse()) {
      if (d.previous) await repo.save(d.previous.story).catch(() => undefined);
      else await repo.purge(d.id).catch(() => undefined);
    }
    throw new ImportSaveError(failureMessages(e));
  }
}

export class ImportSaveError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(' '));
  }
}

