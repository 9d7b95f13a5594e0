/**
 * Export (one story, .storyscape) and "Back up everything" (one backup file) from the library and
 * the editor. A successful export is recorded (lastExportedAt), which quiets the "export your
 * work" reminders.
 */
import { version } from '../../package.json';
import { t } from '../i18n/index.ts';
import { problemText } from '../i18n/problems.ts';
import { localize } from '../story/text.ts';
import type { Story } from '../story/schema/story.ts';
import { PackageError, writeBackup, writePackage } from '../story/io/package/index.ts';
import type { AssetSource } from '../storage/asset-source.ts';
import type { StoryRepository } from '../storage/repository.ts';
import { StorageError } from '../storage/errors.ts';
import { libraryAssetBytes } from './assets-of.ts';
import { chooseSaveTarget, fileNameFor, type SaveTarget } from './save-file.ts';
import { taskStore } from './tasks.ts';

/** What to export: a saved story, or the editor's document when it is newer than the saved one. */
export interface ExportRequest {
  storyId: string;
  /**
   * The document to export when it is newer than the saved one (the editor passes what is in
   * memory, e.g. when saving failed because the disk is full), with a source for its media.
   * Without it, export what is saved.
   */
  story?: Story;
  assets?: AssetSource;
}

export const PACKAGE_MIME = 'application/vnd.storyscape+zip';
/** Storyscape's version, recorded in each package's manifest (only this field is bundled). */
const APP_VERSION = version;

export const storyTitle = (story: Story): string => localize(story.meta.title, story.meta.defaultLanguage) || t('library.newTitle');

/** The words for any failure while writing a file. */
export function failureMessages(e: unknown): string[] {
  if (e instanceof PackageError) return e.problems.filter((p) => p.severity === 'error').map(problemText);
  if (e instanceof StorageError) return [t(`storage.error.${e.kind}` as Parameters<typeof t>[0])];
  if (e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NoModificationAllowedError')) return [t('package.diskFull')];
  return [t('package.writeFailed', { detail: e instanceof Error ? e.message : String(e) })];
}

/** Runs a write with the progress dialog; on failure the dialog shows why. */
export async function runWrite(
  label: string,
  failTitle: string,
  total: number,
  target: SaveTarget,
  stream: () => ReadableStream<Uint8Array>,
): Promise<'exported' | 'cancelled'> {
  taskStore.start(label, total);
  try {
    await target.write(stream(), (n) => taskStore.progress(Math.min(n, total), total));
    taskStore.end();
    return 'exported';
  } catch (e) {
    taskStore.fail(failTitle, failureMessages(e));
    return 'cancelled';
  }
}

const bytesOf = (stories: readonly Story[]) => {
  const seen = new Map<string, number>();
  for (const s of stories) for (const a of s.assets) seen.set(a.id, a.bytes);
  return [...seen.values()].reduce((n, b) => n + b, 0) + stories.length * 4096;
};

/** Exports one story as a .storyscape package, and records it. */
export async function exportStory(repo: StoryRepository, request: ExportRequest): Promise<'exported' | 'cancelled'> {
  const result = await exportStoryPackage(repo, request);
  // Recording it may fail when the disk is full: the export itself still happened.
  if (result === 'exported') await repo.markExported(request.storyId).catch(() => undefined);
  return result;
}

async function exportStoryPackage(repo: StoryRepository, request: ExportRequest): Promise<'exported' | 'cancelled'> {
  let story = request.story;
  if (!story) {
    const listing = await repo.getListing(request.storyId);
    const name = fileNameFor(listing ? localize(listing.title, listing.language) : '', '.storyscape');
    const target = await chooseSaveTarget(name, PACKAGE_MIME, t('package.fileType'), '.storyscape');
    if (!target) return 'cancelled';
    try {
      story = (await repo.get(request.storyId))?.story;
    } catch (e) {
      taskStore.fail(t('package.exportFailed'), failureMessages(e));
      return 'cancelled';
    }
    if (!story) {
      taskStore.fail(t('package.exportFailed'), [t('package.storyGone')]);
      return 'cancelled';
    }
    return write(repo, story, target, request);
  }
  const target = await chooseSaveTarget(fileNameFor(storyTitle(story), '.storyscape'), PACKAGE_MIME, t('package.fileType'), '.storyscape');
  return target ? write(repo, story, target, request) : 'cancelled';
}

function write(repo: StoryRepository, story: Story, target: SaveTarget, request: ExportRequest) {
  const title = storyTitle(story);
  return runWrite(t('package.exporting', { title }), t('package.exportFailed'), bytesOf([story]), target, () =>
    writePackage(story, libraryAssetBytes(repo, request.assets), { appVersion: APP_VERSION }),
  );
}

/** "Back up everything": every story in the library (not the bin) in one backup file. */
export async function backupLibrary(repo: StoryRepository): Promise<'exported' | 'cancelled'> {
  const day = new Date().toISOString().slice(0, 10);
  const target = await chooseSaveTarget(`storyscape-backup-${day}.storyscape-backup`, PACKAGE_MIME, t('package.backupType'), '.storyscape-backup');
  if (!target) return 'cancelled';
  const stories: Story[] = [];
  try {
    for (const l of await repo.list()) {
      if (l.deletedAt) continue;
      const s = await repo.get(l.id);
      if (s) stories.push(s.story);
    }
  } catch (e) {
    taskStore.fail(t('package.backupFailed'), failureMessages(e));
    return 'cancelled';
  }
  if (stories.length === 0) {
    taskStore.fail(t('package.backupFailed'), [t('package.backupEmpty')]);
    return 'cancelled';
  }
  const result = await runWrite(t('package.backingUp', { count: stories.length }), t('package.backupFailed'), bytesOf(stories), target, () =>
    writeBackup(stories, libraryAssetBytes(repo), { appVersion: APP_VERSION }),
  );
  if (result === 'exported') for (const s of stories) await repo.markExported(s.id).catch(() => undefined);
  return result;
}
