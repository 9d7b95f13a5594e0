import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crossfadePower, fadeGainAt, fadeSchedule, glide, scheduleFade, type ParamLike } from '../../../src/audio/fades.ts';

describe('fade curves', () => {
  it('equal-power crossfade: outgoing falls, incoming rises, power stays constant', () => {
    let prevOut = Infinity;
    let prevIn = -Infinity;
    for (let i = 0; i <= 100; i++) {
      const t = i / 100;
      const out = fadeGainAt(1, 0, t);
      const inn = fadeGainAt(0, 1, t);
      expect(out).toBeLessThanOrEqual(prevOut);
      expect(inn).toBeGreaterThanOrEqual(prevIn);
      prevOut = out;
      prevIn = inn;
      expect(crossfadePower(1, 1, t)).toBeCloseTo(1, 12);
    }
    expect(fadeGainAt(1, 0, 0.5)).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('a linear crossfade dips to half power in the middle (why equal power is the default)', () => {
    expect(crossfadePower(1, 1, 0.5, 'linear')).toBeCloseTo(0.5, 12);
  });

  it('different levels: power moves monotonically from a² to b²', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        let prev = a * a;
        for (let i = 1; i <= 20; i++) {
          const p = crossfadePower(a, b, i / 20);
          if (b >= a) expect(p).toBeGreaterThanOrEqual(prev - 1e-12);
          else expect(p).toBeLessThanOrEqual(prev + 1e-12);
          prev = p;
        }
        expect(prev).toBeCloseTo(b * b, 12);
      }),
    );
  });

  it('starts and ends exactly where asked, clamps t', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        expect(fadeGainAt(a, b, 0)).toBeCloseTo(a, 12);
        expect(fadeGainAt(a, b, 1)).toBeCloseTo(b, 12);
        expect(fadeGainAt(a, b, -1)).toBeCloseTo(a, 12);
        expect(fadeGainAt(a, b, 2)).toBeCloseTo(b, 12);
      }),
    );
  });

  it('schedule: increasing times ending at the duration, last value exact, close to the curve', () => {
    const s = fadeSchedule(0.8, 0, 1.5);
    expect(s.times.length).toBe(24);
    expect(s.times.at(-1)).toBeCloseTo(1.5, 12);
    expect(s.values.at(-1)).toBe(0);
    for (let i = 1; i < s.times.length; i++) expect(s.times[i]!).toBeGreaterThan(s.times[i - 1]!);
    // Piecewise-linear between the points stays within 1 % of full scale of the true curve.
    let worst = 0;
    const pts = [{ t: 0, v: 0.8 }, ...s.times.map((t, i) => ({ t, v: s.values[i]! }))];
    for (let i = 1; i < pts.length; i++) {
      for (let k = 1; k < 10; k++) {
        const t = pts[i - 1]!.t + ((pts[i]!.t - pts[i - 1]!.t) * k) / 10;
        const lin = pts[i - 1]!.v + ((pts[i]!.v - pts[i - 1]!.v) * k) / 10;
        worst = Math.max(worst, Math.abs(lin - fadeGainAt(0.8, 0, t / 1.5)));
      }
    }
    expect(worst).toBeLessThan(0.008);
    expect(fadeSchedule(0.3, 1, 0)).toEqual({ times: [0], values: [1] });
    expect(fadeSchedule(0, 1, 2, 'linear')).toEqual({ times: [2], values: [1] });
  });
});

class FakeParam implements ParamLike {
  value = 0.5;
  log: string[] = [];
  setValueAtTime(v: number, t: number) {
    this.log.push(`set ${v.toFixed(3)}@${t}`);
  }
  linearRampToValueAtTime(v: number, t: number) {
    this.log.push(`ramp ${v.toFixed(3)}@${t.toFixed(3)}`);
  }
  cancelScheduledValues(t: number) {
    this.log.push(`cancel@${t}`);
  }
  /** Chromium's: it sometimes holds 0 when the audio thread renders meanwhile, so scheduleFade must not use it. */
  cancelAndHoldAtTime(t: number) {
    this.log.push(`hold@${t}`);
  }
}

describe('scheduleFade on an AudioParam', () => {
  it('pins the current value (never cancelAndHoldAtTime) then ramps along the curve', () => {
    const p = new FakeParam();
    expect(scheduleFade(p, 10, 0, 1.5)).toBe(0.5);
    expect(p.log.slice(0, 2)).toEqual(['cancel@10', 'set 0.500@10']);
    expect(p.log.length).toBe(26);
    expect(p.log.at(-1)).toBe('ramp 0.000@11.500');
    expect(p.log.filter((l) => l.startsWith('hold'))).toEqual([]);
  });

  it('linear fades pin the current level first too', () => {
    const p = new FakeParam();
    scheduleFade(p, 3, 1, 0.3, 'linear');
    expect(p.log).toEqual(['cancel@3', 'set 0.500@3', 'ramp 1.000@3.300']);
  });

  it('zero duration jumps', () => {
    const p = new FakeParam();
    scheduleFade(p, 2, 0.25, 0);
    expect(p.log).toEqual(['cancel@2', 'set 0.250@2']);
  });
});

describe('glide (master volume and mute)', () => {
  it('drops what was scheduled and ramps straight from where the gain was heard', () => {
    const p = new FakeParam();
    glide(p, 4, 0.8, 0, 0.05);
    expect(p.log).toEqual(['cancel@4', 'set 0.800@4', 'ramp 0.000@4.050']);
  });
});
