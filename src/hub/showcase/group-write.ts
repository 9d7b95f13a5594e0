/**
 * Group commit: values handed in while a write is on its way go out together in the next one, the
 * latest value per key winning. `put` resolves when the write holding its value is done (or rejects
 * with that write's error). The first value of a quiet moment is written at once, on the next turn of
 * the event loop, so nothing waits for a timer.
 */
export function groupWrite<K, V>(write: (batch: Map<K, V>) => Promise<void>): (key: K, value: V) => Promise<void> {
  let next: { batch: Map<K, V>; done: Promise<void> } | null = null;
  let writing: Promise<void> = Promise.resolve();
  return (key, value) => {
    if (!next) {
      const batch = new Map<K, V>();
      const done = writing.then(
        () => new Promise<void>((r) => setImmediate(r)),
        () => new Promise<void>((r) => setImmediate(r)),
      ).then(() => {
        if (next?.batch === batch) next = null;
        return write(batch);
      });
      writing = done;
      next = { batch, done };
    }
    next.batch.set(key, value);
    return next.done;
  };
}
