import type { SniffedMedia } from '../../story/io/package/sniff.ts';
import { codecVerdict, type TrackFacts } from '../../story/io/package/tracks/index.ts';
import type { MediaFacts } from './facts.ts';
import { mediaWords } from './words.ts';

/**
 * An MP4 or WebM whose tracks are known: the facts of its video, null when it is a sound (no video
 * track, or tracks that cannot be found: kept as a sound as before). Throws, in words, for a video
 * browsers cannot play (H.265/HEVC, and other codecs) or one not accepted here.
 */
export function videoVerdict(tracks: TrackFacts, as: SniffedMedia, accept: ReadonlySet<string>, name?: string): MediaFacts | null {
  if (tracks.kind !== 'video') return null;
  const verdict = codecVerdict(tracks.codec);
  if (verdict === 'hevc') throw mediaWords.hevc(name);
  if (verdict === 'other') throw mediaWords.videoFormat(tracks.codec, name);
  if (!accept.has(as.mime)) throw mediaWords.notMedia(name);
  return { mime: as.mime, kind: 'video', label: as.label, width: tracks.width, height: tracks.height };
}
