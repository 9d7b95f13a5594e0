import { basename, resolve } from 'node:path';
import { backupStream, currentStories, restoreBackup } from '../hub/backup.ts';
import { defaultDataDir, prepareDataDir } from '../hub/data-dir.ts';
import { memoryLiveBus } from '../hub/live-bus.ts';
import { Stories } from '../hub/stories.ts';
import { MediaFolder } from '../hub/store/media-folder.ts';
import { openSqliteStore } from '../hub/store/sqlite/index.ts';
import { formatBytes } from '../story/phrase.ts';
import { appVersion, ioErrorWords, parseOutArgs, printProblems } from './pack.ts';
import type { CliIo } from './types.ts';
import { writeStreamAtomically } from './write-atomically.ts';

/** `--data DIR` among other arguments (the hub's data folder), and the rest. */
function dataArg(args: readonly string[], io: CliIo): { dir: string; rest: string[] } | string {
  const rest: string[] = [];
  let dir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--data') {
      dir = args[++i];
      if (!dir) return '--data needs a folder after it.';
    } else if (a.startsWith('--data=')) dir = a.slice(7);
    else rest.push(a);
  }
  return { dir: resolve(io.cwd, dir ?? defaultDataDir()), rest };
}

async function openData(dir: string) {
  const data = await prepareDataDir(dir);
  const store = openSqliteStore(data.db);
  const media = await new MediaFolder({ dir: data.media, tmpDir: data.tmp }).open();
  return { data, store, media };
}

/** `storyscape hub backup -o FILE`: every story on the hub (every session) in the backup format. */
export async function hubBackup(args: string[], io: CliIo): Promise<number> {
  const d = dataArg(args, io);
  if (typeof d === 'string') return (io.err(`storyscape hub backup: ${d}\n`), 2);
  const { out, flags, positional, error } = parseOutArgs(d.rest);
  if (error || !out || flags.size || positional.length) {
    io.err(`storyscape hub backup: ${error ?? 'Usage: storyscape hub backup -o FILE [--data DIR]'}\n`);
    return 2;
  }
  let opened;
  try {
    opened = await openData(d.dir);
  } catch (e) {
    io.err(`storyscape hub backup: ${(e as Error).message}\n`);
    return 2;
  }
  const { store, media } = opened;
  try {
    const stories = await currentStories(store, await store.allStoryHeads());
    if (stories.length === 0) {
      io.err(`There are no stories on the hub in ${d.dir}, so nothing was backed up.\n`);
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
    await store.close();
  }
}

/** `storyscape hub restore FILE`: every file checked, then each story saved as a new version. */
export async function hubRestore(args: string[], io: CliIo): Promise<number> {
  const d = dataArg(args, io);
  if (typeof d === 'string') return (io.err(`storyscape hub restore: ${d}\n`), 2);
  if (d.rest.length !== 1 || d.rest[0]!.startsWith('-')) {
    io.err('storyscape hub restore: Usage: storyscape hub restore FILE [--data DIR]\n');
    return 2;
  }
  const file = resolve(io.cwd, d.rest[0]!);
  let opened;
  try {
    opened = await openData(d.dir);
  } catch (e) {
    io.err(`storyscape hub restore: ${(e as Error).message}\n`);
    return 2;
  }
  const { data, store, media } = opened;
  const bus = memoryLiveBus();
  try {
    const label = `Restored from ${basename(file)} on ${new Date().toISOString().slice(0, 10)}`;
    const r = await restoreBackup(file, { store, media, stories: new Stories(store, bus), tmpDir: data.tmp, label });
    printProblems(io, r.problems.filter((p) => p.severity !== 'info'));
    if (!r.ok) {
      io.err(`✗ ${d.rest[0]} could not be restored: nothing was changed on the hub.\n`);
      return 1;
    }
    io.out(`✓ Restored ${r.stories} ${r.stories === 1 ? 'story' : 'stories'} (${r.newStories} new) and ${r.media} new photos and sounds into ${d.dir}.\n`);
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
