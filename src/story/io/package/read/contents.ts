import { messages, packagePhrase, type PackageProblem } from '../messages.ts';
import { belongsToOther, classifyEntry } from '../names.ts';
import type { ZipEntry } from '../zip.ts';
import { MAX_REPORTED, refuse, type ReadRun } from './run.ts';

/** The files of an archive by what they are. */
export interface Contents {
  manifest: ZipEntry | null;
  stories: Array<{ entry: ZipEntry; storyId: string | null }>;
  /** By asset id (the sha-256 in the file name). */
  assets: Map<string, ZipEntry>;
}

/** Stage 2: names, before anything is unpacked. Refuses unsafe, unexpected or repeated names. */
export function sortEntries(entries: readonly ZipEntry[], run: ReadRun): Contents {
  const { layout } = run;
  const unsafe: PackageProblem[] = [];
  const unexpected: PackageProblem[] = [];
  const inFolder: PackageProblem[] = [];
  const duplicates: PackageProblem[] = [];
  const junk: string[] = [];
  const contents: Contents = { manifest: null, stories: [], assets: new Map() };
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
        contents.manifest = e;
        break;
      case 'story':
        contents.stories.push({ entry: e, storyId: c.storyId });
        break;
      case 'asset':
        if (contents.assets.has(c.id)) duplicates.push(messages.duplicate(e.name));
        else contents.assets.set(c.id, e);
        break;
      case 'unexpected':
        (c.storyInFolder ? inFolder : unexpected).push(
          c.storyInFolder ? messages.storyInFolder(e.name) : messages.unexpectedName(e.name, layout),
        );
        break;
    }
  }
  if (unsafe.length) refuse(...unsafe.slice(0, MAX_REPORTED));
  if (otherLayout && contents.stories.length === 0) refuse(messages.wrongArchive(layout));
  if (inFolder.length) refuse(inFolder[0]!);
  if (unexpected.length || duplicates.length) refuse(...unexpected.slice(0, MAX_REPORTED), ...duplicates.slice(0, MAX_REPORTED));
  if (contents.stories.length === 0) refuse(layout === 'package' ? messages.storyMissing() : messages.noStories());
  if (junk.length) run.problems.push(messages.ignored(junk));
  return contents;
}

/**
 * Stage 3: what the table of contents declares, before unpacking: locks, methods, sizes, ratios.
 * JSON files have their own hard size limits; the ratio check is for media (bounded only by the
 * total), since a valid story can shrink 200:1 (e.g. repeated captions) and still be harmless.
 */
export function checkDeclared(contents: Contents, isAsset: (e: ZipEntry) => boolean, run: ReadRun): void {
  const { limits } = run;
  const toRead = [...(contents.manifest ? [contents.manifest] : []), ...contents.stories.map((s) => s.entry), ...contents.assets.values()];
  let declared = 0;
  for (const e of toRead) {
    if (e.flags & 0x41) refuse(messages.encrypted(e.name));
    if (e.method !== 0 && e.method !== 8) refuse(messages.compression(e.name, e.method));
    if (e.method === 0 && e.size !== e.compressedSize) refuse(messages.entryDamaged(e.name, packagePhrase('package.detail.sizes-differ')));
    if (isAsset(e) && e.size > limits.ratioFloorBytes && e.size > limits.maxRatio * e.compressedSize) refuse(messages.zipBomb(e.name, limits));
    declared += e.size;
  }
  if (declared > limits.maxTotalBytes) refuse(messages.tooBig(declared, limits));
}
