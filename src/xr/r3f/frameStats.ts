import { addAfterEffect, addEffect } from '@react-three/fiber';
import type { WebGLRenderer } from 'three';

const MAX_SAMPLES = 5000;

/** Frame-to-frame intervals and the main-thread work per frame (ms) while a session presents. */
export interface FrameStats {
  frameStats(): { intervals: number[]; work: number[] };
  resetFrameStats(): void;
  /** Stops listening. */
  stop(): void;
}

/**
 * Counts every R3F frame while `gl` presents an XR session (the XR frame loop renders every
 * frame): the interval since the last one and the time from R3F's first update to the end of
 * its render submission. For the test and bench handles only.
 */
export function watchFrameStats(gl: WebGLRenderer): FrameStats {
  const stats = { intervals: [] as number[], work: [] as number[] };
  let start = 0;
  let last = 0;
  const push = (list: number[], v: number) => {
    list.push(v);
    if (list.length > MAX_SAMPLES) list.shift();
  };
  const offBefore = addEffect(() => {
    if (!gl.xr.isPresenting) {
      last = 0;
      return;
    }
    start = performance.now();
    if (last) push(stats.intervals, start - last);
    last = start;
  });
  const offAfter = addAfterEffect(() => {
    if (start && gl.xr.isPresenting) push(stats.work, performance.now() - start);
    start = 0;
  });
  return {
    frameStats: () => ({ intervals: stats.intervals.slice(), work: stats.work.slice() }),
    resetFrameStats: () => {
      stats.intervals.length = 0;
      stats.work.length = 0;
    },
    stop: () => {
      offBefore();
      offAfter();
    },
  };
}
