/**
 * How much this site stores, and whether the browser promised to keep it ("persistent storage").
 * Without that promise a browser may clear the site's data when the disk is nearly full.
 */
export interface StorageStatus {
  /** Bytes used by this site (all of it: stories, media, caches), when the browser says. */
  usage: number | null;
  /** Bytes the browser would let this site use, when it says. */
  quota: number | null;
  /** True: the browser keeps our data until the user clears it. null: the browser cannot tell. */
  persisted: boolean | null;
}

export async function storageStatus(): Promise<StorageStatus> {
  const sm = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const [estimate, persisted] = await Promise.all([
    sm?.estimate ? sm.estimate().catch(() => null) : null,
    sm?.persisted ? sm.persisted().catch(() => null) : null,
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

/**
 * Asks the browser to keep our data. 'granted' | 'refused' | 'unsupported'. Browsers decide by
 * themselves (Chrome: bookmarked or often-used sites; Firefox asks the person; Safari: installed apps).
 */
export async function requestPersistence(): Promise<'granted' | 'refused' | 'unsupported'> {
  const sm = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!sm?.persist) return 'unsupported';
  try {
    return (await sm.persist()) ? 'granted' : 'refused';
  } catch {
    return 'refused';
  }
}

/** "12 MB", "1.4 GB", "800 KB": sizes for people, in a language (the model's own formatting). */
export { formatSize as formatBytes } from '../story/phrase.ts';
