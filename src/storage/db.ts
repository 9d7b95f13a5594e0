import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Story } from '../story/schema/story.ts';
import type { StoryListing } from './repository.ts';
import { StorageError, toStorageError } from './errors.ts';
import type { Storable } from './stored-bytes.ts';

/**
 * The editor's IndexedDB database. One database, four stores:
 * - `stories`:   the library card of each story (small: listing never reads documents)
 * - `documents`: the story document itself, one record per story id
 * - `blobs`:     asset bytes by sha-256 (content-addressed: stored once, shared between stories)
 * - `thumbs`:    small preview pictures made from image blobs (a cache: may be deleted any time)
 * Bump DB_VERSION together with a new step in `upgrade`; never change an old step.
 */
export const DB_NAME = 'storyscape';
export const DB_VERSION = 1;
export const STORES = { stories: 'stories', documents: 'documents', blobs: 'blobs', thumbs: 'thumbs' } as const;

export interface DocumentRecord {
  id: string;
  doc: Story;
}

export interface BlobRecord {
  hash: string;
  /** A Blob, or its bytes where the browser cannot store Blobs (stored-bytes.ts). */
  blob: Storable;
  mime: string;
  bytes: number;
  addedAt: string;
}

export interface ThumbRecord {
  hash: string;
  blob: Storable;
}

export interface StoryscapeDB extends DBSchema {
  stories: { key: string; value: StoryListing };
  documents: { key: string; value: DocumentRecord };
  blobs: { key: string; value: BlobRecord };
  thumbs: { key: string; value: ThumbRecord };
}

export type Db = IDBPDatabase<StoryscapeDB>;

/** Opens (and creates or upgrades) the database. Fails with a StorageError in words. */
export async function openStoryscapeDb(name = DB_NAME): Promise<Db> {
  if (typeof indexedDB === 'undefined') throw new StorageError('unavailable');
  try {
    return await openDB<StoryscapeDB>(name, DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('stories', { keyPath: 'id' });
          db.createObjectStore('documents', { keyPath: 'id' });
          db.createObjectStore('blobs', { keyPath: 'hash' });
          db.createObjectStore('thumbs', { keyPath: 'hash' });
        }
      },
      blocking() {
        // A newer version of the app wants to upgrade the database in another tab: let it.
      },
    });
  } catch (e) {
    const err = toStorageError(e);
    throw err.kind === 'failed' ? new StorageError('unavailable', { cause: e }) : err;
  }
}
