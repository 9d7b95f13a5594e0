/**
 * The first WebGL context of a page costs far more than any later one: the browser sets up the
 * page's connection to the GPU (here, under a software GPU on 2 cores, 250-400 ms against ~15 ms
 * for the next context), and `getContext` holds up the main thread all that time, so the first
 * picture's download could not even hand over its bytes. A throwaway context in a worker pays
 * that price in parallel with the download and decode; the contexts made after it start fast.
 */

/** If the worker has not answered by then, go ahead anyway. */
const WAIT_MS = 1500;

/** Resolves when the GPU connection is warm, or at once where that cannot be done (no workers or OffscreenCanvas). */
export function warmUpGpu(): Promise<void> {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(finish, WAIT_MS);
    let worker: Worker | null = null;
    function finish() {
      clearTimeout(timer);
      worker?.terminate();
      resolve();
    }
    try {
      worker = new Worker(new URL('./gpuWarmup.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = finish;
      worker.onerror = finish;
    } catch {
      finish(); // a browser or policy that refuses the worker: the first context is just slower
    }
  });
}
