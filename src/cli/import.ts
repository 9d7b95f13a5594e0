import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { cubesNotJoined, importFiles, languageTag, reportText, type ImportFile, type ImportResult } from '../story/io/importers/index.ts';
import { PackageError, writePackage } from '../story/io/package/index.ts';
import { formatBytes } from '../story/phrase.ts';
import { nodeSha256 } from '../story/hash-node.ts';
import { appVersion, ioErrorWords } from './pack.ts';
import { validatePackage } from './validate-package.ts';
import type { CliIo, Command } from './types.ts';
import { writeStreamAtomically } from './write-atomically.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PLACEHOLDER = resolve(ROOT, 'workshops/templates/my-place/media/your-360-photo-here.jpg');
const MAX_FILES = 20_000;
const MAX_TOTAL = 2 * 1024 * 1024 * 1024;

/** What `storyscape import` exits with: each kind of failure its own number (shown by --help). */
export const IMPORT_EXIT = { written: 0, notATour: 1, usage: 2, failsChecks: 3, cannotWrite: 4 } as const;

const USAGE = 'import FILE_OR_DIR... -o FILE.storyscape [--story N] [--language CODE]';

export const importCommand: Command = {
  name: 'import',
  usage: USAGE,
  summary: 'Bring in a Pannellum or Marzipano tour, a Photo Sphere Viewer tour or a Twine/Twee story as a .storyscape package.',
  details: [
    'FILE_OR_DIR: a tour config with its pictures, a folder, a zip, or a Twine .html / .twee file.',
    '  --story N        which story to take from a Twine archive that holds several',
    '  --language CODE  the language the words are in (such as en, nb, ar); without it the file',
    '                   says (when it does), else the story is marked as English and the report says so',
    '',
    'Exit codes:',
    '  0  the story was written and passes the same checks as `storyscape validate`',
    '  1  no tour or story could be read from the files (nothing was written)',
    '  2  the command was used wrongly, or a file could not be read',
    '  3  the imported story does not pass the checks, so nothing was written (the problems are listed)',
    '  4  the package could not be written (disk full, no permission, …)',
    '',
  ].join('\n'),
  run: (args, io) => run(args, io),
};

/** Reads files and folders (recursively) as ImportFiles with paths relative to what was named. */
async function readInputs(paths: string[], io: CliIo): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  let total = 0;
  const add = async (abs: string, rel: string): Promise<void> => {
    const info = await stat(abs);
    if (info.isDirectory()) {
      for (const name of (await readdir(abs)).sort()) if (!name.startsWith('.')) await add(join(abs, name), rel ? `${rel}/${name}` : name);
      return;
    }
    if (files.length >= MAX_FILES) throw new Error(`more than ${MAX_FILES} files`);
    total += info.size;
    if (total > MAX_TOTAL) throw new Error(`more than ${formatBytes(MAX_TOTAL)} of files`);
    files.push({ path: rel, bytes: new Uint8Array(await readFile(abs)) });
  };
  for (const p of paths) {
    const abs = resolve(io.cwd, p);
    const isDir = (await stat(abs)).isDirectory();
    await add(abs, isDir ? '' : basename(abs));
  }
  return files;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const usage = `Usage: storyscape ${USAGE}   (storyscape import --help says more)\n`;
  let out: string | null = null;
  let pick: number | null = null;
  let language: string | null = null;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '--out') out = args[++i] ?? null;
    else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--story') pick = Number(args[++i]);
    else if (a === '--language' || a.startsWith('--language=')) {
      const value = a === '--language' ? (args[++i] ?? '') : a.slice(11);
      language = languageTag(value);
      if (!language) {
        io.err(`“${value}” is not a language code. Write it like en, nb or pt-BR.\n`);
        return IMPORT_EXIT.usage;
      }
    } else if (a.startsWith('-')) {
      io.err(`Unknown option ${a}. ${usage}`);
      return IMPORT_EXIT.usage;
    } else positional.push(a);
  }
  if (positional.length === 0 || out === null || (pick !== null && !(Number.isInteger(pick) && pick >= 1))) {
    io.err(usage);
    return IMPORT_EXIT.usage;
  }
  let files: ImportFile[];
  let placeholder: Uint8Array;
  try {
    files = await readInputs(positional, io);
    placeholder = new Uint8Array(await readFile(PLACEHOLDER));
  } catch (e) {
    io.err(`Cannot read ${positional.join(', ')}: ${ioErrorWords(e)}.\n`);
    return IMPORT_EXIT.usage;
  }
  const outcome = importFiles(files, { placeholder, ...(language ? { language } : {}) });
  if (!outcome.ok) {
    io.err(`✗ ${outcome.message}\n`);
    return IMPORT_EXIT.notATour;
  }
  const { results } = outcome;
  if (results.length > 1 && pick === null) {
    io.err(`This file holds ${results.length} stories. Choose one with --story N:\n`);
    results.forEach((r, i) => io.err(`  ${i + 1}. ${r.story.meta.title[r.story.meta.defaultLanguage] ?? r.story.id} (${r.report.scenes} scene${r.report.scenes === 1 ? '' : 's'})\n`));
    return IMPORT_EXIT.usage;
  }
  const chosen = results[(pick ?? 1) - 1];
  if (!chosen) {
    io.err(`There ${results.length === 1 ? 'is only 1 story' : `are only ${results.length} stories`} in this file.\n`);
    return IMPORT_EXIT.usage;
  }
  const result = cubesNotJoined(chosen);
  io.out(reportText(result));
  return writeChecked(result, resolve(io.cwd, out), io);
}

/**
 * Writes the package beside the target, checks the written file as `storyscape validate` does, and
 * only then puts it under the target name: "Wrote" and exit 0 mean the story passes the checks.
 */
export async function writeChecked(result: ImportResult, target: string, io: CliIo): Promise<number> {
  const shown = relative(io.cwd, target).startsWith('..') ? target : relative(io.cwd, target) || target;
  const checking = join(dirname(target), `.${basename(target)}.checking-${process.pid}`);
  const stream = writePackage(result.story, async (id) => result.media.get(id)?.bytes ?? null, { appVersion: await appVersion(), sha256: nodeSha256 });
  let written: number;
  try {
    written = await writeStreamAtomically(stream, checking);
  } catch (e) {
    if (e instanceof PackageError) {
      io.err(`\n✗ The imported story does not pass Storyscape’s checks, so nothing was written:\n${e.problems.map((p) => `  - ${p.message}\n`).join('')}`);
      return IMPORT_EXIT.failsChecks;
    }
    io.err(`Cannot write ${shown}: ${ioErrorWords(e)}.\n`);
    return IMPORT_EXIT.cannotWrite;
  }
  let said = '';
  const checked = await validatePackage(checking, shown, false, { ...io, out: (t) => void (said += t), err: (t) => void (said += t) });
  if (checked !== 0) {
    await rm(checking, { force: true });
    io.err(`\n✗ The imported story does not pass Storyscape’s checks, so nothing was written:\n${said}`);
    return IMPORT_EXIT.failsChecks;
  }
  try {
    await rename(checking, target);
  } catch (e) {
    await rm(checking, { force: true });
    io.err(`Cannot write ${shown}: ${ioErrorWords(e)}.\n`);
    return IMPORT_EXIT.cannotWrite;
  }
  io.out(`\n✓ Wrote ${shown} (${formatBytes(written)}); it passes Storyscape’s checks. Open it in Storyscape to carry on.\n`);
  return IMPORT_EXIT.written;
}
