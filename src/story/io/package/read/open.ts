import { MiB } from '../limits.ts';
import { messages } from '../messages.ts';
import { openSource, type ByteSource, type PackageSource } from '../source.ts';
import { readDirectory, type ZipEntry } from '../zip.ts';
import { refuse, type ReadRun } from './run.ts';

/** Stage 1: the bytes, and the zip's table of contents. */
export async function openArchive(input: PackageSource, run: ReadRun): Promise<{ src: ByteSource; entries: ZipEntry[]; directoryOffset: number }> {
  const { limits, layout, signal } = run;
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
  run.stats.entries = dir.entries.length;
  return { src, entries: dir.entries, directoryOffset: dir.directoryOffset };
}
