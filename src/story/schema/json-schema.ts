import { z } from 'zod';
import { SCHEMA_VERSION, Story } from './story.ts';

/** Where the JSON Schema of the story document says it comes from (a name, not a download address). */
export const STORY_SCHEMA_ID = `urn:storyscape:story:v${SCHEMA_VERSION}`;

/**
 * The JSON Schema (draft 2020-12) of the story document, generated from the zod schema so the two
 * never disagree. It describes what may be written in a file (`io: 'input'`): fields that have a
 * default may be left out. Checks written as code (such as "a caption ends after it starts") are
 * not in it: `loadStory` is the full check. The committed `story.schema.json` is this, written
 * by `npm run schema`; a unit test fails when they differ.
 */
export function storyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Story, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  const { $schema, description: _fromZod, ...rest } = generated;
  return {
    $schema,
    $id: STORY_SCHEMA_ID,
    title: `Storyscape story (format ${SCHEMA_VERSION})`,
    description:
      'A branching story of 360° scenes with sound, as saved by Storyscape. Photos and sounds are not in this file: they are referenced by the sha-256 of their bytes. Angles are degrees: yaw 0 = panorama centre, positive to the right, (-180, 180]; pitch 0 = horizon, positive up, [-90, 90].',
    ...rest,
  };
}

/** The schema as the text of story.schema.json (stable key order, two-space indent, final newline). */
export function storyJsonSchemaText(): string {
  return JSON.stringify(storyJsonSchema(), null, 2) + '\n';
}
