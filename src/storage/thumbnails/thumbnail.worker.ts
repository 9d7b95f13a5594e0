/// <reference lib="webworker" />
import { makeThumbnail } from './make.ts';

/** Thumbnails off the page's thread: one picture in, its small copy (or an error) out. */
self.onmessage = (e: MessageEvent<{ id: number; blob: Blob; width: number }>) => {
  const { id, blob, width } = e.data;
  makeThumbnail(blob, width).then(
    (thumbnail) => self.postMessage({ id, thumbnail }),
    (err: unknown) => self.postMessage({ id, error: String(err) }),
  );
};
