import { concat } from '../../../media/container-meta.ts';
import { Mp4MoovFinder, mp4Tracks } from './mp4.ts';
import type { TrackFacts } from './types.ts';
import { webmTracks } from './webm.ts';

export { codecVerdict, type TrackFacts } from './types.ts';

/** How much of a WebM file's start is kept to find its tracks (they come before the first frames). */
const WEBM_HEAD = 2 * 1024 * 1024;

/**
 * Whether an MP4 or WebM file holds a video, fed chunk by chunk as it streams (the first byte
 * included): MP4s are walked box by box (the moov box may be at the end), WebMs read from the start.
 */
export class TrackProbe {
  private mp4 = new Mp4MoovFinder();
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private facts: TrackFacts | null = null;

  constructor(private readonly container: 'mp4' | 'webm') {}

  feed(chunk: Uint8Array): void {
    if (this.facts) return;
    if (this.container === 'mp4') {
      this.mp4.feed(chunk);
      const f = this.mp4.found;
      if (f) this.facts = f === 'none' ? { kind: 'unknown' } : mp4Tracks(f);
      return;
    }
    const take = chunk.subarray(0, WEBM_HEAD - this.headBytes);
    this.head.push(take);
    this.headBytes += take.length;
    const all = this.head.length === 1 ? this.head[0]! : concat(this.head);
    this.head = [all];
    const r = webmTracks(all);
    if (r !== 'more') this.facts = r;
    else if (this.headBytes >= WEBM_HEAD) this.facts = { kind: 'unknown' };
    if (this.facts) this.head = [];
  }

  /** What the tracks say; null while more bytes could still tell (always an answer when `final`). */
  result(final: boolean): TrackFacts | null {
    return this.facts ?? (final ? { kind: 'unknown' } : null);
  }
}
