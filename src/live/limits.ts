/**
 * Sizes the hub and its clients agree on (pure). Story documents follow the model's limit (32 MB of
 * JSON), so a request carrying one may be a little bigger; media follow the editor's import limit.
 */
export const MiB = 1024 * 1024;
/** Largest JSON request body the hub reads (a story is at most 32 MB of JSON, plus the envelope). */
export const MAX_JSON_BODY_BYTES = 40 * MiB;
/** Largest single photo or sound (the editor refuses bigger files on import too). */
export const MAX_MEDIA_BYTES = 300 * MiB;
/** Versions of each story the hub keeps (older ones are dropped as new ones arrive). */
export const KEPT_VERSIONS = 50;
/** Most hashes in one "which of these do you have?" question. */
export const MAX_HAS_HASHES = 10_000;
