import { z } from 'zod';
import { AssetId, Id, LocalizedText, SceneId } from './common.ts';
import { Condition, Effect } from './variable.ts';

/**
 * Questions and checkpoints (format 2). Both are built on the story's variables: a question's
 * answer applies effects and may add 1 to a score variable; a checkpoint is a go-to link that
 * stays closed until its conditions hold.
 */

export const MIN_ANSWERS = 2;
export const MAX_ANSWERS = 6;

export const Answer = z.object({
  id: Id,
  text: LocalizedText.default({}),
  image: AssetId.optional().describe('A picture shown with the answer'),
  sound: AssetId.optional().describe('A recorded word, played when the answer is chosen'),
  right: z.boolean().default(false),
  feedback: LocalizedText.default({}).describe('Shown after the reader picks this answer'),
  effects: z.array(Effect).max(20).optional().describe('Applied, in order, when the reader picks this answer'),
  goto: SceneId.optional().describe('Where the story goes after this answer (the reader presses Continue)'),
});
export type Answer = z.infer<typeof Answer>;

export const QuestionAction = z.object({
  type: z.literal('question'),
  prompt: LocalizedText.default({}),
  sound: AssetId.optional().describe('The question, recorded'),
  answers: z.array(Answer).min(MIN_ANSWERS).max(MAX_ANSWERS),
  chances: z
    .enum(['retry', 'once'])
    .default('retry')
    .describe('"retry": after a wrong answer the reader may try again; "once": the first answer counts'),
  score: Id.optional().describe('A number variable that gets 1 added when the first answer is right'),
});
export type QuestionAction = z.infer<typeof QuestionAction>;

/** A go-to link that stays closed until every condition holds. */
export const Checkpoint = z.object({
  when: z.array(Condition).min(1).max(20),
  message: LocalizedText.default({}).describe('Shown when the reader tries the link while it is closed'),
});
export type Checkpoint = z.infer<typeof Checkpoint>;

/** A score shown at an ending: "You found {score} of {total} words". */
export const EndingScore = z.object({
  variable: Id,
  text: LocalizedText.default({}).describe('{score} is the reader’s score, {total} the number of questions that count'),
});
export type EndingScore = z.infer<typeof EndingScore>;
