import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installCompiledStoryParser } from '../story/schema/compiled-story.ts';
import { helpCommand, helpText } from './help.ts';
import { hubCommand } from './hub.ts';
import { importCommand } from './import.ts';
import { packCommand } from './pack.ts';
import { publishCommand } from './publish.ts';
import { schemaCommand } from './schema.ts';
import type { CliIo, Command } from './types.ts';
import { unpackCommand } from './unpack.ts';
import { validateCommand } from './validate.ts';

/**
 * The `storyscape` command line (bin/storyscape.mjs runs this through tsx: no build step).
 * Each subcommand is one small file in src/cli/; add new ones (pack, unpack, publish, import...)
 * to COMMANDS. Exit codes: 0 fine, 1 the input has errors, 2 the command could not run.
 */
export const COMMANDS: readonly Command[] = [validateCommand, schemaCommand, packCommand, unpackCommand, publishCommand, importCommand, hubCommand, helpCommand(() => COMMANDS)];

export const processIo = (): CliIo => ({
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
});

export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  // Big stories are checked with zod's compiled parser (Node allows generated code; see the file).
  installCompiledStoryParser();
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(helpText(COMMANDS));
    return 2;
  }
  if (name === '--help' || name === '-h') return helpCommand(() => COMMANDS).run([], io);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`storyscape: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}. Try "storyscape help".\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`Usage: storyscape ${command.usage}\n${command.summary}\n${command.details ? `\n${command.details}` : ''}`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    io.err(`storyscape ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

// Run when started directly (`tsx src/cli/main.ts ...`, as `npm run schema` does).
const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
