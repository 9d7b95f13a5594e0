import { z } from 'zod';
import { Guide, NO_GUIDE, type GuideCommand, type Lead } from '../../live/showcase.ts';
import { applyCommand, withLead } from './guide.ts';

/**
 * A room's showcase as the store keeps it (JSON, one row per room): what the facilitator asked of
 * the room (`room`: every headset not told anything on its own, and new ones) and of single
 * headsets (`byDevice`), and the counter of the facilitator's moves. Pure: every change returns a
 * new state, which the hub saves compare-and-set (./showcase.ts) so it survives a restart and is
 * the same for every hub process.
 */
export const ShowcaseState = z.object({
  room: Guide,
  byDevice: z.record(z.string(), Guide),
  leadSeq: z.number().int().nonnegative(),
});
export type ShowcaseState = z.infer<typeof ShowcaseState>;

export const EMPTY_SHOWCASE: ShowcaseState = Object.freeze({ room: NO_GUIDE, byDevice: {}, leadSeq: 0 });

/** The stored JSON, checked; what cannot be read starts over (a headset then just plays on its own). */
export function readState(json: string | null | undefined): { state: ShowcaseState; repaired: boolean } {
  if (!json) return { state: EMPTY_SHOWCASE, repaired: false };
  try {
    const parsed = ShowcaseState.safeParse(JSON.parse(json));
    return parsed.success ? { state: parsed.data, repaired: false } : { state: EMPTY_SHOWCASE, repaired: true };
  } catch {
    return { state: EMPTY_SHOWCASE, repaired: true };
  }
}

export const guideIn = (s: ShowcaseState, deviceId: string): Guide => s.byDevice[deviceId] ?? s.room;

/** A command for the whole room (`all`) or for one headset. */
export function commanded(s: ShowcaseState, to: 'all' | string, command: GuideCommand): ShowcaseState {
  if (to !== 'all') return { ...s, byDevice: { ...s.byDevice, [to]: applyCommand(guideIn(s, to), command) } };
  const byDevice: Record<string, Guide> = {};
  for (const [id, g] of Object.entries(s.byDevice)) byDevice[id] = applyCommand(g, command);
  return { ...s, room: applyCommand(s.room, command), byDevice };
}

/** The facilitator moved to a scene: every guide gets the new lead (headsets decide whether they follow). */
export function led(s: ShowcaseState, lead: Omit<Lead, 'seq'>): ShowcaseState {
  const next = { ...lead, seq: s.leadSeq + 1 };
  const byDevice: Record<string, Guide> = {};
  for (const [id, g] of Object.entries(s.byDevice)) byDevice[id] = withLead(g, next);
  return { room: withLead(s.room, next), byDevice, leadSeq: next.seq };
}
