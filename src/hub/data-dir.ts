import { randomUUID } from 'node:crypto';
import { access, constants, mkdir, open, unlink } from 'node:fs/promises';
import { homedir, platform } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The hub's data folder (see HUB-DESIGN "Data folder"): hub.sqlite, media/, tmp/, tls/.
 * Nothing is ever written outside it: every path below is built from this folder and validated
 * hashes or ids, never from names that came with a request.
 */
export interface DataDir {
  root: string;
  db: string;
  media: string;
  tmp: string;
  uploads: string;
  tls: string;
}

/** Where the hub keeps its data when --data is not given, per operating system. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, os: string = platform(), home: string = homedir()): string {
  if (os === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Storyscape Hub');
  if (os === 'darwin') return join(home, 'Library', 'Application Support', 'Storyscape Hub');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'storyscape-hub');
}

export function dataDirAt(root: string): DataDir {
  const r = resolve(root);
  return { root: r, db: join(r, 'hub.sqlite'), media: join(r, 'media'), tmp: join(r, 'tmp'), uploads: join(r, 'tmp', 'uploads'), tls: join(r, 'tls') };
}

/** Creates the folders and proves the folder can be written (one clear sentence when it cannot). */
export async function prepareDataDir(root: string): Promise<DataDir> {
  const d = dataDirAt(root);
  try {
    for (const dir of [d.root, d.media, d.tmp, d.uploads, d.tls]) await mkdir(dir, { recursive: true });
    await access(d.root, constants.W_OK);
    const probe = join(d.tmp, `.write-test-${randomUUID()}`);
    const fh = await open(probe, 'wx');
    await fh.write('ok');
    await fh.sync();
    await fh.close();
    await unlink(probe);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new Error(`The disk holding the data folder ${d.root} is full. Free some space and start the hub again.`, { cause: e });
    throw new Error(`The data folder ${d.root} cannot be written to (${code ?? (e as Error).message}). Choose another folder with --data DIR.`, { cause: e });
  }
  return d;
}
