import type { AdminRoom, CollectBody, CollectionEntryInfo, RetentionRunInfo } from '../live/service-api.ts';
import type { AdminClient } from './admin-client.ts';

/** What the admin page shows, read from the hub at once (and again after each change). */
export interface AdminData {
  rooms: AdminRoom[];
  retentionDays: number;
  entries: CollectionEntryInfo[];
  runs: RetentionRunInfo[];
}

/** What the collection form edits: a story's entry, new or changed. */
export interface Editing {
  isNew: boolean;
  initial: CollectBody;
}

/** Runs an admin call: its value, or the hub's "no" in words (a lost log-in goes back to the log-in form). */
export type Attempt = <T>(work: () => Promise<T>) => Promise<{ ok: true; value: T } | { ok: false; error: string }>;
/** What each part of the page (sessions, collection, retention) is handed. */
export interface SectionProps {
  admin: AdminClient;
  data: AdminData;
  attempt: Attempt;
  /** Reads everything from the hub again. */
  reload(): void;
}
