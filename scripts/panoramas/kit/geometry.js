// Geometry helpers: directions in the panorama convention, transforms, vertex colours,
// polygons, and Batch, which merges geometry per material into one mesh each.
import * as THREE from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
import { col, DEG, PI } from './maths.js';

export const V3 = (x, y, z) => new THREE.Vector3(x, y, z);
// direction for a yaw/pitch in degrees, in the panorama convention
export const dirYaw = (yawDeg, pitchDeg = 0) =>
  V3(
    Math.sin(yawDeg * DEG) * Math.cos(pitchDeg * DEG),
    Math.sin(pitchDeg * DEG),
    -Math.cos(yawDeg * DEG) * Math.cos(pitchDeg * DEG),
  );
// rotation.y that turns an object's local +Z toward the given yaw
export const facingYaw = (yawDeg) => PI - yawDeg * DEG;
export const yawOf = (x, z) => Math.atan2(x, -z) / DEG;

export function xf(geo, { x = 0, y = 0, z = 0, rx = 0, ry = 0, rz = 0, sx = 1, sy = 1, sz = 1 } = {}) {
  const m = new THREE.Matrix4().compose(
    V3(x, y, z),
    new THREE.Quaternion().setFromEuler(new THREE.Euler(rx, ry, rz, 'YXZ')),
    V3(sx, sy, sz),
  );
  geo.applyMatrix4(m);
  return geo;
}
export const boxG = (w, h, d, o) => xf(new THREE.BoxGeometry(w, h, d), o);
export const cylG = (rt, rb, h, seg, o, open = false) => xf(new THREE.CylinderGeometry(rt, rb, h, seg, 1, open), o);
// Vertex colours for merged geometry (all batched geometry carries them).
export function paint(geo, c, jitter = 0, rng = null) {
  const n = geo.attributes.position.count;
  const cc = c instanceof THREE.Color ? c : col(c);
  const arr = new Float32Array(n * 3);
  let k = 1;
  if (jitter && rng) k = 1 + rng.sym(jitter);
  for (let i = 0; i < n; i++) {
    arr[i * 3] = cc.r * k;
    arr[i * 3 + 1] = cc.g * k;
    arr[i * 3 + 2] = cc.b * k;
  }
  geo.setAttribute('color', new THREE.BufferAttribute(arr, 3));
  return geo;
}
// Quads (alpha-tested cards: leaves, grass, fronds) gathered into one geometry. add() takes the four
// corners anticlockwise from the bottom left (UVs 0,0 1,0 1,1 0,1) and the normal they share.
const CARD_CORNERS = [0, 1, 2, 0, 2, 3];
const CARD_UV = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
];
export class Cards {
  constructor() {
    this.pos = [];
    this.nrm = [];
    this.uv = [];
  }
  add(c, nx, ny, nz) {
    for (const k of CARD_CORNERS) {
      this.pos.push(c[k].x, c[k].y, c[k].z);
      this.nrm.push(nx, ny, nz);
      this.uv.push(CARD_UV[k][0], CARD_UV[k][1]);
    }
  }
  geometry() {
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(this.pos, 3));
    g.setAttribute('normal', new THREE.Float32BufferAttribute(this.nrm, 3));
    g.setAttribute('uv', new THREE.Float32BufferAttribute(this.uv, 2));
    return g;
  }
}
// Builds a flat-shaded geometry from polygons {p: [Vector3...], uv: [[u, v]...]}.
export function polyGeom(polys) {
  const pos = [];
  const uvs = [];
  for (const poly of polys) {
    for (let i = 1; i + 1 < poly.p.length; i++) {
      for (const k of [0, i, i + 1]) {
        pos.push(poly.p[k].x, poly.p[k].y, poly.p[k].z);
        uvs.push(poly.uv[k][0], poly.uv[k][1]);
      }
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setAttribute('uv', new THREE.Float32BufferAttribute(uvs, 2));
  g.computeVertexNormals();
  return g;
}
// Collects geometry per material and merges it into one mesh each.
export class Batch {
  constructor() {
    this.groups = new Map();
  }
  add(material, geo, color = 0xffffff) {
    let g = geo.index ? geo.toNonIndexed() : geo;
    if (!g.attributes.uv) {
      g.setAttribute('uv', new THREE.Float32BufferAttribute(new Float32Array(g.attributes.position.count * 2), 2));
    }
    if (!g.attributes.color) paint(g, color);
    for (const k of Object.keys(g.attributes)) {
      if (!['position', 'normal', 'uv', 'color'].includes(k)) g.deleteAttribute(k);
    }
    g.morphAttributes = {};
    if (!this.groups.has(material)) this.groups.set(material, []);
    this.groups.get(material).push(g);
    return g;
  }
  flush(parent, { cast = true, receive = true } = {}) {
    for (const [material, geos] of this.groups) {
      material.vertexColors = true;
      const merged = mergeGeometries(geos, false);
      const mesh = new THREE.Mesh(merged, material);
      mesh.castShadow = material.userData.noCast ? false : cast;
      mesh.receiveShadow = receive;
      parent.add(mesh);
    }
    this.groups.clear();
  }
}
export function stdMat(params) {
  return new THREE.MeshStandardMaterial({ roughness: 0.85, metalness: 0, ...params });
}
