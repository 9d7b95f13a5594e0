// The Forest Clearing: grass, moss and ferns ringed by spruces and beeches, a fallen log and
// mossy rocks, a small log cabin with a shingle roof and a woodpile.
import * as THREE from 'three';
import { Batch, boxG, Cards, cylG, dirYaw, facingYaw, stdMat, V3, xf } from '../kit/geometry.js';
import { forestFloorTexture, polarTerrain, rockGeom } from '../kit/landscape.js';
import { col, DEG, PI, smoothstep } from '../kit/maths.js';
import { fbm, fbm3, makeRng, vnoise } from '../kit/noise.js';
import { setupEnvironment } from '../kit/sky.js';
import { logWallTexture, shingleTexture } from '../kit/surfaces.js';
import { texFromFn } from '../kit/textures.js';
import { gableRoofGeoms } from '../kit/town.js';
import { barkTexture, broadleafProto, coniferProto, fernTexture, foliageMats, grassTuftTexture, plantGrass, plantTrees } from '../kit/vegetation.js';

export function buildForest() {
  const rng = makeRng(9090);
  const scene = new THREE.Scene();
  setupEnvironment(scene, {
    sunYaw: 150,
    sunElev: 62,
    zenith: 0x4c84c8,
    horizon: 0xc8dae0,
    sunColor: 0xfff0d2,
    sunGlow: 0xffeccc,
    sunIntensity: 3.4,
    hemi: 0.85,
    hemiSky: 0xb4cce0,
    hemiGround: 0x4a4a2a,
    envIntensity: 0.45,
    fogColor: 0x7d9486,
    fogDensity: 0.02,
    cloudCover: 0.6,
    cloudScale: 1.4,
    cloudSeed: 40,
    shadowExtent: 40,
    shadowMap: 2048,
    shadowRadius: 2,
    envGround: 0x3a4a2a,
  });
  const b = new Batch();
  const clearingR = (a) => 12 + (vnoise(Math.cos(a) * 2 + 3, Math.sin(a) * 2 + 3, 71) - 0.5) * 5;
  const heightFn = (x, z) => {
    const r = Math.hypot(x, z);
    return (fbm(x / 30, z / 30, 12, 1 << 20, 3) - 0.5) * 3.5 * smoothstep(4, 25, r) + r * 0.01;
  };
  const floor = forestFloorTexture(3);
  for (const t of [floor.map, floor.bump]) t.repeat.set(4 / 3, 4 / 3); // terrain UVs are in 4 m units
  // ground: vertex colours brighten the sunny clearing and darken the forest floor
  const groundMat = new THREE.MeshStandardMaterial({ map: floor.map, bumpMap: floor.bump, bumpScale: 1.2, roughness: 0.95 });
  const ground = polarTerrain({
    rMax: 3000,
    rings: 140,
    segs: 256,
    heightFn,
    colorFn: (x, z) => {
      const r = Math.hypot(x, z);
      const a = Math.atan2(z, x);
      const t = smoothstep(clearingR(a) - 2, clearingR(a) + 3, r);
      const n = fbm(x / 8, z / 8, 4, 1 << 20, 3);
      const g = new THREE.Color(1.1 + n * 0.2, 1.2 + n * 0.2, 0.95);
      const f = new THREE.Color(0.95 + n * 0.2, 0.82 + n * 0.15, 0.72);
      return g.lerp(f, t);
    },
    material: groundMat,
  });
  scene.add(ground);
  // trees: tall spruces and beeches around the clearing, young trees below,
  // cheaper prototypes (fewer leaf cards) further away
  const spruce = [
    coniferProto(601, { height: 22, radius: 3.6, layers: 10, cards: 200, cardSize: 1.6 }),
    coniferProto(602, { height: 17, radius: 3.0, layers: 9, cards: 160, cardSize: 1.5 }),
  ];
  const spruceFar = [coniferProto(605, { height: 20, radius: 3.4, layers: 9, cards: 40, cardSize: 2.0 })];
  const beech = [
    broadleafProto(603, { height: 19, crown: 6.0, trunkR: 0.38, cards: 320, cardSize: 1.8, squash: 0.9, blobs: 9 }),
    broadleafProto(604, { height: 15, crown: 5.0, trunkR: 0.32, cards: 260, cardSize: 1.6, squash: 0.95 }),
  ];
  const beechFar = [broadleafProto(606, { height: 18, crown: 5.8, trunkR: 0.36, cards: 60, cardSize: 2.4, squash: 0.95, blobs: 9 })];
  const young = [broadleafProto(607, { height: 6, crown: 2.2, trunkR: 0.1, cards: 160, cardSize: 1.0, squash: 1.1, blobs: 6 })];
  const lists = { s: [], sf: [], b: [], bf: [], y: [] };
  const occ = [];
  let tries = 0;
  let placed = 0;
  while (placed < 330 && tries < 30000) {
    tries++;
    const a = rng.range(0, 2 * PI);
    const cr = clearingR(a);
    const r = cr + 1.0 + Math.pow(rng.next(), 1.4) * 80;
    const x = Math.cos(a) * r;
    const z = -Math.sin(a) * r;
    const isSpruce = rng.chance(0.5);
    const s = rng.range(0.8, 1.2);
    const rad = isSpruce ? 2.6 * s : 3.6 * s;
    if (occ.some((o) => Math.hypot(o[0] - x, o[1] - z) < o[2] + rad * 0.6)) continue;
    occ.push([x, z, rad * 0.6]);
    placed++;
    const it = { x, y: heightFn(x, z) - 0.2, z, s, ry: rng.range(0, 2 * PI), proto: rng.int(0, 1), tint: rng.range(0.8, 1.1), tintB: rng.range(0.85, 1.0) };
    const far = r > cr + 22;
    (isSpruce ? (far ? lists.sf : lists.s) : far ? lists.bf : lists.b).push(it);
  }
  for (let i = 0; i < 70; i++) {
    const a = rng.range(0, 2 * PI);
    const r = clearingR(a) + rng.range(0.5, 25);
    const x = Math.cos(a) * r;
    const z = -Math.sin(a) * r;
    lists.y.push({ x, y: heightFn(x, z) - 0.1, z, s: rng.range(0.6, 1.2), ry: rng.range(0, 6.3), proto: 0, tint: rng.range(0.9, 1.15) });
  }
  const spruceMats = foliageMats([0x2a4f26, 0x335c2c, 0x223f1e, 0x3d6632], 611, { needle: true, blobTint: 0.45, trunkMap: barkTexture(612, [80, 64, 52]) });
  const beechMats = foliageMats([0x5a8a32, 0x6c9a3a, 0x4c7a2c, 0x82a84a], 614, { trunkMap: barkTexture(613, [120, 116, 104]) });
  plantTrees(scene, spruce, lists.s, spruceMats);
  plantTrees(scene, spruceFar, lists.sf, spruceMats);
  plantTrees(scene, beech, lists.b, beechMats);
  plantTrees(scene, beechFar, lists.bf, beechMats);
  plantTrees(scene, young, lists.y, foliageMats([0x6a9a3a, 0x7aa844, 0x5a8a32], 615, { trunkMap: barkTexture(616, [110, 100, 84]) }));

  const mats = {
    rock: stdMat({ roughness: 0.95 }),
    bark: new THREE.MeshStandardMaterial({ map: barkTexture(620, [96, 80, 62]), roughness: 0.95 }),
    wood: stdMat({ color: col(0x8a6a4a), roughness: 0.85 }),
    plant: stdMat({ roughness: 0.9 }),
    flower: stdMat({ roughness: 0.8 }),
    iron: stdMat({ color: col(0x2a2e30), roughness: 0.5, metalness: 0.5 }),
    glass: stdMat({ roughness: 0.15 }),
    stone: stdMat({ roughness: 0.9 }),
  };
  // rocks
  const rockSpots = [
    [-6.5, -7.5, 1.3],
    [8.5, 3.5, 0.9],
    [-9.5, 4, 1.8],
    [3.2, 8.5, 0.6],
    [-2.5, -11, 0.7],
    [10.5, -6.5, 0.8],
    [-4, 9.5, 0.5],
    [6, -10.5, 1.1],
  ];
  for (const [x, z, r] of rockSpots) {
    const g = rockGeom(rng.int(1, 1e6), r, { flat: 0.6, moss: 0.45, base: 0x8a877e, mossCol: 0x3f5a26 });
    g.rotateY(rng.range(0, 6.3));
    g.translate(x, heightFn(x, z) - r * 0.15, z);
    b.add(mats.rock, g, null);
  }
  // fallen log with branch stubs and mossy top
  {
    const L = 7.5;
    const R = 0.38;
    const cx = -3.2;
    const cz = -5.2;
    const ang = 0.5;
    const y = heightFn(cx, cz) + R * 0.8;
    const logG = new THREE.CylinderGeometry(R * 0.85, R, L, 16, 6);
    const lp = logG.attributes.position;
    for (let i = 0; i < lp.count; i++) {
      const n = fbm3(lp.getX(i) * 2, lp.getY(i) * 0.8, lp.getZ(i) * 2, 9, 2);
      const k = 0.9 + n * 0.2;
      lp.setX(i, lp.getX(i) * k);
      lp.setZ(i, lp.getZ(i) * k);
    }
    logG.computeVertexNormals();
    const m = new THREE.Matrix4().compose(V3(cx, y, cz), new THREE.Quaternion().setFromEuler(new THREE.Euler(0, ang, PI / 2 - 0.04, 'YXZ')), V3(1, 1, 1));
    const logMesh = new THREE.Mesh(logG.applyMatrix4(m), mats.bark);
    logMesh.castShadow = logMesh.receiveShadow = true;
    scene.add(logMesh);
    // moss on top
    const rings = texFromFn(128, 128, (x2, y2, o) => {
      const d = Math.hypot(x2 - 64, y2 - 64) / 64;
      const ring = 0.5 + 0.5 * Math.sin(d * 60 + fbm(x2 / 10, y2 / 10, 3, 12.8, 2) * 4);
      const k = d > 0.9 ? 0.45 : 0.75 + ring * 0.2;
      o[0] = 196 * k;
      o[1] = 160 * k;
      o[2] = 112 * k;
    });
    const dir = V3(Math.cos(ang), 0, -Math.sin(ang));
    const endG = new THREE.CircleGeometry(R * 0.98, 20);
    const end = new THREE.Mesh(endG, new THREE.MeshStandardMaterial({ map: rings, roughness: 0.9 }));
    end.position.set(cx + dir.x * (L / 2 + 0.01), y, cz + dir.z * (L / 2 + 0.01));
    end.lookAt(end.position.clone().add(dir));
    scene.add(end);
    for (const [t, a2, l2] of [
      [-0.25, 0.9, 0.7],
      [0.1, -1.2, 0.5],
      [0.3, 0.5, 0.9],
    ]) {
      const p = V3(cx, y, cz).addScaledVector(dir, t * L);
      const br = cylG(0.05, 0.1, l2, 6, { y: l2 / 2 });
      br.applyQuaternion(new THREE.Quaternion().setFromEuler(new THREE.Euler(a2, ang, 0.3)));
      br.translate(p.x, p.y + 0.2, p.z);
      b.add(mats.wood, br, 0x5e4a38);
    }
    // mushrooms near the log
    for (let i = 0; i < 9; i++) {
      const p = V3(cx, 0, cz).addScaledVector(dir, rng.range(-3, 3)).add(V3(rng.sym(0.9), 0, rng.sym(0.9)));
      const gy = heightFn(p.x, p.z);
      const h = rng.range(0.06, 0.14);
      b.add(mats.plant, cylG(0.015, 0.02, h, 6, { x: p.x, y: gy + h / 2, z: p.z }), 0xeee6d6);
      const cap = new THREE.SphereGeometry(rng.range(0.04, 0.07), 10, 6, 0, 2 * PI, 0, PI / 2);
      cap.scale(1, 0.6, 1);
      b.add(mats.plant, cap.translate(p.x, gy + h, p.z), rng.chance(0.6) ? 0xb8321e : 0xb88a52);
    }
  }
  // the hut: a small log cabin at the edge of the clearing
  {
    const yaw = 28;
    const dist = 10.5;
    const p = dirYaw(yaw).multiplyScalar(dist);
    const gy = heightFn(p.x, p.z);
    const g = new THREE.Group();
    g.position.set(p.x, gy - 0.1, p.z);
    g.rotation.y = facingYaw(yaw + 180 - 20);
    scene.add(g);
    g.updateMatrixWorld(true);
    const w = 4.6;
    const d = 3.8;
    const h = 2.5;
    const logs = logWallTexture(5);
    for (const t of [logs.map, logs.bump]) t.repeat.set(0.25, 0.25);
    const wallMat = new THREE.MeshStandardMaterial({ map: logs.map, bumpMap: logs.bump, bumpScale: 3, roughness: 0.9 });
    const bodyG = new THREE.BoxGeometry(w, h, d);
    {
      const uv = bodyG.attributes.uv;
      const pp = bodyG.attributes.position;
      const nn = bodyG.attributes.normal;
      for (let i = 0; i < uv.count; i++) {
        const horiz = Math.abs(nn.getX(i)) > 0.5 ? pp.getZ(i) : pp.getX(i);
        uv.setXY(i, horiz, pp.getY(i) + h / 2);
      }
    }
    const body = new THREE.Mesh(bodyG, wallMat);
    body.position.set(0, h / 2, -d / 2);
    body.castShadow = body.receiveShadow = true;
    g.add(body);
    const sh = shingleTexture(6);
    for (const t of [sh.map, sh.bump]) t.repeat.set(0.3, 0.3);
    const roofMat = new THREE.MeshStandardMaterial({ map: sh.map, bumpMap: sh.bump, bumpScale: 2, roughness: 0.9, side: THREE.DoubleSide });
    const { roof, gables, rise } = gableRoofGeoms(w, d, h, 40 * DEG, 0.7, 0.5);
    const rm = new THREE.Mesh(roof, roofMat);
    rm.castShadow = rm.receiveShadow = true;
    g.add(rm);
    const gm = new THREE.Mesh(gables, new THREE.MeshStandardMaterial({ color: col(0x7a5a3c), roughness: 0.9 }));
    gm.castShadow = true;
    g.add(gm);
    const M = g.matrixWorld;
    const add = (mat, geo, c) => b.add(mat, geo.applyMatrix4(M), c);
    // corner log ends
    for (const [sx, sz] of [
      [-1, 0],
      [1, 0],
      [-1, -1],
      [1, -1],
    ]) {
      for (let k = 0; k < 9; k++) {
        const yy = 0.13 + k * 0.26;
        add(mats.wood, xf(new THREE.CylinderGeometry(0.13, 0.13, 0.5, 8), { x: sx * (w / 2 + 0.05), y: yy, z: sz * d + 0.0 + (sz ? -0.05 : 0.05), rx: k % 2 ? PI / 2 : 0, rz: k % 2 ? 0 : PI / 2 }), 0x8a6644);
      }
    }
    // door, window with shutters, porch bench, chimney, woodpile
    add(mats.wood, boxG(0.95, 1.95, 0.08, { x: -0.9, y: 0.98, z: 0.03 }), 0x5a3e28);
    add(mats.iron, boxG(0.05, 0.05, 0.06, { x: -0.55, y: 1.0, z: 0.1 }));
    add(mats.glass, boxG(0.85, 0.7, 0.05, { x: 1.1, y: 1.45, z: 0.03 }), 0x2b3a40);
    add(mats.wood, boxG(0.08, 0.7, 0.06, { x: 1.1, y: 1.45, z: 0.06 }), 0xe8dcc0);
    add(mats.wood, boxG(0.85, 0.06, 0.06, { x: 1.1, y: 1.45, z: 0.06 }), 0xe8dcc0);
    for (const sx of [-1, 1]) add(mats.wood, boxG(0.45, 0.75, 0.05, { x: 1.1 + sx * 0.68, y: 1.45, z: 0.05 }), 0x3e5a3a);
    add(mats.wood, boxG(1.1, 0.08, 0.2, { x: 1.1, y: 1.05, z: 0.12 }), 0x6a4a30);
    for (let k = 0; k < 5; k++) add(mats.flower, new THREE.IcosahedronGeometry(0.07, 0).translate(0.7 + k * 0.2, 1.15, 0.12), k % 2 ? 0xd6314a : 0xf2f0ea);
    add(mats.stone, boxG(0.6, rise + 1.4, 0.6, { x: 1.3, y: h + (rise + 1.4) / 2 - 0.3, z: -d / 2 - 0.6 }), 0x8a8478);
    add(mats.wood, boxG(1.6, 0.06, 0.35, { x: 0.6, y: 0.45, z: 0.45 }), 0x7a5a3c);
    for (const sx of [-1, 1]) add(mats.wood, boxG(0.08, 0.45, 0.3, { x: 0.6 + sx * 0.65, y: 0.225, z: 0.45 }), 0x6a4a30);
    for (let row = 0; row < 4; row++) {
      for (let k = 0; k < 7 - row; k++) {
        add(mats.wood, xf(new THREE.CylinderGeometry(0.12, 0.12, 0.9, 8), { x: -w / 2 - 0.6, y: 0.13 + row * 0.22, z: -0.5 - (k + row * 0.5) * 0.25, rz: PI / 2 }), rng.pick([0xa07a52, 0x8e6a48, 0xb08a60]));
      }
    }
    add(mats.wood, cylG(0.3, 0.32, 0.5, 12, { x: -2.3, y: 0.25, z: 1.4 }), 0x8a6a48);
    add(mats.iron, boxG(0.04, 0.5, 0.04, { x: -2.3, y: 0.65, z: 1.4, rz: 0.4 }));
    add(mats.wood, boxG(0.04, 0.6, 0.04, { x: -2.23, y: 0.75, z: 1.4, rz: 0.4 }), 0x8a6a48);
  }
  // ferns and bushes around the edge of the clearing
  {
    const fern = fernTexture(8);
    const fernCards = new Cards();
    for (let i = 0; i < 420; i++) {
      const a = rng.range(0, 2 * PI);
      const r = clearingR(a) + rng.range(-1.5, 14);
      const x = Math.cos(a) * r;
      const z = -Math.sin(a) * r;
      const y = heightFn(x, z);
      const s = rng.range(0.5, 1.0);
      const fronds = 6;
      for (let k = 0; k < fronds; k++) {
        const fa = (k / fronds) * 2 * PI + rng.sym(0.3);
        const tilt = rng.range(0.6, 1.0);
        const dx = Math.cos(fa);
        const dz = Math.sin(fa);
        const side = V3(-dz, 0, dx).multiplyScalar(0.22 * s);
        const tip = V3(x + dx * s * tilt, y + s * 0.75, z + dz * s * tilt);
        const base = V3(x, y, z);
        const c = [base.clone().sub(side), base.clone().add(side), tip.clone().add(side), tip.clone().sub(side)];
        fernCards.add(c, 0, 1, 0);
      }
    }
    const fg = fernCards.geometry();
    const fm = new THREE.Mesh(fg, new THREE.MeshLambertMaterial({ map: fern, alphaTest: 0.5, side: THREE.DoubleSide }));
    fm.castShadow = true;
    fm.receiveShadow = true;
    scene.add(fm);
  }
  // flowers in the clearing
  for (let i = 0; i < 400; i++) {
    const a = rng.range(0, 2 * PI);
    const r = Math.sqrt(rng.next()) * clearingR(a);
    const x = Math.cos(a) * r;
    const z = -Math.sin(a) * r;
    if (r < 1.2) continue;
    b.add(mats.flower, new THREE.IcosahedronGeometry(rng.range(0.025, 0.045), 0).translate(x, heightFn(x, z) + rng.range(0.1, 0.3), z), rng.pick([0xffffff, 0xf6e27a, 0xd9c4f0, 0xf2f0ea, 0xb9a0e8]));
  }
  const tuft = grassTuftTexture(56, [[84, 118, 46], [104, 136, 56], [126, 148, 66], [70, 98, 40]]);
  plantGrass(scene, rng, tuft, {
    count: 1300,
    rMax: 16,
    size: [0.2, 0.45],
    y: heightFn,
    accept: (x, z) => {
      const a = Math.atan2(-z, x);
      return Math.hypot(x, z) < clearingR(a) + 1;
    },
  });
  b.flush(scene);
  return { scene, exposure: 1.05 };
}
