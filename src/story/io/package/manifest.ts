import { z } from 'zod';
import { AssetId, Id, LocalizedText } from '../../schema/common.ts';

/**
 * manifest.json: what a package holds, written last (when every file has been measured and
 * hashed). Readers use it to tell a package from a backup and a newer format from this one; the
 * story document stays the authority on its assets.
 */
export const PACKAGE_FORMAT = 'storyscape-package';
export const BACKUP_FORMAT = 'storyscape-backup';
/** Bump when the layout of the zip changes (not the story's schemaVersion). */
export const PACKAGE_FORMAT_VERSION = 1;

export const ManifestAsset = z.object({
  path: z.string().max(200),
  sha256: AssetId,
  bytes: z.number().int().nonnegative(),
  mime: z.string().max(100),
  kind: z.enum(['image', 'audio', 'video']).optional(),
});
export type ManifestAsset = z.infer<typeof ManifestAsset>;

export const ManifestStory = z.object({
  id: Id,
  path: z.string().max(200),
  sha256: AssetId.describe('sha-256 of the story JSON file'),
  bytes: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative(),
  title: LocalizedText.optional(),
});
export type ManifestStory = z.infer<typeof ManifestStory>;

const common = {
  formatVersion: z.number().int().positive(),
  app: z.object({ name: z.string().max(100), version: z.string().max(100) }),
  created: z.string().max(40).describe('ISO 8601 date and time'),
  assets: z.array(ManifestAsset).max(100_000),
};

export const PackageManifest = z.object({
  format: z.literal(PACKAGE_FORMAT),
  ...common,
  schemaVersion: z.number().int().nonnegative(),
  story: ManifestStory,
});
export type PackageManifest = z.infer<typeof PackageManifest>;

export const BackupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  ...common,
  stories: z.array(ManifestStory).max(10_000),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

/** Just enough of any manifest to tell what it is. */
export const ManifestHead = z.object({ format: z.string(), formatVersion: z.number() });
