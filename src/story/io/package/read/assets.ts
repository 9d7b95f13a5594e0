import { concatBytes } from '../bytes.ts';
import { probeImage } from '../image-size.ts';
import { MiB } from '../limits.ts';
import { assetWords, messages, packagePhrase, type PackageProblem } from '../messages.ts';
import { asVideo, extensionFor, sameFormat, SHOWABLE_IMAGES, SNIFF_BYTES, sniffMedia, type SniffedMedia } from '../sniff.ts';
import type { ZipEntry } from '../zip.ts';
import type { Contents } from './contents.ts';
import type { EntryReader } from './entries.ts';
import type { AssetRefs, Ref } from './refs.ts';
import { refuse, type ReadRun } from './run.ts';
import { VideoCheck } from './video-check.ts';

/** How far into a picture its size must be found. */
const MAX_IMAGE_HEADER = 4 * MiB;

type Size = { width: number; height: number };

/**
 * Stage 7: the assets, in the order they sit in the file: hashed, sniffed and measured while they
 * stream. Facts from the bytes win over what the stories said; each correction is reported.
 */
export async function readAssets(reader: EntryReader, contents: Contents, refs: AssetRefs, run: ReadRun): Promise<Map<string, Blob>> {
  const assets = new Map<string, Blob>();
  const todo = [...refs.byId.keys()].map((id) => [id, contents.assets.get(id)!] as const).sort((a, b) => a[1].localOffset - b[1].localOffset);
  for (const [id, entry] of todo) {
    run.signal?.throwIfAborted();
    const list = refs.byId.get(id)!;
    const { blob, size, real, dims } = await readAsset(reader, id, entry, list, refs.tag, run);
    for (const r of list) correct(r, real, size, dims, refs.tag, run.problems);
    assets.set(id, await blob());
  }
  return assets;
}

/** The first bytes of an asset, kept while they stream in (to tell its type and picture size). */
class Head {
  private parts: Uint8Array[] = [];
  length = 0;

  add(chunk: Uint8Array): void {
    const room = Math.max(0, MAX_IMAGE_HEADER - this.length);
    this.parts.push(chunk.slice(0, room));
    this.length += Math.min(chunk.length, room);
  }

  bytes(): Uint8Array {
    if (this.parts.length > 1) this.parts = [concatBytes(this.parts, this.length)];
    return this.parts[0] ?? new Uint8Array(0);
  }

  drop(): void {
    this.parts.length = 0;
  }
}

async function readAsset(reader: EntryReader, id: string, entry: ZipEntry, list: readonly Ref[], tag: AssetRefs['tag'], run: ReadRun) {
  const { limits, stats } = run;
  const first = list[0]!;
  const hasher = run.sha256();
  const head = new Head();
  let sniffed: SniffedMedia | null | undefined;
  let probeNeed = SNIFF_BYTES;
  let dims: Size | null = null;
  const videoRef = list.find((r) => r.asset.kind === 'video');
  let video: VideoCheck | null = null;

  /** Checks the bytes' real type against every story's description of them. */
  const checkType = (m: SniffedMedia | null): PackageProblem | null => {
    for (const r of list) {
      const what = assetWords(r.asset);
      const path = `/assets/${r.index}`;
      if (r.asset.kind === 'video') {
        if (asVideo(m)) continue;
        return tag(r, messages.videoNotVideo(what, entry.name, path));
      }
      if (!m) {
        const declared = packagePhrase(r.asset.kind === 'image' ? 'package.declared.image' : 'package.declared.audio', { format: extensionFor(r.asset.mime).toUpperCase() });
        return tag(r, messages.assetUnrecognised(what, entry.name, declared, path));
      }
      if (m.kind !== r.asset.kind) {
        const actual = packagePhrase(m.kind === 'image' ? 'package.actual.image' : 'package.actual.audio', { label: m.label });
        return tag(r, messages.assetKindMismatch(what, entry.name, actual, path));
      }
      if (m.kind === 'image' && !SHOWABLE_IMAGES.has(m.mime)) return tag(r, messages.imageUnsupported(what, m.label, entry.name, path));
    }
    return null;
  };
  const checkPixels = (final: boolean): PackageProblem | null => {
    const probe = probeImage(head.bytes());
    const what = assetWords(first.asset);
    if (probe.status === 'more' && !final && probe.need <= MAX_IMAGE_HEADER) {
      probeNeed = probe.need;
      return null;
    }
    if (probe.status !== 'ok') return tag(first, messages.imageUnreadable(what, entry.name, `/assets/${first.index}`));
    const { width, height } = probe;
    if (width > limits.maxImageSide || height > limits.maxImageSide || width * height > limits.maxImagePixels) {
      return tag(first, messages.imageTooBig(what, width, height, limits, entry.name, `/assets/${first.index}`));
    }
    dims = { width, height };
    head.drop();
    return null;
  };

  const writer = await run.store.begin({ id, entry: entry.name, mime: first.asset.mime });
  let size: number;
  try {
    size = await reader.pump(
      entry,
      async (chunk) => {
        hasher.update(chunk);
        if (video) {
          const p = video.feed(chunk);
          if (p) return p;
        } else if (sniffed === undefined || (sniffed?.kind === 'image' && !dims)) {
          head.add(chunk);
          if (head.length >= probeNeed) {
            if (sniffed === undefined) {
              sniffed = sniffMedia(head.bytes());
              const p = checkType(sniffed);
              if (p) return p;
              if (videoRef) {
                // Its tracks, from its first byte on (the head holds every byte so far).
                video = new VideoCheck(sniffed, videoRef, entry.name, tag);
                const v = video.feed(head.bytes());
                head.drop();
                if (v) return v;
              }
              if (first.asset.kind === 'video') sniffed = asVideo(sniffed) ?? sniffed;
            }
            if (sniffed?.kind === 'image' && !dims) {
              const p = checkPixels(head.length >= MAX_IMAGE_HEADER);
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
      sniffed = sniffMedia(head.bytes());
      const p = checkType(sniffed);
      if (p) refuse(p);
      if (videoRef) video = new VideoCheck(sniffed, videoRef, entry.name, tag);
      const v = video?.feed(head.bytes());
      if (v) refuse(v);
      if (first.asset.kind === 'video') sniffed = asVideo(sniffed) ?? sniffed;
    }
    if (sniffed?.kind === 'image' && !dims) {
      const p = checkPixels(true);
      if (p) refuse(p);
    }
    const v = video?.verdict(true);
    if (v) refuse(v);
    if (hasher.digestHex() !== id) refuse(tag(first, messages.assetHashMismatch(assetWords(first.asset), entry.name, `/assets/${first.index}`)));
  } catch (e) {
    await writer.abort();
    throw e;
  }
  return { blob: () => writer.finish(first.asset.mime), size, real: sniffed!, dims: dims as Size | null };
}

/** Puts the facts from the bytes into one story's entry for the asset, reporting each change. */
function correct(r: Ref, real: SniffedMedia, size: number, dims: Size | null, tag: AssetRefs['tag'], problems: PackageProblem[]): void {
  const a = r.asset;
  const what = assetWords(a);
  const path = `/assets/${r.index}`;
  if (!sameFormat(a.mime, real.mime)) {
    problems.push(tag(r, messages.mimeFixed(what, a.mime, real.mime, `${path}/mime`)));
    a.mime = real.mime;
  }
  if (a.bytes !== size) {
    problems.push(tag(r, messages.sizeFixed(what, a.bytes, size, `${path}/bytes`)));
    a.bytes = size;
  }
  if (a.kind === 'image' && dims && (a.width !== dims.width || a.height !== dims.height)) {
    problems.push(tag(r, messages.pixelsFixed(what, a.width, a.height, dims.width, dims.height, path)));
    a.width = dims.width;
    a.height = dims.height;
  }
}
