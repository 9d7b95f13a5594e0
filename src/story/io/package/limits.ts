import { MAX_STORY_JSON_BYTES } from '../load.ts';

/** How much a package may hold. Every check runs while reading, before anything is kept. */
export interface PackageLimits {
  /** Everything in the package, unpacked. */
  maxTotalBytes: number;
  /** Files (entries) in the zip. */
  maxEntries: number;
  /** How many times bigger than its packed size one media file may unpack to (zip bombs)... */
  maxRatio: number;
  /** ...once it is bigger than this (small files may shrink a lot, harmlessly). JSON files have hard size limits instead. */
  ratioFloorBytes: number;
  /** story.json (or one story of a backup), unpacked. */
  maxStoryBytes: number;
  /** manifest.json, unpacked. */
  maxManifestBytes: number;
  /** Widest or tallest picture, in pixels. */
  maxImageSide: number;
  /** Most pixels in one picture (width × height). */
  maxImagePixels: number;
  /** The zip's table of contents (its central directory), in bytes. */
  maxDirectoryBytes: number;
}

export const GiB = 1024 * 1024 * 1024;
export const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<PackageLimits> = Object.freeze({
  maxTotalBytes: 2 * GiB,
  maxEntries: 5000,
  maxRatio: 100,
  ratioFloorBytes: 1 * MiB,
  maxStoryBytes: MAX_STORY_JSON_BYTES,
  maxManifestBytes: 8 * MiB,
  maxImageSide: 16384,
  maxImagePixels: 16384 * 8192,
  maxDirectoryBytes: 32 * MiB,
});

export const withDefaults = (limits: Partial<PackageLimits> = {}): PackageLimits => ({ ...DEFAULT_LIMITS, ...limits });
