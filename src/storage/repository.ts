import type { Story } from '../story/schema/story.ts';
import type { LocalizedText } from '../story/schema/common.ts';
import type { Problem } from '../story/problems.ts';
import { StorageError } from './errors.ts';

/** What the library shows about a story, kept beside the document. Times are ISO 8601 strings. */
export interface StoryListing {
  id: string;
  title: LocalizedText;
  language: string;
  sceneCount: number;
  /** Panorama asset id of the start scene (for the card picture), or null. */
  thumbnail: string | null;
  createdAt: string;
  updatedAt: string;
  /** Last time the story was exported as a package (null: never). */
  lastExportedAt: string | null;
  /** Set when the story is in the bin. */
  deletedAt: string | null;
  /** Counts saves; lets readers notice a newer copy. */
  revision: number;
}

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
 * Where the library keeps stories and their media. Every write happens completely or not at all
 * (in IndexedDB: one transaction). Failures are StorageErrors (kind 'quota' when the disk or quota
 * is full; 'not-found' when the story is not there). Stories go in and come out as copies.
 * Implementations: idb-repository.ts (the browser), memory-repository.ts (tests); every one passes
 * the contract suite in tests/unit/storage/story-repository.contract.ts. Screens get theirs from
 * context.ts, plain functions as an argument.
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
  /**
   * Calls `listener` with the story's id after each write ('*' for blobs only), made here or, where
   * the repository is shared (other tabs), elsewhere. Returns the function that stops it.
   */
  onChange(listener: (id: string) => void): () => void;
  close(): void;
}

/** A blob no story mentions is kept this long before a purge may delete it (imports in progress). */
export const BLOB_GRACE_MS = 24 * 60 * 60 * 1000;
