import type { Migration } from './types.ts';

/**
 * Version 2 adds question hotspots (`action.type: "question"`), checkpoints (`action.closed` on a
 * go-to link) and a score at an ending (`ending.score`). Every version-1 document is a valid
 * version-2 document with the same meaning, so the step only changes the version number; a
 * version-1 reader shown a version-2 file refuses it (it is from the future) instead of dropping
 * questions it does not know.
 */
export const v1ToV2: Migration = {
  from: 1,
  to: 2,
  description: 'Version 1 to version 2 (question hotspots, checkpoints, a score at an ending): the content is unchanged.',
  up(raw) {
    return { ...raw, schemaVersion: 2 };
  },
};
