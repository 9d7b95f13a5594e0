/**
 * Random access to the bytes of a package, whatever it came as: a Blob or File (the browser; in
 * Node, `fs.openAsBlob` gives a Blob read from disk), a Uint8Array, or a ReadableStream.
 *
 * A zip's table of contents (its "central directory") is at its END, and only the table of
 * contents says reliably where each file stops: fflate's `Zip` writes every file with a "data
 * descriptor" (sizes after the data), and a forward-only reader (fflate's `Unzip`) must then guess
 * the end by looking for the 4 bytes "PK\x07\x08", which a photo can contain (in 1 GB of media,
 * about one chance in two). So the reader needs random access, and a ReadableStream is first kept
 * as a list of its chunks (no copy). Prefer passing a Blob: browsers keep big Blobs on disk.
 */
export interface ByteSource {
  readonly size: number;
  /** Bytes [start, end). */
  read(start: number, end: number): Promise<Uint8Array>;
  /** Bytes [start, end), chunk by chunk. */
  chunks(start: number, end: number): AsyncGenerator<Uint8Array>;
}

export type PackageSource = Blob | ReadableStream<Uint8Array> | Uint8Array | ArrayBuffer;

export const isBlob = (v: unknown): v is Blob =>
  typeof v === 'object' && v !== null && typeof (v as Blob).slice === 'function' && typeof (v as Blob).size === 'number' && typeof (v as Blob).stream === 'function';

const CHUNK = 1024 * 1024;

export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: async (start, end) => bytes.subarray(start, end),
    async *chunks(start, end) {
      for (let i = start; i < end; i += CHUNK) yield bytes.subarray(i, Math.min(end, i + CHUNK));
    },
  };
}

export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()),
    async *chunks(start, end) {
      const reader = blob.slice(start, end).stream().getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          if (value.length) yield value;
        }
      } finally {
        void reader.cancel().catch(() => {});
      }
    },
  };
}

/** A source over a list of chunks, read without joining them. */
export function chunkListSource(list: readonly Uint8Array[]): ByteSource {
  const starts: number[] = [];
  let size = 0;
  for (const c of list) {
    starts.push(size);
    size += c.length;
  }
  /** Index of the chunk holding byte `pos`. */
  const find = (pos: number) => {
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  async function* chunks(start: number, end: number): AsyncGenerator<Uint8Array> {
    if (start >= end) return;
    for (let i = find(start); i < list.length && starts[i]! < end; i++) {
      const c = list[i]!;
      const from = Math.max(0, start - starts[i]!);
      const to = Math.min(c.length, end - starts[i]!);
      if (to > from) yield c.subarray(from, to);
    }
  }
  return {
    size,
    chunks,
    async read(start, end) {
      const out = new Uint8Array(Math.max(0, end - start));
      let o = 0;
      for await (const c of chunks(start, end)) {
        out.set(c, o);
        o += c.length;
      }
      return out;
    },
  };
}

export type OpenResult = { ok: true; source: ByteSource } | { ok: false; reason: 'too-big'; bytes: number } | { ok: false; reason: 'unreadable'; detail: string };

/** Turns any accepted input into a ByteSource; a stream longer than `maxBytes` is refused while it is read. */
export async function openSource(input: PackageSource, maxBytes: number, signal?: AbortSignal): Promise<OpenResult> {
  try {
    if (input instanceof Uint8Array) return { ok: true, source: bytesSource(input) };
    if (input instanceof ArrayBuffer) return { ok: true, source: bytesSource(new Uint8Array(input)) };
    if (isBlob(input)) return { ok: true, source: blobSource(input) };
    const reader = (input as ReadableStream<Uint8Array>).getReader();
    const list: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        signal?.throwIfAborted();
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > maxBytes) return { ok: false, reason: 'too-big', bytes: total };
        if (value.length) list.push(value);
      }
    } finally {
      void reader.cancel().catch(() => {});
    }
    return { ok: true, source: chunkListSource(list) };
  } catch (e) {
    if (signal?.aborted) throw e;
    return { ok: false, reason: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
  }
}
