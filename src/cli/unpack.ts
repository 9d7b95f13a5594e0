import { openAsBlob } from 'node:fs';
import { mkdir, open, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { serializeStory } from '../story/io/load.ts';
import { readPackage, type AssetStore } from '../story/io/package/index.ts';
import { formatBytes } from '../story/phrase.ts';
import { nodeSha256 } from '../story/hash-node.ts';
import { ioErrorWords, parseOutArgs, printProblems } from './pack.ts';
import type { CliIo, Command } from './types.ts';

/** Only names the reader has already checked, and checked again here: nothing else is ever written. */
const SAFE_ASSET = /^assets\/[0-9a-f]{64}\.[a-z0-9]{1,8}$/;

/** Writes each asset to disk as it streams out of the package (nothing big is held in memory). */
function diskStore(dir: string): AssetStore {
  return {
    async begin({ id, entry }) {
      const name = `assets/${id}.${(entry.split('.').pop() ?? 'bin').toLowerCase()}`;
      if (!SAFE_ASSET.test(name)) throw new Error(`refusing to write "${entry}"`);
      const path = join(dir, name);
      const fh = await open(path, 'wx');
      return {
        write: async (chunk) => void (await fh.write(chunk)),
        finish: async (mime) => {
          await fh.close();
          return openAsBlob(path, { type: mime });
        },
        abort: async () => {
          await fh.close().catch(() => {});
          await rm(path, { force: true });
        },
      };
    },
  };
}

export const unpackCommand: Command = {
  name: 'unpack',
  usage: 'unpack FILE -o DIR',
  summary: 'Check a .storyscape package and unpack it into a new folder: story.json and assets/.',
  run: (args, io) => run(args, io),
};

export async function run(args: string[], io: CliIo): Promise<number> {
  const usage = 'Usage: storyscape unpack FILE.storyscape -o DIR   (DIR must be new or empty)\n';
  const { out, flags, positional, error } = parseOutArgs(args);
  if (error || flags.size > 0 || positional.length !== 1 || !out) {
    io.err(error ? `${error}. ${usage}` : flags.size ? `Unknown option ${[...flags].join(', ')}. ${usage}` : usage);
    return 2;
  }
  const file = resolve(io.cwd, positional[0]!);
  const target = resolve(io.cwd, out);
  let blob: Blob;
  try {
    if (!(await stat(file)).isFile()) {
      io.err(`${positional[0]} is not a file.\n`);
      return 2;
    }
    blob = await openAsBlob(file);
  } catch (e) {
    io.err(`Cannot read ${positional[0]}: ${ioErrorWords(e)}.\n`);
    return 2;
  }
  let targetExists = false;
  try {
    const entries = await readdir(target);
    if (entries.length > 0) {
      io.err(`${out} is not empty. Choose a new or empty folder, so nothing in it is overwritten.\n`);
      return 2;
    }
    targetExists = true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') {
      io.err(`${out} is a file, not a folder.\n`);
      return 2;
    }
    if (code !== 'ENOENT') {
      io.err(`Cannot use ${out}: ${ioErrorWords(e)}.\n`);
      return 2;
    }
  }

  // Everything goes into a hidden folder next to the target first, renamed only when all is well.
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  try {
    await mkdir(join(partial, 'assets'), { recursive: true });
  } catch (e) {
    io.err(`Cannot create ${out}: ${ioErrorWords(e)}.\n`);
    return 2;
  }
  try {
    const result = await readPackage(blob, { assetStore: diskStore(partial), sha256: nodeSha256 });
    if (!result.ok) {
      printProblems(io, result.problems);
      io.err(`✗ ${positional[0]} was not unpacked.\n`);
      await rm(partial, { recursive: true, force: true });
      return result.problems.some((p) => p.code === 'package-unreadable') ? 2 : 1;
    }
    await writeFile(join(partial, 'story.json'), serializeStory(result.story));
    if (targetExists) await rmdir(target);
    await rename(partial, target);
    printProblems(io, result.problems.filter((p) => p.severity !== 'info'));
    const story = result.story;
    const title = story.meta.title[story.meta.defaultLanguage] ?? story.id;
    const bytes = [...result.assets.values()].reduce((n, b) => n + b.size, 0);
    io.out(`✓ Unpacked "${title}" (${story.scenes.length} scenes, ${result.assets.size} media files, ${formatBytes(bytes)}) into ${relative(io.cwd, target) || target}.\n`);
    return 0;
  } catch (e) {
    await rm(partial, { recursive: true, force: true });
    io.err(`Cannot unpack into ${out}: ${ioErrorWords(e)}.\n`);
    return 2;
  }
}
