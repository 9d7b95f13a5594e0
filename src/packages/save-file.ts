/**
 * Saves a stream of bytes as a file the person chooses: the browser's "Save as" window where there
 * is one (Chromium: showSaveFilePicker, written as it streams), else an ordinary download.
 */
export type Progress = (done: number, total: number) => void;

interface SaveFilePickerOptions {
  suggestedName?: string;
  types?: Array<{ description: string; accept: Record<string, string[]> }>;
}
type PickerWindow = Window & { showSaveFilePicker?: (o: SaveFilePickerOptions) => Promise<FileSystemFileHandle> };

/** A file name from a title: letters, digits and dashes, never empty. */
export function fileNameFor(title: string, ext: string, fallback = 'story'): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback;
  return `${base}${ext}`;
}

/** Where the bytes go: picked (or refused) before any work starts, so the click still counts. */
export interface SaveTarget {
  /** The file's name (the one chosen in the "Save as" window, or the download's). */
  readonly name: string;
  write(stream: ReadableStream<Uint8Array>, onProgress?: (bytes: number) => void): Promise<void>;
}

/** Asks where to save. Null when the person cancelled the "Save as" window. */
export async function chooseSaveTarget(name: string, mime: string, description: string, ext: string): Promise<SaveTarget | null> {
  const picker = (window as PickerWindow).showSaveFilePicker;
  if (picker) {
    let handle: FileSystemFileHandle;
    try {
      handle = await picker.call(window, { suggestedName: name, types: [{ description, accept: { [mime]: [ext] } }] });
    } catch (e) {
      if ((e as DOMException).name === 'AbortError') return null;
      // Some browsers have the function but refuse it (e.g. in a frame): download instead.
      return downloadTarget(name, mime);
    }
    return {
      name: handle.name,
      async write(stream, onProgress) {
        const writable = await handle.createWritable();
        let n = 0;
        try {
          await stream
            .pipeThrough(
              new TransformStream<Uint8Array, Uint8Array>({
                transform(chunk, c) {
                  n += chunk.length;
                  onProgress?.(n);
                  c.enqueue(chunk);
                },
              }),
            )
            .pipeTo(writable as unknown as WritableStream<Uint8Array>);
        } catch (e) {
          await writable.abort().catch(() => {});
          throw e;
        }
      },
    };
  }
  return downloadTarget(name, mime);
}

function downloadTarget(name: string, mime: string): SaveTarget {
  return {
    name,
    async write(stream, onProgress) {
      const parts: Uint8Array[] = [];
      let n = 0;
      const reader = stream.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        n += value.length;
        onProgress?.(n);
      }
      downloadBlob(new Blob(parts as BlobPart[], { type: mime }), name);
    },
  };
}

/** Hands a blob to the browser's downloads under `name` (where no save dialog is offered, or for small files). */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
