/** What a subcommand may use of the outside world (so tests can run commands in-process). */
export interface CliIo {
  /** Writes to standard output, as is (add your own newlines). */
  out(text: string): void;
  /** Writes to standard error, as is. */
  err(text: string): void;
  /** The directory relative file names are read from. */
  cwd: string;
  /** Reads standard input to the end (for "-" as a file name). */
  stdin(): Promise<Buffer>;
}

/** One subcommand: one small file in src/cli/ each. */
export interface Command {
  name: string;
  /** e.g. "validate FILE [--json]" */
  usage: string;
  /** One line for the help text. */
  summary: string;
  /** More for `storyscape COMMAND --help` (options, exit codes), when there is more to say. */
  details?: string;
  /** Returns the exit code: 0 ok, 1 the input has errors, 2 usage error or unreadable input. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Splits "--flag" options from positional arguments; unknown flags are reported by the caller. */
export function splitArgs(args: readonly string[]): { flags: Set<string>; positional: string[] } {
  const flags = new Set<string>();
  const positional: string[] = [];
  let rest = false;
  for (const a of args) {
    if (rest || a === '-' || !a.startsWith('-')) positional.push(a);
    else if (a === '--') rest = true;
    else flags.add(a);
  }
  return { flags, positional };
}
