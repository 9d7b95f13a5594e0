import type { ConsentUse } from '../../live/service-api.ts';

/**
 * What a library service (#17) keeps beside rooms and stories, in the same store so that several
 * hub processes share it: failed tries (rate limits), who is connected to which process (live
 * presence), settings (the admin passphrase hash, retention), the admin's log-ins, the collection
 * (stories kept beyond a session, with consent) and the retention job's log.
 */
export interface LiveConnection {
  id: string;
  /** The hub process holding the socket (see ServiceStore.heartbeat). */
  processId: string;
  roomId: string;
  deviceId: string | null;
  at: string;
}

export interface AdminSession {
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
}

/** Consent recorded with a story: who gave it, when, and for what use. */
export interface Consent {
  /** Who consented, in the words of the form ("Amira (the author) and her father"). */
  by: string;
  /** The day it was given (YYYY-MM-DD). */
  at: string;
  uses: ConsentUse[];
  note: string;
}

export interface CollectionEntry {
  storyId: string;
  title: string;
  place: string;
  /** BCP 47, e.g. "en", "nb". */
  language: string;
  consent: Consent;
  addedAt: string;
  addedBy: string;
  updatedAt: string;
}

export interface RetentionRun {
  id: string;
  startedAt: string;
  finishedAt: string;
  trigger: 'timer' | 'admin';
  /** The retention period in force (days). */
  days: number;
  rooms: number;
  stories: number;
  media: number;
  bytes: number;
  /** What was done, a line per room, for the log on the admin page. */
  details: string[];
  error: string | null;
}

export interface ServiceStore {
  // Rate limits: failed tries per key (an address and what was tried).
  addTry(key: string, at: string): Promise<void>;
  /** The times of the key's failed tries since `since`, oldest first. */
  triesSince(key: string, since: string): Promise<string[]>;
  clearTries(key: string): Promise<void>;
  pruneTries(before: string): Promise<void>;

  // Live presence across processes.
  addConnection(connection: LiveConnection): Promise<void>;
  removeConnection(id: string): Promise<void>;
  /** A process says it is alive (every few seconds). */
  heartbeat(processId: string, at: string): Promise<void>;
  /** Devices of the room with a socket on a process heard from since `aliveSince`. */
  onlineDevices(roomId: string, aliveSince: string): Promise<Set<string>>;
  /** Forgets processes not heard from since `before` (killed ones), with their connections. */
  forgetProcesses(before: string): Promise<void>;

  // Settings shared by every process.
  setting(key: string): Promise<string | null>;
  setSetting(key: string, value: string | null): Promise<void>;

  // The service admin's log-ins.
  addAdminSession(session: AdminSession): Promise<void>;
  adminSession(tokenHash: string): Promise<AdminSession | null>;
  deleteAdminSession(tokenHash: string): Promise<void>;
  deleteAdminSessions(): Promise<void>;

  // Rooms, as a service sees them.
  /** A kept room's photos and sounds are never deleted by retention. */
  setRoomKeep(roomId: string, keep: boolean): Promise<void>;
  markRoomPurged(roomId: string, at: string): Promise<void>;

  // The collection.
  /** Adds the entry, or replaces the one of the same story. */
  putCollectionEntry(entry: CollectionEntry): Promise<void>;
  collectionEntry(storyId: string): Promise<CollectionEntry | null>;
  /** Newest first. */
  collection(): Promise<CollectionEntry[]>;
  removeCollectionEntry(storyId: string): Promise<boolean>;

  // Retention.
  addRetentionRun(run: RetentionRun): Promise<void>;
  /** Newest first. */
  retentionRuns(limit: number): Promise<RetentionRun[]>;
  /** Takes a job's lease until `until` when nobody holds one (or it ran out); false otherwise. */
  claimJob(name: string, holder: string, now: string, until: string): Promise<boolean>;
  releaseJob(name: string, holder: string): Promise<void>;
}
