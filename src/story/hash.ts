import { sha256 } from '@noble/hashes/sha2.js';
import type { AssetId } from './schema/common.ts';

/**
 * sha-256, the name of every asset (its id is the lower-case hex digest of its bytes).
 *
 * WebCrypto's digest() only takes a whole buffer, so anything that streams (story packages,
 * big media files) hashes incrementally with @noble/hashes (pure JS, audited, ~60–90 MB/s).
 * Node code (the CLI, benches) may pass a faster native hasher through `Sha256Factory`.
 */
export interface Sha256 {
  update(bytes: Uint8Array): void;
  /** Lower-case hex digest. Call once. */
  digestHex(): string;
}
export type Sha256Factory = () => Sha256;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += HEX[bytes[i]!]!;
  return s;
}

/** The default, environment-neutral streaming sha-256. */
export const createSha256: Sha256Factory = () => {
  const h = sha256.create();
  return {
    update: (bytes) => void h.update(bytes),
    digestHex: () => toHex(h.digest()),
  };
};

/** sha-256 of bytes in memory (synchronous). */
export function sha256Hex(bytes: Uint8Array, factory: Sha256Factory = createSha256): string {
  const h = factory();
  h.update(bytes);
  return h.digestHex();
}

/** A 64-character lower-case hex string, the shape of every asset id. */
export const isSha256Hex = (s: string): boolean => /^[0-9a-f]{64}$/.test(s);

/**
 * sha-256 of a Blob or File, e.g. a photo being imported. Reads it in chunks, so memory stays
 * flat whatever its size; small blobs go through WebCrypto when it is there (native speed).
 */
export async function sha256OfBlob(
  blob: Blob,
  options: { factory?: Sha256Factory; wholeBelowBytes?: number } = {},
): Promise<string> {
  const whole = options.wholeBelowBytes ?? 64 * 1024 * 1024;
  const subtle = globalThis.crypto?.subtle;
  if (!options.factory && subtle && blob.size <= whole) {
    return toHex(new Uint8Array(await subtle.digest('SHA-256', await blob.arrayBuffer())));
  }
  return sha256OfStream(blob.stream(), options.factory);
}

/** sha-256 of a byte stream, hashed as it arrives. */
export async function sha256OfStream(stream: ReadableStream<Uint8Array>, factory: Sha256Factory = createSha256): Promise<string> {
  const h = factory();
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      h.update(value);
    }
  } finally {
    reader.releaseLock();
  }
  return h.digestHex();
}

/** An asset's id: the sha-256 (lower-case hex) of its bytes. */
export const assetIdOf = (bytes: Uint8Array): AssetId => sha256Hex(bytes);

/** The id of the asset in a blob (the sha-256 of its bytes): the key it is stored under. */
export const hashBlob = (blob: Blob): Promise<AssetId> => sha256OfBlob(blob);
