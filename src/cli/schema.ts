import { storyJsonSchemaText } from '../story/schema/json-schema.ts';
import type { Command } from './types.ts';

export const schemaCommand: Command = {
  name: 'schema',
  usage: 'schema',
  summary: 'Print the JSON Schema of the story file format (the same as story.schema.json).',
  async run(args, io) {
    if (args.length > 0) {
      io.err(`storyscape schema takes no arguments (got: ${args.join(' ')}).\n`);
      return 2;
    }
    io.out(storyJsonSchemaText());
    return 0;
  },
};
