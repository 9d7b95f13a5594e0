import { basename, resolve } from 'node:path';
import { backupStream, currentStories, restoreBackup } from '../hub/backup.ts';
import { defaultDataDir, prepareDataDir } from '../hub/data-dir.ts';
import { openBackends } from '../hub/backends.ts';
import type { HubLog } from '../hub/log.ts';
import { Stories } from '../hub/stories.ts';
import { formatBytes } from '../story/phrase.ts';
import { appVersion, ioErrorWords, parseOutArgs, printProblems } from './pack.ts';
import type { CliIo } from './types.ts';
import { writeStreamAtomically } from './write-atomically.ts';

interface Where {
  dir: string;
  /** postgres://… (a library service; also $STORYSCAPE_DATABASE), else SQLite in the data folder. */
  database?: string;
  /** The service's media: a folder or s3://…, else DATA/media. */
  media?: string;
  rest: string[];
}

/** `--data DIR`, `--database URL` and `--media DIR|s3://…` among other arguments, and the rest. */
function dataArg(args: readonly string[], io: CliIo): Where | string {
  const rest: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const flag = ['--data', '--database', '--media'].find((f) => a === f || a.startsWith(`${f}=`));
    if (!flag) {
      rest.push(a);
      continue;
    }
    const v = a === flag ? args[++i] : a.slice(flag.length + 1);
    if (!v) return `${flag} needs a value after it.`;
    values.set(flag, v);
  }
  const database = values.get('--database') ?? (process.env.STORYSCAPE_DATABASE || undefined);
  const media = values.get('--media');
  return { dir: resolve(io.cwd, values.get('--data') ?? defaultDataDir()), ...(database ? { database } : {}), ...(media ? { media: media.startsWith('s3://') ? media : resolve(io.cwd, media) } : {}), rest };
}

const quiet: HubLog = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * The hub's store and media as the hub itself opens them (src/hub/backends.ts): SQLite and the data
 * folder's media, or a library service's PostgreSQL and shared folder or S3 bucket, so these
 * commands back up and restore a service as well as a room hub (no pg_dump needed for the stories).
 */
async function openData(where: Where) {
  const data = await prepareDataDir(where.dir);
  const b = await openBackends({ database: where.database, media: where.media, shared: true }, data, quiet);
  return { data, store: b.store, media: b.media, bus: b.bus, where: where.database ? b.describe.database : where.dir };
}

/** `storyscape hub backup -o FILE`: every story on the hub (every session) in the backup format. */
export async function hubBackup(args: string[], io: CliIo): Promise<number> {
  const d = dataArg(args, io);
  if (typeof d === 'string') return (io.err(`storyscape hub backup: ${d}\n`), 2);
  const { out, flags, positional, error } = parseOutArgs(d.rest);
  if (error || !out || flags.size || positional.length) {
    io.err(`storyscape hub backup: ${error ?? 'Usage: storyscape hub backup -o FILE [--data DIR] [--database postgres://…] [--media DIR|s3://…]'}\n`);
    return 2;
  }
  let opened;
  try {
    opened = await openData(d);
  } catch (e) {
    io.err(`storyscape hub backup: ${(e as Error).message}\n`);
    return 2;
  }
  const { store, media, bus } = opened;
  try {
    const stories = await currentStories(store, await store.allStoryHeads());
    if (stories.length === 0) {
      io.err(`There are no stories on the hub in ${opened.where}, so nothing was backed up.\n`);
      return 1;
    }
    const target = resolve(io.cwd, out);
    const bytes = await writeStreamAtomically(backupStream(media, stories, await appVersion()), target);
    io.out(`✓ Backed up ${stories.length} ${stories.length === 1 ? 'story' : 'stories'} (${formatBytes(bytes)}) to ${out}\n`);
    return 0;
  } catch (e) {
    io.err(`storyscape hub backup: the backup could not be written: ${ioErrorWords(e)}. No backup file was left behind.\n`);
    return 2;
  } finally {
    await bus.close();
    await store.close();
  }
}

/** `storyscape hub restore FILE`: every file checked, then each story saved as a new version. */
export async function hubRestore(args: string[], io: CliIo): Promise<number> {
  const d = dataArg(args, io);
  if (typeof d === 'string') return (io.err(`storyscape hub restore: ${d}\n`), 2);
  if (d.rest.length !== 1 || d.rest[0]!.startsWith('-')) {
    io.err('storyscape hub restore: Usage: storyscape hub restore FILE [--data DIR] [--database postgres://…] [--media DIR|s3://…]\n');
    return 2;
  }
  const file = resolve(io.cwd, d.rest[0]!);
  let opened;
  try {
    opened = await openData(d);
  } catch (e) {
    io.err(`storyscape hub restore: ${(e as Error).message}\n`);
    return 2;
  }
  const { data, store, media, bus } = opened;
  try {
    const label = `Restored from ${basename(file)} on ${new Date().toISOString().slice(0, 10)}`;
    const r = await restoreBackup(file, { store, media, stories: new Stories(store, bus), tmpDir: data.tmp, label });
    printProblems(io, r.problems.filter((p) => p.severity !== 'info'));
    if (!r.ok) {
      io.err(`✗ ${d.rest[0]} could not be restored: nothing was changed on the hub.\n`);
      return 1;
    }
    io.out(`✓ Restored ${r.stories} ${r.stories === 1 ? 'story' : 'stories'} (${r.newStories} new) and ${r.media} new photos and sounds into ${opened.where}.\n`);
    if (r.room) io.out(`  The new stories are in the session "${r.room.name}": the facilitator can bring them into the current session from the facilitator page.\n`);
    return 0;
  } catch (e) {
    io.err(`storyscape hub restore: ${ioErrorWords(e)}.\n`);
    return 2;
  } finally {
    await bus.close();
    await store.close();
  }
}
