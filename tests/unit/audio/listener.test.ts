import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenerVectorsInto } from '../../../src/audio/geometry.ts';
import { LISTENER_SMOOTHING, ListenerOrientation, type ListenerContext, type ListenerLike } from '../../../src/audio/listener.ts';

/** A context whose listener logs its automation, with a clock the test moves. */
function fakeContext(withParams = true) {
  const log: string[] = [];
  const param = (name: string) => ({
    setTargetAtTime: (v: number, t: number, tc: number) => log.push(`${name}=${v.toFixed(3)}@${t} tc${tc}`),
  });
  const listener: ListenerLike = {
    ...(withParams
      ? { forwardX: param('fx'), forwardY: param('fy'), forwardZ: param('fz'), upX: param('ux'), upY: param('uy'), upZ: param('uz') }
      : {}),
    setOrientation: (...v: number[]) => log.push(`orient ${v.map((x) => x.toFixed(3)).join(' ')}`),
  };
  const ctx = { state: 'running', currentTime: 1, listener } satisfies ListenerContext;
  return { ctx, log };
}

function setUp(ctx: ListenerContext | null, alive = () => true) {
  const mirror = [0, 0, -1, 0, 1, 0];
  const orientation = new ListenerOrientation({ context: () => ctx, mirror: () => mirror, alive });
  return { orientation, mirror };
}

const vectors = (yaw: number, pitch: number) => {
  const v = new Float64Array(6);
  listenerVectorsInto(yaw, pitch, v);
  return [...v];
};

describe('listener orientation', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the six listener params (smoothed) and howler\'s copy', () => {
    const { ctx, log } = fakeContext();
    const { orientation, mirror } = setUp(ctx);
    orientation.set(90, 0);
    expect(log.length).toBe(6);
    expect(log[0]).toBe(`fx=${vectors(90, 0)[0]!.toFixed(3)}@1 tc${LISTENER_SMOOTHING}`);
    expect(mirror).toEqual(vectors(90, 0));
  });

  it('the same direction again, or NaN, writes nothing', () => {
    const { ctx, log } = fakeContext();
    const { orientation } = setUp(ctx);
    orientation.set(30, 5);
    ctx.currentTime = 2;
    orientation.set(30, 5);
    orientation.set(NaN, 5);
    expect(log.length).toBe(6);
  });

  it('old browsers without listener params: setOrientation', () => {
    const { ctx, log } = fakeContext(false);
    setUp(ctx).orientation.set(-90, 0);
    expect(log).toEqual([`orient ${vectors(-90, 0).map((x) => x.toFixed(3)).join(' ')}`]);
  });

  it('several calls within one render quantum: only the latest is applied, shortly after', () => {
    const { ctx, log } = fakeContext();
    const { orientation } = setUp(ctx);
    orientation.set(10, 0);
    orientation.set(20, 0);
    orientation.set(30, 0);
    expect(log.length).toBe(6);
    ctx.currentTime = 1.01;
    vi.advanceTimersByTime(10);
    expect(log.length).toBe(12);
    expect(log[6]).toBe(`fx=${vectors(30, 0)[0]!.toFixed(3)}@1.01 tc${LISTENER_SMOOTHING}`);
  });

  it('while the context is not running, the direction waits and is applied once sound runs', () => {
    const { ctx, log } = fakeContext();
    ctx.state = 'suspended';
    const { orientation, mirror } = setUp(ctx);
    orientation.set(45, 0);
    orientation.set(60, 0);
    expect(log).toEqual([]);
    expect(mirror).toEqual(vectors(60, 0)); // howler's copy follows anyway
    ctx.state = 'running';
    orientation.resume();
    expect(log.length).toBe(6);
    orientation.resume();
    expect(log.length).toBe(6);
  });

  it('no Web Audio, or disposed before the timer: nothing breaks, nothing is written', () => {
    setUp(null).orientation.set(10, 0);
    const { ctx, log } = fakeContext();
    let alive = true;
    const { orientation } = setUp(ctx, () => alive);
    orientation.set(10, 0);
    orientation.set(20, 0);
    alive = false;
    vi.advanceTimersByTime(10);
    expect(log.length).toBe(6);
  });
});
