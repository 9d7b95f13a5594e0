import { describe, expect, test } from 'vitest';
import { videoCaptionAt, videoCaptionTrack } from '../../../src/player/video/video-captions.ts';

const captions = {
  en: [
    { start: 4, end: 8, text: 'The bell rings at four.' },
    { start: 0, end: 3, text: 'This is the tower.' },
  ],
  nb: [{ start: 0, end: 3, text: 'Dette er tårnet.' }],
  ar: [],
};

describe("captions timed to a scene's video", () => {
  test("the reader's language, else the story's default, else none", () => {
    expect(videoCaptionTrack(captions, 'nb', 'en')?.language).toBe('nb');
    expect(videoCaptionTrack(captions, 'nb-NO', 'en')?.language).toBe('nb');
    expect(videoCaptionTrack(captions, 'ar', 'en')?.language).toBe('en');
    expect(videoCaptionTrack({}, 'en', 'en')).toBeNull();
    expect(videoCaptionTrack(undefined, 'en', 'en')).toBeNull();
  });
  test('the cue showing at each moment (none between cues), whatever order they were written in', () => {
    const track = videoCaptionTrack(captions, 'en', 'en');
    expect(videoCaptionAt(track, 1)?.text).toBe('This is the tower.');
    expect(videoCaptionAt(track, 3.5)).toBeNull();
    expect(videoCaptionAt(track, 4)?.text).toBe('The bell rings at four.');
    expect(videoCaptionAt(track, 8)).toBeNull();
    expect(videoCaptionAt(null, 1)).toBeNull();
  });
});
