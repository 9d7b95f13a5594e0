// The Lookout Hill: a grassy hilltop at sunset with a bench, a coin telescope and a railing, above
// a town of red roofs by the sea.
import * as THREE from 'three';
import { Batch, boxG, cylG, dirYaw, stdMat, V3, xf } from '../kit/geometry.js';
import { grassTexture, polarTerrain, rockGeom, waterMaterial } from '../kit/landscape.js';
import { col, lerp, PI, smoothstep } from '../kit/maths.js';
import { fbm, makeRng } from '../kit/noise.js';
import { setupEnvironment } from '../kit/sky.js';
import { bench } from '../kit/street-furniture.js';
import { Painter } from '../kit/textures.js';
import { barkTexture, broadleafProto, foliageMats, grassTuftTexture, plantGrass, plantTrees } from '../kit/vegetation.js';

export function buildHill() {
  const rng = makeRng(31337);
  const scene = new THREE.Scene();
  const SEA_Y = -92;
  setupEnvironment(scene, {
    sunYaw: -40,
    sunElev: 6.5,
    zenith: 0x34508c,
    horizon: 0xf4b27a,
    groundFar: 0xc98a66,
    sunColor: 0xffb46a,
    sunGlow: 0xff9a50,
    sunDisc: 30,
    sunSize: 1.4,
    glow: 1.6,
    haze: 0.9,
    sunIntensity: 4.8,
    hemi: 1.0,
    hemiSky: 0x9a98c8,
    hemiGround: 0x6a5038,
    envIntensity: 0.7,
    fogColor: 0xe6a98a,
    fogDensity: 0.0006,
    cloudCover: 0.6,
    cloudScale: 1.0,
    cloudSeed: 55,
    cloudColor: 0xffc49a,
    cloudShade: 0x8a6c8c,
    shadowExtent: 40,
    shadowBias: -0.0006,
    envGround: 0x5a4a3a,
  });
  const b = new Batch();
  // terrain: we stand on a hilltop; it falls away steeply in front toward the
  // town on the coastal plain, and more gently behind
  const EDGE = 3.3;
  const heightFn = (x, z) => {
    const r = Math.hypot(x, z);
    const fwd = Math.max(0, -z - EDGE);
    const front = -(34 * (1 - Math.exp(-fwd / 10)) + 53 * smoothstep(0, 200, fwd));
    const back = -0.11 * Math.max(0, r - 6) - 0.0004 * r * r;
    const w = smoothstep(-0.2, 0.55, -z / Math.max(r, 1e-3));
    let h = lerp(back, front, w * smoothstep(2, EDGE + 1, -z + 3));
    h += (fbm(x / 60, z / 60, 4, 1 << 20, 4) - 0.5) * 10 * smoothstep(8, 60, r);
    // coastal plain with the town, then the shore
    const plain = -86 + (fbm(x / 150, z / 150, 8, 1 << 20, 3) - 0.5) * 4;
    h = Math.max(h, plain) * 1;
    const shoreD = -z - (760 + (fbm(x / 200, 0.5, 11, 1 << 20, 3) - 0.5) * 160);
    h = lerp(h, SEA_Y - 6, smoothstep(-20, 40, shoreD));
    // headlands left and right
    const head = smoothstep(380, 700, Math.abs(x)) * smoothstep(1500, 500, -z) * 140 * fbm(x / 260, z / 260, 19, 1 << 20, 4);
    h = Math.max(h, SEA_Y - 6 + head);
    const flatR = lerp(7, EDGE, smoothstep(-0.3, 0.4, -z / Math.max(r, 1e-3)));
    if (r < flatR + 1) h = lerp(0, h, smoothstep(flatR, flatR + 1, r));
    return h;
  };
  const grass = grassTexture(35, { base: [128, 140, 62], dry: [186, 160, 84], dark: [78, 96, 42] });
  for (const t of [grass.map, grass.bump]) t.repeat.set(4 / 3, 4 / 3); // terrain UVs are in 4 m units
  const ground = polarTerrain({
    rMax: 5000,
    rings: 170,
    segs: 320,
    r0: 0.4,
    heightFn,
    colorFn: (x, z, y, slope) => {
      const n = fbm(x / 30, z / 30, 6, 1 << 20, 4);
      const c = new THREE.Color(0.85 + n * 0.3, 0.85 + n * 0.25, 0.75 + n * 0.2);
      const rock = smoothstep(0.45, 0.75, slope + (n - 0.5) * 0.3);
      c.lerp(new THREE.Color(0.75, 0.68, 0.62), rock);
      const path = Math.abs(x - Math.sin(z / 9) * 1.5) < 0.9 && z > 1.5 ? 1 : 0;
      c.lerp(new THREE.Color(1.2, 0.95, 0.7), path * 0.7);
      if (y < -80) {
        const f = fbm(x / 90, z / 90, 7, 1 << 20, 3);
        c.setRGB(0.6 + f * 0.3, 0.68 + f * 0.2, 0.45);
      }
      if (y < SEA_Y + 1.5) c.setRGB(1.3, 1.15, 0.9);
      return c;
    },
    material: new THREE.MeshStandardMaterial({ map: grass.map, bumpMap: grass.bump, bumpScale: 1, roughness: 0.95 }),
  });
  scene.add(ground);
  const sea = new THREE.Mesh(new THREE.PlaneGeometry(20000, 20000), waterMaterial(91, { color: 0x24506a, repeat: 2400, normalScale: 0.5, rough: 0.12 }));
  sea.rotation.x = -PI / 2;
  sea.position.y = SEA_Y;
  scene.add(sea);

  const mats = {
    wood: stdMat({ color: col(0x8a6242), roughness: 0.8 }),
    iron: stdMat({ color: col(0x2a2e30), roughness: 0.5, metalness: 0.5 }),
    plant: stdMat({ roughness: 0.9 }),
    flower: stdMat({ roughness: 0.8 }),
    rock: stdMat({ roughness: 0.95 }),
  };
  // wooden railing along the edge, bench facing the view
  const railPts = [];
  for (let a = -84; a <= 84; a += 14) {
    const r = 3.15 + Math.abs(a) * 0.012;
    railPts.push(dirYaw(a).multiplyScalar(r));
  }
  railPts.forEach((p, i) => {
    const y = heightFn(p.x, p.z);
    b.add(mats.wood, boxG(0.11, 1.3, 0.11, { x: p.x, y: y + 0.4, z: p.z, ry: rng.sym(0.1) }), 0x8a6242);
    if (i + 1 < railPts.length) {
      const q = railPts[i + 1];
      const yq = heightFn(q.x, q.z);
      for (const hh of [0.5, 0.98]) {
        const a2 = V3(p.x, y + hh, p.z);
        const c2 = V3(q.x, yq + hh, q.z);
        const d = c2.clone().sub(a2);
        const g = boxG(0.08, 0.1, d.length() + 0.1, {});
        g.applyQuaternion(new THREE.Quaternion().setFromUnitVectors(V3(0, 0, 1), d.clone().normalize()));
        g.translate((a2.x + c2.x) / 2, (a2.y + c2.y) / 2, (a2.z + c2.z) / 2);
        b.add(mats.wood, g, 0x9a7050);
      }
    }
  });
  bench(b, mats, -2.3, -1.1, -18, { length: 2.0 });
  // a telescope / viewer on a post
  {
    const x = 1.5;
    const z = -2.2;
    b.add(mats.iron, cylG(0.06, 0.08, 1.1, 8, { x, y: 0.55, z }));
    b.add(mats.iron, xf(new THREE.CylinderGeometry(0.08, 0.11, 0.55, 10), { x, y: 1.25, z: z - 0.05, rx: PI / 2 - 0.2 }), 0x3e6a5a);
  }
  // a lonely pine on the hilltop and some shrubs
  const pine = [broadleafProto(701, { height: 9, crown: 3.4, trunkR: 0.24, cards: 380, cardSize: 1.5, squash: 0.5, blobs: 7 })];
  plantTrees(scene, pine, [{ x: 7.5, y: heightFn(7.5, 5.5) - 0.1, z: 5.5, s: 1.0, ry: 0.7, proto: 0, tint: 0.95 }], foliageMats([0x3e5a2a, 0x4a6a30, 0x33502a], 702, { needle: true, blobTint: 0.5, trunkMap: barkTexture(703, [120, 84, 60]) }));
  const shrubs = [broadleafProto(704, { height: 2.2, crown: 1.1, trunkR: 0.05, cards: 90, cardSize: 0.7, squash: 0.9, blobs: 5 })];
  const shrubItems = [];
  for (let i = 0; i < 40; i++) {
    const a = rng.range(100, 260);
    const r = rng.range(7, 45);
    const p = dirYaw(a).multiplyScalar(r);
    shrubItems.push({ x: p.x, y: heightFn(p.x, p.z) - 0.1, z: p.z, s: rng.range(0.7, 1.4), ry: rng.range(0, 6.3), proto: 0, tint: rng.range(0.85, 1.1) });
  }
  // trees on the slopes behind and in the town
  const trees = [broadleafProto(705, { height: 10, crown: 3.6, cards: 200, cardSize: 1.8 }), broadleafProto(706, { height: 8, crown: 3.0, cards: 160, cardSize: 1.7 })];
  const treeItems = [];
  for (let i = 0; i < 90; i++) {
    const a = rng.range(95, 265);
    const r = rng.range(25, 260);
    const p = dirYaw(a).multiplyScalar(r);
    treeItems.push({ x: p.x, y: heightFn(p.x, p.z) - 0.2, z: p.z, s: rng.range(0.8, 1.3), ry: rng.range(0, 6.3), proto: i, tint: rng.range(0.85, 1.1) });
  }
  const leafy = foliageMats([0x4f7a2e, 0x628f35, 0x3f6626], 707, { trunkMap: barkTexture(708) });
  plantTrees(scene, shrubs, shrubItems, leafy);
  plantTrees(scene, trees, treeItems, leafy);
  // rocks at the edge
  for (let i = 0; i < 12; i++) {
    const p = dirYaw(rng.range(-100, 100)).multiplyScalar(rng.range(5.5, 9));
    const g = rockGeom(rng.int(1, 1e6), rng.range(0.3, 0.9), { flat: 0.6, moss: 0.3, base: 0x9a9184, mossCol: 0x6a7a3a });
    g.translate(p.x, heightFn(p.x, p.z) - 0.1, p.z);
    b.add(mats.rock, g, null);
  }
  // the town on the plain: instanced houses and roofs
  {
    const n = 2400;
    const facade = new Painter(64, 64, [236, 226, 206]);
    for (let r = 0; r < 2; r++) {
      for (let c = 0; c < 3; c++) facade.rect(8 + c * 19, 12 + r * 26, 16 + c * 19, 26 + r * 26, [60, 58, 62]);
    }
    const body = new THREE.InstancedMesh(new THREE.BoxGeometry(1, 1, 1).translate(0, 0.5, 0), new THREE.MeshLambertMaterial({ map: facade.texture() }), n);
    const roofG = new THREE.CylinderGeometry(0.72, 0.72, 1, 3, 1).rotateZ(PI / 2).rotateY(PI / 2).scale(1, 0.8, 1.4).translate(0, 0.25, 0);
    const roofs = new THREE.InstancedMesh(roofG, new THREE.MeshLambertMaterial({ color: 0xffffff }), n);
    const m4 = new THREE.Matrix4();
    let k = 0;
    let guard = 0;
    const streetsYaw = 0.35;
    while (k < n && guard < 20000) {
      guard++;
      const x = rng.range(-650, 650);
      const z = -rng.range(190, 760);
      const y = heightFn(x, z);
      if (y > -80 || y < SEA_Y + 1) continue;
      // town density: denser near the centre by the harbour
      const cx = (x - 40) / 520;
      const cz = (z + 560) / 260;
      if (rng.next() > Math.exp(-(cx * cx + cz * cz)) * 1.5) continue;
      // align to a rough street grid
      const gx = x * Math.cos(streetsYaw) - z * Math.sin(streetsYaw);
      if (Math.abs((((gx % 22) + 22) % 22) - 11) < 2.2) continue;
      const w = rng.range(7, 12);
      const d = rng.range(7, 10);
      const h = rng.range(5, 11);
      const ry = streetsYaw + (rng.chance(0.5) ? PI / 2 : 0) + rng.sym(0.05);
      m4.compose(V3(x, y - 1.5, z), new THREE.Quaternion().setFromEuler(new THREE.Euler(0, ry, 0)), V3(w, h + 1.5, d));
      body.setMatrixAt(k, m4);
      body.setColorAt(k, col(rng.pick([0xf6efe2, 0xf0dcc0, 0xf4e6cc, 0xe8ccaa, 0xffffff, 0xe6d2b4])));
      m4.compose(V3(x, y + h, z), new THREE.Quaternion().setFromEuler(new THREE.Euler(0, ry, 0)), V3(w * 0.72, rng.range(3, 4.5), d * 0.74));
      roofs.setMatrixAt(k, m4);
      roofs.setColorAt(k, col(rng.pick([0xb0563c, 0xc0603e, 0x9a4a36, 0xa85a40, 0x7a6e6a, 0xc46e48])));
      k++;
    }
    body.count = roofs.count = k;
    for (const im of [body, roofs]) {
      im.computeBoundingSphere();
      scene.add(im);
    }
    // church and harbour walls
    const cx0 = 40;
    const cz0 = -520;
    const cy = heightFn(cx0, cz0);
    b.add(mats.plant, boxG(14, 36, 14, { x: cx0, y: cy + 18, z: cz0 }), 0xf0e4cc);
    b.add(mats.plant, xf(new THREE.ConeGeometry(10, 26, 4), { x: cx0, y: cy + 49, z: cz0, ry: PI / 4 }), 0x5a6a70);
    b.add(mats.plant, boxG(20, 16, 40, { x: cx0, y: cy + 8, z: cz0 - 26 }), 0xf0e4cc);
    b.add(mats.plant, xf(new THREE.CylinderGeometry(12, 12, 40, 3, 1), { x: cx0, y: cy + 20, z: cz0 - 26, rx: PI / 2, rz: PI / 2 }).scale(1, 1, 1), 0xa8503a);
    for (const [x0, z0, x1, z1] of [
      [-40, -790, 120, -840],
      [200, -800, 160, -860],
    ]) {
      const d = V3(x1 - x0, 0, z1 - z0);
      const g = boxG(8, 6, d.length(), {});
      g.rotateY(Math.atan2(d.x, d.z));
      g.translate((x0 + x1) / 2, SEA_Y + 2, (z0 + z1) / 2);
      b.add(mats.rock, g, 0x9a9284);
    }
    // boats in the bay (tiny)
    for (let i = 0; i < 14; i++) {
      const x = rng.range(-300, 400);
      const z = -rng.range(880, 1400);
      b.add(mats.plant, boxG(3, 1.5, 9, { x, y: SEA_Y + 0.5, z, ry: rng.range(0, PI) }), 0xf6f2ea);
      if (rng.chance(0.5)) b.add(mats.plant, xf(new THREE.ConeGeometry(3, 12, 3), { x, y: SEA_Y + 7, z }), 0xfff6ee);
    }
    // town trees
    const tItems = [];
    for (let i = 0; i < 160; i++) {
      const x = rng.range(-520, 520);
      const z = -rng.range(200, 720);
      const y = heightFn(x, z);
      if (y > -78 || y < SEA_Y + 2) continue;
      tItems.push({ x, y: y - 0.2, z, s: rng.range(0.9, 1.6), ry: rng.range(0, 6.3), proto: i, tint: rng.range(0.8, 1.0) });
    }
    plantTrees(scene, trees, tItems, leafy);
  }
  // wild flowers and grass tufts on the hilltop
  for (let i = 0; i < 700; i++) {
    const p = dirYaw(rng.range(-180, 180)).multiplyScalar(rng.range(1.5, 25));
    const y = heightFn(p.x, p.z);
    if (y < -6) continue;
    b.add(mats.flower, new THREE.IcosahedronGeometry(rng.range(0.03, 0.05), 0).translate(p.x, y + rng.range(0.08, 0.3), p.z), rng.pick([0xffffff, 0xf6e27a, 0xd9c4f0, 0xe86a8e, 0xf2f0ea]));
  }
  const tuft = grassTuftTexture(57, [[136, 142, 62], [156, 156, 72], [176, 160, 82], [112, 124, 52]]);
  plantGrass(scene, rng, tuft, { count: 2000, rMax: 20, size: [0.12, 0.3], y: heightFn, accept: (x, z) => !(Math.abs(x - Math.sin(z / 9) * 1.5) < 1.0 && z > 1.5) && Math.hypot(x, z) > 1.2 });
  b.flush(scene);
  return { scene, exposure: 1.2 };
}
