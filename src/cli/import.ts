import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { cubesNotJoined, importFiles, reportText, titlePlaceholders, type ImportFile, type ImportResult } from '../story/io/importers/index.ts';
import { placeholderRasteriser } from '../story/io/importers/placeholder-raster.ts';
import { PackageError, writePackage } from '../story/io/package/index.ts';
import { formatBytes } from '../story/phrase.ts';
import { nodeSha256 } from '../story/hash-node.ts';
import { appVersion, ioErrorWords, printProblems } from './pack.ts';
import type { CliIo, Command } from './types.ts';
import { writeStreamAtomically } from './write-atomically.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PLACEHOLDER = resolve(ROOT, 'workshops/templates/my-place/media/your-360-photo-here.jpg');
const BACKGROUND = resolve(ROOT, 'assets/import/placeholder-background.jpg');
const FONT = (subset: string, weight: number) => resolve(ROOT, `node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`);

/**
 * Twine passages get their own placeholder picture with their title, drawn in plain JavaScript like
 * the app draws it with a canvas (see placeholder-raster.ts). Without the font or background files
 * (a broken install) they keep the shared picture, and the report says so.
 */
async function withTitles(result: ImportResult): Promise<ImportResult> {
  if (result.report.format !== 'twine-html' && result.report.format !== 'twee') return result;
  let draw: ((title: string) => Uint8Array | null) | null = null;
  try {
    const read = async (p: string) => new Uint8Array(await readFile(p));
    const fonts = { 400: await Promise.all([read(FONT('latin', 400)), read(FONT('latin-ext', 400))]), 700: await Promise.all([read(FONT('latin', 700)), read(FONT('latin-ext', 700))]) };
    draw = placeholderRasteriser(await read(BACKGROUND), fonts);
  } catch {
    draw = null;
  }
  return titlePlaceholders(result, (title) => draw?.(title) ?? null);
}
const MAX_FILES = 20_000;
const MAX_TOTAL = 2 * 1024 * 1024 * 1024;

export const importCommand: Command = {
  name: 'import',
  usage: 'import FILE_OR_DIR... -o FILE [--story N]',
  summary: 'Bring in a Pannellum or Marzipano tour, a Photo Sphere Viewer tour or a Twine/Twee story as a .storyscape package.',
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
  const usage = 'Usage: storyscape import FILE_OR_DIR... -o FILE.storyscape [--story N]   (a tour config with its pictures, a folder, a zip, or a Twine .html / .twee file)\n';
  let out: string | null = null;
  let pick: number | null = null;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '--out') out = args[++i] ?? null;
    else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--story') pick = Number(args[++i]);
    else if (a.startsWith('-')) {
      io.err(`Unknown option ${a}. ${usage}`);
      return 2;
    } else positional.push(a);
  }
  if (positional.length === 0 || out === null || (pick !== null && !(Number.isInteger(pick) && pick >= 1))) {
    io.err(usage);
    return 2;
  }
  let files: ImportFile[];
  let placeholder: Uint8Array;
  try {
    files = await readInputs(positional, io);
    placeholder = new Uint8Array(await readFile(PLACEHOLDER));
  } catch (e) {
    io.err(`Cannot read ${positional.join(', ')}: ${ioErrorWords(e)}.\n`);
    return 2;
  }
  const outcome = importFiles(files, { placeholder });
  if (!outcome.ok) {
    io.err(`✗ ${outcome.message}\n`);
    return 1;
  }
  const { results } = outcome;
  if (results.length > 1 && pick === null) {
    io.err(`This file holds ${results.length} stories. Choose one with --story N:\n`);
    results.forEach((r, i) => io.err(`  ${i + 1}. ${r.story.meta.title.en ?? r.story.id} (${r.report.scenes} scene${r.report.scenes === 1 ? '' : 's'})\n`));
    return 2;
  }
  const chosen = results[(pick ?? 1) - 1];
  if (!chosen) {
    io.err(`There ${results.length === 1 ? 'is only 1 story' : `are only ${results.length} stories`} in this file.\n`);
    return 2;
  }
  const result = cubesNotJoined(await withTitles(chosen));
  io.out(reportText(result));

  const target = resolve(io.cwd, out);
  const stream = writePackage(result.story, async (id) => result.media.get(id)?.bytes ?? null, { appVersion: await appVersion(), sha256: nodeSha256 });
  let written: number;
  try {
    written = await writeStreamAtomically(stream, target);
  } catch (e) {
    if (e instanceof PackageError) {
      printProblems(io, e.problems);
      io.err('✗ Nothing was written.\n');
      return 1;
    }
    io.err(`Cannot write ${relative(io.cwd, target)}: ${ioErrorWords(e)}.\n`);
    return 2;
  }
  io.out(`\n✓ Wrote ${relative(io.cwd, target) || target} (${formatBytes(written)}). Open it in Storyscape to carry on.\n`);
  return 0;
}
