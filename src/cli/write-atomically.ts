import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Streams bytes into `.<name>.partial-<pid>` beside `target` and renames it into place only when
 * the whole stream was written, so a failed or cut-off write never leaves a half file under the
 * real name. Removes the partial file on any failure and rethrows. Returns the bytes written.
 */
export async function writeStreamAtomically(stream: ReadableStream<Uint8Array>, target: string): Promise<number> {
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  let fh;
  let written = 0;
  try {
    fh = await open(partial, 'w');
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      await fh.write(value);
      written += value.length;
    }
    await fh.close();
    fh = undefined;
    await rename(partial, target);
    return written;
  } catch (e) {
    await fh?.close().catch(() => {});
    await rm(partial, { force: true });
    throw e;
  }
}
