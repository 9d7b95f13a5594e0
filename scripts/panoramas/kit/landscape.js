// Ground and water: meadow and forest floor textures, water, terrain on a polar grid, paths as
// ribbons, rocks and flower beds.
import * as THREE from 'three';
import { V3 } from './geometry.js';
import { clamp, col, lerp, mixRgb, mulRgb, PI, smoothstep } from './maths.js';
import { fbm, fbm3, hash2, makeRng, vnoise } from './noise.js';
import { finishTexture, Painter, texFromFn } from './textures.js';

// Grass / meadow texture (colour + bump), periodic.
export function grassTexture(seed, { size = 1024, base = [86, 122, 52], dry = [140, 140, 70], dark = [46, 78, 32], strokes = 9000 } = {}) {
  const rng = makeRng(seed);
  const p = new Painter(size, size, base);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const n1 = fbm(x / 64, y / 64, seed, size / 64, 4);
      const n2 = fbm(x / 9, y / 9, seed + 5, size / 9, 3);
      let c = mixRgb(base, dry, smoothstep(0.55, 0.8, n1) * 0.6);
      c = mixRgb(c, dark, smoothstep(0.5, 0.2, n2) * 0.55);
      const i = (y * size + x) * 4;
      p.d[i] = c[0];
      p.d[i + 1] = c[1];
      p.d[i + 2] = c[2];
    }
  }
  // blade strokes
  for (let i = 0; i < strokes; i++) {
    const x = rng.range(0, size);
    const y = rng.range(0, size);
    const len = rng.range(4, 11);
    const a = PI / 2 + rng.sym(0.7);
    const light = rng.next();
    const c = light > 0.5 ? mulRgb(mixRgb(base, dry, rng.next() * 0.5), 1.25) : mulRgb(dark, 0.85);
    for (let t = 0; t < len; t += 0.7) {
      const xx = Math.floor((((x + Math.cos(a) * t) % size) + size) % size);
      const yy = Math.floor((((y + Math.sin(a) * t) % size) + size) % size);
      p.blend(xx, yy, c, 0.55);
    }
  }
  const map = p.texture();
  const bumpData = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const l = (p.d[i * 4] * 0.3 + p.d[i * 4 + 1] * 0.6 + p.d[i * 4 + 2] * 0.1) * 1.4;
    bumpData[i * 4] = bumpData[i * 4 + 1] = bumpData[i * 4 + 2] = clamp(l, 0, 255);
    bumpData[i * 4 + 3] = 255;
  }
  const bump = finishTexture(new THREE.DataTexture(bumpData, size, size, THREE.RGBAFormat), { srgb: false });
  return { map, bump };
}

// Water normal map from a sum of periodic waves + noise.
function waterNormalTexture(seed, size = 512, { chop = 1 } = {}) {
  const rng = makeRng(seed);
  const waves = [];
  for (let i = 0; i < 14; i++) {
    const kx = rng.int(-6, 6);
    const ky = rng.int(2, 10);
    waves.push({ kx, ky, a: 1 / Math.hypot(kx, ky), ph: rng.range(0, 2 * PI) });
  }
  const H = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let h = 0;
      for (const w of waves) h += w.a * Math.sin(((w.kx * x + w.ky * y) / size) * 2 * PI + w.ph);
      h += (fbm(x / 16, y / 16, seed, size / 16, 4) - 0.5) * 3;
      H[y * size + x] = h;
    }
  }
  const data = new Uint8Array(size * size * 4);
  const s = 6 * chop;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const hx = H[y * size + ((x + 1) % size)] - H[y * size + ((x - 1 + size) % size)];
      const hy = H[((y + 1) % size) * size + x] - H[((y - 1 + size) % size) * size + x];
      const n = V3(-hx * s * 0.05, -hy * s * 0.05, 1).normalize();
      const i = (y * size + x) * 4;
      data[i] = (n.x * 0.5 + 0.5) * 255;
      data[i + 1] = (n.y * 0.5 + 0.5) * 255;
      data[i + 2] = (n.z * 0.5 + 0.5) * 255;
      data[i + 3] = 255;
    }
  }
  return finishTexture(new THREE.DataTexture(data, size, size, THREE.RGBAFormat), { srgb: false });
}

export function waterMaterial(seed, { color = 0x2c5a66, repeat = 60, rough = 0.08, normalScale = 0.6 } = {}) {
  const n = waterNormalTexture(seed);
  n.repeat.set(repeat, repeat);
  return new THREE.MeshStandardMaterial({ color: col(color), roughness: rough, metalness: 0.0, normalMap: n, normalScale: new THREE.Vector2(normalScale, normalScale), envMapIntensity: 1.2 });
}

// Terrain on a polar grid (fine near the viewer, coarse far away).
// heightFn(x, z) -> y, colorFn(x, z, y, slope) -> THREE.Color (linear)
export function polarTerrain({ rMax = 2500, rings = 140, segs = 256, r0 = 0.5, heightFn, colorFn, material }) {
  const pos = [];
  const colArr = [];
  const uv = [];
  const radii = [0];
  for (let i = 0; i < rings; i++) radii.push(r0 * Math.pow(rMax / r0, i / (rings - 1)));
  for (const r of radii) {
    for (let j = 0; j <= segs; j++) {
      const a = (j / segs) * 2 * PI;
      const x = Math.sin(a) * r;
      const z = -Math.cos(a) * r;
      const y = heightFn(x, z);
      pos.push(x, y, z);
      uv.push(x / 4, z / 4);
    }
  }
  const idx = [];
  const row = segs + 1;
  for (let i = 0; i < radii.length - 1; i++) {
    for (let j = 0; j < segs; j++) {
      const a = i * row + j;
      const b = a + 1;
      const c = a + row;
      const d = c + 1;
      idx.push(a, b, c, b, d, c);
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setAttribute('uv', new THREE.Float32BufferAttribute(uv, 2));
  g.setIndex(idx);
  g.computeVertexNormals();
  const nrm = g.attributes.normal;
  for (let k = 0; k < nrm.count; k++) {
    const c = colorFn(pos[k * 3], pos[k * 3 + 2], pos[k * 3 + 1], 1 - nrm.getY(k));
    colArr.push(c.r, c.g, c.b);
  }
  g.setAttribute('color', new THREE.Float32BufferAttribute(colArr, 3));
  material.vertexColors = true;
  const mesh = new THREE.Mesh(g, material);
  mesh.receiveShadow = true;
  return mesh;
}

// A flat ribbon following a curve on the ground (paths). UV: u across 0..1, v along in metres.
export function ribbon(curve, width, { samples = 300, y = 0.02, heightFn = null, widthFn = null } = {}) {
  const pos = [];
  const uv = [];
  const idx = [];
  const len = curve.getLength();
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    const p = curve.getPointAt(t);
    const tan = curve.getTangentAt(t);
    const side = V3(-tan.z, 0, tan.x).normalize();
    const w = (widthFn ? widthFn(t) : 1) * width;
    for (const s of [-0.5, 0.5]) {
      const q = p.clone().addScaledVector(side, s * w);
      q.y = (heightFn ? heightFn(q.x, q.z) : 0) + y;
      pos.push(q.x, q.y, q.z);
      uv.push(s + 0.5, t * len);
    }
    if (i < samples) {
      const a = i * 2;
      idx.push(a, a + 1, a + 2, a + 1, a + 3, a + 2);
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setAttribute('uv', new THREE.Float32BufferAttribute(uv, 2));
  g.setIndex(idx);
  g.computeVertexNormals();
  // make sure normals point up
  const n = g.attributes.normal;
  let flip = false;
  if (n.getY(0) < 0) flip = true;
  if (flip) {
    const ix = g.index.array;
    for (let k = 0; k < ix.length; k += 3) {
      const tmp = ix[k + 1];
      ix[k + 1] = ix[k + 2];
      ix[k + 2] = tmp;
    }
    g.computeVertexNormals();
  }
  return g;
}
// alpha map for ribbons: opaque centre, noisy ragged edges (u across, tiles along v)
export function edgeAlphaTexture(seed, soft = 0.12) {
  return texFromFn(
    64,
    256,
    (x, y, o) => {
      const u = (x + 0.5) / 64;
      const e = Math.min(u, 1 - u);
      const n = (fbm(x / 6, y / 6, seed, 1 << 20, 3) - 0.5) * soft * 1.6;
      const a = smoothstep(0.0, soft, e + n);
      o[0] = o[1] = o[2] = a * 255;
    },
    { srgb: false },
  );
}
export function pointsDistance(samples) {
  return (x, z) => {
    let m = 1e9;
    for (const p of samples) {
      const d = (p.x - x) * (p.x - x) + (p.z - z) * (p.z - z);
      if (d < m) m = d;
    }
    return Math.sqrt(m);
  };
}

export function rockGeom(seed, r, { flat = 0.7, moss = 0.5, base = 0x8a8780, mossCol = 0x5d7a36 } = {}) {
  const g = new THREE.IcosahedronGeometry(r, 2);
  const p = g.attributes.position;
  for (let i = 0; i < p.count; i++) {
    const v = V3(p.getX(i), p.getY(i), p.getZ(i));
    const k = 0.75 + fbm3(v.x / r * 1.3, v.y / r * 1.3, v.z / r * 1.3, seed, 3) * 0.6;
    v.multiplyScalar(k);
    v.y *= flat;
    p.setXYZ(i, v.x, v.y, v.z);
  }
  g.computeVertexNormals();
  const n = g.attributes.normal;
  const c = new Float32Array(p.count * 3);
  const cb = col(base);
  const cm = col(mossCol);
  for (let i = 0; i < p.count; i++) {
    const t = smoothstep(0.35, 0.8, n.getY(i)) * moss * (0.6 + hash2(i, 1, seed) * 0.4);
    const k = 0.85 + hash2(i, 2, seed) * 0.3;
    c[i * 3] = lerp(cb.r, cm.r, t) * k;
    c[i * 3 + 1] = lerp(cb.g, cm.g, t) * k;
    c[i * 3 + 2] = lerp(cb.b, cm.b, t) * k;
  }
  g.setAttribute('color', new THREE.BufferAttribute(c, 3));
  return g;
}

export function flowerBed(b, mat, rng, x, z, r, colors, n = 60, y = 0) {
  for (let i = 0; i < n; i++) {
    const a = rng.range(0, 2 * PI);
    const rr = Math.sqrt(rng.next()) * r;
    const g = new THREE.IcosahedronGeometry(rng.range(0.05, 0.09), 0);
    g.translate(x + Math.cos(a) * rr, y + rng.range(0.12, 0.35), z + Math.sin(a) * rr);
    b.add(mat, g, rng.pick(colors));
  }
}

// Forest floor: moss and short grass with patches of leaf litter, needles and twigs.
export function forestFloorTexture(seed, size = 1024) {
  const rng = makeRng(seed);
  const p = new Painter(size, size, [74, 96, 42]);
  const mask = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const m = smoothstep(0.5, 0.38, fbm(x / 110, y / 110, seed + 7, size / 110, 4) + (vnoise(x / 6, y / 6, seed + 8, size / 6) - 0.5) * 0.06);
      mask[y * size + x] = m;
      const n = fbm(x / 24, y / 24, seed, size / 24, 4);
      const moss = mixRgb([66, 88, 38], [104, 122, 54], n);
      const soil = mixRgb([78, 62, 44], [112, 88, 58], n);
      const c = mixRgb(moss, soil, m);
      const i = (y * size + x) * 4;
      p.d[i] = c[0];
      p.d[i + 1] = c[1];
      p.d[i + 2] = c[2];
    }
  }
  const at = (x, y) => mask[(Math.floor(y) & (size - 1)) * size + (Math.floor(x) & (size - 1))];
  // grass blades on the mossy parts
  for (let i = 0; i < 14000; i++) {
    const x = rng.range(0, size);
    const y = rng.range(0, size);
    if (at(x, y) > 0.5) continue;
    const len = rng.range(4, 10);
    const a = PI / 2 + rng.sym(0.8);
    const c = rng.chance(0.5) ? [118, 140, 60] : [52, 72, 32];
    for (let t = 0; t < len; t += 0.7) {
      p.blend(Math.floor((x + Math.cos(a) * t + size) % size), Math.floor((y + Math.sin(a) * t + size) % size), c, 0.5);
    }
  }
  // fallen leaves and needles on the litter patches
  for (let i = 0; i < 9000; i++) {
    const x = rng.range(0, size);
    const y = rng.range(0, size);
    if (rng.next() > at(x, y) * 0.9 + 0.05) continue;
    const c = rng.pick([[140, 96, 50], [122, 84, 44], [156, 118, 62], [98, 74, 46], [112, 100, 62]]);
    if (rng.chance(0.55)) p.ellipse(x, y, rng.range(3, 7), rng.range(1.6, 3.5), rng.range(0, PI), mulRgb(c, rng.range(0.8, 1.1)), 0.9);
    else p.ellipse(x, y, rng.range(4, 8), 0.7, rng.range(0, PI), [84, 64, 42], 0.8);
  }
  for (let i = 0; i < 30; i++) {
    const x = rng.range(0, size);
    const y = rng.range(0, size);
    const a = rng.range(0, PI);
    const len = rng.range(20, 60);
    for (let t = 0; t < len; t++) p.ellipse((x + Math.cos(a) * t) % size, (y + Math.sin(a) * t) % size, 1.4, 1.4, 0, [70, 52, 36], 0.9);
  }
  const map = p.texture();
  const bd = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const l = (p.d[i * 4] * 0.3 + p.d[i * 4 + 1] * 0.6 + p.d[i * 4 + 2] * 0.1) * 1.6;
    bd[i * 4] = bd[i * 4 + 1] = bd[i * 4 + 2] = clamp(l, 0, 255);
    bd[i * 4 + 3] = 255;
  }
  return { map, bump: finishTexture(new THREE.DataTexture(bd, size, size, THREE.RGBAFormat), { srgb: false }) };
}
