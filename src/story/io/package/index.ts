/**
 * Story packages (.storyscape) and backups: zip files of story JSON plus media named by sha-256.
 * Environment-neutral (Node and the browser): Web streams, Uint8Array and Blob only.
 */
export { writePackage, writeBackup, streamToBlob, streamToBytes, type AssetBytes, type GetAssetBytes, type WritePackageOptions } from './write.ts';
export {
  readPackage,
  readBackup,
  memoryAssetStore,
  type AssetStore,
  type AssetWriter,
  type ReadPackageOptions,
  type ReadPackageResult,
  type ReadBackupResult,
  type ReadStats,
} from './read.ts';
export { PackageError, type PackageProblem } from './messages.ts';
export { DEFAULT_LIMITS, type PackageLimits } from './limits.ts';
export { PACKAGE_FORMAT, BACKUP_FORMAT, PACKAGE_FORMAT_VERSION, PackageManifest, BackupManifest } from './manifest.ts';
export { sniffMime, sniffMedia, normalizeMime, sameFormat, extensionFor, type SniffedMedia, type MediaKind } from './sniff.ts';
export { imageDimensions, probeImage, type ImageSize } from './image-size.ts';
export type { PackageSource } from './source.ts';
export { assetPath } from './sniff.ts';
