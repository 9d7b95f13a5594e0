import { describe, expect, it } from 'vitest';
import { Dwell } from '../../../src/xr/core/dwell.ts';

/** Feeds one target per 50 ms frame from `from` to `to` ms; returns every fire. */
function run(d: Dwell, target: string | null, from: number, to: number, still = false) {
  const fired: Array<{ at: number; key: string }> = [];
  let last = { progress: 0 };
  for (let t = from; t <= to; t += 50) {
    const f = d.update(target, t, still);
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

  it('after a reset, never selects what the head happens to rest on: only what it moves onto', () => {
    const d = new Dwell({ settleMs: 600, graceMs: 200 });
    d.reset(0);
    // A link straight ahead on arrival: nothing happens while the reader keeps still.
    expect(run(d, 'a', 0, 5000, true).fired).toEqual([]);
    // A tremor off and back is not a move.
    run(d, null, 5050, 5150, true);
    expect(run(d, 'a', 5200, 8000, true).fired).toEqual([]);
    // Looking away and back onto it is.
    run(d, null, 8050, 8500);
    expect(run(d, 'a', 8550, 10500).fired).toEqual([{ at: 10050, key: 'a' }]);
  });

  it('a head that turns onto a target within the first moment after a reset has chosen it: it fills from the end of the pause', () => {
    const d = new Dwell({ settleMs: 600 });
    d.reset(0);
    run(d, null, 0, 100, true);
    expect(run(d, 'a', 150, 3000).fired).toEqual([{ at: 2100, key: 'a' }]);
  });

  it('after a reset looking at nothing, the first target the head moves onto fills after the pause', () => {
    const d = new Dwell({ settleMs: 600 });
    d.reset(0);
    run(d, null, 0, 700);
    expect(run(d, 'a', 750, 3000).fired).toEqual([{ at: 2250, key: 'a' }]);
  });

  it('moving from the resting target straight onto another selects the other one', () => {
    const d = new Dwell({ settleMs: 600 });
    d.reset(0);
    run(d, 'a', 0, 1000);
    expect(run(d, 'b', 1050, 3000).fired).toEqual([{ at: 2550, key: 'b' }]);
  });
});

describe('gaze after an arrival, head still', () => {
  it('a link that appears ahead while the head keeps still (after a fade) is not chosen', () => {
    const d = new Dwell({ settleMs: 600 });
    d.reset(0);
    run(d, null, 0, 1000, true);
    expect(run(d, 'a', 1050, 6000, true).fired).toEqual([]);
    // The head turns a little but stays on the link: still not a move onto it.
    expect(run(d, 'a', 6050, 9000).fired).toEqual([]);
    run(d, null, 9050, 9500);
    expect(run(d, 'a', 9550, 11500).fired).toEqual([{ at: 11050, key: 'a' }]);
  });

  it('once the head has moved, a link it turns onto fills as usual', () => {
    const d = new Dwell({ settleMs: 600 });
    d.reset(0);
    run(d, null, 0, 1000, true);
    run(d, null, 1050, 1200);
    expect(run(d, 'a', 1250, 3000).fired).toEqual([{ at: 2750, key: 'a' }]);
  });
});
