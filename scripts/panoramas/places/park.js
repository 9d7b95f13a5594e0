// The Park Path: a gravel path up a gentle rise through lawns, leafy trees and birches, past
// flower beds, benches and lamp posts, with a pond with reeds, lily pads and ducks.
import * as THREE from 'three';
import { Batch, cylG, stdMat, V3, xf, yawOf } from '../kit/geometry.js';
import { edgeAlphaTexture, flowerBed, grassTexture, pointsDistance, polarTerrain, ribbon, rockGeom, waterMaterial } from '../kit/landscape.js';
import { clamp, col, hexRgb, PI, smoothstep } from '../kit/maths.js';
import { fbm, makeRng, vnoise } from '../kit/noise.js';
import { setupEnvironment } from '../kit/sky.js';
import { bench, lampPost } from '../kit/street-furniture.js';
import { cobbleTexture } from '../kit/surfaces.js';
import { texFromFn } from '../kit/textures.js';
import { barkTexture, broadleafProto, coniferProto, foliageMats, grassTuftTexture, plantGrass, plantTrees } from '../kit/vegetation.js';

export function buildPark() {
  const rng = makeRng(777);
  const scene = new THREE.Scene();
  setupEnvironment(scene, {
    sunYaw: 135,
    sunElev: 42,
    zenith: 0x4a86cf,
    horizon: 0xd6e6ee,
    sunColor: 0xfff2dc,
    sunGlow: 0xffeccc,
    sunIntensity: 2.9,
    hemi: 0.9,
    hemiSky: 0xc4dcf2,
    hemiGround: 0x5e6e3a,
    envIntensity: 0.6,
    fogColor: 0xcddfe6,
    fogDensity: 0.0055,
    cloudCover: 0.5,
    cloudScale: 1.3,
    cloudSeed: 21,
    shadowExtent: 75,
    shadowRadius: 3,
    envGround: 0x5b7a3a,
  });
  const b = new Batch();
  const bark = barkTexture(8);
  const birchBark = texFromFn(128, 256, (x, y, o) => {
    const n = fbm(x / 12, y / 6, 4, 128 / 12, 3);
    const mark = vnoise(x / 30, y / 5, 9, 128 / 30) > 0.72 ? 0.3 : 1;
    const k = (0.85 + n * 0.2) * mark;
    o[0] = 228 * k;
    o[1] = 224 * k;
    o[2] = 214 * k;
  });
  const mats = {
    iron: stdMat({ color: col(0x262b2c), roughness: 0.5, metalness: 0.6 }),
    wood: stdMat({ color: col(0x8a5a35), roughness: 0.75 }),
    glass: stdMat({ color: col(0xfff4d6), emissive: col(0x2a2212), roughness: 0.3 }),
    stone: stdMat({ color: col(0x9c978c) }),
    flower: stdMat({ roughness: 0.8 }),
    plant: stdMat({ roughness: 0.9 }),
    rock: stdMat({ roughness: 0.95 }),
  };

  // path
  const pathPts = [V3(1.5, 0, 16), V3(0.2, 0, 6), V3(0, 0, 0), V3(-1.0, 0, -9), V3(1.8, 0, -20), V3(6.5, 0, -32), V3(5.5, 0, -46), V3(-1.5, 0, -60), V3(-5, 0, -78), V3(-2, 0, -100), V3(4, 0, -125)];
  const curve = new THREE.CatmullRomCurve3(pathPts, false, 'centripetal');
  const pathSamples = curve.getSpacedPoints(300);
  const distPath = pointsDistance(pathSamples);
  // pond in a shallow hollow
  const pond = { x: 11, z: -13, rx: 9.5, rz: 6 };
  const pondD = (x, z) => Math.hypot((x - pond.x) / pond.rx, (z - pond.z) / pond.rz);
  const inPond = (x, z, m = 0) => Math.hypot((x - pond.x) / (pond.rx + m), (z - pond.z) / (pond.rz + m)) < 1;
  const WATER_Y = -0.75;
  // gently rolling ground; the path climbs a low rise ahead
  const heightFn = (x, z) => {
    const r = Math.hypot(x, z);
    let h = 0.075 * Math.max(0, -z - 14) * smoothstep(-14, -40, z) + 0.05 * Math.max(0, -z - 40);
    h += (fbm(x / 45, z / 45, 41, 1 << 20, 3) - 0.5) * 5 * smoothstep(8, 40, r);
    h -= 1.2 * smoothstep(1.9, 0.6, pondD(x, z));
    if (r > 200) h += (r - 200) * 0.03 * fbm(x / 300, z / 300, 3, 1 << 20, 3);
    return h;
  };

  // ground
  const grass = grassTexture(31, { base: [92, 130, 54], dry: [150, 150, 80], dark: [50, 84, 34] });
  for (const t of [grass.map, grass.bump]) t.repeat.set(1, 1); // terrain UVs are in 4 m units
  const groundMat = new THREE.MeshStandardMaterial({ map: grass.map, bumpMap: grass.bump, bumpScale: 1.2, roughness: 0.95 });
  const ground = polarTerrain({
    rMax: 3000,
    rings: 150,
    segs: 256,
    heightFn,
    colorFn: (x, z, y) => {
      const n = fbm(x / 25, z / 25, 5, 1 << 20, 4);
      const m = fbm(x / 6, z / 6, 6, 1 << 20, 2);
      const k = 0.82 + n * 0.35 + (m - 0.5) * 0.1;
      const d = distPath(x, z);
      const worn = smoothstep(2.6, 1.4, d) * 0.25;
      const mud = smoothstep(WATER_Y + 0.25, WATER_Y - 0.05, y);
      const c = new THREE.Color(k * (1 + worn * 0.6), k * (1 - worn * 0.1), k * (1 - worn * 0.3));
      return c.lerp(new THREE.Color(0.55, 0.42, 0.3), mud);
    },
    material: groundMat,
  });
  scene.add(ground);
  // gravel path
  const gravel = cobbleTexture(52, {
    size: 512,
    cells: 34,
    palette: [0xc9b89a, 0xb8a889, 0xd6c8ae, 0xa89a82, 0xbfb3a0, 0x9c9184].map(hexRgb),
    mortar: [150, 136, 112],
    dome: 0.5,
    jitter: 0.95,
  });
  for (const t of [gravel.map, gravel.bump]) t.repeat.set(2.6 / 1.2, 1 / 1.2);
  const alpha = edgeAlphaTexture(9, 0.16);
  alpha.repeat.set(1, 1 / 12);
  const pathMesh = new THREE.Mesh(
    ribbon(curve, 2.8, { samples: 600, y: 0.03, heightFn }),
    new THREE.MeshStandardMaterial({ map: gravel.map, bumpMap: gravel.bump, bumpScale: 1.5, alphaMap: alpha, alphaTest: 0.5, roughness: 0.95, polygonOffset: true, polygonOffsetFactor: -2 }),
  );
  pathMesh.receiveShadow = true;
  scene.add(pathMesh);

  // pond: water, stones, reeds and lily pads
  const pondShape = (m, seed) => {
    const pts = [];
    for (let i = 0; i < 64; i++) {
      const a = (i / 64) * 2 * PI;
      const k = 1 + (vnoise(Math.cos(a) * 2 + 5, Math.sin(a) * 2 + 5, seed) - 0.5) * 0.25;
      pts.push(new THREE.Vector2(pond.x + Math.cos(a) * (pond.rx + m) * k, -(pond.z + Math.sin(a) * (pond.rz + m) * k)));
    }
    const g = new THREE.ShapeGeometry(new THREE.Shape(pts), 1);
    g.rotateX(-PI / 2);
    return g;
  };
  const water = new THREE.Mesh(pondShape(3, 3), waterMaterial(12, { color: 0x2e5548, repeat: 3, normalScale: 0.12, rough: 0.04 }));
  water.position.y = WATER_Y;
  water.receiveShadow = true;
  scene.add(water);
  // the shoreline: where the hollow crosses the water level
  const shore = (a) => {
    let lo = 0.3;
    let hi = 2.0;
    for (let k = 0; k < 30; k++) {
      const mid = (lo + hi) / 2;
      const x = pond.x + Math.cos(a) * pond.rx * mid;
      const z = pond.z + Math.sin(a) * pond.rz * mid;
      if (heightFn(x, z) < WATER_Y) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  for (let i = 0; i < 50; i++) {
    const a = rng.range(0, 2 * PI);
    const k = shore(a) * rng.range(0.97, 1.03);
    const x = pond.x + Math.cos(a) * pond.rx * k;
    const z = pond.z + Math.sin(a) * pond.rz * k;
    const g = rockGeom(i + 50, rng.range(0.18, 0.42), { flat: 0.55, moss: 0.4 });
    g.translate(x, WATER_Y + 0.02, z);
    b.add(mats.rock, g, null);
  }
  for (let i = 0; i < 18; i++) {
    const a = rng.range(0, 2 * PI);
    const rr = rng.range(0.2, 0.8) * shore(a);
    const g = new THREE.CircleGeometry(rng.range(0.18, 0.32), 12, 0.3, 2 * PI - 0.5);
    g.rotateX(-PI / 2);
    g.rotateY(rng.range(0, 6.3));
    g.translate(pond.x + Math.cos(a) * pond.rx * rr, WATER_Y + 0.015, pond.z + Math.sin(a) * pond.rz * rr);
    b.add(mats.plant, g, rng.pick([0x4c7a34, 0x5d8a3c, 0x44702e]));
    if (rng.chance(0.3)) b.add(mats.flower, new THREE.IcosahedronGeometry(0.07, 0).translate(pond.x + Math.cos(a) * pond.rx * rr, WATER_Y + 0.06, pond.z + Math.sin(a) * pond.rz * rr), 0xf4e8f0);
  }
  for (let i = 0; i < 24; i++) {
    const a = rng.range(-0.6, 2.4);
    const k0 = shore(a) * 0.96;
    const cx = pond.x + Math.cos(a) * pond.rx * k0;
    const cz = pond.z + Math.sin(a) * pond.rz * k0;
    for (let k = 0; k < 8; k++) {
      const h = rng.range(0.8, 1.7);
      const g = new THREE.ConeGeometry(0.025, h, 4);
      g.translate(0, h / 2, 0);
      g.rotateZ(rng.sym(0.15));
      g.rotateX(rng.sym(0.15));
      g.translate(cx + rng.sym(0.3), WATER_Y, cz + rng.sym(0.3));
      b.add(mats.plant, g, rng.pick([0x6b8a3a, 0x7f9a48, 0x5a7a30]));
      if (rng.chance(0.3)) b.add(mats.wood, cylG(0.04, 0.04, 0.22, 6, { x: cx + rng.sym(0.3), y: WATER_Y + h * 0.85, z: cz + rng.sym(0.3) }), 0x5a3a22);
    }
  }
  // ducks
  for (const [dx, dz, ry] of [
    [-3.5, 1.0, 0.6],
    [-2.6, 1.8, 1.2],
    [2.0, -0.8, -0.4],
  ]) {
    const x = pond.x + dx;
    const z = pond.z + dz;
    const y = WATER_Y;
    const body = new THREE.SphereGeometry(0.17, 12, 8);
    body.scale(1.5, 0.75, 1);
    b.add(mats.plant, xf(body, { x, y: y + 0.07, z, ry }), 0x8a7258);
    b.add(mats.plant, new THREE.SphereGeometry(0.085, 10, 8).translate(x + Math.cos(ry) * 0.2, y + 0.25, z - Math.sin(ry) * 0.2), 0x2f6a3a);
    b.add(mats.plant, xf(new THREE.ConeGeometry(0.03, 0.09, 6), { x: x + Math.cos(ry) * 0.3, y: y + 0.24, z: z - Math.sin(ry) * 0.3, rz: -PI / 2, ry }), 0xd8a030);
  }

  // trees
  const protos = [
    broadleafProto(201, { height: 13, crown: 4.6 }),
    broadleafProto(202, { height: 10, crown: 3.8, cards: 340, squash: 0.9 }),
    broadleafProto(203, { height: 15, crown: 5.2, cards: 520, cardSize: 1.7, blobs: 9 }),
    broadleafProto(204, { height: 9, crown: 3.6, cards: 320, squash: 1.0 }),
  ];
  const birch = [broadleafProto(205, { height: 14, crown: 2.8, trunkR: 0.16, cards: 300, cardSize: 1.1, squash: 1.5, blobs: 6 })];
  const conifer = [coniferProto(206, { height: 15, radius: 3.0 })];
  const items = [];
  const birchItems = [];
  const conItems = [];
  const occupied = [];
  const free = (x, z, r) => occupied.every((o) => Math.hypot(o[0] - x, o[1] - z) > r + o[2]);
  let tries = 0;
  while (items.length + birchItems.length + conItems.length < 80 && tries < 6000) {
    tries++;
    const r = 9 + Math.pow(rng.next(), 0.9) * 85;
    const a = rng.range(0, 2 * PI);
    const x = Math.sin(a) * r;
    const z = -Math.cos(a) * r;
    if (distPath(x, z) < 5 || inPond(x, z, 4)) continue;
    const s = rng.range(0.8, 1.15);
    if (!free(x, z, 4 * s)) continue;
    occupied.push([x, z, 3.5 * s]);
    const kind = rng.next();
    const it = { x, y: heightFn(x, z) - 0.1, z, s, ry: rng.range(0, 2 * PI), proto: rng.int(0, 3), tint: rng.range(0.82, 1.12), tintG: rng.range(0.95, 1.05), tintB: rng.range(0.85, 1.05) };
    if (kind < 0.12) birchItems.push(it);
    else if (kind < 0.22) conItems.push(it);
    else items.push(it);
  }
  // distant tree line
  for (let i = 0; i < 150; i++) {
    const a = (i / 150) * 2 * PI + rng.sym(0.02);
    const r = rng.range(110, 170);
    const x = Math.sin(a) * r;
    const z = -Math.cos(a) * r;
    if (distPath(x, z) < 6) continue;
    items.push({ x, y: heightFn(x, z) - 0.1, z, s: rng.range(0.9, 1.3), ry: rng.range(0, 6.3), proto: i, tint: rng.range(0.8, 1.05) });
  }
  plantTrees(scene, protos, items, foliageMats([0x4f7a2e, 0x628f35, 0x3f6626, 0x77a042], 301, { trunkMap: bark }));
  plantTrees(scene, birch, birchItems, foliageMats([0x7fa040, 0x93b04c, 0x6a8c36], 302, { trunkMap: birchBark }));
  plantTrees(scene, conifer, conItems, foliageMats([0x2f5a2a, 0x3a6630, 0x284e24], 303, { trunkMap: bark, needle: true, blobTint: 0.5 }));

  // benches, lamps, bin, flower beds
  const benchAt = (t, side) => {
    const p = curve.getPointAt(t);
    const tan = curve.getTangentAt(t);
    const n = V3(-tan.z, 0, tan.x).normalize().multiplyScalar(side);
    const pos = p.clone().addScaledVector(n, 2.3);
    bench(b, mats, pos.x, pos.z, yawOf(-n.x, -n.z), { y: heightFn(pos.x, pos.z) });
    return pos;
  };
  const pathLen = curve.getLength();
  const tAt = (dist) => clamp(dist / pathLen);
  benchAt(tAt(24), 1);
  benchAt(tAt(44), -1);
  benchAt(tAt(70), 1);
  for (const [d, side] of [
    [8, -1],
    [36, 1],
    [62, -1],
    [92, 1],
  ]) {
    const p = curve.getPointAt(tAt(d));
    const tan = curve.getTangentAt(tAt(d));
    const n = V3(-tan.z, 0, tan.x).normalize().multiplyScalar(side * 2.0);
    lampPost(b, mats, p.x + n.x, p.z + n.z, heightFn(p.x + n.x, p.z + n.z));
  }
  {
    const p = curve.getPointAt(tAt(27));
    const tan = curve.getTangentAt(tAt(27));
    const n = V3(-tan.z, 0, tan.x).normalize().multiplyScalar(2.1);
    const by = heightFn(p.x + n.x, p.z + n.z);
    b.add(mats.wood, cylG(0.25, 0.22, 0.75, 12, { x: p.x + n.x, y: by + 0.4, z: p.z + n.z }), 0x3d5a3a);
    b.add(mats.iron, cylG(0.03, 0.03, 0.4, 6, { x: p.x + n.x, y: by + 0.2, z: p.z + n.z }));
  }
  for (const [x, z, r, cs] of [
    [-7, -5, 1.6, [0xd6314a, 0xf2f0ea, 0xe86a8e]],
    [-6.5, 9, 1.3, [0xe8d23a, 0xf08a3c, 0xd6314a]],
    [8, 7, 1.5, [0xb55ab8, 0xf2f0ea, 0x7a6ad8]],
  ]) {
    const fy = heightFn(x, z);
    const g = new THREE.CylinderGeometry(r + 0.1, r + 0.15, 0.3, 28);
    g.translate(x, fy - 0.09, z);
    b.add(mats.stone, g, 0x6e5a40);
    for (let k = 0; k < 28; k++) {
      const a = (k / 28) * 2 * PI;
      b.add(mats.stone, xf(new THREE.BoxGeometry(0.3, 0.14, 0.14), { x: x + Math.cos(a) * (r + 0.12), y: fy + 0.07, z: z + Math.sin(a) * (r + 0.12), ry: -a }), 0xb0a898);
    }
    for (let k = 0; k < 14; k++) {
      const a = rng.range(0, 2 * PI);
      const rr = Math.sqrt(rng.next()) * r * 0.9;
      const g2 = new THREE.IcosahedronGeometry(rng.range(0.15, 0.25), 1);
      g2.scale(1, 0.7, 1);
      g2.translate(x + Math.cos(a) * rr, fy + 0.2, z + Math.sin(a) * rr);
      b.add(mats.plant, g2, rng.pick([0x44702e, 0x4f7a34]));
    }
    flowerBed(b, mats.flower, rng, x, z, r * 0.9, cs, 140, fy + 0.05);
  }
  // scattered wild flowers and grass tufts
  for (let i = 0; i < 500; i++) {
    const r = rng.range(2, 30);
    const a = rng.range(0, 2 * PI);
    const x = Math.sin(a) * r;
    const z = -Math.cos(a) * r;
    if (distPath(x, z) < 2 || heightFn(x, z) < WATER_Y + 0.1) continue;
    b.add(mats.flower, new THREE.IcosahedronGeometry(0.035, 0).translate(x, heightFn(x, z) + rng.range(0.08, 0.2), z), rng.pick([0xffffff, 0xf6e27a, 0xf2f0ea, 0xd9c4f0]));
  }
  const tuft = grassTuftTexture(55, [[92, 132, 52], [108, 146, 58], [126, 156, 66], [84, 122, 48]]);
  plantGrass(scene, rng, tuft, { count: 3000, rMax: 14, size: [0.08, 0.17], y: heightFn, accept: (x, z) => distPath(x, z) > 1.6 && heightFn(x, z) > WATER_Y + 0.05 });
  b.flush(scene);
  return { scene, exposure: 1.0 };
}
