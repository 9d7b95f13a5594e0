import type { Story } from '../../schema/story.ts';
import type { Asset } from '../../schema/asset.ts';
import { loadStory } from '../load.ts';
import { createSha256, sha256Hex, type Sha256Factory } from '../../hash.ts';
import { Crc32 } from './crc32.ts';
import { probeImage } from './image-size.ts';
import { withDefaults, MiB, type PackageLimits } from './limits.ts';
import {
  BACKUP_FORMAT,
  BackupManifest,
  ManifestHead,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PackageManifest,
  type ManifestStory,
} from './manifest.ts';
import { describeAsset, messages, type PackageProblem } from './messages.ts';
import { belongsToOther, classifyEntry, type ArchiveLayout } from './names.ts';
import { extensionFor, sameFormat, SHOWABLE_IMAGES, SNIFF_BYTES, sniffMedia, type SniffedMedia } from './sniff.ts';
import { openSource, type ByteSource, type PackageSource } from './source.ts';
import { inflateEntry, locateData, readDirectory, type Stop, type ZipEntry } from './zip.ts';

/** Where an asset's checked bytes go while a package is read. The default keeps them in memory. */
export interface AssetStore {
  begin(info: { id: string; entry: string; mime: string }): AssetWriter | Promise<AssetWriter>;
}
export interface AssetWriter {
  write(chunk: Uint8Array): void | Promise<void>;
  /** Every byte is in and checked: the asset as a Blob (of this MIME type). */
  finish(mime: string): Promise<Blob>;
  /** The asset was refused: drop what was written. */
  abort(): void | Promise<void>;
}

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

export interface ReadStats {
  /** Files in the zip. */
  entries: number;
  /** Bytes unpacked (inflated), in total, including any refused file up to where it was refused. */
  bytesInflated: number;
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

type Core =
  | { ok: true; stories: Story[]; assets: Map<string, Blob>; manifest: PackageManifest | BackupManifest | null; problems: PackageProblem[]; stats: ReadStats }
  | { ok: false; problems: PackageProblem[]; stats: ReadStats };

const MAX_REPORTED = 20;
/** How far into a picture its size must be found. */
const MAX_IMAGE_HEADER = 4 * MiB;

class Refused {
  constructor(readonly problems: PackageProblem[]) {}
}

async function readArchive(input: PackageSource, layout: ArchiveLayout, options: ReadPackageOptions): Promise<Core> {
  const stats: ReadStats = { entries: 0, bytesInflated: 0 };
  const problems: PackageProblem[] = [];
  try {
    return await readArchiveInner(input, layout, options, stats, problems);
  } catch (e) {
    // Only what stopped it: notes about a package that was refused would be noise.
    if (e instanceof Refused) return { ok: false, problems: e.problems.slice(0, MAX_REPORTED * 2), stats };
    if (options.signal?.aborted) return { ok: false, problems: [messages.aborted()], stats };
    return { ok: false, problems: [messages.crashed(e instanceof Error ? e.message : String(e))], stats };
  }
}

const refuse = (...ps: PackageProblem[]): never => {
  throw new Refused(ps);
};

interface Ref {
  story: number;
  index: number;
  asset: Asset;
}

async function readArchiveInner(
  input: PackageSource,
  layout: ArchiveLayout,
  options: ReadPackageOptions,
  stats: ReadStats,
  problems: PackageProblem[],
): Promise<Core> {
  const limits = withDefaults(options.limits);
  const signal = options.signal;
  const factory = options.sha256 ?? createSha256;
  const store = options.assetStore ?? memoryAssetStore;

  // 1. The bytes, and the zip's table of contents.
  const opened = await openSource(input, limits.maxTotalBytes + 64 * MiB, signal);
  if (!opened.ok) refuse(opened.reason === 'too-big' ? messages.tooBig(opened.bytes, limits) : messages.unreadable(opened.detail));
  const src: ByteSource = (opened as { source: ByteSource }).source;
  let dir;
  try {
    dir = await readDirectory(src, limits);
  } catch (e) {
    if (signal?.aborted) throw e;
    return refuse(messages.unreadable(e instanceof Error ? e.message : String(e)));
  }
  if (!dir.ok) {
    switch (dir.reason) {
      case 'empty':
        return refuse(messages.empty(layout));
      case 'not-a-zip':
        return refuse(messages.notAZip(layout, dir.looksLikeJson));
      case 'too-many-entries':
        return refuse(messages.tooManyEntries(dir.count, limits));
      default:
        return refuse(messages.damaged(dir.detail));
    }
  }
  const entries = dir.entries;
  stats.entries = entries.length;

  // 2. Names, before anything is unpacked.
  const unsafe: PackageProblem[] = [];
  const unexpected: PackageProblem[] = [];
  const inFolder: PackageProblem[] = [];
  const duplicates: PackageProblem[] = [];
  const junk: string[] = [];
  let manifestEntry: ZipEntry | null = null;
  const storyEntries: Array<{ entry: ZipEntry; storyId: string | null }> = [];
  const assetEntries = new Map<string, ZipEntry>();
  const seen = new Set<string>();
  let otherLayout = false;
  for (const e of entries) {
    const c = classifyEntry(e.name, layout);
    if (c.type === 'unsafe') {
      unsafe.push(messages.unsafeName(e.name, c.why));
      continue;
    }
    if (belongsToOther(e.name, layout)) otherLayout = true;
    if (seen.has(e.name)) {
      duplicates.push(messages.duplicate(e.name));
      continue;
    }
    seen.add(e.name);
    switch (c.type) {
      case 'junk':
        junk.push(e.name);
        break;
      case 'folder':
        break;
      case 'manifest':
        manifestEntry = e;
        break;
      case 'story':
        storyEntries.push({ entry: e, storyId: c.storyId });
        break;
      case 'asset':
        if (assetEntries.has(c.id)) duplicates.push(messages.duplicate(e.name));
        else assetEntries.set(c.id, e);
        break;
      case 'unexpected':
        (c.storyInFolder ? inFolder : unexpected).push(
          c.storyInFolder ? messages.storyInFolder(e.name) : messages.unexpectedName(e.name, layout),
        );
        break;
    }
  }
  if (unsafe.length) refuse(...unsafe.slice(0, MAX_REPORTED));
  if (otherLayout && storyEntries.length === 0) refuse(messages.wrongArchive(layout));
  if (inFolder.length) refuse(inFolder[0]!);
  if (unexpected.length || duplicates.length) refuse(...unexpected.slice(0, MAX_REPORTED), ...duplicates.slice(0, MAX_REPORTED));
  if (storyEntries.length === 0) refuse(layout === 'package' ? messages.storyMissing() : messages.noStories());
  if (junk.length) problems.push(messages.ignored(junk));

  // 3. What the table of contents declares, before unpacking: locks, methods, sizes, ratios.
  // JSON files have their own hard size limits; the ratio check is for media (bounded only by the
  // total), since a valid story can shrink 200:1 (e.g. repeated captions) and still be harmless.
  const assetSet = new Set(assetEntries.values());
  const isAsset = (e: ZipEntry) => assetSet.has(e);
  const toRead = [...(manifestEntry ? [manifestEntry] : []), ...storyEntries.map((s) => s.entry), ...assetEntries.values()];
  let declared = 0;
  for (const e of toRead) {
    if (e.flags & 0x41) refuse(messages.encrypted(e.name));
    if (e.method !== 0 && e.method !== 8) refuse(messages.compression(e.name, e.method));
    if (e.method === 0 && e.size !== e.compressedSize) refuse(messages.entryDamaged(e.name, 'its sizes do not match'));
    if (isAsset(e) && e.size > limits.ratioFloorBytes && e.size > limits.maxRatio * e.compressedSize) refuse(messages.zipBomb(e.name, limits));
    declared += e.size;
  }
  if (declared > limits.maxTotalBytes) refuse(messages.tooBig(declared, limits));
  // Each entry must end before the next one starts.
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset || a.index - b.index);
  const limitOf = new Map<ZipEntry, number>();
  byOffset.forEach((e, i) => limitOf.set(e, byOffset[i + 1]?.localOffset ?? dir.directoryOffset));

  /** Streams one entry through the shared checks; `data` may stop it with a problem. */
  const pump = async (
    e: ZipEntry,
    data: (chunk: Uint8Array) => PackageProblem | null | Promise<PackageProblem | null>,
    maxBytes: number,
    tooBigProblem: () => PackageProblem,
  ): Promise<number> => {
    const where = await locateData(src, e, limitOf.get(e)!);
    if (!where.ok) refuse(where.reason === 'overlap' ? messages.overlapping() : messages.damaged(where.detail, e.name));
    const { start, end } = where as { start: number; end: number };
    const before = stats.bytesInflated;
    let out = 0;
    let problem: PackageProblem | null = null;
    const stop = await inflateEntry(src, e, start, end, {
      signal,
      check(packedIn, unpacked): Stop | null {
        out = unpacked;
        stats.bytesInflated = before + unpacked;
        if (isAsset(e) && unpacked > limits.ratioFloorBytes && unpacked > limits.maxRatio * packedIn) return { stop: 'bomb' };
        if (before + unpacked > limits.maxTotalBytes) return { stop: 'total' };
        if (unpacked > maxBytes) return { stop: 'entry-too-big' };
        if (unpacked > e.size) return { stop: 'longer' };
        return null;
      },
      async data(chunk) {
        problem = await data(chunk);
        return problem ? { stop: 'problem' } : null;
      },
    });
    if (stop) {
      switch (stop.stop) {
        case 'problem':
          return refuse(problem!);
        case 'bomb':
          return refuse(messages.zipBomb(e.name, limits));
        case 'total':
          return refuse(messages.tooBig(stats.bytesInflated, limits));
        case 'entry-too-big':
          return refuse(tooBigProblem());
        case 'longer':
          return refuse(messages.entryDamaged(e.name, 'it is longer than the zip says'));
        case 'truncated':
          return refuse(messages.damaged('the file ends too early', e.name));
        default:
          return refuse(messages.entryDamaged(e.name, 'it cannot be unpacked'));
      }
    }
    if (out !== e.size) refuse(messages.entryDamaged(e.name, 'it is shorter than the zip says'));
    return out;
  };

  /** A JSON file, whole, CRC-checked. */
  const readSmall = async (e: ZipEntry, maxBytes: number, tooBigProblem: () => PackageProblem): Promise<Uint8Array> => {
    if (e.size > maxBytes) refuse(tooBigProblem());
    const parts: Uint8Array[] = [];
    const crc = new Crc32();
    const n = await pump(
      e,
      (c) => {
        parts.push(c);
        crc.update(c);
        return null;
      },
      maxBytes,
      tooBigProblem,
    );
    if (crc.value() !== e.crc) refuse(messages.entryDamaged(e.name, 'its checksum is wrong'));
    const out = new Uint8Array(n);
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  };

  // 4. The manifest (optional; the story document is the authority).
  let manifest: PackageManifest | BackupManifest | null = null;
  if (manifestEntry) {
    const bytes = await readSmall(manifestEntry, limits.maxManifestBytes, () => messages.manifestTooBig(limits));
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      raw = undefined;
      problems.push(messages.manifestUnreadable('it is not readable JSON'));
    }
    if (raw !== undefined) {
      const head = ManifestHead.safeParse(raw);
      const own = layout === 'package' ? PACKAGE_FORMAT : BACKUP_FORMAT;
      const other = layout === 'package' ? BACKUP_FORMAT : PACKAGE_FORMAT;
      if (!head.success) problems.push(messages.manifestUnreadable('it does not say what it is'));
      else if (head.data.format === other) refuse(messages.wrongArchive(layout));
      else if (head.data.format !== own) refuse(messages.unknownFormat(head.data.format));
      else if (head.data.formatVersion > PACKAGE_FORMAT_VERSION) refuse(messages.futureFormat(layout, head.data.formatVersion, PACKAGE_FORMAT_VERSION));
      else {
        const full = (layout === 'package' ? PackageManifest : BackupManifest).safeParse(raw);
        if (full.success) manifest = full.data;
        else problems.push(messages.manifestUnreadable('some of its fields are wrong'));
      }
    }
  } else {
    problems.push(messages.manifestMissing());
  }
  const manifestStories: ManifestStory[] = !manifest ? [] : 'stories' in manifest ? manifest.stories : [manifest.story];

  // 5. The stories: parse, migrate, repair, validate.
  const stories: Story[] = [];
  const storyErrors: PackageProblem[] = [];
  const ids = new Set<string>();
  for (const { entry, storyId } of storyEntries) {
    const tag = (p: PackageProblem): PackageProblem => ({ ...p, entry: entry.name, ...(storyId ? { storyId } : {}) });
    const bytes = await readSmall(entry, limits.maxStoryBytes, () => messages.storyTooBig(entry.name, limits));
    const listed = manifestStories.find((m) => m.path === entry.name);
    if (listed && listed.sha256 !== sha256Hex(bytes, factory)) problems.push(tag(messages.storyChanged(entry.name)));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      storyErrors.push(
        tag({
          severity: 'error',
          code: 'not-json',
          message: `The story (${entry.name}) is not readable text: it may be damaged. Try the original file or a backup.`,
          path: '',
        }),
      );
      continue;
    }
    const loaded = loadStory(text);
    const own = loaded.problems.map((p) => tag(layout === 'backup' ? { ...p, message: `In ${entry.name}: ${p.message}` } : p));
    if (!loaded.ok) {
      storyErrors.push(...own);
      continue;
    }
    if (ids.has(loaded.story.id)) {
      storyErrors.push(tag(messages.storyDuplicate(loaded.story.id)));
      continue;
    }
    ids.add(loaded.story.id);
    problems.push(...own);
    stories.push(loaded.story);
  }
  if (storyErrors.length) refuse(...storyErrors.slice(0, MAX_REPORTED * 2));

  // 6. Every asset the stories list must be in the package.
  const refs = new Map<string, Ref[]>();
  stories.forEach((story, s) =>
    story.assets.forEach((asset, index) => {
      const list = refs.get(asset.id) ?? [];
      list.push({ story: s, index, asset });
      refs.set(asset.id, list);
    }),
  );
  const tagRef = (r: Ref, p: PackageProblem): PackageProblem =>
    layout === 'backup' ? { ...p, storyId: stories[r.story]!.id, message: `In the story "${stories[r.story]!.id}": ${p.message}` } : p;
  const missing: PackageProblem[] = [];
  for (const [id, list] of refs) {
    if (assetEntries.has(id)) continue;
    for (const r of list) {
      missing.push(tagRef(r, messages.assetMissing(describeAsset(r.asset), `assets/${id}.${extensionFor(r.asset.mime)}`, `/assets/${r.index}`)));
    }
  }
  if (missing.length) refuse(...missing.slice(0, MAX_REPORTED));
  const unused = [...assetEntries.keys()].filter((id) => !refs.has(id)).length;
  if (unused) problems.push(messages.unusedAssets(unused));

  // 7. The assets, in the order they sit in the file: hashed, sniffed and measured while they stream.
  const assets = new Map<string, Blob>();
  const todo = [...refs.keys()].map((id) => [id, assetEntries.get(id)!] as const).sort((a, b) => a[1].localOffset - b[1].localOffset);
  for (const [id, entry] of todo) {
    signal?.throwIfAborted();
    const list = refs.get(id)!;
    const first = list[0]!;
    const hasher = factory();
    let sniffed: SniffedMedia | null | undefined;
    const headParts: Uint8Array[] = [];
    let headLen = 0;
    let probeNeed = SNIFF_BYTES;
    let dims: { width: number; height: number } | null = null;
    const head = () => {
      if (headParts.length > 1) {
        const all = new Uint8Array(headLen);
        let o = 0;
        for (const p of headParts) {
          all.set(p, o);
          o += p.length;
        }
        headParts.length = 0;
        headParts.push(all);
      }
      return headParts[0] ?? new Uint8Array(0);
    };
    /** Checks the bytes' real type against every story's description of them. */
    const checkType = (m: SniffedMedia | null): PackageProblem | null => {
      for (const r of list) {
        const what = describeAsset(r.asset);
        const path = `/assets/${r.index}`;
        if (!m) {
          const declared = `a ${extensionFor(r.asset.mime).toUpperCase()} ${r.asset.kind === 'image' ? 'picture' : 'sound'}`;
          return tagRef(r, messages.assetUnrecognised(what, entry.name, declared, path));
        }
        if (m.kind !== r.asset.kind) {
          return tagRef(r, messages.assetKindMismatch(what, entry.name, `a ${m.kind === 'image' ? 'picture' : 'sound'} (${m.label})`, path));
        }
        if (m.kind === 'image' && !SHOWABLE_IMAGES.has(m.mime)) return tagRef(r, messages.imageUnsupported(what, m.label, entry.name, path));
      }
      return null;
    };
    const checkPixels = (final: boolean): PackageProblem | null => {
      const probe = probeImage(head());
      const what = describeAsset(first.asset);
      if (probe.status === 'more' && !final && probe.need <= MAX_IMAGE_HEADER) {
        probeNeed = probe.need;
        return null;
      }
      if (probe.status !== 'ok') return tagRef(first, messages.imageUnreadable(what, entry.name, `/assets/${first.index}`));
      const { width, height } = probe;
      if (width > limits.maxImageSide || height > limits.maxImageSide || width * height > limits.maxImagePixels) {
        return tagRef(first, messages.imageTooBig(what, width, height, limits, entry.name, `/assets/${first.index}`));
      }
      dims = { width, height };
      headParts.length = 0;
      return null;
    };
    const writer = await store.begin({ id, entry: entry.name, mime: first.asset.mime });
    let size: number;
    try {
      size = await pump(
        entry,
        async (chunk) => {
          hasher.update(chunk);
          if (sniffed === undefined || (sniffed?.kind === 'image' && !dims)) {
            headParts.push(chunk.slice(0, Math.max(0, MAX_IMAGE_HEADER - headLen)));
            headLen += Math.min(chunk.length, Math.max(0, MAX_IMAGE_HEADER - headLen));
            if (headLen >= probeNeed) {
              if (sniffed === undefined) {
                sniffed = sniffMedia(head());
                const p = checkType(sniffed);
                if (p) return p;
              }
              if (sniffed?.kind === 'image' && !dims) {
                const p = checkPixels(headLen >= MAX_IMAGE_HEADER);
                if (p) return p;
              }
            }
          }
          await writer.write(chunk);
          return null;
        },
        Infinity,
        () => messages.tooBig(stats.bytesInflated, limits),
      );
      if (sniffed === undefined) {
        sniffed = sniffMedia(head());
        const p = checkType(sniffed);
        if (p) refuse(p);
      }
      if (sniffed?.kind === 'image' && !dims) {
        const p = checkPixels(true);
        if (p) refuse(p);
      }
      if (hasher.digestHex() !== id) refuse(tagRef(first, messages.assetHashMismatch(describeAsset(first.asset), entry.name, `/assets/${first.index}`)));
    } catch (e) {
      await writer.abort();
      throw e;
    }
    // Facts from the bytes win over what the story said; each correction is reported.
    const real = sniffed!;
    for (const r of list) {
      const a = r.asset;
      const what = describeAsset(a);
      const path = `/assets/${r.index}`;
      if (!sameFormat(a.mime, real.mime)) {
        problems.push(tagRef(r, messages.mimeFixed(what, a.mime, real.mime, `${path}/mime`)));
        a.mime = real.mime;
      }
      if (a.bytes !== size) {
        problems.push(tagRef(r, messages.sizeFixed(what, a.bytes, size, `${path}/bytes`)));
        a.bytes = size;
      }
      const d = dims as { width: number; height: number } | null;
      if (a.kind === 'image' && d && (a.width !== d.width || a.height !== d.height)) {
        problems.push(tagRef(r, messages.pixelsFixed(what, a.width, a.height, d.width, d.height, path)));
        a.width = d.width;
        a.height = d.height;
      }
    }
    assets.set(id, await writer.finish(first.asset.mime));
  }
  return { ok: true, stories, assets, manifest, problems, stats };
}
