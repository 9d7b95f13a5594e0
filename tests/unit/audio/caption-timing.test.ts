import { describe, expect, it } from 'vitest';
import { captionChanged, CaptionTiming } from '../../../src/audio/caption-timing.ts';
import type { ActiveCaption } from '../../../src/audio/captions.ts';

const CUES = [
  { start: 0.5, end: 1.2, text: 'One' },
  { start: 1.6, end: 2.3, text: 'Two' },
  { start: 2.3, end: 3, text: '  ' },
];

/** Plays the timing through `times` like the narration does: shows what at() says to show. */
function follow(timing: CaptionTiming, times: number[], shown: ActiveCaption | null = null) {
  const seen: (string | null | '=')[] = [];
  for (const t of times) {
    const next = timing.at(t, shown);
    if (next === undefined) seen.push('=');
    else {
      shown = next;
      seen.push(next?.text ?? null);
    }
  }
  return { seen, shown };
}

describe('caption timing while a recording plays', () => {
  it('shows each cue in its time and nothing in the gaps; an unchanged cue is not shown again', () => {
    const { seen } = follow(new CaptionTiming(CUES, 'en'), [0, 0.5, 0.8, 1.19, 1.2, 1.5, 1.6, 2.0, 2.4, 3.5]);
    expect(seen).toEqual([null, 'One', '=', '=', null, null, 'Two', '=', null, null]);
  });

  it('the caption names its track language, times and place in the track', () => {
    const c = new CaptionTiming(CUES, 'nb').at(1.7, null);
    expect(c).toEqual({ text: 'Two', language: 'nb', start: 1.6, end: 2.3, index: 1 });
  });

  it('seeking back finds the right cue', () => {
    const timing = new CaptionTiming(CUES, 'en');
    const { shown } = follow(timing, [1.7]);
    expect(timing.at(0.6, shown)?.text).toBe('One');
  });

  it('after rewind (the recording starts again) the first cue shows even if it was the last one found', () => {
    const timing = new CaptionTiming(CUES, 'en');
    const { shown } = follow(timing, [0.6]);
    expect(timing.at(0.7, shown)).toBeUndefined();
    timing.rewind();
    expect(timing.at(0.7, shown)?.text).toBe('One');
  });

  it('retime (captions edited, or another language) shows the new text at once', () => {
    const timing = new CaptionTiming(CUES, 'en');
    const { shown } = follow(timing, [0.6]);
    timing.retime([{ start: 0.5, end: 1.2, text: 'En' }], 'nb');
    expect(timing.at(0.7, shown)).toMatchObject({ text: 'En', language: 'nb' });
  });

  it('no captions: nothing shows', () => {
    expect(follow(new CaptionTiming([], 'en'), [0, 1, 2]).seen).toEqual([null, null, null]);
  });
});

describe('whether the caption on screen changes', () => {
  const one: ActiveCaption = { text: 'One', language: 'en', start: 0.5, end: 1.2, index: 0 };
  it('same cue and text: no change; another cue, other text, or none: change', () => {
    expect(captionChanged(null, null)).toBe(false);
    expect(captionChanged(one, { ...one })).toBe(false);
    expect(captionChanged(one, { ...one, index: 1 })).toBe(true);
    expect(captionChanged(one, { ...one, text: 'Uno' })).toBe(true);
    expect(captionChanged(one, null)).toBe(true);
    expect(captionChanged(null, one)).toBe(true);
  });
});
