import type { Command } from './types.ts';

export function helpText(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'storyscape: tools for Storyscape story files (branching 360° stories with sound).',
    '',
    'Usage: storyscape <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 = fine (warnings are fine), 1 = the story has errors, 2 = the command could not run',
    '(unknown command, missing or unreadable file). `import` says more: storyscape import --help.',
    '',
  ].join('\n');
}

export function helpCommand(all: () => readonly Command[]): Command {
  return {
    name: 'help',
    usage: 'help',
    summary: 'Show this help.',
    async run(_args, io) {
      io.out(helpText(all()));
      return 0;
    },
  };
}
