/**
 * A request/answer channel to a module worker, started on first use, falling back to doing the
 * job on the page where module workers or OffscreenCanvas are missing, or when the worker fails.
 * `start` must call `new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })` in
 * the caller's own module, so the bundler emits the worker as a file of its own (the hub's and the
 * published sites' Content-Security-Policy allow workers from 'self' only, never blob: URLs).
 */
export function workerClient<Req, Res>(start: () => Worker, onPage: (req: Req) => Promise<Res>): (req: Req) => Promise<Res> {
  let worker: Worker | null | undefined;
  let nextId = 1;
  const waiting = new Map<number, { resolve(r: Res): void; reject(e: Error): void }>();

  const get = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') throw new Error('no workers');
      const w = start();
      w.onmessage = (e: MessageEvent<{ id: number; error?: string } & Record<string, unknown>>) => {
        const job = waiting.get(e.data.id);
        waiting.delete(e.data.id);
        if (e.data.error === undefined) job?.resolve(e.data as unknown as Res);
        else job?.reject(new Error(e.data.error));
      };
      w.onerror = () => {
        for (const job of waiting.values()) job.reject(new Error('worker failed'));
        waiting.clear();
        worker = null;
      };
      worker = w;
    } catch {
      worker = null;
    }
    return worker;
  };

  return (req) => {
    const w = get();
    if (!w) return onPage(req);
    const id = nextId++;
    return new Promise<Res>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      w.postMessage({ id, ...req });
    }).catch(() => onPage(req)); // the worker could not do it: try once more on the page
  };
}
