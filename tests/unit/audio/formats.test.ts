import { describe, expect, it } from 'vitest';
import { formatFromUrl, howlerFormat, parseFormat, playability, unsupportedAdvice, type FormatProbe } from '../../../src/audio/formats.ts';

describe('formats', () => {
  it('reads MIME types and extensions', () => {
    expect(parseFormat('audio/mpeg')).toEqual({ ext: 'mp3', mime: 'audio/mpeg' });
    expect(parseFormat('audio/webm;codecs=opus')).toEqual({ ext: 'webm', mime: 'audio/webm; codecs="opus"' });
    expect(parseFormat('audio/ogg; codecs="opus"')?.ext).toBe('opus');
    expect(parseFormat('audio/ogg')?.ext).toBe('ogg');
    expect(parseFormat('audio/x-m4a')?.ext).toBe('m4a');
    expect(parseFormat('audio/mp4; codecs="mp4a.40.2"')).toEqual({ ext: 'm4a', mime: 'audio/mp4; codecs="mp4a.40.2"' });
    expect(parseFormat('audio/x-wav')?.ext).toBe('wav');
    expect(parseFormat('.MP3')).toEqual({ ext: 'mp3', mime: 'audio/mpeg' });
    expect(parseFormat('m4a')?.mime).toContain('audio/mp4');
    expect(parseFormat('')).toBeNull();
    expect(parseFormat(undefined)).toBeNull();
  });

  it('reads the format a URL tells (not blob: URLs)', () => {
    expect(formatFromUrl('https://x/a/b/rain.mp3?v=2#t')?.ext).toBe('mp3');
    expect(formatFromUrl('/assets/abc.webm')?.ext).toBe('webm');
    expect(formatFromUrl('data:audio/wav;base64,AAAA')?.ext).toBe('wav');
    expect(formatFromUrl('blob:http://127.0.0.1/1234-5678')).toBeNull();
    expect(formatFromUrl('/assets/abcdef')).toBeNull();
  });

  const safari: FormatProbe = {
    canPlayType: (m) => (m.startsWith('audio/mp4') || m === 'audio/mpeg' || m === 'audio/wav' ? 'maybe' : ''),
    codecs: (e) => ['mp3', 'wav', 'm4a', 'mp4', 'aac'].includes(e),
  };
  const chromium: FormatProbe = {
    canPlayType: (m) => (m.startsWith('audio/x-caf') ? '' : 'probably'),
    codecs: (e) => e !== 'caf',
  };

  it('says whether the browser can play it', () => {
    expect(playability(parseFormat('audio/webm; codecs=opus'), safari)).toBe('no');
    expect(playability(parseFormat('audio/webm; codecs=opus'), chromium)).toBe('yes');
    expect(playability(parseFormat('audio/mp4'), safari)).toBe('yes');
    expect(playability(parseFormat('audio/x-caf'), chromium)).toBe('no');
    expect(playability(null, chromium)).toBe('unknown');
  });

  it("hands howler a format it accepts when the browser can play the real type", () => {
    expect(howlerFormat(parseFormat('audio/mpeg'), chromium)).toBe('mp3');
    const noVorbisWebm: FormatProbe = { canPlayType: () => 'probably', codecs: (e) => e !== 'webm' };
    expect(howlerFormat(parseFormat('audio/webm; codecs=opus'), noVorbisWebm)).toBe('mp3');
    expect(howlerFormat(null, safari)).toBe('mp3');
  });

  it('advice names a format every browser plays', () => {
    expect(unsupportedAdvice(parseFormat('audio/webm')!)).toMatch(/Safari.*MP3/);
    expect(unsupportedAdvice(parseFormat('audio/mp4')!)).toMatch(/MP3/);
    expect(unsupportedAdvice(parseFormat('audio/x-caf')!)).toMatch(/MP3/);
  });
});
