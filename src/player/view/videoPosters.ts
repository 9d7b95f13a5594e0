import type { Story } from '../../story/schema/index.ts';

/**
 * The largest side of a video scene's poster on the GPU. The poster only stands in for the video
 * until its first frame (a few seconds): uploading it at the video's own size (5760×2880) held the
 * GPU for seconds just as the video's first frame came (bench video-compare, SwiftShader: the 5.7K
 * video frame 15 s after the poster). A 2048 px poster is a twelfth of the pixels.
 */
export const POSTER_SIDE = 2048;

/** The pictures shown only as posters of video scenes (a picture some scene shows alone is not one). */
export function videoPosterIds(story: Story): ReadonlySet<string> {
  const posters = new Set<string>();
  const photos = new Set<string>();
  for (const s of story.scenes) if (s.panorama) (s.video ? posters : photos).add(s.panorama);
  for (const id of photos) posters.delete(id);
  return posters;
}
