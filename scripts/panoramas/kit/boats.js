// Boats (hull, cabin, mast) and what ties them up: bollards and ropes.
import * as THREE from 'three';
import { boxG, cylG, facingYaw, V3, xf } from './geometry.js';
import { col, lerp, PI, smooth } from './maths.js';

// Boat hull, bow toward local -Z, keel at y = 0. Vertex-coloured.
function hullGeom(len, beam, depth, { transom = 0.6, sheer = 0.3, colour = 0xffffff, stripe = 0x1f4f8a, bottom = 0x7a2a22, waterline = 0.3, deck = false } = {}) {
  const NS = 20;
  const NP = 11;
  const grid = [];
  for (let i = 0; i <= NS; i++) {
    const s = i / NS;
    const z = len / 2 - s * len;
    const prof = s < 0.5 ? lerp(transom, 1, smooth(s / 0.5)) : Math.sqrt(Math.max(0, 1 - ((s - 0.5) / 0.5) ** 2));
    const halfW = (beam / 2) * Math.max(prof, 0.001);
    const top = depth + sheer * s * s;
    const keelY = s > 0.75 ? ((s - 0.75) / 0.25) ** 2 * depth * 0.7 : 0;
    const row = [];
    for (let j = 0; j < NP; j++) {
      const t = j / (NP - 1);
      const ang = (t - 0.5) * PI;
      const x = Math.sign(Math.sin(ang)) * Math.pow(Math.abs(Math.sin(ang)), 0.7) * halfW;
      const y = keelY + (top - keelY) * (1 - Math.cos(ang));
      row.push(V3(x, y, z));
    }
    grid.push(row);
  }
  const pos = [];
  const cols = [];
  const cc = col(colour);
  const cs = col(stripe);
  const cb = col(bottom);
  const push = (v, top) => {
    pos.push(v.x, v.y, v.z);
    const c = v.y < waterline ? cb : v.y > top - 0.12 ? cs : cc;
    cols.push(c.r, c.g, c.b);
  };
  for (let i = 0; i < NS; i++) {
    for (let j = 0; j < NP - 1; j++) {
      const a = grid[i][j];
      const b2 = grid[i + 1][j];
      const c2 = grid[i + 1][j + 1];
      const d = grid[i][j + 1];
      const topA = grid[i][0].y;
      const topB = grid[i + 1][0].y;
      push(a, topA);
      push(b2, topB);
      push(c2, topB);
      push(a, topA);
      push(c2, topB);
      push(d, topA);
    }
  }
  // transom
  const st = grid[0];
  for (let j = 1; j < NP - 1; j++) {
    push(st[0], st[0].y);
    push(st[j + 1], st[0].y);
    push(st[j], st[0].y);
  }
  if (deck) {
    for (let i = 0; i < NS; i++) {
      const a = grid[i][0];
      const b2 = grid[i][NP - 1];
      const c2 = grid[i + 1][NP - 1];
      const d = grid[i + 1][0];
      const cd = col(0xd9d2c0);
      for (const v of [a, b2, c2, a, c2, d]) {
        pos.push(v.x, v.y - 0.04, v.z);
        cols.push(cd.r, cd.g, cd.b);
      }
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setAttribute('color', new THREE.Float32BufferAttribute(cols, 3));
  g.setAttribute('uv', new THREE.Float32BufferAttribute(new Float32Array((pos.length / 3) * 2), 2));
  g.computeVertexNormals();
  return g;
}

// A boat as a list of [material key, geometry] in local space (bow toward -Z).
export function boat(b, mats, rng, { x, z, yaw, waterY, kind, colour, stripe }) {
  const m = new THREE.Matrix4().compose(V3(x, 0, z), new THREE.Quaternion().setFromEuler(new THREE.Euler(rng.sym(0.02), facingYaw(yaw) + PI, rng.sym(0.03))), V3(1, 1, 1));
  const add = (mat, g, c) => b.add(mat, g.applyMatrix4(m), c);
  if (kind === 'row') {
    const L = 4.2;
    const hull = hullGeom(L, 1.5, 0.65, { colour, stripe, transom: 0.55, sheer: 0.25, waterline: 0.25 });
    add(mats.hull, hull.translate(0, waterY - 0.25, 0));
    add(mats.wood, boxG(1.3, 0.05, 0.25, { y: waterY + 0.32, z: 0.2 }));
    add(mats.wood, boxG(1.0, 0.05, 0.3, { y: waterY + 0.32, z: 1.5 }));
    add(mats.wood, boxG(0.8, 0.03, 3.0, { y: waterY + 0.0, z: 0.2 }));
    add(mats.wood, boxG(0.06, 0.06, 2.6, { x: 0.35, y: waterY + 0.38, z: 0.3, ry: 0.08 }));
    add(mats.wood, boxG(0.06, 0.06, 2.6, { x: -0.35, y: waterY + 0.38, z: 0.3, ry: -0.08 }));
  } else if (kind === 'motor') {
    const L = 7.5;
    const hull = hullGeom(L, 2.6, 1.3, { colour, stripe, transom: 0.75, sheer: 0.45, waterline: 0.55, deck: true });
    add(mats.hull, hull.translate(0, waterY - 0.55, 0));
    add(mats.paint, boxG(1.9, 1.5, 2.4, { y: waterY + 1.45, z: 0.6 }), 0xf2efe6);
    add(mats.paint, boxG(2.1, 0.12, 2.8, { y: waterY + 2.25, z: 0.6 }), stripe);
    add(mats.glass, boxG(1.92, 0.55, 2.1, { y: waterY + 1.75, z: 0.6 }), 0x35505e);
    add(mats.iron, cylG(0.04, 0.04, 1.6, 6, { y: waterY + 3.0, z: 1.2 }));
    add(mats.paint, boxG(0.5, 0.35, 0.3, { y: waterY + 1.05, z: 3.0 }), 0xe8762e);
    for (const sx of [-1, 1]) add(mats.paint, xf(new THREE.TorusGeometry(0.3, 0.07, 6, 16), { x: sx * 1.02, y: waterY + 1.35, z: 0.6, ry: PI / 2 }), 0xf07030);
  } else if (kind === 'sail') {
    const L = 8.5;
    const hull = hullGeom(L, 2.7, 1.2, { colour, stripe, transom: 0.8, sheer: 0.35, waterline: 0.45, deck: true });
    add(mats.hull, hull.translate(0, waterY - 0.45, 0));
    add(mats.paint, boxG(1.6, 0.55, 2.6, { y: waterY + 1.0, z: 0.6 }), 0xf4f1ea);
    add(mats.glass, boxG(1.62, 0.2, 2.0, { y: waterY + 1.05, z: 0.6 }), 0x2b3a44);
    add(mats.metal, cylG(0.06, 0.08, 11, 8, { y: waterY + 6.2, z: -0.6 }), 0xd8dde0);
    add(mats.metal, cylG(0.05, 0.05, 3.8, 6, { y: waterY + 1.9, z: 1.3, rx: PI / 2 }), 0xd8dde0);
    add(mats.canvas, xf(new THREE.CylinderGeometry(0.16, 0.12, 3.6, 8), { y: waterY + 2.05, z: 1.3, rx: PI / 2 }), stripe);
    const stay = (a, c) => {
      const d = c.clone().sub(a);
      const g = cylG(0.012, 0.012, d.length(), 3, {});
      g.applyQuaternion(new THREE.Quaternion().setFromUnitVectors(V3(0, 1, 0), d.clone().normalize()));
      g.translate((a.x + c.x) / 2, (a.y + c.y) / 2, (a.z + c.z) / 2);
      add(mats.iron, g);
    };
    stay(V3(0, waterY + 11.5, -0.6), V3(0, waterY + 1.0, -L / 2 + 0.2));
    stay(V3(0, waterY + 11.5, -0.6), V3(0, waterY + 1.0, L / 2 - 0.2));
    for (const sx of [-1, 1]) stay(V3(0, waterY + 9, -0.6), V3(sx * 1.25, waterY + 0.9, 0));
  }
}

export function bollard(b, mats, x, z, y = 0) {
  b.add(mats.iron, cylG(0.17, 0.2, 0.55, 12, { x, y: y + 0.275, z }));
  b.add(mats.iron, cylG(0.26, 0.22, 0.1, 12, { x, y: y + 0.6, z }));
}
export function rope(b, mat, a, c, sag = 0.5, r = 0.025) {
  const pts = [];
  for (let i = 0; i <= 12; i++) {
    const t = i / 12;
    const p = a.clone().lerp(c, t);
    p.y -= Math.sin(t * PI) * sag;
    pts.push(p);
  }
  b.add(mat, new THREE.TubeGeometry(new THREE.CatmullRomCurve3(pts), 16, r, 5), 0xc9b48a);
}
