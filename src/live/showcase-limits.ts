/**
 * Showcase limits (src/live/showcase.ts), in a file without zod: the player reads VIEW_EVERY_MS,
 * and the published player loads no schema before its first frame.
 */

/** Longest pause message and headset name. */
export const MAX_PAUSE_MESSAGE = 200;
export const MAX_HEADSET_NAME = 40;
/** A headset sends where it looks at most this often; the hub drops what comes faster. */
export const VIEW_EVERY_MS = 250;
