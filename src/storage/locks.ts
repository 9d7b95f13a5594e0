/**
 * One tab edits a story at a time. The tab that opens a story first holds a Web Lock named after
 * it; a second tab opens it read-only and waits in line for the lock, so it can take over (after
 * reading the latest save) when the first tab closes. Without Web Locks, every tab may edit.
 */
export const lockName = (storyId: string) => `storyscape-story:${storyId}`;

export interface StoryLock {
  /** true: this tab may edit. false: another tab has the story open. */
  readonly editable: boolean;
  /** Lets go of the lock (or stops waiting for it). */
  release(): void;
}

/**
 * Tries to take the story's lock. When another tab has it, resolves at once with editable false,
 * and calls `onAcquired` later if that tab lets go (this tab then holds the lock).
 */
export function lockStory(storyId: string, onAcquired?: () => void): Promise<StoryLock> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return Promise.resolve({ editable: true, release() {} });
  return new Promise<StoryLock>((resolve) => {
    let releaseHeld: (() => void) | null = null;
    let done = false;
    const waitAbort = new AbortController();
    const hold = () =>
      new Promise<void>((r) => {
        releaseHeld = r;
        if (done) r();
      });
    const release = () => {
      done = true;
      waitAbort.abort();
      releaseHeld?.();
    };
    locks
      .request(lockName(storyId), { ifAvailable: true }, async (lock) => {
        if (lock) {
          resolve({ editable: true, release });
          await hold();
          return;
        }
        resolve({ editable: false, release });
        // Wait in line for the other tab to close the story.
        locks
          .request(lockName(storyId), { signal: waitAbort.signal }, async () => {
            if (done) return;
            onAcquired?.();
            await hold();
          })
          .catch(() => undefined);
      })
      .catch(() => resolve({ editable: true, release }));
  });
}

/** Ids of stories some tab is editing now (for the library), or an empty set when unknown. */
export async function storiesOpenElsewhere(): Promise<Set<string>> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks?.query) return new Set();
  try {
    const { held = [] } = await locks.query();
    const prefix = lockName('');
    return new Set(held.map((l) => l.name ?? '').filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length)));
  } catch {
    return new Set();
  }
}
