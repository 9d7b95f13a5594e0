import { concatBytes } from '../bytes.ts';
import { Crc32 } from '../crc32.ts';
import { messages, packagePhrase, type PackageProblem } from '../messages.ts';
import type { ByteSource } from '../source.ts';
import { inflateEntry, locateData, type Stop, type ZipEntry } from '../zip.ts';
import { refuse, type ReadRun } from './run.ts';

/** Takes one chunk of an entry's bytes; a problem stops the reading (and refuses the archive). */
export type ChunkHandler = (chunk: Uint8Array) => PackageProblem | null | Promise<PackageProblem | null>;

/**
 * Unpacks the entries of one zip, each through the same checks as it streams: it stays inside its
 * own bytes, within its size and the archive's total, and (media) within the zip-bomb ratio.
 */
export class EntryReader {
  /** Where each entry's bytes must end: where the next entry starts. */
  private readonly limitOf = new Map<ZipEntry, number>();

  constructor(
    private readonly src: ByteSource,
    entries: readonly ZipEntry[],
    directoryOffset: number,
    private readonly isAsset: (e: ZipEntry) => boolean,
    private readonly run: ReadRun,
  ) {
    const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset || a.index - b.index);
    byOffset.forEach((e, i) => this.limitOf.set(e, byOffset[i + 1]?.localOffset ?? directoryOffset));
  }

  /** Streams one entry through the shared checks; `data` may stop it with a problem. Returns its size. */
  async pump(e: ZipEntry, data: ChunkHandler, maxBytes: number, tooBigProblem: () => PackageProblem): Promise<number> {
    const { limits, stats, signal } = this.run;
    const where = await locateData(this.src, e, this.limitOf.get(e)!);
    if (!where.ok) refuse(where.reason === 'overlap' ? messages.overlapping() : messages.damaged(where.detail, e.name));
    const { start, end } = where as { start: number; end: number };
    const before = stats.bytesInflated;
    const isAsset = this.isAsset(e);
    let out = 0;
    let problem: PackageProblem | null = null;
    const stop = await inflateEntry(this.src, e, start, end, {
      signal,
      check(packedIn, unpacked): Stop | null {
        out = unpacked;
        stats.bytesInflated = before + unpacked;
        if (isAsset && unpacked > limits.ratioFloorBytes && unpacked > limits.maxRatio * packedIn) return { stop: 'bomb' };
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
          return refuse(messages.entryDamaged(e.name, packagePhrase('package.detail.longer')));
        case 'truncated':
          return refuse(messages.damaged(packagePhrase('package.detail.ends-early'), e.name));
        default:
          return refuse(messages.entryDamaged(e.name, packagePhrase('package.detail.cannot-unpack')));
      }
    }
    if (out !== e.size) refuse(messages.entryDamaged(e.name, packagePhrase('package.detail.shorter')));
    return out;
  }

  /** A JSON file, whole, CRC-checked. */
  async readSmall(e: ZipEntry, maxBytes: number, tooBigProblem: () => PackageProblem): Promise<Uint8Array> {
    if (e.size > maxBytes) refuse(tooBigProblem());
    const parts: Uint8Array[] = [];
    const crc = new Crc32();
    const n = await this.pump(
      e,
      (c) => {
        parts.push(c);
        crc.update(c);
        return null;
      },
      maxBytes,
      tooBigProblem,
    );
    if (crc.value() !== e.crc) refuse(messages.entryDamaged(e.name, packagePhrase('package.detail.checksum')));
    return concatBytes(parts, n);
  }
}
