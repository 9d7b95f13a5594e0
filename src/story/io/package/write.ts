import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';
import { Story } from '../../schema/story.ts';
import type { Asset } from '../../schema/asset.ts';
import { explainIssues } from '../explain.ts';
import { serializeStory } from '../load.ts';
import { createSha256, sha256Hex, type Sha256Factory } from '../../hash.ts';
import { concatBytes } from './bytes.ts';
import { withDefaults, type PackageLimits } from './limits.ts';
import {
  BACKUP_FORMAT,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type BackupManifest,
  type ManifestAsset,
  type ManifestStory,
  type PackageManifest,
} from './manifest.ts';
import { assetWords, packagePhrase, PackageError, writeMessages, type PackageProblem } from './messages.ts';
import { assetPath } from './sniff.ts';
import { isBlob } from './source.ts';

/** An asset's bytes, in whatever form the library has them. */
export type AssetBytes = Uint8Array | Blob | ReadableStream<Uint8Array>;
/** Finds an asset's bytes by id (sha-256); null when the library does not have it. */
export type GetAssetBytes = (id: string, asset: Asset) => Promise<AssetBytes | null | undefined>;

export interface WritePackageOptions {
  /** Storyscape's version, recorded in the manifest (the app and the CLI pass it). */
  appVersion?: string;
  /** The package's date (manifest and zip entries). Default: now. */
  created?: Date;
  limits?: Partial<PackageLimits>;
  /** Hash every asset while writing and refuse one whose bytes do not match its id. Default true. */
  verify?: boolean;
  sha256?: Sha256Factory;
  signal?: AbortSignal;
}

/** The path of an asset inside a package or backup. */
export const STORY_PATH = 'story.json';
export const MANIFEST_PATH = 'manifest.json';
export const backupStoryPath = (id: string): string => `stories/${id}.json`;

/**
 * Writes a story package (.storyscape): story.json, then each asset once as assets/<sha256>.<ext>
 * (stored as it is: photos and sounds are already compressed), then manifest.json, which records
 * what was actually written. Streams: memory stays flat whatever the size of the media.
 * The stream errors with a PackageError when the story or an asset is not right.
 */
export function writePackage(story: Story, getAssetBytes: GetAssetBytes, options: WritePackageOptions = {}): ReadableStream<Uint8Array> {
  return toStream(archiveChunks('package', [story], getAssetBytes, options));
}

/** Writes a backup: many stories (stories/<id>.json), each asset once even when stories share it. */
export function writeBackup(stories: readonly Story[], getAssetBytes: GetAssetBytes, options: WritePackageOptions = {}): ReadableStream<Uint8Array> {
  return toStream(archiveChunks('backup', stories, getAssetBytes, options));
}

/** The whole stream as one Blob (browsers keep big ones on disk). */
export const streamToBlob = (stream: ReadableStream<Uint8Array>, type = 'application/vnd.storyscape+zip'): Promise<Blob> =>
  new Response(stream).blob().then((b) => (b.type === type ? b : new Blob([b], { type })));

/** The whole stream in memory (tests, small stories). */
export async function streamToBytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let n = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    n += value.length;
  }
  return concatBytes(parts, n);
}

function toStream(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        for (;;) {
          const r = await chunks.next();
          if (r.done) return controller.close();
          if (r.value.length) return controller.enqueue(r.value);
        }
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

const encoder = new TextEncoder();

/** Reads any AssetBytes chunk by chunk. */
async function* iterate(bytes: AssetBytes): AsyncGenerator<Uint8Array> {
  if (bytes instanceof Uint8Array) {
    for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
    return;
  }
  const reader = (isBlob(bytes) ? bytes.stream() : bytes).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    void reader.cancel().catch(() => {});
  }
}

async function* archiveChunks(
  layout: 'package' | 'backup',
  input: readonly Story[],
  getAssetBytes: GetAssetBytes,
  options: WritePackageOptions,
): AsyncGenerator<Uint8Array> {
  const limits = withDefaults(options.limits);
  const created = options.created ?? new Date();
  const verify = options.verify ?? true;
  const factory = options.sha256 ?? createSha256;
  const fail = (...ps: PackageProblem[]): never => {
    throw new PackageError(ps);
  };

  // Everything that can be checked before writing a byte.
  if (input.length === 0) fail(writeMessages.noStories());
  const stories: Array<{ story: Story; json: Uint8Array; path: string }> = [];
  const ids = new Set<string>();
  for (const s of input) {
    const parsed = Story.safeParse(s);
    if (!parsed.success) fail(...explainIssues(parsed.error.issues, s).map((p) => ({ ...p, storyId: (s as { id?: string }).id })));
    const story = parsed.data!;
    if (ids.has(story.id)) fail(writeMessages.storyDuplicate(story.id));
    ids.add(story.id);
    // Schema order, so the same story always gives the same bytes.
    const json = encoder.encode(serializeStory(story));
    if (json.length > limits.maxStoryBytes) fail(writeMessages.storyTooBig(story.id, limits));
    stories.push({ story, json, path: layout === 'package' ? STORY_PATH : backupStoryPath(story.id) });
  }
  /** Each asset once, with where it was first listed (for messages). */
  const assets = new Map<string, { asset: Asset; path: string; storyId: string }>();
  for (const { story } of stories) {
    story.assets.forEach((a, i) => {
      if (!assets.has(a.id)) assets.set(a.id, { asset: a, path: `/assets/${i}`, storyId: story.id });
    });
  }
  const entryCount = stories.length + assets.size + 1;
  if (entryCount > limits.maxEntries) fail(writeMessages.tooManyFiles(entryCount, limits));
  let total = stories.reduce((n, s) => n + s.json.length, 0);
  const declared = total + [...assets.values()].reduce((n, a) => n + a.asset.bytes, 0);
  if (declared > limits.maxTotalBytes) fail(writeMessages.tooBig(declared, limits));

  const queue: Uint8Array[] = [];
  let zipError: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) zipError = err;
    else queue.push(chunk);
  });
  function* drain(): Generator<Uint8Array> {
    if (zipError) throw zipError;
    while (queue.length) yield queue.shift()!;
  }
  const add = <T extends ZipInputFile>(file: T): T => {
    file.mtime = created;
    zip.add(file);
    return file;
  };
  const addJson = (path: string, bytes: Uint8Array) => {
    const f = add(new ZipDeflate(path, { level: 6 }));
    f.push(bytes, true);
  };

  try {
    const manifestStories: ManifestStory[] = [];
    for (const { story, json, path } of stories) {
      addJson(path, json);
      yield* drain();
      manifestStories.push({
        id: story.id,
        path,
        sha256: sha256Hex(json, factory),
        bytes: json.length,
        schemaVersion: story.schemaVersion,
        title: story.meta.title,
      });
    }

    const manifestAssets: ManifestAsset[] = [];
    for (const { asset, path: where, storyId } of assets.values()) {
      options.signal?.throwIfAborted();
      const what = layout === 'backup' ? packagePhrase('package.what.in-story', { what: assetWords(asset), id: storyId }) : assetWords(asset);
      const bytes = await getAssetBytes(asset.id, asset);
      if (!bytes) fail(writeMessages.assetMissing(what, where));
      const path = assetPath(asset);
      // Photos and sounds are compressed already; WAV is not, but deflating quiet recordings makes them
      // look like zip bombs (huge ratios), so every asset is stored as it is.
      const file = add(new ZipPassThrough(path));
      const hash = verify ? factory() : null;
      let size = 0;
      try {
        for await (const chunk of iterate(bytes!)) {
          options.signal?.throwIfAborted();
          size += chunk.length;
          total += chunk.length;
          if (total > limits.maxTotalBytes) fail(writeMessages.tooBig(total, limits));
          hash?.update(chunk);
          file.push(chunk);
          yield* drain();
        }
      } catch (e) {
        if (e instanceof PackageError || options.signal?.aborted) throw e;
        fail(writeMessages.assetUnreadable(what, e instanceof Error ? e.message : String(e), where));
      }
      file.push(new Uint8Array(0), true);
      yield* drain();
      if (hash && hash.digestHex() !== asset.id) fail(writeMessages.assetChanged(what, where));
      manifestAssets.push({ path, sha256: asset.id, bytes: size, mime: asset.mime, kind: asset.kind });
    }

    const common = {
      formatVersion: PACKAGE_FORMAT_VERSION,
      app: { name: 'storyscape', version: options.appVersion ?? 'unknown' },
      created: created.toISOString(),
      assets: manifestAssets,
    };
    const manifest: PackageManifest | BackupManifest =
      layout === 'package'
        ? { format: PACKAGE_FORMAT, ...common, schemaVersion: stories[0]!.story.schemaVersion, story: manifestStories[0]! }
        : { format: BACKUP_FORMAT, ...common, stories: manifestStories };
    addJson(MANIFEST_PATH, encoder.encode(JSON.stringify(manifest, null, 2) + '\n'));
    yield* drain();
    zip.end();
    yield* drain();
  } finally {
    zip.terminate();
  }
}
