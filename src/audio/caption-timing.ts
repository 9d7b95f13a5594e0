/**
 * Which caption shows while a recording plays (pure). The narration asks every 50 ms, and on
 * play, pause and end; this follows the playing time through one caption track, remembering the
 * last cue so that the usual question (still this cue, or the next?) needs no search.
 */
import { buildCueIndex, captionFor, cueAt, type ActiveCaption, type CueIndex, type CueLike } from './captions.ts';

export class CaptionTiming {
  private cues: readonly CueLike[];
  private language: string;
  private index: CueIndex;
  /** Sorted position of the cue found last (-1: none yet, or none at that time). */
  private hint = -1;

  constructor(cues: readonly CueLike[], language: string) {
    this.cues = cues;
    this.language = language;
    this.index = buildCueIndex(cues);
  }

  /** The track was edited, or the reader changed language: look afresh. */
  retime(cues: readonly CueLike[], language: string): void {
    this.cues = cues;
    this.language = language;
    this.index = buildCueIndex(cues);
    this.hint = -1;
  }

  /** The recording starts again from the top (or ended). */
  rewind(): void {
    this.hint = -1;
  }

  /**
   * The caption at `time` (seconds into the recording), or undefined when the cue has not changed
   * since the last call and a caption (`shown`) is on screen.
   */
  at(time: number, shown: ActiveCaption | null): ActiveCaption | null | undefined {
    const k = cueAt(this.index, time, this.hint);
    if (k === this.hint && shown) return undefined;
    this.hint = k;
    return captionFor(this.cues, this.index, k, this.language);
  }
}

/** Whether putting `next` on screen in place of `shown` changes what the reader sees. */
export function captionChanged(shown: ActiveCaption | null, next: ActiveCaption | null): boolean {
  if (shown === next) return false;
  return !(shown && next && shown.index === next.index && shown.text === next.text);
}
