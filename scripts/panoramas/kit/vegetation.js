// Trees, grass and ferns: leaf-card and tuft textures, broadleaf and conifer prototypes
// planted as instances, grass tufts near the viewer.
import * as THREE from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
import { Cards, cylG, V3 } from './geometry.js';
import { col, hexRgb, mixRgb, mulRgb, PI } from './maths.js';
import { fbm, fbm3, hash2, makeRng, vnoise } from './noise.js';
import { Painter, texFromFn } from './textures.js';

function leafCardTexture(seed, palette, { size = 256, leaves = 70, leafLen = [16, 30], needle = false } = {}) {
  const rng = makeRng(seed);
  const avg = palette.reduce((a, c) => [a[0] + c[0] / palette.length, a[1] + c[1] / palette.length, a[2] + c[2] / palette.length], [0, 0, 0]);
  const p = new Painter(size, size, avg, 0);
  const cx = size / 2;
  const cy = size / 2;
  // twigs
  for (let i = 0; i < 5; i++) {
    const a = rng.range(0, 2 * PI);
    for (let t = 0; t < size * 0.42; t += 1) {
      p.ellipse(cx + Math.cos(a) * t, cy + Math.sin(a) * t, 1.6, 1.6, 0, [70, 55, 40, 255], 1);
    }
  }
  for (let i = 0; i < leaves; i++) {
    const r = Math.sqrt(rng.next()) * size * 0.42;
    const a = rng.range(0, 2 * PI);
    const x = cx + Math.cos(a) * r;
    const y = cy + Math.sin(a) * r;
    const len = rng.range(leafLen[0], leafLen[1]);
    const c = mulRgb(rng.pick(palette), rng.range(0.8, 1.15));
    const rot = a + rng.sym(0.9);
    if (needle) {
      p.ellipse(x, y, len, 2.2, rot, [...c, 255]);
    } else {
      p.ellipse(x, y, len * 0.5, len * 0.26, rot, [...c, 255]);
      p.ellipse(x + Math.cos(rot) * len * 0.1, y + Math.sin(rot) * len * 0.1, len * 0.32, len * 0.05, rot, [...mulRgb(c, 1.25), 255], 0.5);
    }
  }
  return p.texture();
}

export function grassTuftTexture(seed, palette, size = 128) {
  const rng = makeRng(seed);
  const p = new Painter(size, size, palette[0], 0);
  for (let i = 0; i < 46; i++) {
    const x0 = rng.range(size * 0.15, size * 0.85);
    const lean = rng.sym(0.55);
    const hgt = rng.range(0.45, 0.98) * size;
    const w = rng.range(2.0, 3.8);
    const c = mulRgb(rng.pick(palette), rng.range(0.8, 1.15));
    for (let y = 0; y < hgt; y++) {
      const t = y / hgt;
      const x = x0 + lean * y * t;
      const ww = w * (1 - t * 0.9);
      p.rect(x - ww / 2, y, x + ww / 2 + 0.5, y + 1, [...mixRgb(mulRgb(c, 0.72), c, Math.min(1, t * 1.6)), 255]);
    }
  }
  return p.texture();
}

// A broadleaf tree prototype: trunk+branches, inner blobs and leaf cards.
export function broadleafProto(seed, { height = 12, crown = 4.2, trunkR = 0.3, cards = 420, cardSize = 1.5, blobs = 8, squash = 0.8 } = {}) {
  const rng = makeRng(seed);
  const trunkParts = [];
  const crownY = height - crown * squash;
  const trunkH = crownY + crown * 0.3;
  trunkParts.push(cylG(trunkR * 0.6, trunkR, trunkH, 9, { y: trunkH / 2 }));
  trunkParts.push(cylG(trunkR * 1.05, trunkR * 1.5, 0.5, 9, { y: 0.2 }));
  const centres = [{ c: V3(0, crownY + crown * 0.22 * squash, 0), r: crown * 0.68 }];
  for (let i = 1; i < blobs; i++) {
    const a = ((i - 1) / (blobs - 1)) * 2 * PI + rng.sym(0.5);
    const r = crown * rng.range(0.45, 0.8);
    centres.push({
      c: V3(Math.cos(a) * r, crownY + rng.range(-0.5, 0.35) * crown * squash, Math.sin(a) * r),
      r: crown * rng.range(0.36, 0.55),
    });
  }
  for (const { c } of centres.slice(1)) {
    const base = V3(0, crownY - crown * squash * rng.range(0.2, 0.6), 0);
    const len = c.distanceTo(base);
    const g = cylG(trunkR * 0.2, trunkR * 0.45, len, 6, { y: len / 2 });
    const q = new THREE.Quaternion().setFromUnitVectors(V3(0, 1, 0), c.clone().sub(base).normalize());
    g.applyQuaternion(q);
    g.translate(base.x, base.y, base.z);
    trunkParts.push(g);
  }
  const trunk = mergeGeometries(trunkParts.map((g) => g.toNonIndexed()));
  const centre = V3(0, crownY, 0);
  // blobs
  const blobParts = [];
  for (const { c, r } of centres) {
    const g = new THREE.IcosahedronGeometry(r * 0.74, 2);
    const pos = g.attributes.position;
    for (let i = 0; i < pos.count; i++) {
      const v = V3(pos.getX(i), pos.getY(i), pos.getZ(i));
      const n = fbm3(v.x * 0.9 + c.x, v.y * 0.9 + c.y, v.z * 0.9 + seed, seed);
      v.multiplyScalar(0.8 + n * 0.45);
      v.y *= squash;
      pos.setXYZ(i, v.x + c.x, v.y + c.y, v.z + c.z);
    }
    const ng = g.index ? g.toNonIndexed() : g;
    const np = ng.attributes.position;
    const nrm = new Float32Array(np.count * 3);
    for (let i = 0; i < np.count; i++) {
      const v = V3(np.getX(i), np.getY(i), np.getZ(i)).sub(centre).normalize();
      nrm.set([v.x, v.y, v.z], i * 3);
    }
    ng.setAttribute('normal', new THREE.BufferAttribute(nrm, 3));
    blobParts.push(ng);
  }
  const blob = mergeGeometries(blobParts);
  // cards
  const q = new THREE.Quaternion();
  const leafCards = new Cards();
  for (let i = 0; i < cards; i++) {
    const { c, r } = rng.pick(centres);
    const dir = V3(rng.sym(1), rng.sym(1), rng.sym(1)).normalize();
    const p = c.clone().addScaledVector(dir, r * Math.pow(rng.next(), 0.35));
    p.y = c.y + (p.y - c.y) * squash;
    const s = cardSize * rng.range(0.75, 1.25);
    q.setFromEuler(new THREE.Euler(rng.range(0, PI), rng.range(0, 2 * PI), rng.range(0, PI)));
    const corners = [V3(-s, -s, 0), V3(s, -s, 0), V3(s, s, 0), V3(-s, s, 0)].map((v) => v.multiplyScalar(0.5).applyQuaternion(q).add(p));
    const n = p.clone().sub(centre);
    n.y += crown * 0.4;
    n.normalize();
    leafCards.add(corners, n.x, n.y, n.z);
  }
  return { trunk, blob, card: leafCards.geometry() };
}

// Conifer prototype: trunk, stacked jagged cones and needle cards.
export function coniferProto(seed, { height = 14, radius = 2.6, layers = 7, cards = 220, cardSize = 1.3 } = {}) {
  const rng = makeRng(seed);
  const trunk = mergeGeometries([cylG(0.08, 0.3, height * 0.95, 8, { y: height * 0.475 }).toNonIndexed()]);
  const parts = [];
  const base = height * 0.18;
  for (let i = 0; i < layers; i++) {
    const t = i / (layers - 1);
    const y0 = base + (height - base) * t * 0.82;
    const r = radius * (1 - t * 0.85) * rng.range(0.9, 1.1);
    const h = (height - base) * 0.32 * (1 - t * 0.4);
    const g = new THREE.ConeGeometry(r, h, 12, 3, true);
    const p = g.attributes.position;
    for (let k = 0; k < p.count; k++) {
      const x = p.getX(k);
      const z = p.getZ(k);
      const y = p.getY(k);
      const rr = Math.hypot(x, z);
      if (rr > 0.01) {
        const a = Math.atan2(z, x);
        const jag = 1 + (hash2(Math.round(a * 20), i, seed) - 0.5) * 0.35;
        p.setXYZ(k, x * jag, y - (rr / r) * h * 0.15 * (hash2(k, i, seed) * 0.8 + 0.2), z * jag);
      }
    }
    g.translate(0, y0 + h / 2, 0);
    g.computeVertexNormals();
    parts.push(g.index ? g.toNonIndexed() : g);
  }
  const blob = mergeGeometries(parts);
  const q = new THREE.Quaternion();
  const leafCards = new Cards();
  for (let i = 0; i < cards; i++) {
    const t = Math.pow(rng.next(), 0.8);
    const y = base + (height - base) * t * 0.95;
    const r = radius * (1 - t * 0.9) * rng.range(0.6, 1.05);
    const a = rng.range(0, 2 * PI);
    const p = V3(Math.cos(a) * r, y, Math.sin(a) * r);
    const s = cardSize * rng.range(0.7, 1.2) * (1 - t * 0.4);
    q.setFromEuler(new THREE.Euler(rng.range(0, PI), rng.range(0, 2 * PI), rng.range(0, PI)));
    const corners = [V3(-s, -s, 0), V3(s, -s, 0), V3(s, s, 0), V3(-s, s, 0)].map((v) => v.multiplyScalar(0.5).applyQuaternion(q).add(p));
    const n = V3(Math.cos(a), 0.6, Math.sin(a)).normalize();
    leafCards.add(corners, n.x, n.y, n.z);
  }
  return { trunk, blob, card: leafCards.geometry() };
}

export function barkTexture(seed, base = [92, 74, 58]) {
  return texFromFn(128, 256, (x, y, o) => {
    const n = fbm(x / 10, y / 40, seed, 12.8 * 1, 4);
    const s = 0.65 + n * 0.6 + (vnoise(x / 3, y / 20, seed + 5, 128 / 3) - 0.5) * 0.3;
    o[0] = base[0] * s;
    o[1] = base[1] * s;
    o[2] = base[2] * s;
  });
}

// Materials for a tree prototype: bark, leafy inner volume and alpha-tested leaf cards.
export function foliageMats(palette, seed, { trunkMap = null, blobTint = 0.6, needle = false } = {}) {
  const leaves = leafCardTexture(seed, palette.map(hexRgb), needle ? { leaves: 160, leafLen: [10, 22], needle: true } : { leaves: 120, leafLen: [11, 21] });
  const blobMap = leaves.clone();
  blobMap.repeat.set(3, 3);
  blobMap.needsUpdate = true;
  return {
    trunk: new THREE.MeshStandardMaterial({ map: trunkMap ?? barkTexture(seed + 1), roughness: 0.95 }),
    blob: new THREE.MeshLambertMaterial({ map: blobMap, color: new THREE.Color(blobTint, blobTint, blobTint) }),
    card: new THREE.MeshLambertMaterial({ map: leaves, alphaTest: 0.5, side: THREE.DoubleSide }),
  };
}

// Plants instances of tree prototypes. items: [{x, z, s, ry, tint}]
export function plantTrees(scene, protos, items, mats) {
  const byProto = protos.map(() => []);
  for (const it of items) byProto[it.proto % protos.length].push(it);
  protos.forEach((proto, pi) => {
    // front to back from the viewer, so hidden leaves fail the depth test early
    const list = byProto[pi].slice().sort((p, q) => Math.hypot(p.x, p.z) - Math.hypot(q.x, q.z));
    if (!list.length) return;
    const parts = [
      [proto.trunk, mats.trunk, 0],
      [proto.blob, mats.blob, 0],
      [proto.card, mats.card, 1],
    ];
    for (const [geo, m, order] of parts) {
      const im = new THREE.InstancedMesh(geo, m, list.length);
      im.renderOrder = order;
      const mtx = new THREE.Matrix4();
      list.forEach((it, i) => {
        mtx.compose(V3(it.x, it.y ?? 0, it.z), new THREE.Quaternion().setFromEuler(new THREE.Euler(0, it.ry ?? 0, it.lean ?? 0)), V3(it.s, it.s * (it.sy ?? 1), it.s));
        im.setMatrixAt(i, mtx);
        const t = it.tint ?? 1;
        im.setColorAt(i, new THREE.Color(t, t * (it.tintG ?? 1), t * (it.tintB ?? 1)));
      });
      im.castShadow = true;
      im.receiveShadow = true;
      im.computeBoundingSphere();
      scene.add(im);
    }
  });
}

// Grass tufts (crossed alpha-tested cards), only near the viewer.
export function plantGrass(scene, rng, tex, { count = 2500, rMin = 0.6, rMax = 18, size = [0.25, 0.5], accept = () => true, color = 0xffffff, y = 0 } = {}) {
  const tufts = new Cards();
  let placed = 0;
  let tries = 0;
  while (placed < count && tries < count * 20) {
    tries++;
    const r = rMin + (rMax - rMin) * Math.pow(rng.next(), 1.6);
    const a = rng.range(0, 2 * PI);
    const x = Math.cos(a) * r;
    const z = Math.sin(a) * r;
    if (!accept(x, z)) continue;
    placed++;
    const h = rng.range(size[0], size[1]);
    const w = h * rng.range(1.0, 1.5);
    const yy = typeof y === 'function' ? y(x, z) : y;
    for (let k = 0; k < 2; k++) {
      const ang = rng.range(0, PI) + k * PI * 0.5;
      const dx = (Math.cos(ang) * w) / 2;
      const dz = (Math.sin(ang) * w) / 2;
      const c = [V3(x - dx, yy - 0.02, z - dz), V3(x + dx, yy - 0.02, z + dz), V3(x + dx, yy + h, z + dz), V3(x - dx, yy + h, z - dz)];
      tufts.add(c, 0, 1, 0);
    }
  }
  const g = tufts.geometry();
  const m = new THREE.MeshLambertMaterial({ map: tex, alphaTest: 0.45, side: THREE.DoubleSide, color: col(color) });
  const mesh = new THREE.Mesh(g, m);
  mesh.name = 'grass';
  mesh.renderOrder = 2;
  mesh.receiveShadow = true;
  mesh.castShadow = false;
  scene.add(mesh);
  return mesh;
}

export function fernTexture(seed, size = 256) {
  const rng = makeRng(seed);
  const p = new Painter(size, size, [70, 110, 45], 0);
  // one frond from the bottom centre, curving up
  const fronds = 1;
  for (let f = 0; f < fronds; f++) {
    const len = size * 0.95;
    for (let t = 0; t < 1; t += 0.004) {
      const x = size / 2 + Math.sin(t * 1.2) * size * 0.08;
      const y = t * len;
      p.ellipse(x, y, 1.5, 1.5, 0, [60, 90, 35, 255]);
      if (Math.floor(t * 250) % 9 === 0 && t > 0.06) {
        const w = size * 0.4 * Math.sin(Math.min(1, t * 1.1) * PI) * (1 - t * 0.3);
        for (const sdir of [-1, 1]) {
          const c = mulRgb([78, 124, 46], rng.range(0.85, 1.15));
          for (let k = 0; k < 14; k++) {
            const u = k / 14;
            p.ellipse(x + sdir * u * w, y + u * w * 0.25, w * 0.05 * (1 - u * 0.6), w * 0.035, sdir * 0.5, [...c, 255]);
          }
        }
      }
    }
  }
  return p.texture();
}
