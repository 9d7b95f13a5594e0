import { z } from 'zod';
import { LanguageTag, SceneId, StoryId, LocalizedText } from './common.ts';
import { Asset } from './asset.ts';
import { Scene } from './scene.ts';
import { Variable } from './variable.ts';
import { SCHEMA_VERSION } from './version.ts';

export { SCHEMA_VERSION };

export const Author = z.object({
  name: z.string().min(1).max(200).describe('A first name or chosen name'),
  role: z.string().max(200).optional(),
});

export const StoryMeta = z.object({
  title: LocalizedText,
  description: LocalizedText.optional(),
  languages: z.array(LanguageTag).min(1).max(20).describe('Languages the story is written in'),
  defaultLanguage: LanguageTag,
  authors: z.array(Author).max(100).default([]),
  licence: z.string().max(200).default('CC-BY-4.0').describe('The story\'s own licence (SPDX id or words)'),
  credits: LocalizedText.optional(),
  createdAt: z.string().max(40).optional(),
  updatedAt: z.string().max(40).optional(),
});
export type StoryMeta = z.infer<typeof StoryMeta>;

export const Story = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: StoryId,
    meta: StoryMeta,
    startSceneId: SceneId.nullable(),
    scenes: z.array(Scene).max(5000),
    assets: z.array(Asset).max(20_000).default([]),
    variables: z.array(Variable).max(200).default([]),
  })
  .describe('A Storyscape story: a branching graph of 360° scenes with sound');
export type Story = z.infer<typeof Story>;
export type StoryInput = z.input<typeof Story>;
