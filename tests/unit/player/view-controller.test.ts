import { describe, expect, it } from 'vitest';
import { FOV_LIMITS, ViewController } from '../../../src/player/view/viewController.ts';

describe('view controller', () => {
  it('drag right looks left; the picture follows the pointer', () => {
    const c = new ViewController();
    c.set({ yaw: 0, pitch: 0, fov: 72 });
    c.dragBy(100, 0, 720); // 100 px at 0.1 deg/px
    expect(c.yaw).toBeCloseTo(-10);
    c.dragBy(0, 50, 720);
    expect(c.pitch).toBeCloseTo(5);
  });
  it('bounds pitch and fov, wraps yaw', () => {
    const c = new ViewController();
    c.rotateBy(190, 200);
    expect(c.yaw).toBeCloseTo(-170);
    expect(c.pitch).toBeLessThanOrEqual(90);
    c.zoomBy(0.01);
    expect(c.fov).toBe(FOV_LIMITS.min);
    c.zoomBy(100);
    expect(c.fov).toBe(FOV_LIMITS.max);
  });
  it('keeps turning after a flick and slows to a stop', () => {
    const c = new ViewController();
    c.release(-1000, 0, 720);
    expect(c.moving).toBe(true);
    let frames = 0;
    while (c.step(1 / 60) && frames < 600) frames++;
    expect(c.yaw).toBeGreaterThan(10);
    expect(frames).toBeLessThan(200);
    expect(c.moving).toBe(false);
  });
  it('has no inertia and no animated turns with reduced motion', () => {
    const c = new ViewController();
    c.reducedMotion = true;
    c.release(-1000, 0, 720);
    expect(c.moving).toBe(false);
    c.turnTo({ yaw: 120, pitch: 10 });
    expect(c.moving).toBe(false);
    expect(c.yaw).toBe(120);
  });
  it('turns the short way round to a target', () => {
    const c = new ViewController();
    c.set({ yaw: 170 });
    c.turnTo({ yaw: -170, pitch: 0 });
    const seen: number[] = [];
    while (c.step(1 / 30)) seen.push(c.yaw);
    expect(c.yaw).toBeCloseTo(-170);
    expect(seen.every((y) => Math.abs(y) >= 169.9)).toBe(true);
  });
  it('does nothing while disabled (a headset drives the camera)', () => {
    const c = new ViewController();
    c.enabled = false;
    c.rotateBy(30, 0);
    c.turnTo({ yaw: 90, pitch: 0 });
    expect(c.yaw).toBe(0);
  });
  it('asks for a frame on every change', () => {
    let n = 0;
    const c = new ViewController(() => n++);
    c.rotateBy(1, 0);
    c.zoomBy(0.9);
    expect(n).toBe(2);
  });
});
