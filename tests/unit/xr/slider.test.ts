import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatSliderValue, fractionOf, snapValue, stepBy, stepDecimals, valueAt } from '../../../src/xr/core/slider.ts';

describe('slider maths', () => {
  it('counts the decimals of a step', () => {
    expect(stepDecimals(1)).toBe(0);
    expect(stepDecimals(0.05)).toBe(2);
    expect(stepDecimals(0.1)).toBe(1);
    expect(stepDecimals(1e-7)).toBe(7);
    expect(stepDecimals(0)).toBe(0);
  });

  it('snaps to the nearest step from min, without float noise', () => {
    expect(snapValue(0.149, 0, 1, 0.05)).toBe(0.15);
    expect(snapValue(0.3, 0, 1, 0.1)).toBe(0.3);
    expect(snapValue(7, 2, 12, 5)).toBe(7);
    expect(snapValue(9.9, 2, 12, 5)).toBe(12);
    expect(snapValue(-3, 0, 1, 0.1)).toBe(0);
    expect(snapValue(Number.NaN, 0, 1, 0.1)).toBe(0);
  });

  it('never steps past max when the range is not a whole number of steps', () => {
    expect(snapValue(10, 0, 10, 3)).toBe(9);
  });

  it('reads the value under a point of the track, ends included', () => {
    expect(valueAt(0, 0.8, 0, 100, 1)).toBe(50);
    expect(valueAt(-0.4, 0.8, 0, 100, 1)).toBe(0);
    expect(valueAt(0.4, 0.8, 0, 100, 1)).toBe(100);
    expect(valueAt(-2, 0.8, 0, 100, 1)).toBe(0);
    expect(valueAt(2, 0.8, 0, 100, 1)).toBe(100);
    expect(valueAt(0.2, 0.8, 0, 1, 0.05)).toBe(0.75);
  });

  it('is the inverse of where a value is drawn', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0.2, max: 2, noNaN: true }), (n, width) => {
        const value = snapValue(n * 0.05, 0, 2, 0.05);
        const x = (fractionOf(value, 0, 2) - 0.5) * width;
        expect(valueAt(x, width, 0, 2, 0.05)).toBe(value);
      }),
    );
  });

  it('always gives a value in range and on a step', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), fc.integer({ min: 1, max: 50 }), (x, min, steps) => {
        const step = 0.25;
        const max = min + steps * step;
        const v = valueAt(x, 1, min, max, step);
        expect(v).toBeGreaterThanOrEqual(min - 1e-9);
        expect(v).toBeLessThanOrEqual(max + 1e-9);
        const k = (v - min) / step;
        expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-6);
      }),
    );
  });

  it('steps up and down inside the range', () => {
    expect(stepBy(0.5, 1, 0, 1, 0.1)).toBe(0.6);
    expect(stepBy(0.5, -1, 0, 1, 0.1)).toBe(0.4);
    expect(stepBy(1, 1, 0, 1, 0.1)).toBe(1);
    expect(stepBy(0, -1, 0, 1, 0.1)).toBe(0);
  });

  it('places and prints values', () => {
    expect(fractionOf(5, 0, 10)).toBe(0.5);
    expect(fractionOf(20, 0, 10)).toBe(1);
    expect(fractionOf(3, 3, 3)).toBe(0);
    expect(formatSliderValue(0.5, 0.05)).toBe('0.50');
    expect(formatSliderValue(7, 1)).toBe('7');
  });
});
