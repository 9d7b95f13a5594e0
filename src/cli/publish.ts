import { existsSync, openAsBlob } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { loadStory } from '../story/io/load.ts';
import type { Story } from '../story/schema/story.ts';
import { readPackage } from '../story/io/package/index.ts';
import { formatBytes } from '../story/phrase.ts';
import { describeAsset } from '../story/io/package/messages.ts';
import { extensionFor } from '../story/io/package/sniff.ts';
import { nodeSha256 } from '../story/hash-node.ts';
import { buildPlayerSite, PLAYER_FILES_LIST, PLAYER_SITE_DIR, type PlayerFilesList } from '../build/player-build.ts';
import { planSite, siteBytes, type PlayerFile } from '../publish/site.ts';
import { makePreviews } from './publish-preview.ts';
import { makeTiles } from './publish-tiles.ts';
import { findAssetFiles, ioErrorWords, parseOutArgs, printProblems } from './pack.ts';
import type { CliIo, Command } from './types.ts';
import { decodeText } from './validate.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const USAGE =
  'Usage: storyscape publish FILE_OR_DIR -o OUTDIR   (a .storyscape package, a story.json, or a folder holding story.json and its media)\n';

type Loaded = { ok: true; story: Story; asset: (id: string) => Promise<Blob> } | { ok: false; code: number };

/** The story and its media, from a package or from a story.json with its files. */
async function loadInput(input: string, io: CliIo): Promise<Loaded> {
  let path = resolve(io.cwd, input);
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'story.json');
    const head = await readFile(path).then((b) => b.subarray(0, 4));
    if (head[0] === 0x50 && head[1] === 0x4b) {
      const r = await readPackage(await openAsBlob(path), { sha256: nodeSha256 });
      if (!r.ok) {
        printProblems(io, r.problems);
        io.err(`✗ ${input} could not be opened, so nothing was published.\n`);
        return { ok: false, code: 1 };
      }
      printProblems(io, r.problems.filter((p) => p.severity === 'warning'));
      return { ok: true, story: r.story, asset: async (id) => r.assets.get(id)! };
    }
  } catch (e) {
    io.err(`Cannot read ${input}: ${ioErrorWords(e)}.\n`);
    return { ok: false, code: 2 };
  }
  const text = decodeText(await readFile(path));
  const loaded = text === null ? null : loadStory(text);
  if (!loaded?.ok) {
    if (loaded) printProblems(io, loaded.problems);
    io.err(`✗ ${relative(io.cwd, path)} is not a story that can be opened, so nothing was published. Run "storyscape validate" for details.\n`);
    return { ok: false, code: 1 };
  }
  const found = await findAssetFiles(loaded.story, dirname(path));
  for (const p of found.problems) io.err(`error   ${p}\n`);
  for (const id of found.missing) {
    const a = loaded.story.assets.find((x) => x.id === id)!;
    io.err(`error   asset-missing: ${describeAsset(a)} has no file: name it ${id}.${extensionFor(a.mime)} next to the story or in its assets folder, or list it in asset-files.json.\n`);
  }
  if (found.problems.length || found.missing.length) {
    io.err('✗ Nothing was published.\n');
    return { ok: false, code: 1 };
  }
  return { ok: true, story: loaded.story, asset: (id) => openAsBlob(found.files.get(id)!) };
}

/** The relative-URL player build (dist/player-site/), built first when it is missing. */
export async function playerFiles(io: CliIo, root = ROOT): Promise<PlayerFile[]> {
  const dir = join(root, 'dist', PLAYER_SITE_DIR);
  if (!existsSync(join(dir, PLAYER_FILES_LIST))) {
    io.err('The story player has not been built yet (dist/player-site is missing): building it now, this takes about a minute…\n');
    await buildPlayerSite(root, dir);
  }
  const list = JSON.parse(await readFile(join(dir, PLAYER_FILES_LIST), 'utf8')) as PlayerFilesList;
  return Promise.all(list.files.map(async (path) => ({ path, bytes: new Uint8Array(await readFile(join(dir, path))) })));
}

/** A folder we may replace: missing, empty, or an earlier published site (index.html + story.json). */
async function replaceable(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => null);
  return names === null || names.length === 0 || (names.includes('index.html') && names.includes('story.json') && names.includes('sw.js'));
}

export const publishCommand: Command = {
  name: 'publish',
  usage: 'publish FILE_OR_DIR -o OUTDIR',
  summary: 'Make a story website folder (player, story.json, assets/, offline copy) to put on any static web host.',
  async run(args, io) {
    const { out, flags, positional, error } = parseOutArgs(args);
    if (error || flags.size > 0 || positional.length !== 1 || !out) {
      io.err(error ? `${error}. ${USAGE}` : flags.size ? `Unknown option ${[...flags].join(', ')}. ${USAGE}` : USAGE);
      return 2;
    }
    const loaded = await loadInput(positional[0]!, io);
    if (!loaded.ok) return loaded.code;
    const target = resolve(io.cwd, out);
    if (!(await replaceable(target))) {
      io.err(`${out} already holds other files. Publish into a new or empty folder (or the folder of an earlier publish of a story, which is replaced).\n`);
      return 2;
    }
    const previews = await makePreviews(loaded.story, loaded.asset);
    const tiles = await makeTiles(loaded.story, loaded.asset);
    const plan = planSite(loaded.story, await playerFiles(io), nodeSha256, previews, tiles);
    const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
    try {
      await rm(partial, { recursive: true, force: true });
      for (const f of plan.files) {
        const dest = join(partial, f.path);
        await mkdir(dirname(dest), { recursive: true });
        if (f.kind === 'text') await writeFile(dest, f.bytes);
        else {
          const fh = await open(dest, 'w');
          try {
            for await (const chunk of (await loaded.asset(f.assetId)).stream()) await fh.write(chunk);
          } finally {
            await fh.close();
          }
        }
      }
      await rm(target, { recursive: true, force: true });
      await rename(partial, target);
    } catch (e) {
      await rm(partial, { recursive: true, force: true });
      io.err(`Cannot write ${out}: ${ioErrorWords(e)}.\n`);
      return 2;
    }
    const story = loaded.story;
    const title = story.meta.title[story.meta.defaultLanguage] ?? story.id;
    io.out(
      `✓ Published "${title}" into ${relative(io.cwd, target) || target} (${plan.files.length} files, ${formatBytes(siteBytes(plan))}).\n` +
        '  Put the whole folder on any static web host (in any subfolder); open its index.html through https (or localhost)\n' +
        '  so headsets can use VR and the story keeps working offline. Opening index.html straight from a disk does not work.\n',
    );
    return 0;
  },
};
