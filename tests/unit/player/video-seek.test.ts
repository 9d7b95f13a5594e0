import { describe, expect, test } from 'vitest';
import { clampTime, jumpKey, sliderSeek, videoLength } from '../../../src/player/video/seek-keys.ts';
import { glideAt, videoVolume } from '../../../src/player/video/video-mix.ts';

describe('moving through a video by keyboard', () => {
  test('arrows jump 5 s, Page Up/Down 10 s, Home and End to the ends, within the video', () => {
    expect(sliderSeek('ArrowRight', 12, 90)).toBe(17);
    expect(sliderSeek('ArrowUp', 12, 90)).toBe(17);
    expect(sliderSeek('ArrowLeft', 12, 90)).toBe(7);
    expect(sliderSeek('ArrowDown', 3, 90)).toBe(0);
    expect(sliderSeek('PageUp', 85, 90)).toBe(90);
    expect(sliderSeek('PageDown', 85, 90)).toBe(75);
    expect(sliderSeek('Home', 40, 90)).toBe(0);
    expect(sliderSeek('End', 40, 90)).toBe(90);
    expect(sliderSeek('Tab', 40, 90)).toBeNull();
    expect(sliderSeek('k', 40, 90)).toBeNull();
  });
  test('right to left: the left arrow goes on, the right arrow back', () => {
    expect(sliderSeek('ArrowLeft', 12, 90, true)).toBe(17);
    expect(sliderSeek('ArrowRight', 12, 90, true)).toBe(7);
  });
  test('J and L jump 10 s back and on (either case); other keys are left alone', () => {
    expect(jumpKey('l', 5, 12)).toBe(12);
    expect(jumpKey('L', 0, 90)).toBe(10);
    expect(jumpKey('j', 25, 90)).toBe(15);
    expect(jumpKey('j', 4, 90)).toBe(0);
    expect(jumpKey('k', 4, 90)).toBeNull();
  });
  test('the length: the element’s own when known, else the one measured at import; unknown: no end limit', () => {
    expect(videoLength(Infinity, 12)).toBe(12);
    expect(videoLength(NaN, 12)).toBe(12);
    expect(videoLength(11.96, 12)).toBe(11.96);
    expect(videoLength(Infinity, undefined)).toBe(0);
    expect(clampTime(30, 0)).toBe(30);
    expect(clampTime(NaN, 10)).toBe(0);
  });
});

describe("the video's sound in the mix", () => {
  test('its level, under the master volume, under the duck', () => {
    expect(videoVolume(0.8, 0.5, 1)).toBeCloseTo(0.4);
    expect(videoVolume(0.8, 0.5, 0.35)).toBeCloseTo(0.14);
    expect(videoVolume(1, 1.5, 1)).toBe(1);
    expect(videoVolume(NaN, 1, 1)).toBe(0);
  });
  test('glides in a straight line and stops at its target', () => {
    expect(glideAt(1, 0.35, 0.3, 0)).toBe(1);
    expect(glideAt(1, 0.5, 1, 0.5)).toBeCloseTo(0.75);
    expect(glideAt(1, 0.35, 0.3, 0.3)).toBe(0.35);
    expect(glideAt(0.2, 1, 0, 0)).toBe(1);
  });
});
