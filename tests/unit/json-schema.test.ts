import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STORY_SCHEMA_ID, storyJsonSchema, storyJsonSchemaText } from '../../src/story/schema/json-schema.ts';

const committed = fileURLToPath(new URL('../../story.schema.json', import.meta.url));

describe('JSON Schema', () => {
  it('story.schema.json is up to date with the zod schema', () => {
    const onDisk = readFileSync(committed, 'utf8');
    const fresh = storyJsonSchemaText();
    if (onDisk !== fresh) {
      throw new Error(
        'story.schema.json is out of date with src/story/schema/*.ts. Run `npm run schema` and commit the result.',
      );
    }
  });

  it('has $id, title and description, and describes what a file may contain (defaults optional)', () => {
    const s = storyJsonSchema() as {
      $schema: string;
      $id: string;
      title: string;
      description: string;
      required: string[];
      properties: Record<string, { items?: { required?: string[]; properties?: Record<string, unknown> } }>;
    };
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toBe(STORY_SCHEMA_ID);
    expect(s.title).toMatch(/Storyscape story/);
    expect(s.description.length).toBeGreaterThan(20);
    expect(s.required).toEqual(['schemaVersion', 'id', 'meta', 'startSceneId', 'scenes']);
    const scene = s.properties.scenes!.items!;
    expect(scene.required).toEqual(['id', 'title', 'panorama']);
    expect(Object.keys(scene.properties!)).toEqual(expect.arrayContaining(['hotspots', 'soundscape', 'ending', 'map']));
  });
});
