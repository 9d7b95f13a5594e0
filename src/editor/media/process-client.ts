import { processImage, type ProcessRequest, type ProcessResult } from './image-process.ts';

/**
 * Runs processImage in a worker (big photos decode without freezing the page), or on the page
 * where module workers or OffscreenCanvas are not available.
 */
let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve(r: ProcessResult): void; reject(e: Error): void }>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') throw new Error('no workers');
    worker = new Worker(new URL('./image.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; result?: ProcessResult; error?: string }>) => {
      const w = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      if (e.data.result) w?.resolve(e.data.result);
      else w?.reject(new Error(e.data.error ?? 'failed'));
    };
    worker.onerror = () => {
      for (const w of waiting.values()) w.reject(new Error('worker failed'));
      waiting.clear();
      worker = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

export function processImageOffThread(req: ProcessRequest): Promise<ProcessResult> {
  const w = getWorker();
  if (!w) return processImage(req);
  const id = nextId++;
  return new Promise<ProcessResult>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, req });
  }).catch(() => processImage(req)); // the worker could not do it: try once more on the page
}
