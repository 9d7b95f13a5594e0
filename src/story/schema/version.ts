/**
 * The current version of the story document. Bump it together with a new migration step.
 * In a file of its own, without zod, so the published player can read it before the schema loads.
 */
export const SCHEMA_VERSION = 3 as const;
