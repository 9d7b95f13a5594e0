import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { resolve } from 'node:path';
import { defaultDataDir, prepareDataDir } from '../hub/data-dir.ts';
import { HubError } from '../hub/errors.ts';
import { Admin } from '../hub/service/admin.ts';
import type { HubStore } from '../hub/store/types.ts';
import type { CliIo } from './types.ts';

/** Asks twice on a terminal, without showing what is typed. */
async function askTwice(io: CliIo): Promise<string | null> {
  const muted = new Writable({ write: (_c, _e, done) => done() });
  const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((done) => {
      io.out(q);
      rl.question('', (a) => {
        io.out('\n');
        done(a);
      });
    });
  try {
    const first = await ask('New admin passphrase (it is not shown): ');
    const second = await ask('The same again: ');
    if (first !== second) {
      io.err('The two did not match. Nothing was changed.\n');
      return null;
    }
    return first;
  } finally {
    rl.close();
  }
}

/**
 * `storyscape hub admin-passphrase [--data DIR] [--database URL]`: sets the library service's admin
 * passphrase (#17), kept only as a scrypt hash in the hub's store; every admin log-in ends. On a
 * terminal it asks twice without echo; otherwise it reads the first line of standard input.
 */
export async function hubAdminPassphrase(args: string[], io: CliIo): Promise<number> {
  let dir: string | undefined;
  let database = process.env.STORYSCAPE_DATABASE || undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--data' || a === '--database') {
      const v = args[++i];
      if (!v) return (io.err(`storyscape hub admin-passphrase: ${a} needs a value after it.\n`), 2);
      if (a === '--data') dir = v;
      else database = v;
    } else return (io.err(`storyscape hub admin-passphrase: unknown option "${a}". Usage: storyscape hub admin-passphrase [--data DIR] [--database postgres://…]\n`), 2);
  }
  const passphrase = process.stdin.isTTY ? await askTwice(io) : ((await io.stdin()).toString('utf8').split(/\r?\n/)[0] ?? '');
  if (passphrase === null) return 1;
  let store: HubStore;
  try {
    if (database) {
      const { openPostgresStore } = await import('../hub/store/postgres/index.ts');
      store = await openPostgresStore(database, { poolSize: 1 });
    } else {
      const data = await prepareDataDir(resolve(io.cwd, dir ?? defaultDataDir()));
      const { openSqliteStore } = await import('../hub/store/sqlite/index.ts');
      store = openSqliteStore(data.db);
    }
  } catch (e) {
    io.err(`storyscape hub admin-passphrase: the hub's store could not be opened: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    await new Admin(store).setPassphrase(passphrase);
    io.out('✓ The admin passphrase is set. Earlier admin log-ins have ended; log in again through /api/admin/login (docs/deploy.md says how).\n');
    return 0;
  } catch (e) {
    io.err(`storyscape hub admin-passphrase: ${e instanceof HubError ? e.message : (e as Error).message}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
