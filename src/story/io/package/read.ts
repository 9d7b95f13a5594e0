import type { Story } from '../../schema/story.ts';
import { createSha256, type Sha256Factory } from '../../hash.ts';
import { withDefaults, type PackageLimits } from './limits.ts';
import type { BackupManifest, ManifestStory, PackageManifest } from './manifest.ts';
import { messages, type PackageProblem } from './messages.ts';
import type { ArchiveLayout } from './names.ts';
import type { PackageSource } from './source.ts';
import type { ZipEntry } from './zip.ts';
import { readAssets } from './read/assets.ts';
import { checkDeclared, sortEntries } from './read/contents.ts';
import { EntryReader } from './read/entries.ts';
import { readManifest } from './read/manifest.ts';
import { openArchive } from './read/open.ts';
import { assetRefs } from './read/refs.ts';
import { MAX_REPORTED, Refused, type AssetStore, type Core, type ReadRun, type ReadStats } from './read/run.ts';
import { readStories } from './read/stories.ts';

export type { AssetStore, AssetWriter, ReadStats } from './read/run.ts';

/** Keeps each asset as a Blob in memory (browsers move big Blobs to disk by themselves). */
export const memoryAssetStore: AssetStore = {
  begin() {
    let parts: Uint8Array[] = [];
    return {
      write(chunk) {
        parts.push(chunk);
      },
      async finish(mime) {
        const blob = new Blob(parts as BlobPart[], { type: mime });
        parts = [];
        return blob;
      },
      abort() {
        parts = [];
      },
    };
  },
};

export interface ReadPackageOptions {
  limits?: Partial<PackageLimits>;
  /** A faster sha-256 (e.g. Node's) than the default pure-JS one. */
  sha256?: Sha256Factory;
  assetStore?: AssetStore;
  signal?: AbortSignal;
}

export type ReadPackageResult =
  | { ok: true; story: Story; assets: Map<string, Blob>; manifest: PackageManifest | null; problems: PackageProblem[]; stats: ReadStats }
  | { ok: false; story: null; problems: PackageProblem[]; stats: ReadStats };

export type ReadBackupResult =
  | { ok: true; stories: Story[]; assets: Map<string, Blob>; manifest: BackupManifest | null; problems: PackageProblem[]; stats: ReadStats }
  | { ok: false; stories: null; problems: PackageProblem[]; stats: ReadStats };

/**
 * Reads a .storyscape package. Never throws. Every limit is checked while unpacking, every asset is
 * hashed, sniffed and (pictures) measured as it streams; the result is all or nothing.
 */
export async function readPackage(source: PackageSource, options: ReadPackageOptions = {}): Promise<ReadPackageResult> {
  const r = await readArchive(source, 'package', options);
  if (!r.ok) return { ok: false, story: null, problems: r.problems, stats: r.stats };
  return { ok: true, story: r.stories[0]!, assets: r.assets, manifest: r.manifest as PackageManifest | null, problems: r.problems, stats: r.stats };
}

/** Reads a backup (many stories, assets stored once). Never throws; all or nothing. */
export async function readBackup(source: PackageSource, options: ReadPackageOptions = {}): Promise<ReadBackupResult> {
  const r = await readArchive(source, 'backup', options);
  if (!r.ok) return { ok: false, stories: null, problems: r.problems, stats: r.stats };
  return { ok: true, stories: r.stories, assets: r.assets, manifest: r.manifest as BackupManifest | null, problems: r.problems, stats: r.stats };
}

async function readArchive(input: PackageSource, layout: ArchiveLayout, options: ReadPackageOptions): Promise<Core> {
  const run: ReadRun = {
    layout,
    limits: withDefaults(options.limits),
    signal: options.signal,
    sha256: options.sha256 ?? createSha256,
    store: options.assetStore ?? memoryAssetStore,
    stats: { entries: 0, bytesInflated: 0 },
    problems: [],
  };
  try {
    return await readStages(input, run);
  } catch (e) {
    // Only what stopped it: notes about a package that was refused would be noise.
    if (e instanceof Refused) return { ok: false, problems: e.problems.slice(0, MAX_REPORTED * 2), stats: run.stats };
    if (options.signal?.aborted) return { ok: false, problems: [messages.aborted()], stats: run.stats };
    return { ok: false, problems: [messages.crashed(e instanceof Error ? e.message : String(e))], stats: run.stats };
  }
}

/** The stages in order (read/, one file each); any stage may refuse the whole archive. */
async function readStages(input: PackageSource, run: ReadRun): Promise<Core> {
  const { src, entries, directoryOffset } = await openArchive(input, run); // 1. bytes and table of contents
  const contents = sortEntries(entries, run); // 2. names
  const assetEntries = new Set(contents.assets.values());
  const isAsset = (e: ZipEntry) => assetEntries.has(e);
  checkDeclared(contents, isAsset, run); // 3. declared sizes, before unpacking
  const reader = new EntryReader(src, entries, directoryOffset, isAsset, run);
  const manifest = await readManifest(reader, contents.manifest, run); // 4. manifest
  const listed: ManifestStory[] = !manifest ? [] : 'stories' in manifest ? manifest.stories : [manifest.story];
  const stories = await readStories(reader, contents.stories, listed, run); // 5. stories
  const refs = assetRefs(stories, contents, run); // 6. every listed asset is there
  const assets = await readAssets(reader, contents, refs, run); // 7. assets, checked as they stream
  return { ok: true, stories, assets, manifest, problems: run.problems, stats: run.stats };
}
