/**
 * Captions timed to a scene's video (pure): the track for the reader's language (else the story's
 * default, else any), and the cue showing at a moment of the video.
 */
import { buildCueIndex, captionFor, cueAt, pickLanguage, type ActiveCaption, type CueIndex, type CueLike } from '../../audio/captions.ts';

export interface VideoCaptionTrack {
  language: string;
  cues: readonly CueLike[];
  index: CueIndex;
}

/** The track to show for a reader who reads `wanted` (null when the video has no captions). */
export function videoCaptionTrack(captions: Readonly<Record<string, readonly CueLike[]>> | undefined, wanted: string, fallback?: string | null): VideoCaptionTrack | null {
  const tracks = captions ?? {};
  const languages = Object.keys(tracks).filter((l) => (tracks[l]?.length ?? 0) > 0);
  const language = pickLanguage(languages, wanted, fallback);
  if (language === null) return null;
  const cues = tracks[language]!;
  return { language, cues, index: buildCueIndex(cues) };
}

/** The caption at `time` seconds into the video (null: none). */
export function videoCaptionAt(track: VideoCaptionTrack | null, time: number): ActiveCaption | null {
  if (!track) return null;
  return captionFor(track.cues, track.index, cueAt(track.index, time), track.language);
}

/** Same caption (no new render, no repeated announcement). */
export function sameCaption(a: ActiveCaption | null, b: ActiveCaption | null): boolean {
  return a === b || (!!a && !!b && a.index === b.index && a.language === b.language && a.text === b.text);
}
