import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { captionsToVtt, formatTimestamp, parseTimestamp, vttToCaptions, type Cue } from '../../../src/audio/webvtt.ts';

describe('timestamps', () => {
  it('reads hh:mm:ss.ttt and mm:ss.ttt', () => {
    expect(parseTimestamp('00:00:01.500')).toEqual({ seconds: 1.5, comma: false });
    expect(parseTimestamp('01:02:03.004')?.seconds).toBeCloseTo(3723.004, 9);
    expect(parseTimestamp('02:03.250')?.seconds).toBeCloseTo(123.25, 9);
    expect(parseTimestamp('100:00:00.000')?.seconds).toBe(360000);
    expect(parseTimestamp('00:00:01,500')).toEqual({ seconds: 1.5, comma: true });
    for (const bad of ['1.5', '00:61:00.000', '00:00:60.000', '0:0:1.5', '00:00:01.5', '00:00:01', 'aa:bb.ccc']) {
      expect(parseTimestamp(bad), bad).toBeNull();
    }
  });

  it('writes hh:mm:ss.ttt, rounding to the millisecond', () => {
    expect(formatTimestamp(0)).toBe('00:00:00.000');
    expect(formatTimestamp(3723.0045)).toBe('01:02:03.005');
    expect(formatTimestamp(59.9999)).toBe('00:01:00.000');
  });
});

describe('captionsToVtt', () => {
  it('writes a valid file: header, numbered cues in time order, escaped text, no blank lines inside cues', () => {
    const cues: Cue[] = [
      { start: 4, end: 6.5, text: 'Second <b>line</b> & "more" --> not a timing' },
      { start: 0.3, end: 2, text: 'First line\n\nwith a blank line' },
      { start: 7, end: 8, text: '   ' },
    ];
    const vtt = captionsToVtt(cues, 'en');
    expect(vtt).toBe(
      [
        'WEBVTT',
        'Language: en',
        '',
        '1',
        '00:00:00.300 --> 00:00:02.000',
        'First line',
        'with a blank line',
        '',
        '2',
        '00:00:04.000 --> 00:00:06.500',
        'Second &lt;b&gt;line&lt;/b&gt; &amp; "more" --&gt; not a timing',
        '',
      ].join('\n'),
    );
  });
});

describe('vttToCaptions', () => {
  it('reads ids, settings, multi-line text, both timestamp forms; skips NOTE/STYLE/REGION', () => {
    const file = [
      '\uFEFFWEBVTT - made by hand',
      'Language: nb',
      '',
      'STYLE',
      '::cue { color: yellow }',
      '',
      'NOTE this is a comment',
      'spanning two lines',
      '',
      'intro',
      '00:00.300 --> 00:05.560 align:center line:90%',
      '<v Mira>Hei, jeg heter Mira.</v>',
      'Velkommen til <i>torget</i> &amp; havna.',
      '',
      'REGION',
      'id:fred width:40%',
      '',
      '00:00:05.900 --> 00:00:09.000',
      'Andre &lt;linje&gt;',
      '',
    ].join('\r\n');
    const { cues, problems } = vttToCaptions(file, 'nb');
    expect(problems).toEqual([]);
    expect(cues).toEqual([
      { start: 0.3, end: 5.56, text: 'Hei, jeg heter Mira.\nVelkommen til torget & havna.' },
      { start: 5.9, end: 9, text: 'Andre <linje>' },
    ]);
  });

  it('reports malformed cues with line numbers and keeps the good ones', () => {
    const file = [
      'WEBVTT', //                         1
      '', //                               2
      '00:00:01.000 --> 00:00:02.000', //  3
      'good', //                           4
      '', //                               5
      '00:00:03.000 -> 00:00:04.000', //   6  (typo: not a timing line, no id either)
      'bad arrow', //                      7
      '', //                               8
      'cue-3', //                          9
      '00:00:05.0 --> 00:00:06.000', //    10 (bad timestamp)
      'bad time', //                       11
      '', //                               12
      '00:00:08.000 --> 00:00:07.000', //  13 (ends before it starts)
      'backwards', //                      14
      '', //                               15
      'lonely-id', //                      16
      '', //                               17
      '00:00:09.000 --> 00:00:10.000', //  18
      '', //                               19
      '00:00:11.000 --> 00:00:12.000', //  20
      'last', //                           21
    ].join('\n');
    const { cues, problems } = vttToCaptions(file, 'en');
    expect(cues.map((c) => c.text)).toEqual(['good', 'last']);
    const byLine = problems.map((p) => [p.line, p.severity]);
    expect(byLine).toEqual([
      [7, 'error'],
      [10, 'error'],
      [13, 'error'],
      [16, 'error'],
      [18, 'warning'],
    ]);
    expect(problems[0]!.message).toMatch(/timing line/);
    expect(problems[1]!.message).toMatch(/"00:00:05.0" is not a valid timing/);
    expect(problems[2]!.message).toMatch(/ends .* before/);
    expect(problems[3]!.message).toMatch(/after the cue id "lonely-id"/);
    expect(problems[4]!.message).toMatch(/no text/);
  });

  it('not WebVTT, SRT-style commas, wrong language, unsorted cues: read with problems', () => {
    const srt = ['1', '00:00:03,000 --> 00:00:04,000', 'B', '', '2', '00:00:01,000 --> 00:00:02,000', 'A'].join('\n');
    const r = vttToCaptions(srt, 'en');
    expect(r.cues.map((c) => c.text)).toEqual(['A', 'B']);
    expect(r.problems.map((p) => p.line)).toEqual([1, 2, 1]);
    expect(r.problems[0]!.message).toMatch(/not a WebVTT file/);
    expect(r.problems[1]!.message).toMatch(/comma/);
    expect(r.problems[2]!.message).toMatch(/sorted/);
    const lang = vttToCaptions('WEBVTT\nLanguage: de\n\n00:01.000 --> 00:02.000\nHallo\n', 'en');
    expect(lang.problems).toEqual([{ line: 2, severity: 'warning', message: expect.stringMatching(/"de".*"en"/) }]);
    const glued = vttToCaptions('WEBVTT\n00:01.000 --> 00:02.000\nHallo\n', 'en');
    expect(glued.cues).toEqual([]);
    expect(glued.problems[0]).toMatchObject({ line: 2, severity: 'error' });
  });

  it('round-trips any caption track (to the millisecond)', () => {
    const textArb = fc
      .array(fc.stringMatching(/^[A-Za-z0-9 .,!?'"&<>éøå-]{1,30}$/), { minLength: 1, maxLength: 3 })
      .map((lines) => lines.map((l) => l.trim()).filter((l) => l !== '' && !l.includes('-->')))
      .filter((lines) => lines.length > 0)
      .map((lines) => lines.join('\n'));
    const cueArb = fc.record({ start: fc.integer({ min: 0, max: 10_000_000 }), len: fc.integer({ min: 1, max: 60_000 }), text: textArb });
    fc.assert(
      fc.property(fc.array(cueArb, { maxLength: 20 }), (raw) => {
        const cues = raw.map((c) => ({ start: c.start / 1000, end: (c.start + c.len) / 1000, text: c.text }));
        const back = vttToCaptions(captionsToVtt(cues, 'en'), 'en');
        expect(back.problems).toEqual([]);
        const sorted = [...cues].sort((a, b) => a.start - b.start || a.end - b.end);
        expect(back.cues.length).toBe(sorted.length);
        back.cues.forEach((c, i) => {
          expect(c.start).toBeCloseTo(sorted[i]!.start, 6);
          expect(c.end).toBeCloseTo(sorted[i]!.end, 6);
        });
        expect(back.cues.map((c) => c.text).sort()).toEqual(sorted.map((c) => c.text).sort());
      }),
    );
  });
});
