import { BACKUP_FORMAT, BackupManifest, ManifestHead, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, PackageManifest } from '../manifest.ts';
import { messages, packagePhrase } from '../messages.ts';
import type { ZipEntry } from '../zip.ts';
import type { EntryReader } from './entries.ts';
import { refuse, type ReadRun } from './run.ts';

/** Stage 4: the manifest (optional; the story document is the authority). */
export async function readManifest(reader: EntryReader, entry: ZipEntry | null, run: ReadRun): Promise<PackageManifest | BackupManifest | null> {
  const { layout, limits, problems } = run;
  if (!entry) {
    problems.push(messages.manifestMissing());
    return null;
  }
  const bytes = await reader.readSmall(entry, limits.maxManifestBytes, () => messages.manifestTooBig(limits));
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    problems.push(messages.manifestUnreadable(packagePhrase('package.detail.not-json')));
    return null;
  }
  const head = ManifestHead.safeParse(raw);
  const own = layout === 'package' ? PACKAGE_FORMAT : BACKUP_FORMAT;
  const other = layout === 'package' ? BACKUP_FORMAT : PACKAGE_FORMAT;
  if (!head.success) problems.push(messages.manifestUnreadable(packagePhrase('package.detail.not-a-manifest')));
  else if (head.data.format === other) refuse(messages.wrongArchive(layout));
  else if (head.data.format !== own) refuse(messages.unknownFormat(head.data.format));
  else if (head.data.formatVersion > PACKAGE_FORMAT_VERSION) refuse(messages.futureFormat(layout, head.data.formatVersion, PACKAGE_FORMAT_VERSION));
  else {
    const full = (layout === 'package' ? PackageManifest : BackupManifest).safeParse(raw);
    if (full.success) return full.data;
    problems.push(messages.manifestUnreadable(packagePhrase('package.detail.manifest-fields')));
  }
  return null;
}
