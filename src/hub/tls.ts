import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import selfsigned from 'selfsigned';
import { hostNames, lanAddresses } from './addresses.ts';
import { durableWrite } from './durable.ts';

export interface Tls {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, "AB:CD:…", as browsers show it. */
  fingerprint: string;
  /** Made by the hub (true) or given with --cert/--key. */
  selfSigned: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

/** The names and addresses a certificate is valid for, from its subjectAltName. */
export function certNames(cert: X509Certificate): Set<string> {
  const names = new Set<string>();
  for (const part of (cert.subjectAltName ?? '').split(',')) {
    const m = /^\s*(DNS|IP Address):(.+)$/.exec(part);
    if (m) names.add(m[2]!.trim().toLowerCase());
  }
  return names;
}

/**
 * The hub's certificate. With --cert/--key: those files. Otherwise DIR/tls/{cert,key}.pem, made on
 * the first start (selfsigned) for every LAN address, the host name (and .local), localhost and
 * 127.0.0.1; made again when the machine has a LAN address the certificate does not name (another
 * Wi-Fi) or it expires within 30 days. Devices then see a new fingerprint and confirm once more.
 */
export async function loadTls(options: { dataDir: string; certFile?: string; keyFile?: string; now?: Date }): Promise<Tls & { made: boolean }> {
  if (options.certFile || options.keyFile) {
    if (!options.certFile || !options.keyFile) throw new Error('Give both --cert FILE and --key FILE (the certificate and its private key).');
    const [cert, key] = await Promise.all([readFile(options.certFile, 'utf8'), readFile(options.keyFile, 'utf8')]);
    return { cert, key, fingerprint: new X509Certificate(cert).fingerprint256, selfSigned: false, made: false };
  }
  const dir = join(options.dataDir, 'tls');
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  const now = options.now ?? new Date();
  const wanted = ['localhost', '127.0.0.1', ...hostNames(), ...lanAddresses()];
  const existing = await Promise.all([readFile(certPath, 'utf8'), readFile(keyPath, 'utf8')]).catch(() => null);
  if (existing) {
    try {
      const x = new X509Certificate(existing[0]);
      const names = certNames(x);
      const fresh = new Date(x.validTo).getTime() - now.getTime() > 30 * DAY;
      if (fresh && wanted.every((n) => names.has(n.toLowerCase())) && x.checkPrivateKey(createPrivateKey(existing[1]))) {
        return { cert: existing[0], key: existing[1], fingerprint: x.fingerprint256, selfSigned: true, made: false };
      }
    } catch {
      // unreadable: make a new one
    }
  }
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'Storyscape room hub' }, { name: 'organizationName', value: 'Storyscape' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - DAY),
    notAfterDate: new Date(now.getTime() + 825 * DAY),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: wanted.map((n) => (/^\d+\.\d+\.\d+\.\d+$/.test(n) ? { type: 7 as const, ip: n } : { type: 2 as const, value: n })),
      },
    ],
  });
  await durableWrite(keyPath, pems.private, 0o600);
  await durableWrite(certPath, pems.cert, 0o644);
  return { cert: pems.cert, key: pems.private, fingerprint: new X509Certificate(pems.cert).fingerprint256, selfSigned: true, made: true };
}
