// Benches and lamps, added to a Batch.
import * as THREE from 'three';
import { boxG, cylG, facingYaw, V3 } from './geometry.js';

// Park bench at (x, z) facing yaw `face` (the direction a sitter looks).
export function bench(b, mats, x, z, face, { length = 1.8, y = 0 } = {}) {
  const ry = facingYaw(face);
  const parts = [];
  const wood = [];
  for (let i = 0; i < 3; i++) wood.push(boxG(length, 0.04, 0.11, { y: 0.45, z: 0.06 - i * 0.13 }));
  for (let i = 0; i < 2; i++) wood.push(boxG(length, 0.1, 0.035, { y: 0.62 + i * 0.15, z: -0.27, rx: -0.18 }));
  for (const sx of [-1, 1]) {
    parts.push(boxG(0.06, 0.45, 0.06, { x: sx * length * 0.42, y: 0.225, z: 0.08 }));
    parts.push(boxG(0.06, 0.85, 0.06, { x: sx * length * 0.42, y: 0.42, z: -0.26, rx: -0.15 }));
    parts.push(boxG(0.05, 0.05, 0.45, { x: sx * length * 0.42, y: 0.42, z: -0.08 }));
    parts.push(boxG(0.05, 0.05, 0.3, { x: sx * length * 0.42, y: 0.62, z: -0.05 }));
  }
  const m = new THREE.Matrix4().compose(V3(x, y, z), new THREE.Quaternion().setFromEuler(new THREE.Euler(0, ry, 0)), V3(1, 1, 1));
  for (const g of wood) b.add(mats.wood, g.applyMatrix4(m), 0xffffff);
  for (const g of parts) b.add(mats.iron, g.applyMatrix4(m), 0xffffff);
}

export function streetLamp(b, mats, x, z, { h = 4.2 } = {}) {
  b.add(mats.iron, cylG(0.16, 0.2, 0.5, 10, { x, y: 0.25, z }));
  b.add(mats.iron, cylG(0.06, 0.085, h, 8, { x, y: h / 2, z }));
  b.add(mats.iron, cylG(0.09, 0.09, 0.08, 8, { x, y: h * 0.6, z }));
  b.add(mats.iron, cylG(0.2, 0.08, 0.15, 8, { x, y: h + 0.05, z }));
  b.add(mats.glass, cylG(0.17, 0.12, 0.45, 6, { x, y: h + 0.35, z }));
  b.add(mats.iron, cylG(0.02, 0.24, 0.22, 6, { x, y: h + 0.68, z }));
  b.add(mats.iron, cylG(0.0, 0.04, 0.18, 6, { x, y: h + 0.86, z }));
}

export function lampPost(b, mats, x, z, y = 0) {
  b.add(mats.iron, cylG(0.12, 0.16, 0.4, 8, { x, y: y + 0.2, z }));
  b.add(mats.iron, cylG(0.05, 0.07, 3.4, 8, { x, y: y + 1.7, z }));
  b.add(mats.glass, new THREE.SphereGeometry(0.2, 12, 8).translate(x, y + 3.65, z));
  b.add(mats.iron, cylG(0.02, 0.2, 0.14, 8, { x, y: y + 3.9, z }));
}
