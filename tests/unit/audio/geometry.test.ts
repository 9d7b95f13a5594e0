import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { directionInto, distanceGain, listenerVectorsInto, PANNER, relativeYaw, sourcePosition } from '../../../src/audio/geometry.ts';

const close = (a: ArrayLike<number>, b: number[], eps = 1e-9) => {
  expect(a.length >= b.length).toBe(true);
  b.forEach((v, i) => expect(Math.abs(a[i]! - v)).toBeLessThan(eps));
};

describe('angle -> Web Audio position', () => {
  it('follows the document conventions: yaw 0 ahead (-Z), +90 right (+X), pitch up (+Y)', () => {
    close(sourcePosition(0, 0, 1), [0, 0, -1]);
    close(sourcePosition(90, 0, 1), [1, 0, 0]);
    close(sourcePosition(-90, 0, 1), [-1, 0, 0]);
    close(sourcePosition(180, 0, 1), [0, 0, 1]);
    close(sourcePosition(0, 90, 1), [0, 1, 0]);
    close(sourcePosition(0, -90, 1), [0, -1, 0]);
  });

  it('scales by distance', () => {
    close(sourcePosition(90, 0, 5), [5, 0, 0]);
    const p = sourcePosition(30, 20, 7);
    expect(Math.hypot(...p)).toBeCloseTo(7, 9);
  });

  it('writes into the array it is given (offset) and returns it', () => {
    const out = new Float64Array(6);
    expect(directionInto(90, 0, out, 3)).toBe(out);
    close(out, [0, 0, 0, 1, 0, 0]);
  });

  it('listener vectors: forward = direction, up ⟂ forward, both unit, right-handed with right = yaw+90', () => {
    fc.assert(
      fc.property(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -89, max: 89, noNaN: true }), (yaw, pitch) => {
        const v = new Float64Array(6);
        listenerVectorsInto(yaw, pitch, v);
        const d = new Float64Array(3);
        directionInto(yaw, pitch, d);
        close(v, [d[0]!, d[1]!, d[2]!], 1e-12);
        expect(Math.hypot(v[3]!, v[4]!, v[5]!)).toBeCloseTo(1, 9);
        expect(v[0]! * v[3]! + v[1]! * v[4]! + v[2]! * v[5]!).toBeCloseTo(0, 9);
        expect(v[4]!).toBeGreaterThan(0); // the head is upright
        // right = forward × up is the horizontal direction yaw + 90
        const right = [v[1]! * v[5]! - v[2]! * v[4]!, v[2]! * v[3]! - v[0]! * v[5]!, v[0]! * v[4]! - v[1]! * v[3]!];
        const expected = new Float64Array(3);
        directionInto(yaw + 90, 0, expected);
        close(right, [expected[0]!, expected[1]!, expected[2]!], 1e-9);
      }),
    );
  });

  it('a source at yaw +90 is on the right of a listener facing 0 and on the left after turning 180', () => {
    const v = new Float64Array(6);
    const side = (srcYaw: number, listenerYaw: number) => {
      listenerVectorsInto(listenerYaw, 0, v);
      const p = sourcePosition(srcYaw, 0, 1);
      const right = [v[1]! * v[5]! - v[2]! * v[4]!, v[2]! * v[3]! - v[0]! * v[5]!, v[0]! * v[4]! - v[1]! * v[3]!];
      return p[0] * right[0]! + p[1] * right[1]! + p[2] * right[2]!;
    };
    expect(side(90, 0)).toBeCloseTo(1);
    expect(side(-90, 0)).toBeCloseTo(-1);
    expect(side(90, 180)).toBeCloseTo(-1);
    expect(side(-90, 180)).toBeCloseTo(1);
  });

  it('relativeYaw wraps into (-180, 180]', () => {
    expect(relativeYaw(90, 0)).toBe(90);
    expect(relativeYaw(90, 180)).toBe(-90);
    expect(relativeYaw(-170, 170)).toBe(20);
    expect(relativeYaw(180, 0)).toBe(180);
    expect(relativeYaw(-180, 0)).toBe(180);
  });

  it('distance gain: the inverse model with the engine panner settings', () => {
    expect(PANNER.panningModel).toBe('HRTF');
    expect(distanceGain(1)).toBe(1);
    expect(distanceGain(2)).toBe(1);
    expect(distanceGain(4)).toBeCloseTo(0.5);
    expect(distanceGain(10)).toBeCloseTo(0.2);
    expect(distanceGain(1000)).toBeCloseTo(distanceGain(100));
  });
});
