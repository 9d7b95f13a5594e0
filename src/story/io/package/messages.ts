import type { Problem, Severity } from '../../problems.ts';
import { phrased, say, type Phrase, type PhraseParam, type PhraseParams } from '../../phrase.ts';
import type { PackageLimits } from './limits.ts';
import { PACKAGE_ENGLISH, type PackageWord } from './words.ts';

/**
 * Every problem a package can have, in words a 14-year-old can act on: what is wrong, then what
 * to do. One place, so the codes stay stable; the words are in words.ts (English) and src/i18n.
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

/** A phrase of the package words (its key checked against the English). */
export const packagePhrase = (key: PackageWord, params?: PhraseParams): Phrase => (params ? { key, params } : { key });

const p = (severity: Severity, code: string, key: PackageWord, params?: PhraseParams, extra: Partial<PackageProblem> = {}): PackageProblem => ({
  severity,
  code,
  ...phrased(PACKAGE_ENGLISH, key, params),
  path: '',
  ...extra,
});
const err = (code: string, key: PackageWord, params?: PhraseParams, extra?: Partial<PackageProblem>) => p('error', code, key, params, extra);
const warn = (code: string, key: PackageWord, params?: PhraseParams, extra?: Partial<PackageProblem>) => p('warning', code, key, params, extra);

/** The same problem, said as being about one file of a backup, or one story of it. */
export const inFile = (problem: PackageProblem, entry: string): PackageProblem => ({ ...problem, ...phrased(PACKAGE_ENGLISH, 'package.in-file', { entry, problem: problem.phrase }) });
export const inStory = (problem: PackageProblem, id: string): PackageProblem => ({ ...problem, ...phrased(PACKAGE_ENGLISH, 'package.in-story', { id, problem: problem.phrase }) });

/** What a package or a backup is called in messages. */
export type ArchiveKind = 'package' | 'backup';
const noun = (k: ArchiveKind) => packagePhrase(k === 'package' ? 'package.noun.package' : 'package.noun.backup');

/** An asset, for people: `the picture "park.jpg"`, or `a sound (1f2e3d4c…)` when it has no name. */
export function assetWords(asset: { kind: string; name?: string; id: string }): Phrase {
  const what = asset.kind === 'image' ? 'image' : asset.kind === 'audio' ? 'audio' : asset.kind === 'video' ? 'video' : 'file';
  return asset.name ? packagePhrase(`package.what.${what}`, { name: asset.name }) : packagePhrase(`package.what.${what}-id`, { id: asset.id.slice(0, 8) });
}

/** Describes an asset for people, in English: `the picture "park.jpg"`. */
export const describeAsset = (asset: { kind: string; name?: string; id: string }): string => say(assetWords(asset), PACKAGE_ENGLISH) ?? asset.id;

const bytes = (n: number): PhraseParam => ({ bytes: n });
const count = (n: number): PhraseParam => ({ count: n });

export const messages = {
  notAZip: (kind: ArchiveKind, looksLikeJson: boolean) => err('not-a-zip', looksLikeJson ? 'package.story-file' : 'package.not-a-zip', { archive: noun(kind) }),
  empty: (kind: ArchiveKind) => err('not-a-zip', 'package.empty', { archive: noun(kind) }),
  damaged: (detail: PhraseParam, entry?: string) => err('zip-damaged', 'package.damaged', { detail }, entry ? { entry } : {}),
  entryDamaged: (entry: string, detail: PhraseParam) => err('entry-damaged', 'package.entry-damaged', { entry, detail }, { entry }),
  encrypted: (entry: string) => err('zip-encrypted', 'package.encrypted', undefined, { entry }),
  compression: (entry: string, method: number) => err('entry-compression-unsupported', 'package.compression', { entry, method }, { entry }),
  tooManyEntries: (n: number, limits: PackageLimits) => err('too-many-entries', 'package.too-many-entries', { count: count(n), max: count(limits.maxEntries) }),
  tooBig: (n: number, limits: PackageLimits) =>
    err('package-too-big', n > limits.maxTotalBytes * 4 ? 'package.too-big.far' : 'package.too-big', { limit: bytes(limits.maxTotalBytes) }),
  zipBomb: (entry: string, limits: PackageLimits) => err('zip-bomb', 'package.zip-bomb', { entry, ratio: limits.maxRatio }, { entry }),
  overlapping: () => err('zip-bomb', 'package.overlapping'),
  unsafeName: (entry: string, why: PhraseParam) => err('entry-name-unsafe', 'package.unsafe-name', { entry, why }, { entry }),
  unexpectedName: (entry: string, kind: ArchiveKind) =>
    err('entry-name-unexpected', kind === 'package' ? 'package.unexpected-name.package' : 'package.unexpected-name.backup', { entry }, { entry }),
  storyInFolder: (entry: string) => err('story-in-folder', 'package.story-in-folder', { entry }, { entry }),
  duplicate: (entry: string) => err('entry-duplicate', 'package.duplicate', { entry }, { entry }),
  ignored: (entries: string[]) => {
    const names = `${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}`;
    return p('info', 'entry-ignored', entries.length === 1 ? 'package.ignored.one' : 'package.ignored.many', { count: entries.length, names });
  },
  storyMissing: () => err('story-missing', 'package.story-missing'),
  noStories: () => err('story-missing', 'package.no-stories'),
  storyTooBig: (entry: string, limits: PackageLimits) => err('story-too-big', 'package.story-too-big', { entry, limit: bytes(limits.maxStoryBytes) }, { entry }),
  storyNotText: (entry: string) => err('not-json', 'package.story-not-text', { entry }),
  manifestMissing: () => warn('manifest-missing', 'package.manifest-missing'),
  manifestUnreadable: (detail: PhraseParam) => warn('manifest-unreadable', 'package.manifest-unreadable', { detail }, { entry: 'manifest.json' }),
  manifestTooBig: (limits: PackageLimits) => err('manifest-too-big', 'package.manifest-too-big', { limit: bytes(limits.maxManifestBytes) }, { entry: 'manifest.json' }),
  wrongArchive: (kind: ArchiveKind) => (kind === 'package' ? err('package-is-backup', 'package.is-backup') : err('backup-is-package', 'package.is-package')),
  unknownFormat: (format: string) => err('package-format-unknown', 'package.format-unknown', { format: format.slice(0, 60) }, { entry: 'manifest.json' }),
  futureFormat: (kind: ArchiveKind, version: number, supported: number) =>
    err('package-version-future', 'package.version-future', { archive: noun(kind), version, supported }, { entry: 'manifest.json' }),
  storyChanged: (entry: string) => warn('story-changed', 'package.story-changed', { entry }, { entry }),
  assetMissing: (what: Phrase, entry: string, path: string) => err('asset-missing', 'package.asset-missing', { what, entry }, { entry, path }),
  assetHashMismatch: (what: Phrase, entry: string, path: string) => err('asset-hash-mismatch', 'package.asset-hash-mismatch', { what, entry }, { entry, path }),
  assetUnrecognised: (what: Phrase, entry: string, declared: Phrase, path: string) =>
    err('asset-unrecognised', 'package.asset-unrecognised', { what, declared, entry }, { entry, path }),
  assetKindMismatch: (what: Phrase, entry: string, actual: Phrase, path: string) =>
    err('asset-kind-mismatch', 'package.asset-kind-mismatch', { what, actual, entry }, { entry, path }),
  videoNotVideo: (what: Phrase, entry: string, path: string) => err('video-not-video', 'package.video-not-video', { what, entry }, { entry, path }),
  videoNoPicture: (what: Phrase, entry: string, path: string) => err('video-no-picture', 'package.video-no-picture', { what, entry }, { entry, path }),
  videoHevc: (what: Phrase, entry: string, path: string) => err('video-hevc', 'package.video-hevc', { what, entry }, { entry, path }),
  videoFormat: (what: Phrase, codec: string, entry: string, path: string) =>
    err('video-format', 'package.video-format', { what, entry, codec: codec.replace(/[^\w/.-]/g, '?').slice(0, 40) }, { entry, path }),
  imageUnsupported: (what: Phrase, label: string, entry: string, path: string) => err('image-format-unsupported', 'package.image-unsupported', { what, label }, { entry, path }),
  imageTooBig: (what: Phrase, width: number, height: number, limits: PackageLimits, entry: string, path: string) =>
    err(
      'image-too-big',
      'package.image-too-big',
      { what, width, height, maxWidth: limits.maxImageSide, maxHeight: Math.floor(limits.maxImagePixels / limits.maxImageSide) },
      { entry, path },
    ),
  imageUnreadable: (what: Phrase, entry: string, path: string) => err('asset-damaged', 'package.image-unreadable', { what }, { entry, path }),
  mimeFixed: (what: Phrase, declared: string, actual: string, path: string) => warn('asset-mime-fixed', 'package.mime-fixed', { what, declared, actual }, { path }),
  sizeFixed: (what: Phrase, declared: number, actual: number, path: string) =>
    warn('asset-size-fixed', 'package.size-fixed', { what, declared: bytes(declared), actual: bytes(actual) }, { path }),
  pixelsFixed: (what: Phrase, dw: number, dh: number, w: number, h: number, path: string) =>
    warn('image-size-fixed', 'package.pixels-fixed', { what, declaredWidth: dw, declaredHeight: dh, width: w, height: h }, { path }),
  unusedAssets: (n: number) => p('info', 'assets-unused', n === 1 ? 'package.assets-unused.one' : 'package.assets-unused.many', { count: n }),
  storyDuplicate: (id: string) => err('story-duplicate', 'package.story-duplicate', { id }, { storyId: id }),
  unreadable: (detail: PhraseParam) => err('package-unreadable', 'package.unreadable', { detail }),
  aborted: () => err('aborted', 'package.aborted'),
  crashed: (detail: string) => err('package-crashed', 'package.crashed', { detail }),
};

/** Problems found while writing a package or backup (the stream errors with a PackageError). */
export const writeMessages = {
  assetMissing: (what: Phrase, path: string) => err('asset-missing', 'package.write.asset-missing', { what }, { path }),
  assetUnreadable: (what: Phrase, detail: string, path: string) => err('asset-unreadable', 'package.write.asset-unreadable', { what, detail }, { path }),
  assetChanged: (what: Phrase, path: string) => err('asset-hash-mismatch', 'package.write.asset-changed', { what }, { path }),
  tooBig: (n: number, limits: PackageLimits) => err('package-too-big', 'package.write.too-big', { size: bytes(n), limit: bytes(limits.maxTotalBytes) }),
  tooManyFiles: (n: number, limits: PackageLimits) => err('too-many-entries', 'package.write.too-many-files', { count: count(n), max: count(limits.maxEntries) }),
  storyTooBig: (id: string, limits: PackageLimits) => err('story-too-big', 'package.write.story-too-big', { id, limit: bytes(limits.maxStoryBytes) }, { storyId: id }),
  storyDuplicate: (id: string) => err('story-duplicate', 'package.write.story-duplicate', { id }, { storyId: id }),
  noStories: () => err('story-missing', 'package.write.no-stories'),
};
