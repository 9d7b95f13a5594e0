#!/usr/bin/env node
// The `storyscape` command (npx storyscape ...): runs the TypeScript CLI through tsx, no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
