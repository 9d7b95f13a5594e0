import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { PerspectiveCamera, Vector3 } from 'three';
import { screenToYawPitch, yawPitchToScreen } from '../../../../src/editor/scene/projection.ts';
import { yawDelta } from '../../../../src/story/angles.ts';

const view = { width: 800, height: 500 };

/** What three.js itself says is under a screen point, for a camera set up like the player's CameraRig. */
function threeAt(x: number, y: number, cam: { yaw: number; pitch: number; fov: number }, v = view) {
  const c = new PerspectiveCamera(cam.fov, v.width / v.height, 0.1, 200);
  c.rotation.set((cam.pitch * Math.PI) / 180, (-cam.yaw * Math.PI) / 180, 0, 'YXZ');
  c.updateMatrixWorld();
  const d = new Vector3((2 * x) / v.width - 1, 1 - (2 * y) / v.height, 0.5).unproject(c).normalize();
  return { yaw: (Math.atan2(d.x, -d.z) * 180) / Math.PI, pitch: (Math.asin(d.y) * 180) / Math.PI };
}

describe('screen point <-> yaw/pitch', () => {
  test('the centre of the screen is where the camera looks', () => {
    expect(screenToYawPitch(400, 250, view, { yaw: 30, pitch: 10, fov: 75 })).toEqual({ yaw: 30, pitch: 10 });
    expect(screenToYawPitch(400, 250, view, { yaw: 180, pitch: -20, fov: 60 })).toEqual({ yaw: 180, pitch: -20 });
  });

  test('the top edge is half the vertical field of view up; right is positive yaw', () => {
    expect(screenToYawPitch(400, 0, view, { yaw: 0, pitch: 0, fov: 60 }).pitch).toBeCloseTo(30, 1);
    expect(screenToYawPitch(800, 250, view, { yaw: 0, pitch: 0, fov: 60 }).yaw).toBeGreaterThan(30);
    expect(screenToYawPitch(0, 250, view, { yaw: 0, pitch: 0, fov: 60 }).yaw).toBeLessThan(-30);
  });

  test('agrees with three.js unprojection for any camera and point', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -179, max: 180, noNaN: true }),
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.double({ min: 30, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 800, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (yaw, pitch, fov, x, y) => {
          const cam = { yaw, pitch, fov };
          const ours = screenToYawPitch(x, y, view, cam);
          const theirs = threeAt(x, y, cam);
          expect(Math.abs(ours.pitch - theirs.pitch)).toBeLessThan(0.02);
          // Near the poles yaw is meaningless; elsewhere it must match.
          if (Math.abs(theirs.pitch) < 85) expect(Math.abs(yawDelta(ours.yaw, theirs.yaw))).toBeLessThan(0.05);
        },
      ),
    );
  });

  test('projecting back gives the same screen point', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -179, max: 180, noNaN: true }),
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.double({ min: 30, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 800, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (yaw, pitch, fov, x, y) => {
          const cam = { yaw, pitch, fov };
          const a = screenToYawPitch(x, y, view, cam);
          const p = yawPitchToScreen(a.yaw, a.pitch, view, cam);
          expect(p).not.toBeNull();
          // Angles are rounded to 0.01°: a fraction of a pixel.
          expect(Math.abs(p!.x - x)).toBeLessThan(1);
          expect(Math.abs(p!.y - y)).toBeLessThan(1);
        },
      ),
    );
  });

  test('a direction behind the viewer is not on screen', () => {
    expect(yawPitchToScreen(180, 0, view, { yaw: 0, pitch: 0, fov: 75 })).toBeNull();
    expect(yawPitchToScreen(10, 0, view, { yaw: 0, pitch: 0, fov: 75 })).not.toBeNull();
  });
});
