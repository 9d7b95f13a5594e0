import type { Problem, Severity } from '../../problems.ts';
import { formatBytes, formatCount, type PackageLimits } from './limits.ts';

/**
 * Every problem a package can have, in words a 14-year-old can act on: what is wrong, then what
 * to do. One place, so the codes stay stable and the wording can be translated later.
 */
export interface PackageProblem extends Problem {
  /** The file inside the zip this is about, when there is one. */
  entry?: string;
  /** In a backup: the story this is about. */
  storyId?: string;
}

/** Thrown by the writers (the stream errors with it); `problems` says what is wrong. */
export class PackageError extends Error {
  constructor(readonly problems: PackageProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'PackageError';
  }
}

const p = (severity: Severity, code: string, message: string, extra: Partial<PackageProblem> = {}): PackageProblem => ({
  severity,
  code,
  message,
  path: '',
  ...extra,
});
const err = (code: string, message: string, extra: Partial<PackageProblem> = {}) => p('error', code, message, extra);
const warn = (code: string, message: string, extra: Partial<PackageProblem> = {}) => p('warning', code, message, extra);

const NOTHING = 'Nothing was imported.';
const REMAKE = 'Ask whoever made it to export it from Storyscape again.';

/** What a package or a backup is called in messages. */
export type ArchiveKind = 'package' | 'backup';
const noun = (k: ArchiveKind) => (k === 'package' ? 'story package' : 'Storyscape backup');

/** Describes an asset for people: `the picture "park.jpg"`. */
export function describeAsset(asset: { kind: string; name?: string; id: string }): string {
  const what = asset.kind === 'image' ? 'picture' : asset.kind === 'audio' ? 'sound' : 'file';
  return asset.name ? `the ${what} "${asset.name}"` : `a ${what} (${asset.id.slice(0, 8)}…)`;
}

export const messages = {
  notAZip: (kind: ArchiveKind, looksLikeJson: boolean) =>
    err(
      'not-a-zip',
      looksLikeJson
        ? `This is a story file (story.json), not a ${noun(kind)}. Open it with "Open story file" instead.`
        : `This file is not a ${noun(kind)}. A ${noun(kind)} is a .storyscape file made with Storyscape's "Export" button. Check that you picked the right file.`,
    ),
  empty: (kind: ArchiveKind) => err('not-a-zip', `This file is empty, so it cannot be a ${noun(kind)}. Check that you picked the right file, or export the story again.`),
  damaged: (detail: string, entry?: string) =>
    err(
      'zip-damaged',
      `This file is damaged (${detail}). It may have been cut off while it was downloaded or copied. Download or copy it again. ${NOTHING}`,
      entry ? { entry } : {},
    ),
  entryDamaged: (entry: string, detail: string) =>
    err('entry-damaged', `The file "${entry}" inside the package is damaged (${detail}). Download or copy the package again. ${NOTHING}`, { entry }),
  encrypted: (entry: string) =>
    err('zip-encrypted', `This zip is locked with a password, and Storyscape cannot open locked zips. Make it again without a password. ${NOTHING}`, { entry }),
  compression: (entry: string, method: number) =>
    err(
      'entry-compression-unsupported',
      `The file "${entry}" is packed in a way Storyscape cannot read (method ${method}). Make the zip again with ordinary compression, or export the story from Storyscape. ${NOTHING}`,
      { entry },
    ),
  tooManyEntries: (count: number, limits: PackageLimits) =>
    err(
      'too-many-entries',
      `This package holds too many files (${formatCount(count)}; a package holds at most ${formatCount(limits.maxEntries)}). Remove photos and sounds the story does not use, then export it again. ${NOTHING}`,
    ),
  tooBig: (bytes: number, limits: PackageLimits) =>
    err(
      'package-too-big',
      `This package is too big to open here: unpacked it would take ${bytes > limits.maxTotalBytes * 4 ? 'far more than' : 'more than'} ${formatBytes(limits.maxTotalBytes)}. Make the photos and sounds smaller (or use fewer), then export it again. ${NOTHING}`,
    ),
  zipBomb: (entry: string, limits: PackageLimits) =>
    err(
      'zip-bomb',
      `The file "${entry}" in this package would unpack to far more than it should: more than ${limits.maxRatio} times its packed size. Real photos, sounds and stories never do that; files like this are made to crash computers (a "zip bomb"), so Storyscape stopped reading. ${NOTHING} Only open packages from people you trust.`,
      { entry },
    ),
  overlapping: () =>
    err('zip-bomb', `The files in this zip overlap each other, a trick used to make "zip bombs" that crash computers, so Storyscape stopped reading. ${NOTHING} Only open packages from people you trust.`),
  unsafeName: (entry: string, why: string) =>
    err(
      'entry-name-unsafe',
      `This package holds a file with a dangerous name: "${entry}" ${why}. Names like that can be used to put files where they do not belong, so Storyscape refuses the whole package. ${NOTHING} Only open packages from people you trust.`,
      { entry },
    ),
  unexpectedName: (entry: string, kind: ArchiveKind) =>
    err(
      'entry-name-unexpected',
      `This package holds a file Storyscape does not expect: "${entry}". A ${noun(kind)} holds only ${kind === 'package' ? 'story.json, manifest.json' : 'manifest.json, a "stories" folder'} and an "assets" folder of photos and sounds named by their fingerprint. If you made this zip yourself, export the story from Storyscape instead. ${NOTHING}`,
      { entry },
    ),
  storyInFolder: (entry: string) =>
    err(
      'story-in-folder',
      `The story is inside a folder in this zip ("${entry}"). Storyscape needs story.json at the top of the zip: open the folder, select everything inside it, and zip that instead. ${NOTHING}`,
      { entry },
    ),
  duplicate: (entry: string) =>
    err('entry-duplicate', `The file "${entry}" is in this package twice, so Storyscape cannot tell which one is right. ${REMAKE} ${NOTHING}`, { entry }),
  ignored: (entries: string[]) =>
    p('info', 'entry-ignored', `Left out ${entries.length === 1 ? 'a file' : `${entries.length} files`} that computers add to zips by themselves (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}).`),
  storyMissing: () =>
    err('story-missing', `This package has no story in it: the file story.json is missing. ${REMAKE} ${NOTHING}`),
  noStories: () => err('story-missing', `This backup has no stories in it (its "stories" folder is empty or missing). ${NOTHING}`),
  storyTooBig: (entry: string, limits: PackageLimits) =>
    err('story-too-big', `The story "${entry}" is too big (more than ${formatBytes(limits.maxStoryBytes)} of text; photos and sounds are kept outside it). ${NOTHING}`, { entry }),
  manifestMissing: () =>
    warn('manifest-missing', 'This package has no manifest.json (the list of what is inside), so it was not made by Storyscape. It was checked file by file instead.'),
  manifestUnreadable: (detail: string) =>
    warn('manifest-unreadable', `The package's list of contents (manifest.json) could not be read (${detail}). It was checked file by file instead.`, { entry: 'manifest.json' }),
  manifestTooBig: (limits: PackageLimits) =>
    err('manifest-too-big', `The package's list of contents (manifest.json) is far too big (more than ${formatBytes(limits.maxManifestBytes)}). ${REMAKE} ${NOTHING}`, { entry: 'manifest.json' }),
  wrongArchive: (kind: ArchiveKind) =>
    kind === 'package'
      ? err('package-is-backup', `This is a Storyscape backup (many stories), not a single story. Use "Restore backup" to open it. ${NOTHING}`)
      : err('backup-is-package', `This is a single story package, not a Storyscape backup. Use "Import story" to open it. ${NOTHING}`),
  unknownFormat: (format: string) =>
    err('package-format-unknown', `This zip says it is a "${format.slice(0, 60)}", which Storyscape does not know. ${NOTHING}`, { entry: 'manifest.json' }),
  futureFormat: (kind: ArchiveKind, version: number, supported: number) =>
    err(
      'package-version-future',
      `This ${noun(kind)} was made by a newer Storyscape (package format ${version}; this one reads up to format ${supported}). Update Storyscape, then open it again. ${NOTHING}`,
      { entry: 'manifest.json' },
    ),
  storyChanged: (entry: string) =>
    warn('story-changed', `The story (${entry}) was changed after the package was made. It was checked again and is fine, but if you did not expect this, ask whoever sent it.`, { entry }),
  assetMissing: (what: string, entry: string, path: string) =>
    err('asset-missing', `${cap(what)} is missing from the package (it should be the file "${entry}"). ${REMAKE} ${NOTHING}`, { entry, path }),
  assetHashMismatch: (what: string, entry: string, path: string) =>
    err(
      'asset-hash-mismatch',
      `The file for ${what} ("${entry}") was changed or damaged after the package was made: its contents no longer match its fingerprint. ${REMAKE} ${NOTHING}`,
      { entry, path },
    ),
  assetUnrecognised: (what: string, entry: string, declared: string, path: string) =>
    err(
      'asset-unrecognised',
      `${cap(what)} is said to be ${declared}, but its file ("${entry}") is not a photo or sound Storyscape knows. It may be damaged, or be another kind of file that was renamed. Replace it with the original and export again. ${NOTHING}`,
      { entry, path },
    ),
  assetKindMismatch: (what: string, entry: string, actual: string, path: string) =>
    err(
      'asset-kind-mismatch',
      `${cap(what)} is really ${actual} file ("${entry}"), so it cannot be used where it is. Replace it with the right file and export again. ${NOTHING}`,
      { entry, path },
    ),
  imageUnsupported: (what: string, label: string, entry: string, path: string) =>
    err(
      'image-format-unsupported',
      `${cap(what)} is a ${label} photo, which not every browser can show. Save it as JPEG (or PNG), put it in the story again and export again. ${NOTHING}`,
      { entry, path },
    ),
  imageTooBig: (what: string, width: number, height: number, limits: PackageLimits, entry: string, path: string) =>
    err(
      'image-too-big',
      `${cap(what)} is too big (${width} × ${height} pixels); the largest we can show is ${limits.maxImageSide} × ${Math.floor(limits.maxImagePixels / limits.maxImageSide)} pixels. Make it smaller and try again. ${NOTHING}`,
      { entry, path },
    ),
  imageUnreadable: (what: string, entry: string, path: string) =>
    err('asset-damaged', `${cap(what)} is damaged: Storyscape cannot read its size from it. Replace it with the original and export again. ${NOTHING}`, { entry, path }),
  mimeFixed: (what: string, declared: string, actual: string, path: string) =>
    warn('asset-mime-fixed', `${cap(what)} was marked as ${declared} but is really ${actual}; this was corrected.`, { path }),
  sizeFixed: (what: string, declared: number, actual: number, path: string) =>
    warn('asset-size-fixed', `${cap(what)} was marked as ${formatBytes(declared)} but is ${formatBytes(actual)}; this was corrected.`, { path }),
  pixelsFixed: (what: string, dw: number, dh: number, w: number, h: number, path: string) =>
    warn('image-size-fixed', `${cap(what)} was marked as ${dw} × ${dh} pixels but is ${w} × ${h}; this was corrected.`, { path }),
  unusedAssets: (count: number) =>
    p('info', 'assets-unused', `Left out ${count === 1 ? 'a photo or sound' : `${count} photos or sounds`} in the package that the story does not use.`),
  storyDuplicate: (id: string) =>
    err('story-duplicate', `Two stories in this backup have the same id ("${id}"), so one would overwrite the other. ${NOTHING}`, { storyId: id }),
  unreadable: (detail: string) =>
    err('package-unreadable', `Storyscape could not read this file (${detail}). Check that it is still there and that you may open it, then try again.`),
  aborted: () => err('aborted', `Stopped before the end, as asked. ${NOTHING}`),
  crashed: (detail: string) =>
    err('package-crashed', `Storyscape could not read this package (${detail}). ${NOTHING} Please report this.`),
};

/** Problems found while writing a package or backup (the stream errors with a PackageError). */
export const writeMessages = {
  assetMissing: (what: string, path: string) =>
    err('asset-missing', `${cap(what)} could not be found in your library, so the story cannot be exported. Add the file to the story again, then export.`, { path }),
  assetUnreadable: (what: string, detail: string, path: string) =>
    err('asset-unreadable', `${cap(what)} could not be read (${detail}), so the story cannot be exported. Try again; if it keeps happening, add the file to the story again.`, { path }),
  assetChanged: (what: string, path: string) =>
    err(
      'asset-hash-mismatch',
      `${cap(what)} in your library has changed or is damaged (its contents no longer match its fingerprint), so the story was not exported. Add the file to the story again, then export.`,
      { path },
    ),
  tooBig: (bytes: number, limits: PackageLimits) =>
    err(
      'package-too-big',
      `This is too much to put in one package (${formatBytes(bytes)}; a package holds at most ${formatBytes(limits.maxTotalBytes)}). Make the photos and sounds smaller, or use fewer, then export again.`,
    ),
  tooManyFiles: (count: number, limits: PackageLimits) =>
    err('too-many-entries', `This is too many files for one package (${formatCount(count)}; at most ${formatCount(limits.maxEntries)}). Remove photos and sounds the stories do not use, then export again.`),
  storyTooBig: (id: string, limits: PackageLimits) =>
    err('story-too-big', `The story "${id}" is too big to export (more than ${formatBytes(limits.maxStoryBytes)} of text).`, { storyId: id }),
  storyDuplicate: (id: string) => err('story-duplicate', `Two stories have the same id ("${id}"), so they cannot go in one backup.`, { storyId: id }),
  noStories: () => err('story-missing', 'There are no stories to put in the backup.'),
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
