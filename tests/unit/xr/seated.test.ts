import { describe, expect, it } from 'vitest';
import { localYawOf, recentreTurn, stepTurn, tagAlong, worldYawOf } from '../../../src/xr/core/seated.ts';

describe('seated viewing', () => {
  it('recentring shows the chosen world yaw where the head looks', () => {
    for (const [local, target] of [
      [0, 60],
      [170, -170],
      [-90, 45],
      [12.5, 0],
    ]) {
      const turn = recentreTurn(local!, target!);
      expect(worldYawOf(local!, turn)).toBeCloseTo(target!);
      expect(localYawOf(target!, turn)).toBeCloseTo(local!);
    }
  });

  it('a step to the right brings what was to the right in front', () => {
    const turn = recentreTurn(0, 0);
    expect(worldYawOf(0, stepTurn(turn, 30))).toBeCloseTo(30);
    expect(worldYawOf(0, stepTurn(turn, -30))).toBeCloseTo(-30);
  });

  it('tag-along keeps its place for small turns and follows big ones', () => {
    let st = { yaw: 0, moving: false };
    st = tagAlong(st, 30, 0.016);
    expect(st).toEqual({ yaw: 0, moving: false });
    for (let i = 0; i < 200; i++) st = tagAlong(st, 90, 0.016);
    expect(Math.abs(st.yaw - 90)).toBeLessThanOrEqual(4);
    expect(st.moving).toBe(false);
  });

  it('with reduced motion, tag-along jumps instead of gliding', () => {
    const st = tagAlong({ yaw: 0, moving: false }, 90, 0, { degPerSec: Infinity });
    expect(st.yaw).toBe(90);
  });

  it('tag-along takes the short way round', () => {
    let st = { yaw: 170, moving: false };
    st = tagAlong(st, -120, 0.05);
    expect(st.moving).toBe(true);
    expect(st.yaw === 180 || st.yaw > 170 || st.yaw < -170).toBe(true);
  });
});
