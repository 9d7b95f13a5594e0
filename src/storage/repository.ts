import type { Story } from '../story/schema/story.ts';
import type { LocalizedText } from '../story/schema/common.ts';
import type { Problem } from '../story/problems.ts';
import type { StoryListing } from './db.ts';
import { StorageError } from './errors.ts';

export type { StoryListing } from './db.ts';

/** A story read back from storage: migrated and validated like any loaded file. */
export interface StoredStory {
  listing: StoryListing;
  story: Story;
  /** Notes from loading (migrations, repairs); empty for a story saved by this version. */
  problems: Problem[];
}

/** A saved story that cannot be read as a story any more. Nothing is deleted: it can be exported raw. */
export class BrokenStoryError extends StorageError {
  constructor(
    readonly listing: StoryListing,
    readonly problems: Problem[],
    readonly raw: unknown,
  ) {
    super('broken', { detail: problems.map((p) => p.message).join(' ') });
  }
}

export interface SaveOptions {
  /**
   * Asset blobs by sha-256, written in the same transaction as the document (each one only when it
   * is not stored yet). Keys MUST be the sha-256 of the bytes (see hashBlob).
   */
  assets?: Iterable<readonly [string, Blob]>;
}

/**
 * Where the editor keeps stories. Every write is ONE IndexedDB transaction: it happens completely or
 * not at all. Failures are StorageErrors (kind 'quota' when the disk or quota is full).
 */
export interface StoryRepository {
  /** Every story's card, newest change first (stories in the bin included: see `deletedAt`). */
  list(): Promise<StoryListing[]>;
  /** The card alone, or null. */
  getListing(id: string): Promise<StoryListing | null>;
  /** The story, or null when there is none. Throws BrokenStoryError when it cannot be read. */
  get(id: string): Promise<StoredStory | null>;
  /** Creates or replaces the story's document (and stores any new assets) in one transaction. */
  save(story: Story, options?: SaveOptions): Promise<StoryListing>;
  /** Sets the story's title in a language (its default language when not given). */
  rename(id: string, title: string, language?: string): Promise<StoryListing>;
  /** A copy with a new id; asset blobs are shared, not copied. */
  duplicate(id: string, options?: { title?: LocalizedText }): Promise<StoryListing>;
  moveToBin(id: string): Promise<StoryListing>;
  restore(id: string): Promise<StoryListing>;
  /** Deletes the story for good, then every blob no remaining story mentions. */
  purge(id: string): Promise<{ blobsDeleted: number }>;
  /** Records a successful export (for "export your work" reminders). */
  markExported(id: string, at?: Date): Promise<StoryListing>;
  getAsset(hash: string): Promise<Blob | null>;
  /** Which of these hashes are stored. */
  hasAssets(hashes: Iterable<string>): Promise<Set<string>>;
  /** Stores blobs without a document (e.g. while importing); they are kept at least `BLOB_GRACE_MS`. */
  putAssets(assets: Iterable<readonly [string, Blob]>): Promise<void>;
  getThumbnail(hash: string): Promise<Blob | null>;
  putThumbnail(hash: string, blob: Blob): Promise<void>;
  /** Bytes of asset blobs stored (what this database holds, not counting documents). */
  assetBytes(): Promise<number>;
  close(): void;
}

/** A blob no story mentions is kept this long before a purge may delete it (imports in progress). */
export const BLOB_GRACE_MS = 24 * 60 * 60 * 1000;
