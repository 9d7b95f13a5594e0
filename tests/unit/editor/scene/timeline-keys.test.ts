import { describe, expect, it } from 'vitest';
import { timeAtX, timelineKey } from '../../../../src/editor/scene/timeline-keys.ts';

describe('the video timeline keys', () => {
  it('move a handle 1 s by arrows, 5 s with Shift or Page keys, to its ends by Home/End, never out of its range', () => {
    expect(timelineKey('ArrowRight', false, 6, 0, 12)).toBe(7);
    expect(timelineKey('ArrowUp', true, 6, 0, 12)).toBe(11);
    expect(timelineKey('ArrowLeft', false, 6, 2, 12)).toBe(5);
    expect(timelineKey('ArrowDown', true, 6, 2, 12)).toBe(2);
    expect(timelineKey('PageUp', false, 10, 0, 12)).toBe(12);
    expect(timelineKey('Home', false, 6, 2.1, 12)).toBe(2.1);
    expect(timelineKey('End', false, 6, 0, 11.9)).toBe(11.9);
    expect(timelineKey('a', false, 6, 0, 12)).toBeNull();
  });

  it('read a pointer on the track as seconds, in tenths, within the range', () => {
    expect(timeAtX(150, 100, 200, 12)).toBe(3);
    expect(timeAtX(133, 100, 200, 12)).toBe(2);
    expect(timeAtX(50, 100, 200, 12)).toBe(0);
    expect(timeAtX(400, 100, 200, 12, 0, 7)).toBe(7);
    expect(timeAtX(150, 100, 0, 12)).toBe(0);
  });
});
