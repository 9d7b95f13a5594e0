import { openAsBlob } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { loadStory, MAX_STORY_JSON_BYTES } from '../story/io/load.ts';
import type { Problem } from '../story/problems.ts';
import type { Story } from '../story/schema/story.ts';
import { PackageError, writePackage } from '../story/io/package/index.ts';
import { describeAsset } from '../story/io/package/messages.ts';
import { formatBytes } from '../story/phrase.ts';
import { extensionFor } from '../story/io/package/sniff.ts';
import { nodeSha256 } from '../story/hash-node.ts';
import type { CliIo, Command } from './types.ts';
import { writeStreamAtomically } from './write-atomically.ts';
import { decodeText } from './validate.ts';

/** `-o FILE` / `--out FILE` / `--out=FILE`, other flags, and positional arguments. */
export function parseOutArgs(args: readonly string[]): { out: string | null; flags: Set<string>; positional: string[]; error: string | null } {
  let out: string | null = null;
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '--out') {
      const next = args[i + 1];
      if (next === undefined) return { out, flags, positional, error: `${a} needs a file or folder name after it` };
      out = next;
      i++;
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a.startsWith('-') && a !== '-') flags.add(a);
    else positional.push(a);
  }
  return { out, flags, positional, error: null };
}

/** One line per problem, the way `validate` prints them. */
export function printProblems(io: CliIo, problems: readonly (Problem & { entry?: string })[]): void {
  for (const p of problems) {
    const where = p.entry ? ` in ${p.entry}` : p.path ? ` at ${p.path}` : '';
    io.err(`${p.severity.padEnd(7)} ${p.code}${where}: ${p.message}\n`);
  }
}

export const ioErrorWords = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOSPC') return 'the disk is full';
  return e instanceof Error ? e.message : String(e);
};

/** Storyscape's own version, for the manifest. */
export async function appVersion(): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const HASH_NAME = /^([0-9a-f]{64})(\.[A-Za-z0-9]{1,8})?$/;

/**
 * Finds each asset's file next to a story: `asset-files.json` (id -> path relative to the story's
 * folder) first, then files named `<sha256>.<ext>` in the folder itself or its `assets/` folder.
 */
export async function findAssetFiles(story: Story, base: string): Promise<{ files: Map<string, string>; missing: string[]; problems: string[] }> {
  const files = new Map<string, string>();
  const problems: string[] = [];
  let listed: Record<string, unknown> = {};
  const listPath = join(base, 'asset-files.json');
  try {
    const parsed: unknown = JSON.parse(await readFile(listPath, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) listed = parsed as Record<string, unknown>;
    else problems.push('asset-files.json should map asset ids to file names, like {"<sha256>": "photos/park.jpg"}.');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(`asset-files.json cannot be read: ${e instanceof SyntaxError ? 'it is not valid JSON' : ioErrorWords(e)}.`);
  }
  const byHash = new Map<string, string>();
  for (const dir of [base, join(base, 'assets')]) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const n of names) {
      const m = HASH_NAME.exec(n);
      if (m && !byHash.has(m[1]!)) byHash.set(m[1]!, join(dir, n));
    }
  }
  const missing: string[] = [];
  for (const a of story.assets) {
    const rel = listed[a.id];
    const path = typeof rel === 'string' ? resolve(base, rel) : byHash.get(a.id);
    if (path) files.set(a.id, path);
    else missing.push(a.id);
  }
  return { files, missing, problems };
}

export const packCommand: Command = {
  name: 'pack',
  usage: 'pack DIR_OR_JSON -o FILE',
  summary: 'Make a .storyscape package from a story.json and its media files (named by hash, or listed in asset-files.json).',
  run: (args, io) => run(args, io),
};

export async function run(args: string[], io: CliIo): Promise<number> {
  const usage = 'Usage: storyscape pack DIR_OR_JSON -o FILE.storyscape   (DIR holds story.json; media are named <sha256>.<ext>, here or in assets/, or listed in asset-files.json)\n';
  const { out, flags, positional, error } = parseOutArgs(args);
  if (error || flags.size > 0 || positional.length !== 1) {
    io.err(error ? `${error}. ${usage}` : flags.size ? `Unknown option ${[...flags].join(', ')}. ${usage}` : usage);
    return 2;
  }
  const input = resolve(io.cwd, positional[0]!);
  let storyFile: string;
  try {
    storyFile = (await stat(input)).isDirectory() ? join(input, 'story.json') : input;
    const info = await stat(storyFile);
    if (info.size > MAX_STORY_JSON_BYTES) {
      io.err(`${relative(io.cwd, storyFile)} is too big to be a story (${formatBytes(info.size)}; at most ${formatBytes(MAX_STORY_JSON_BYTES)}).\n`);
      return 1;
    }
  } catch (e) {
    io.err(`Cannot read ${positional[0]}: ${ioErrorWords(e)}.\n`);
    return 2;
  }
  let text: string | null;
  try {
    text = decodeText(await readFile(storyFile));
  } catch (e) {
    io.err(`Cannot read ${relative(io.cwd, storyFile) || storyFile}: ${ioErrorWords(e)}.\n`);
    return 2;
  }
  if (text === null) {
    io.err(`${relative(io.cwd, storyFile)} is not text, so it is not a story file.\n`);
    return 1;
  }
  const loaded = loadStory(text);
  if (!loaded.ok) {
    printProblems(io, loaded.problems);
    io.err(`✗ ${relative(io.cwd, storyFile)}: the story has errors, so it was not packed. Run "storyscape validate" for details.\n`);
    return 1;
  }
  const story = loaded.story;
  const base = dirname(storyFile);
  const found = await findAssetFiles(story, base);
  for (const p of found.problems) io.err(`error   ${p}\n`);
  for (const id of found.missing) {
    const a = story.assets.find((x) => x.id === id)!;
    io.err(`error   asset-missing: ${describeAsset(a)} has no file: name it ${id}.${extensionFor(a.mime)} (in ${relative(io.cwd, base) || '.'} or its assets folder), or list it in asset-files.json.\n`);
  }
  if (found.problems.length || found.missing.length) {
    io.err('✗ Nothing was packed.\n');
    return 1;
  }

  const target = resolve(io.cwd, out ?? `${story.id}.storyscape`);
  // SOURCE_DATE_EPOCH (seconds) makes the package byte-for-byte reproducible.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const stream = writePackage(story, async (id) => openAsBlob(found.files.get(id)!), {
    appVersion: await appVersion(),
    sha256: nodeSha256,
    ...(Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? { created: new Date(epoch * 1000) } : {}),
  });
  let written: number;
  try {
    written = await writeStreamAtomically(stream, target);
  } catch (e) {
    if (e instanceof PackageError) {
      printProblems(io, e.problems);
      io.err('✗ Nothing was packed.\n');
      return 1;
    }
    io.err(`Cannot write ${relative(io.cwd, target)}: ${ioErrorWords(e)}.\n`);
    return 2;
  }
  printProblems(io, loaded.problems.filter((p) => p.severity !== 'info'));
  const title = story.meta.title[story.meta.defaultLanguage] ?? story.id;
  io.out(`✓ Packed "${title}" (${story.scenes.length} scenes, ${story.assets.length} media files) into ${relative(io.cwd, target) || target} (${formatBytes(written)}).\n`);
  return 0;
}
