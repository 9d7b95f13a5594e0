import type { Story } from '../../../schema/story.ts';
import type { Sha256Factory } from '../../../hash.ts';
import type { PackageLimits } from '../limits.ts';
import type { BackupManifest, PackageManifest } from '../manifest.ts';
import type { PackageProblem } from '../messages.ts';
import type { ArchiveLayout } from '../names.ts';

/** What the stages of reading a package (read.ts, the files beside this one) share. */

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

export interface ReadStats {
  /** Files in the zip. */
  entries: number;
  /** Bytes unpacked (inflated), in total, including any refused file up to where it was refused. */
  bytesInflated: number;
}

/** What reading found: a package has one story, a backup many. */
export type Core =
  | { ok: true; stories: Story[]; assets: Map<string, Blob>; manifest: PackageManifest | BackupManifest | null; problems: PackageProblem[]; stats: ReadStats }
  | { ok: false; problems: PackageProblem[]; stats: ReadStats };

/** One reading of one archive. */
export interface ReadRun {
  readonly layout: ArchiveLayout;
  readonly limits: PackageLimits;
  readonly signal: AbortSignal | undefined;
  readonly sha256: Sha256Factory;
  readonly store: AssetStore;
  readonly stats: ReadStats;
  /** Notes and fixes that do not stop reading. */
  readonly problems: PackageProblem[];
}

/** At most this many problems of one kind are reported (a broken zip can have thousands). */
export const MAX_REPORTED = 20;

/** Thrown by a stage that refuses the archive; `problems` says why. */
export class Refused {
  constructor(readonly problems: PackageProblem[]) {}
}

export const refuse = (...ps: PackageProblem[]): never => {
  throw new Refused(ps);
};
