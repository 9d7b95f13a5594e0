import { z } from 'zod';
import { Id } from './common.ts';

export const VariableValue = z.union([z.boolean(), z.number().finite(), z.string().max(500)]);
export type VariableValue = z.infer<typeof VariableValue>;

export const Variable = z.object({
  id: Id,
  name: z.string().min(1).max(100).describe('Shown to authors only'),
  initial: VariableValue,
});
export type Variable = z.infer<typeof Variable>;

/** A hotspot is shown only when all its conditions hold. */
export const Condition = z.object({
  variable: Id,
  op: z.enum(['eq', 'ne', 'gt', 'gte', 'lt', 'lte']),
  value: VariableValue,
});
export type Condition = z.infer<typeof Condition>;

/** Applied, in order, when a hotspot is chosen. */
export const Effect = z.discriminatedUnion('op', [
  z.object({ variable: Id, op: z.literal('set'), value: VariableValue }),
  z.object({ variable: Id, op: z.literal('add'), value: z.number().finite() }),
  z.object({ variable: Id, op: z.literal('toggle') }),
]);
export type Effect = z.infer<typeof Effect>;
