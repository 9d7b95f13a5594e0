/** Resolves when a performance mark of that name is made (or after `maxMs`). */
export function markSeen(name: string, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, maxMs);
    let observer: PerformanceObserver | null = null;
    function done() {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    }
    if (typeof PerformanceObserver === 'undefined') return done();
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(name).length > 0) done();
    });
    observer.observe({ type: 'mark', buffered: true });
  });
}
