/**
 * Blobs as IndexedDB can keep them. Most browsers store a Blob as it is. WebKit in a private or
 * automated window cannot ("Error preparing Blob/File data to be stored in object store"), so
 * there the bytes are stored as an ArrayBuffer with their type, and read back as a Blob.
 */

/** A blob's bytes and type, for a database that cannot keep Blobs. */
export interface StoredBytes {
  buffer: ArrayBuffer;
  type: string;
}

export type Storable = Blob | StoredBytes;

/** A stored value back as a Blob. */
export const asBlob = (value: Storable): Blob => (value instanceof Blob ? value : new Blob([value.buffer], { type: value.type }));

/** The blobs as this database can keep them (read before the write transaction: reading is async). */
export async function storable<K>(entries: ReadonlyArray<readonly [K, Blob]>, keepsBlobs: boolean): Promise<Array<[K, Storable]>> {
  if (keepsBlobs) return entries.map(([k, b]) => [k, b]);
  return Promise.all(entries.map(async ([k, b]) => [k, { buffer: await b.arrayBuffer(), type: b.type }] as [K, Storable]));
}

/**
 * Whether the database keeps Blobs: tries to store a tiny one in the thumbnail cache and aborts the
 * transaction either way, so nothing is written.
 */
export function keepsBlobs(db: IDBDatabase): Promise<boolean> {
  return new Promise((ok) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction('thumbs', 'readwrite');
    } catch {
      return ok(true); // the database is closing: the real write will say what is wrong
    }
    tx.onabort = () => undefined;
    let put: IDBRequest;
    try {
      put = tx.objectStore('thumbs').put({ hash: '\u0000probe', blob: new Blob(['probe'], { type: 'text/plain' }) });
    } catch {
      tx.abort();
      return ok(false);
    }
    put.onsuccess = () => {
      tx.abort();
      ok(true);
    };
    put.onerror = (e) => {
      e.preventDefault();
      ok(false);
    };
  });
}
