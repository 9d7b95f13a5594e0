/// <reference lib="webworker" />
import { processImage, type ProcessRequest } from './image-process.ts';

/** Picture processing off the main thread: one request in, one answer (or error) out. */
self.onmessage = (e: MessageEvent<{ id: number; req: ProcessRequest }>) => {
  const { id, req } = e.data;
  processImage(req).then(
    (result) => self.postMessage({ id, result }),
    (err: unknown) => self.postMessage({ id, error: String(err) }),
  );
};
