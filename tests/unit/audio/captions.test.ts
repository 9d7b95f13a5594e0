import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCueIndex, captionFor, cueAt, pickCaptionTrack, pickLanguage, pickRecording, pickText } from '../../../src/audio/captions.ts';

describe('language choice', () => {
  it('exact, then base language, then the story default, then the first', () => {
    expect(pickLanguage(['en', 'nb'], 'nb', 'en')).toBe('nb');
    expect(pickLanguage(['en', 'nb'], 'NB', 'en')).toBe('nb');
    expect(pickLanguage(['en', 'pt'], 'pt-BR', 'en')).toBe('pt');
    expect(pickLanguage(['en', 'pt-BR'], 'pt', 'en')).toBe('pt-BR');
    expect(pickLanguage(['en', 'nb'], 'de', 'en')).toBe('en');
    expect(pickLanguage(['en-GB', 'nb'], 'de', 'en')).toBe('en-GB');
    expect(pickLanguage(['nb', 'ar'], 'de', 'en')).toBe('nb');
    expect(pickLanguage([], 'de', 'en')).toBeNull();
  });

  it('picks a recording and ignores empty texts', () => {
    expect(pickRecording({ en: 'a'.repeat(64), nb: 'b'.repeat(64) }, 'nb', 'en')).toEqual({ language: 'nb', assetId: 'b'.repeat(64) });
    expect(pickRecording({ en: 'a'.repeat(64) }, 'nb', 'en')).toEqual({ language: 'en', assetId: 'a'.repeat(64) });
    expect(pickRecording({}, 'nb', 'en')).toBeNull();
    expect(pickText({ en: 'Hello', nb: '  ' }, 'nb', 'en')).toEqual({ text: 'Hello', language: 'en' });
  });
});

describe('caption track for the recording that plays', () => {
  const EN = 'e'.repeat(64);
  const NB = 'f'.repeat(64);
  const cue = (text: string) => [{ start: 0, end: 1, text }];

  it("reader's language with its own recording: its own track", () => {
    const t = pickCaptionTrack({ recordings: { en: EN, nb: NB }, captions: { en: cue('Hi'), nb: cue('Hei') } }, 'nb', 'en');
    expect(t?.language).toBe('nb');
    expect(t?.recordingLanguage).toBe('nb');
  });

  it("reader's language without a recording: their track, timed to the default recording", () => {
    const t = pickCaptionTrack({ recordings: { en: EN }, captions: { en: cue('Hi'), de: cue('Hallo') } }, 'de', 'en');
    expect(t).toMatchObject({ language: 'de', recordingLanguage: 'en' });
  });

  it("never shows a track timed to another recording: the recording's own track instead", () => {
    // nb reader hears the nb recording; there is no nb track, and the en track is timed to the en recording.
    const t = pickCaptionTrack({ recordings: { en: EN, nb: NB }, captions: { en: cue('Hi') } }, 'nb', 'en');
    expect(t).toBeNull();
    const t2 = pickCaptionTrack({ recordings: { en: EN, nb: NB }, captions: { en: cue('Hi'), nb: cue('Hei') } }, 'de', 'en');
    expect(t2?.language).toBe('en');
  });

  it('no recording: no track; empty tracks are skipped', () => {
    expect(pickCaptionTrack({ recordings: {}, captions: { en: cue('Hi') } }, 'en', 'en')).toBeNull();
    expect(pickCaptionTrack({ recordings: { en: EN }, captions: { en: [] } }, 'en', 'en')).toBeNull();
  });
});

describe('cue lookup by time', () => {
  const cues = [
    { start: 0.5, end: 1.5, text: 'one' },
    { start: 2, end: 3, text: 'two' },
    { start: 3, end: 4, text: 'three' },
  ];
  const index = buildCueIndex(cues);

  it('start is inclusive, end exclusive, gaps show nothing', () => {
    expect(cueAt(index, 0)).toBe(-1);
    expect(cueAt(index, 0.5)).toBe(0);
    expect(cueAt(index, 1.49)).toBe(0);
    expect(cueAt(index, 1.5)).toBe(-1);
    expect(cueAt(index, 2)).toBe(1);
    expect(cueAt(index, 3)).toBe(2);
    expect(cueAt(index, 4)).toBe(-1);
    expect(cueAt(index, 99)).toBe(-1);
    expect(cueAt(index, NaN)).toBe(-1);
  });

  it('hint gives the same answers as a search', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { maxLength: 50 }), fc.integer({ min: -1, max: 3 }), (times, hint) => {
        for (const t of times) expect(cueAt(index, t, hint)).toBe(cueAt(index, t));
      }),
    );
  });

  it('unsorted and overlapping cues: sorted by start, the latest started wins, original index kept', () => {
    const messy = [
      { start: 5, end: 6, text: 'late' },
      { start: 0, end: 10, text: 'long' },
      { start: 2, end: 3, text: 'short' },
    ];
    const ix = buildCueIndex(messy);
    const at = (t: number) => captionFor(messy, ix, cueAt(ix, t), 'en')?.text ?? null;
    expect(at(1)).toBe('long');
    expect(at(2.5)).toBe('short');
    expect(at(4)).toBe('long');
    expect(at(5.5)).toBe('late');
    expect(at(10)).toBeNull();
    expect(captionFor(messy, ix, cueAt(ix, 5.5), 'en')).toEqual({ text: 'late', language: 'en', start: 5, end: 6, index: 0 });
  });

  it('agrees with a brute-force scan on random cues', () => {
    const cueArb = fc.record({ start: fc.double({ min: 0, max: 20, noNaN: true }), len: fc.double({ min: 0.01, max: 5, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(cueArb, { maxLength: 30 }), fc.array(fc.double({ min: -1, max: 30, noNaN: true }), { maxLength: 30 }), (raw, times) => {
        const list = raw.map((c, i) => ({ start: c.start, end: c.start + c.len, text: String(i) }));
        const ix = buildCueIndex(list);
        let hint = -1;
        for (const t of [...times].sort((a, b) => a - b)) {
          const k = cueAt(ix, t, hint);
          hint = k;
          // brute force: among cues containing t, the one with the greatest start (ties: later in sorted order)
          let best = -1;
          for (let s = 0; s < ix.order.length; s++) if (ix.starts[s]! <= t && t < ix.ends[s]!) best = s;
          expect(k).toBe(best);
        }
      }),
    );
  });
});
