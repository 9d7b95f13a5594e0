import { resolve } from 'node:path';
import { defaultDataDir } from '../hub/data-dir.ts';
import type { HubOptions } from '../hub/server.ts';

export const USAGE =
  'hub [--data DIR] [--port N] [--http-port N] [--host ADDR] [--cert F --key F] [--ready-file F] [--no-open] [--database postgres://…] [--media DIR|s3://BUCKET?endpoint=…]\n' +
  '       storyscape hub --service --public-url URL [--database postgres://…] [--media DIR|s3://BUCKET?endpoint=…] [--data DIR] [--port N] [--host ADDR] [--trust-proxy ADDR,…]\n' +
  '       storyscape hub admin-passphrase [--data DIR] [--database postgres://…]   (reads the passphrase from the keyboard or stdin)\n' +
  '       storyscape hub backup -o FILE [--data DIR]\n' +
  '       storyscape hub restore FILE [--data DIR]';

export interface HubArgs {
  options: Omit<HubOptions, 'log'>;
  open: boolean;
}

const VALUE_FLAGS = ['--data', '--port', '--http-port', '--host', '--cert', '--key', '--ready-file', '--database', '--media', '--public-url', '--trust-proxy'];

/** Parses `hub` flags; a string is an error sentence. */
export function parseHubArgs(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): HubArgs | string {
  const values = new Map<string, string>();
  let open = true;
  let service = false;
  for (let i = 0; i < args.length; i++) {
    let a = args[i]!;
    let value: string | undefined;
    if (a.includes('=') && a.startsWith('--')) [a, value] = [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)];
    if (a === '--no-open') open = false;
    else if (a === '--service') service = true;
    else if (VALUE_FLAGS.includes(a)) {
      value ??= args[++i];
      if (value === undefined || value === '') return `${a} needs a value after it.`;
      values.set(a, value);
    } else return `Unknown option "${a}". Usage: storyscape ${USAGE}`;
  }
  const port = (flag: string): number | undefined | string => {
    const v = values.get(flag);
    if (v === undefined) return undefined;
    const n = Number(v);
    return Number.isInteger(n) && n >= 0 && n <= 65535 ? n : `${flag} needs a port number from 0 to 65535 (0 = any free port).`;
  };
  const p = port('--port');
  const hp = port('--http-port');
  if (typeof p === 'string') return p;
  if (typeof hp === 'string') return hp;
  if (values.has('--cert') !== values.has('--key')) return 'Give both --cert FILE and --key FILE (the certificate and its private key).';
  const svc = storeArgs(values, service, env);
  if (typeof svc === 'string') return svc;
  const keepFree = Number(env.STORYSCAPE_HUB_KEEP_FREE_BYTES ?? NaN);
  const maxPages = Number(env.STORYSCAPE_HUB_MAX_DB_PAGES ?? NaN);
  return {
    open,
    options: {
      dataDir: resolve(cwd, values.get('--data') ?? defaultDataDir(env)),
      port: p,
      httpPort: hp,
      host: values.get('--host'),
      certFile: values.has('--cert') ? resolve(cwd, values.get('--cert')!) : undefined,
      keyFile: values.has('--key') ? resolve(cwd, values.get('--key')!) : undefined,
      readyFile: values.has('--ready-file') ? resolve(cwd, values.get('--ready-file')!) : undefined,
      // For developers and tests: another build of the app, a tighter disk, a smaller database.
      ...(env.STORYSCAPE_DIST ? { distDir: resolve(cwd, env.STORYSCAPE_DIST) } : {}),
      ...(Number.isFinite(keepFree) ? { keepFreeBytes: keepFree } : {}),
      ...(Number.isFinite(maxPages) ? { maxDbPages: maxPages } : {}),
      ...svc,
    },
  };
}

/** Where rooms, stories and media are kept, and a library service's flags (#17); a string is an error sentence. */
function storeArgs(values: Map<string, string>, service: boolean, env: NodeJS.ProcessEnv): Pick<HubOptions, 'database' | 'media' | 'service' | 'retentionCheckMs'> | string {
  // The database address may hold a password: the environment keeps it out of the process list.
  const database = values.get('--database') ?? (env.STORYSCAPE_DATABASE || undefined);
  if (database !== undefined && !/^postgres(ql)?:\/\//i.test(database)) return '--database takes a PostgreSQL address such as postgres://storyscape@localhost/storyscape.';
  const publicUrl = values.get('--public-url');
  if (!service) {
    for (const flag of ['--public-url', '--trust-proxy']) if (values.has(flag)) return `${flag} is for a service: add --service.`;
  } else {
    if (!publicUrl) return '--service needs --public-url URL: the address people open (the reverse proxy\'s), such as https://stories.library.example';
    if (!/^https?:\/\/[^/?#]+\/?$/i.test(publicUrl)) return '--public-url takes an address such as https://stories.library.example (no path after it).';
    for (const flag of ['--cert', '--key', '--http-port']) if (values.has(flag)) return `${flag} is not used with --service: the reverse proxy in front has the certificate.`;
  }
  const trustProxy = values.get('--trust-proxy')?.split(',').map((s) => s.trim()).filter(Boolean);
  const check = Number(env.STORYSCAPE_RETENTION_CHECK_MS ?? NaN);
  return {
    ...(database ? { database } : {}),
    ...(values.has('--media') ? { media: values.get('--media') } : {}),
    ...(service ? { service: { publicUrl: new URL(publicUrl!).origin + '/', ...(trustProxy?.length ? { trustProxy } : {}) } } : {}),
    ...(Number.isFinite(check) && check > 0 ? { retentionCheckMs: check } : {}),
  };
}
