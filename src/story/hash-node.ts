import { createHash } from 'node:crypto';
import type { Sha256Factory } from './hash.ts';

/** Node's native sha-256 (OpenSSL: many times faster than pure JS). For the CLI, tests and benches only. */
export const nodeSha256: Sha256Factory = () => {
  const h = createHash('sha256');
  return {
    update: (bytes) => void h.update(bytes),
    digestHex: () => h.digest('hex'),
  };
};
