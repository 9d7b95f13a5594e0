import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { cameraEuler, directionOf, normalizeYaw, yawDelta, yawPitchOf } from '../../../src/story/angles.ts';
import { createPanoramaGeometry } from '../../../src/player/view/panoramaGeometry.ts';
import { Euler, Quaternion } from 'three';

const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 5));

describe('angles', () => {
  it('yaw 0 looks toward -Z, +90 toward +X, pitch +90 up', () => {
    close(directionOf(0, 0), [0, 0, -1]);
    close(directionOf(90, 0), [1, 0, 0]);
    close(directionOf(-90, 0), [-1, 0, 0]);
    close(directionOf(180, 0), [0, 0, 1]);
    close(directionOf(0, 90), [0, 1, 0]);
  });
  it('round-trips through yawPitchOf', () => {
    for (const [y, p] of [[0, 0], [45, 10], [-120, -30], [180, 5], [10, 80]] as const) {
      const d = directionOf(y, p);
      const back = yawPitchOf(...d);
      expect(back.yaw).toBeCloseTo(y, 6);
      expect(back.pitch).toBeCloseTo(p, 6);
    }
  });
  it('normalizes yaw into (-180, 180] and takes the short way round', () => {
    expect(normalizeYaw(-180)).toBe(180);
    expect(normalizeYaw(190)).toBe(-170);
    expect(normalizeYaw(720)).toBe(0);
    expect(yawDelta(170, -170)).toBe(20);
    expect(yawDelta(-170, 170)).toBe(-20);
  });
  it('the camera euler points the camera at directionOf(yaw, pitch)', () => {
    for (const [y, p] of [[0, 0], [90, 0], [-45, 30], [135, -20]] as const) {
      const e = cameraEuler(y, p);
      const q = new Quaternion().setFromEuler(new Euler(e.x, e.y, e.z, 'YXZ'));
      const fwd = new Vector3(0, 0, -1).applyQuaternion(q);
      close(fwd.toArray(), directionOf(y, p));
    }
  });
});

describe('panorama geometry', () => {
  // Find the vertex whose uv is nearest (u, v-from-top) and check where it points.
  function directionAtUv(u: number, vTop: number) {
    const g = createPanoramaGeometry(1, 64, 32);
    const pos = g.getAttribute('position');
    const uv = g.getAttribute('uv');
    let best = 0;
    let bestD = Infinity;
    for (let i = 0; i < uv.count; i++) {
      // geometry v is flipped: texture row 0 (image top) is v = 0
      const d = Math.hypot(uv.getX(i) - u, uv.getY(i) - vTop);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return [pos.getX(best), pos.getY(best), pos.getZ(best)];
  }
  it('maps the image centre to yaw 0, the right quarter to yaw +90, the top row to up', () => {
    close(directionAtUv(0.5, 0.5), directionOf(0, 0));
    close(directionAtUv(0.75, 0.5), directionOf(90, 0));
    close(directionAtUv(0.25, 0.5), directionOf(-90, 0));
    close(directionAtUv(0.5, 0), [0, 1, 0]);
    close(directionAtUv(0.5, 1), [0, -1, 0]);
  });
  it('faces inward (seen from the centre, triangles wind counter-clockwise)', () => {
    const g = createPanoramaGeometry(1, 16, 8);
    const pos = g.getAttribute('position');
    const idx = g.getIndex()!;
    const a = new Vector3(), b = new Vector3(), c = new Vector3();
    let inward = 0;
    let total = 0;
    for (let i = 0; i < idx.count; i += 3) {
      a.fromBufferAttribute(pos, idx.getX(i));
      b.fromBufferAttribute(pos, idx.getX(i + 1));
      c.fromBufferAttribute(pos, idx.getX(i + 2));
      const n = new Vector3().subVectors(b, a).cross(new Vector3().subVectors(c, a));
      if (n.lengthSq() < 1e-12) continue;
      total++;
      if (n.dot(a) < 0) inward++;
    }
    expect(inward).toBe(total);
  });
});
