import type { Migration } from './types.ts';

/**
 * Version 3 adds 360° video scenes: video assets (`kind: "video"`) and `scene.video` (the video,
 * what happens at its end, its volume), with the scene's panorama as the poster frame. Every
 * version-2 document is a valid version-3 document with the same meaning, so the step only changes
 * the version number; a version-2 reader refuses a version-3 file instead of dropping its videos.
 */
export const v2ToV3: Migration = {
  from: 2,
  to: 3,
  description: 'Version 2 to version 3 (360° video scenes and video files): the content is unchanged.',
  up(raw) {
    return { ...raw, schemaVersion: 3 };
  },
};
