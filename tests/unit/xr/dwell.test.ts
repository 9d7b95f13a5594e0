import { describe, expect, it } from 'vitest';
import { Dwell } from '../../../src/xr/core/dwell.ts';

/** Feeds one target per 50 ms frame from `from` to `to` ms; returns every fire. */
function run(d: Dwell, target: string | null, from: number, to: number) {
  const fired: Array<{ at: number; key: string }> = [];
  let last = { progress: 0 };
  for (let t = from; t <= to; t += 50) {
    const f = d.update(target, t);
    last = f;
    if (f.fire) fired.push({ at: t, key: f.fire });
  }
  return { fired, last };
}

describe('gaze dwell', () => {
  it('selects after resting 1.5 s on a target, once', () => {
    const d = new Dwell();
    const { fired } = run(d, 'a', 0, 5000);
    expect(fired).toEqual([{ at: 1500, key: 'a' }]);
  });

  it('reports how full the reticle is', () => {
    const d = new Dwell();
    d.update('a', 0);
    expect(d.update('a', 750).progress).toBeCloseTo(0.5);
  });

  it('starts again on another target, and nothing is chosen while looking at nothing', () => {
    const d = new Dwell();
    run(d, 'a', 0, 1000);
    expect(run(d, null, 1050, 4000).fired).toEqual([]);
    expect(run(d, 'b', 4050, 5000).fired).toEqual([]);
    expect(run(d, 'b', 5050, 5600).fired).toEqual([{ at: 5550, key: 'b' }]);
  });

  it('forgives a short glance away (head tremor) without resetting', () => {
    const d = new Dwell({ graceMs: 200 });
    run(d, 'a', 0, 1000);
    const away = d.update(null, 1100);
    expect(away.target).toBe('a');
    expect(away.progress).toBeGreaterThan(0.6);
    // back at 1200: the 100 ms since the glance away (at 1100) do not count
    expect(run(d, 'a', 1200, 1800).fired).toEqual([{ at: 1600, key: 'a' }]);
  });

  it('a long look away resets', () => {
    const d = new Dwell({ graceMs: 200 });
    run(d, 'a', 0, 1000);
    run(d, null, 1050, 1500);
    expect(run(d, 'a', 1550, 2500).fired).toEqual([]);
  });

  it('re-arms after the gaze leaves a selected target', () => {
    const d = new Dwell({ graceMs: 0 });
    expect(run(d, 'a', 0, 2000).fired).toHaveLength(1);
    run(d, null, 2050, 2100);
    expect(run(d, 'a', 2150, 3700).fired).toHaveLength(1);
  });

  it('waits a moment after a reset (a new scene never selects on its own)', () => {
    const d = new Dwell({ settleMs: 600 });
    d.reset(0);
    const { fired } = run(d, 'a', 0, 3000);
    expect(fired).toEqual([{ at: 2100, key: 'a' }]);
  });
});
