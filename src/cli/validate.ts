import { open, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { lintStory } from '../story/graph/lint.ts';
import { loadStory, MAX_STORY_JSON_BYTES } from '../story/io/load.ts';
import { loadWords } from '../story/io/load-words.ts';
import type { Problem } from '../story/problems.ts';
import { validatePackage } from './validate-package.ts';
import { splitArgs, type Command } from './types.ts';
import { formatHuman, type ValidateReport } from './validate-report.ts';

/** Decodes file bytes as text: UTF-8 (with or without BOM) or UTF-16 with a BOM; null when not text. */
export function decodeText(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    // TextDecoder drops a UTF-8 BOM itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Loads (parse, migrate, repair, validate) and lints story text: everything `validate` reports. */
export function validateText(text: string): { report: ValidateReport; problems: Problem[]; doc: unknown } {
  const result = loadStory(text);
  const problems = result.ok ? [...result.problems, ...lintStory(result.story)] : result.problems;
  let doc: unknown = result.story;
  if (!result.ok) {
    try {
      doc = JSON.parse(text);
    } catch {
      doc = undefined;
    }
  }
  return {
    report: {
      ok: result.ok && !problems.some((p) => p.severity === 'error'),
      schemaVersion: result.fromVersion,
      problems: problems.map(({ severity, code, message, path }) => ({ severity, code, message, path })),
    },
    problems,
    doc,
  };
}

async function isZip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 3 && buffer[3] === 4;
  } finally {
    await fh.close();
  }
}

export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate FILE [--json]',
  summary: 'Check a story file or a .storyscape package/backup: format, version (older ones are updated in memory), links, accessibility, translations, media.',
  async run(args, io) {
    const { flags, positional } = splitArgs(args);
    const json = flags.delete('--json');
    if (flags.size > 0 || positional.length !== 1) {
      io.err(
        flags.size > 0
          ? `Unknown option ${[...flags].join(', ')}. Usage: storyscape validate FILE [--json]\n`
          : 'Usage: storyscape validate FILE [--json]   (FILE is a story .json file, a .storyscape package or backup, or - for standard input)\n',
      );
      return 2;
    }
    const file = positional[0]!;
    let bytes: Buffer;
    try {
      if (file === '-') bytes = await io.stdin();
      else {
        const path = resolve(io.cwd, file);
        const info = await stat(path);
        if (!info.isFile()) {
          io.err(`${file} is not a file${info.isDirectory() ? ' (it is a folder)' : ''}.\n`);
          return 2;
        }
        if (info.size > 4 * MAX_STORY_JSON_BYTES) {
          return finish(io, file, json, {
            severity: 'error',
            code: 'too-large',
            ...loadWords('load.file-too-large', { size: Math.round(info.size / 1048576), limit: MAX_STORY_JSON_BYTES / 1048576 }),
            path: '',
          });
        }
        // A .storyscape package or backup (a zip): checked file by file, then each story as below.
        if (await isZip(path)) return await validatePackage(path, file, json, io);
        bytes = await readFile(path);
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT'
          ? 'there is no such file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : e instanceof Error
              ? e.message
              : String(e);
      io.err(`Cannot read ${file}: ${why}.\n`);
      return 2;
    }
    const text = decodeText(bytes);
    if (text === null) {
      return finish(io, file, json, {
        severity: 'error',
        code: 'not-text',
        ...loadWords('load.not-text'),
        path: '',
      });
    }
    const { report, problems, doc } = validateText(text);
    io.out(json ? JSON.stringify(report, null, 2) + '\n' : formatHuman(file, report, problems, doc));
    return report.ok ? 0 : 1;
  },
};

function finish(io: Parameters<Command['run']>[1], file: string, json: boolean, problem: Problem): number {
  const report: ValidateReport = { ok: false, schemaVersion: null, problems: [problem] };
  io.out(json ? JSON.stringify(report, null, 2) + '\n' : formatHuman(file, report, [problem], undefined));
  return 1;
}
