// The Town Square: a sunny cobbled square ringed by colourful town houses with shutters, flower
// boxes and shop awnings, a stone fountain, benches, street lamps, café tables and trees in planters.
import * as THREE from 'three';
import { Batch, boxG, cylG, dirYaw, facingYaw, stdMat, V3, xf, yawOf } from '../kit/geometry.js';
import { col, DEG, hexRgb, PI } from '../kit/maths.js';
import { fbm, hash2, makeRng } from '../kit/noise.js';
import { setupEnvironment } from '../kit/sky.js';
import { bench, streetLamp } from '../kit/street-furniture.js';
import { plainTexture, roofTexture, settTexture } from '../kit/surfaces.js';
import { texPairFromFn } from '../kit/textures.js';
import { townHouse } from '../kit/town.js';
import { barkTexture, broadleafProto, foliageMats, plantTrees } from '../kit/vegetation.js';

function fountain(b, mats, x, z) {
  const lathe = (pts, seg = 40) => xf(new THREE.LatheGeometry(pts.map(([r, y]) => new THREE.Vector2(r, y)), seg), { x, z });
  // basin wall
  b.add(mats.stoneLight, lathe([[2.6, 0], [2.75, 0.05], [2.75, 0.55], [2.85, 0.6], [2.85, 0.72], [2.45, 0.72], [2.45, 0.6], [2.4, 0.15], [0.1, 0.15]], 48));
  // pedestal, bowl, column, top
  b.add(mats.stoneLight, lathe([[0.0, 0.1], [0.55, 0.1], [0.55, 0.3], [0.38, 0.45], [0.3, 1.4], [0.36, 1.55], [0.0, 1.55]], 24));
  b.add(mats.stoneLight, lathe([[0.0, 1.5], [0.4, 1.52], [1.0, 1.62], [1.3, 1.78], [1.35, 1.9], [1.25, 1.9], [0.9, 1.75], [0.0, 1.72]], 36));
  b.add(mats.stoneLight, lathe([[0.0, 1.7], [0.2, 1.7], [0.15, 2.4], [0.25, 2.55], [0.45, 2.65], [0.5, 2.75], [0.1, 2.8], [0.14, 3.1], [0.0, 3.3]], 24));
  // water surfaces
  const w1 = new THREE.Mesh(new THREE.CircleGeometry(2.42, 48), mats.water);
  w1.rotation.x = -PI / 2;
  w1.position.set(x, 0.58, z);
  w1.receiveShadow = true;
  b.extra.push(w1);
  const w2 = new THREE.Mesh(new THREE.CircleGeometry(1.24, 36), mats.water);
  w2.rotation.x = -PI / 2;
  w2.position.set(x, 1.84, z);
  b.extra.push(w2);
  // jets: parabolic arcs
  for (let i = 0; i < 8; i++) {
    const a = (i / 8) * 2 * PI;
    const pts = [];
    for (let t = 0; t <= 1.0001; t += 0.1) {
      const r = 0.12 + t * 1.05;
      pts.push(V3(x + Math.cos(a) * r, 3.05 + t * 0.35 - t * t * 1.25, z + Math.sin(a) * r));
    }
    const tube = new THREE.Mesh(new THREE.TubeGeometry(new THREE.CatmullRomCurve3(pts), 12, 0.025, 5), mats.jet);
    b.extra.push(tube);
  }
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * 2 * PI;
    const pts = [];
    for (let t = 0; t <= 1.0001; t += 0.1) {
      const r = 1.3 + t * 0.7;
      pts.push(V3(x + Math.cos(a) * r, 1.85 - t * t * 1.25, z + Math.sin(a) * r));
    }
    b.extra.push(new THREE.Mesh(new THREE.TubeGeometry(new THREE.CatmullRomCurve3(pts), 10, 0.02, 4), mats.jet));
  }
}

export function buildSquare() {
  const rng = makeRng(20240501);
  const scene = new THREE.Scene();
  setupEnvironment(scene, {
    sunYaw: -150,
    sunElev: 38,
    zenith: 0x3f78c8,
    horizon: 0xcfe0ee,
    sunColor: 0xfff0d8,
    sunGlow: 0xffe6c0,
    sunIntensity: 3.2,
    hemi: 0.7,
    hemiSky: 0xbcd4f0,
    hemiGround: 0x9a8068,
    envIntensity: 0.55,
    fogDensity: 0.0035,
    cloudCover: 0.56,
    shadowExtent: 70,
    envGround: 0x8a7a66,
  });
  const b = new Batch();
  b.extra = [];
  const stucco = plainTexture(11, 20, 0.1);
  stucco.repeat.set(0.3, 0.3);
  const tiles = roofTexture(21, 'tile');
  const slate = roofTexture(22, 'slate');
  for (const t of [tiles.map, tiles.bump, slate.map, slate.bump]) t.repeat.set(0.25, 0.25);
  const bark = barkTexture(5);
  const mats = {
    stucco,
    tile: new THREE.MeshStandardMaterial({ map: tiles.map, bumpMap: tiles.bump, bumpScale: 2, roughness: 0.8, side: THREE.DoubleSide }),
    slate: new THREE.MeshStandardMaterial({ map: slate.map, bumpMap: slate.bump, bumpScale: 1.5, roughness: 0.6, side: THREE.DoubleSide }),
    tileB: stdMat({ color: col(0xa5563a) }),
    slateB: stdMat({ color: col(0x5a6270) }),
    stucco3: stdMat({ map: stucco }),
    trimWood: stdMat({ color: col(0x5b4636) }),
    brick: stdMat({ color: col(0x8c4a36) }),
    stone: stdMat({ color: col(0x9a948a) }),
    stoneLight: stdMat({ color: col(0xcfc6b4), roughness: 0.75 }),
    glassDark: stdMat({ color: col(0x283542), roughness: 0.15 }),
    iron: stdMat({ color: col(0x22282a), roughness: 0.5, metalness: 0.6 }),
    wood: stdMat({ color: col(0x8a5a35), roughness: 0.7 }),
    glass: stdMat({ color: col(0xfff4d6), emissive: col(0x332a18), roughness: 0.2 }),
    canvas: stdMat({ roughness: 0.9, side: THREE.DoubleSide }),
    planter: stdMat({ color: col(0xb9ab95) }),
    soil: stdMat({ color: col(0x4a3626) }),
    water: new THREE.MeshStandardMaterial({ color: col(0x3d6a6e), roughness: 0.06, metalness: 0.1 }),
    jet: new THREE.MeshStandardMaterial({ color: col(0xdff0f5), roughness: 0.1, transparent: true, opacity: 0.55, depthWrite: false }),
    ...foliageMats([0x4f7a2e, 0x628f35, 0x3f6626, 0x77a042], 31, { trunkMap: bark }),
  };
  mats.jet.userData.noCast = true;

  // ground: cobbles, with a ring of light slabs around the fountain
  const cob = settTexture(41, {
    rows: 24,
    palette: [0x8a8178, 0x978d80, 0x7f776e, 0x9a9388, 0x857a70, 0x746d65, 0xa39a8c, 0x8e8a84].map(hexRgb),
    mortar: [96, 90, 80],
  });
  for (const t of [cob.map, cob.bump]) t.repeat.set(400 / 2.6, 400 / 2.6);
  const ground = new THREE.Mesh(new THREE.PlaneGeometry(400, 400), new THREE.MeshStandardMaterial({ map: cob.map, bumpMap: cob.bump, bumpScale: 2, roughness: 0.9 }));
  ground.rotation.x = -PI / 2;
  ground.receiveShadow = true;
  scene.add(ground);
  const slab = texPairFromFn(512, 512, (x, y, o) => {
    const gx = x % 128;
    const gy = (y + (Math.floor(x / 128) % 2) * 64) % 128;
    const id = Math.floor(x / 128) * 7 + Math.floor((y + (Math.floor(x / 128) % 2) * 64) / 128);
    const edge = Math.min(gx, 127 - gx, gy, 127 - gy);
    const n = fbm(x / 10, y / 10, 77, 51.2, 4);
    const k = (0.85 + hash2(id, 1, 5) * 0.18) * (0.92 + n * 0.16) * (edge < 2 ? 0.6 : 1);
    o[0] = 196 * k;
    o[1] = 186 * k;
    o[2] = 170 * k;
    return edge < 2 ? 0 : 0.8 + n * 0.2;
  });
  for (const t of [slab.map, slab.bump]) t.repeat.set(4, 4);
  const fx = -1.2;
  const fz = -8.5;
  const ring = new THREE.Mesh(new THREE.CircleGeometry(6.5, 64), new THREE.MeshStandardMaterial({ map: slab.map, bumpMap: slab.bump, bumpScale: 1, roughness: 0.8, polygonOffset: true, polygonOffsetFactor: -2 }));
  ring.rotation.x = -PI / 2;
  ring.position.set(fx, 0.005, fz);
  ring.receiveShadow = true;
  scene.add(ring);
  b.add(mats.stoneLight, xf(new THREE.TorusGeometry(6.5, 0.08, 6, 96), { x: fx, z: fz, rx: -PI / 2, sz: 0.6 }));
  fountain(b, mats, fx, fz);

  // --- ring of houses with two openings ---
  const STREET = 60; // toward the park
  const LANE = -70; // toward the harbour
  const streetHalf = 5.0;
  const laneHalf = 2.3;
  const houses = new THREE.Group();
  scene.add(houses);
  const placeHouse = (x, z, faceYaw, opts) => {
    const g = new THREE.Group();
    g.position.set(x, 0, z);
    g.rotation.y = facingYaw(faceYaw);
    houses.add(g);
    const info = townHouse(g, b, mats, rng, opts);
    g.updateMatrixWorld(true);
    return { g, info };
  };
  const gapFor = (yaw, half, R) => Math.atan(half / R) / DEG + 1.5;
  const R0 = 19;
  const gaps = [
    [STREET - gapFor(STREET, streetHalf, R0), STREET + gapFor(STREET, streetHalf, R0)],
    [LANE - gapFor(LANE, laneHalf, R0), LANE + gapFor(LANE, laneHalf, R0)],
  ].sort((a, c) => a[0] - c[0]);
  // runs between the gaps (angles increase clockwise seen from above = yaw)
  const runs = [
    [gaps[0][1], gaps[1][0]],
    [gaps[1][1], gaps[0][0] + 360],
  ];
  const ringHouses = [];
  for (const [a0, a1] of runs) {
    let a = a0;
    while (a < a1 - 0.5) {
      const R = R0 + rng.range(-1.2, 1.6);
      let w = rng.range(7.5, 10.5);
      let da = (2 * Math.atan(w / 2 / R)) / DEG;
      if (a + da > a1 - 12) {
        da = a1 - a;
        w = 2 * R * Math.tan((da / 2) * DEG);
        if (w > 13) {
          da = da / 2;
          w = 2 * R * Math.tan((da / 2) * DEG);
        }
      }
      const mid = a + da / 2;
      const cR = R * Math.cos((da / 2) * DEG);
      const p = dirYaw(mid).multiplyScalar(cR);
      ringHouses.push(placeHouse(p.x, p.z, mid + 180, { w: w + 0.5, d: 11, floors: rng.int(2, 3), roofKind: rng.chance(0.75) ? 'tile' : 'slate' }));
      a += da;
    }
  }
  // streets: rows of houses along both sides
  const streetRow = (yaw, half, sFrom, sTo, dims) => {
    const d = dirYaw(yaw);
    const right = dirYaw(yaw + 90);
    for (const side of [-1, 1]) {
      let s = sFrom;
      while (s < sTo) {
        const w = rng.range(dims[0], dims[1]);
        const p = d.clone().multiplyScalar(s + w / 2).addScaledVector(right, side * half);
        placeHouse(p.x, p.z, yaw - side * 90, { w: w + 0.3, d: 9, floors: rng.int(2, 3), roofKind: rng.chance(0.8) ? 'tile' : 'slate' });
        s += w;
      }
    }
  };
  streetRow(STREET, streetHalf, R0 + 1.5, 72, [7, 10]);
  streetRow(LANE, laneHalf, R0 + 1.5, 52, [6, 9]);

  // sidewalk kerbs along the park street
  {
    const d = dirYaw(STREET);
    for (const side of [-1, 1]) {
      const right = dirYaw(STREET + 90);
      const c = d.clone().multiplyScalar(46).addScaledVector(right, side * (streetHalf - 1.3));
      b.add(mats.stoneLight, boxG(0.25, 0.14, 52, { x: c.x, y: 0.07, z: c.z, ry: facingYaw(STREET) }));
    }
  }

  // the park at the end of the street: trees and a gate
  const leafProtos = [broadleafProto(101, { height: 9, crown: 3.0 }), broadleafProto(102, { height: 7.5, crown: 2.6 }), broadleafProto(103, { height: 10, crown: 3.4 })];
  const treeItems = [];
  {
    const d = dirYaw(STREET);
    const right = dirYaw(STREET + 90);
    for (let i = 0; i < 26; i++) {
      const s = rng.range(80, 130);
      const l = rng.range(-22, 22);
      const p = d.clone().multiplyScalar(s).addScaledVector(right, l);
      treeItems.push({ x: p.x, z: p.z, s: rng.range(1.0, 1.4), ry: rng.range(0, 6.28), proto: i, tint: rng.range(0.85, 1.1) });
    }
    // grass of the park
    const park = new THREE.Mesh(new THREE.PlaneGeometry(80, 60), stdMat({ color: col(0x5f8a3a), roughness: 0.95, polygonOffset: true, polygonOffsetFactor: -2 }));
    park.rotation.x = -PI / 2;
    park.rotation.z = -STREET * DEG;
    const c = d.clone().multiplyScalar(105);
    park.position.set(c.x, 0.01, c.z);
    park.receiveShadow = true;
    scene.add(park);
    for (const side of [-1, 1]) {
      const gp = d.clone().multiplyScalar(76).addScaledVector(right, side * 3.2);
      b.add(mats.stoneLight, boxG(0.7, 2.8, 0.7, { x: gp.x, y: 1.4, z: gp.z, ry: facingYaw(STREET) }));
      b.add(mats.stoneLight, boxG(0.85, 0.2, 0.85, { x: gp.x, y: 2.9, z: gp.z, ry: facingYaw(STREET) }));
      b.add(mats.stoneLight, new THREE.SphereGeometry(0.3, 12, 8).translate(gp.x, 3.25, gp.z));
      const wp = d.clone().multiplyScalar(76).addScaledVector(right, side * 13);
      b.add(mats.stoneLight, boxG(19, 1.0, 0.45, { x: wp.x, y: 0.5, z: wp.z, ry: facingYaw(STREET + 90) }));
      for (let k = 0; k < 40; k++) {
        const t = -9 + (k / 39) * 18;
        const rp = wp.clone().addScaledVector(right, t);
        b.add(mats.iron, boxG(0.03, 0.9, 0.03, { x: rp.x, y: 1.45, z: rp.z }));
      }
    }
  }
  // planter trees and props in the square
  const squareTrees = [
    [128, 11.5],
    [-122, 12],
    [168, 12.5],
    [24, 13],
    [-38, 12.5],
  ];
  for (const [yaw, r] of squareTrees) {
    const p = dirYaw(yaw).multiplyScalar(r);
    b.add(mats.planter, boxG(1.6, 0.6, 1.6, { x: p.x, y: 0.3, z: p.z, ry: facingYaw(yaw) }));
    b.add(mats.planter, boxG(1.75, 0.08, 1.75, { x: p.x, y: 0.62, z: p.z, ry: facingYaw(yaw) }));
    b.add(mats.soil, boxG(1.45, 0.05, 1.45, { x: p.x, y: 0.63, z: p.z, ry: facingYaw(yaw) }));
    treeItems.push({ x: p.x, y: 0.6, z: p.z, s: rng.range(0.75, 0.9), ry: rng.range(0, 6.28), proto: treeItems.length, tint: rng.range(0.95, 1.1) });
  }
  plantTrees(scene, leafProtos, treeItems, mats);

  // benches around the fountain and along the houses
  for (const yaw of [-10, 35, 150, -160, 100]) {
    const p = dirYaw(yaw).multiplyScalar(yaw === -10 || yaw === 35 ? 0 : 1);
    if (yaw === -10 || yaw === 35) {
      const a = (yaw + 200) * DEG;
      bench(b, mats, fx + Math.sin(a) * 7.6, fz - Math.cos(a) * 7.6, yawOf(-Math.sin(a), Math.cos(a)));
    } else {
      p.copy(dirYaw(yaw).multiplyScalar(13.5));
      bench(b, mats, p.x, p.z, yaw + 180);
    }
  }
  for (const yaw of [-100, -45, 10, 45, 78, 115, 145, -150, 175]) {
    const p = dirYaw(yaw).multiplyScalar(14.8);
    streetLamp(b, mats, p.x, p.z);
  }
  {
    const d = dirYaw(STREET);
    const right = dirYaw(STREET + 90);
    for (let s = 28; s < 75; s += 14) {
      for (const side of [-1, 1]) {
        const p = d.clone().multiplyScalar(s + (side > 0 ? 7 : 0)).addScaledVector(right, side * (streetHalf - 1.0));
        streetLamp(b, mats, p.x, p.z);
      }
    }
  }
  // café tables with parasols near the houses on the right
  for (let i = 0; i < 4; i++) {
    const yaw = 95 + i * 11;
    const p = dirYaw(yaw).multiplyScalar(16);
    b.add(mats.iron, cylG(0.03, 0.03, 0.72, 6, { x: p.x, y: 0.36, z: p.z }));
    b.add(mats.stoneLight, cylG(0.4, 0.4, 0.04, 16, { x: p.x, y: 0.74, z: p.z }));
    b.add(mats.iron, cylG(0.025, 0.025, 2.3, 6, { x: p.x, y: 1.15, z: p.z }));
    const um = new THREE.ConeGeometry(1.5, 0.55, 8, 1, true);
    um.translate(p.x, 2.35, p.z);
    b.add(mats.canvas, um, i % 2 ? 0xb8322d : 0xefe6d2);
    for (let k = 0; k < 3; k++) {
      const a = k * 2.1 + i;
      const cx = p.x + Math.cos(a) * 0.75;
      const cz = p.z + Math.sin(a) * 0.75;
      b.add(mats.wood, boxG(0.42, 0.04, 0.42, { x: cx, y: 0.45, z: cz, ry: a }));
      b.add(mats.wood, boxG(0.42, 0.45, 0.04, { x: cx + Math.cos(a) * 0.2, y: 0.68, z: cz + Math.sin(a) * 0.2, ry: -a + PI / 2 }));
      for (const [lx, lz] of [
        [-0.17, -0.17],
        [0.17, -0.17],
        [-0.17, 0.17],
        [0.17, 0.17],
      ]) {
        b.add(mats.iron, boxG(0.03, 0.45, 0.03, { x: cx + lx, y: 0.225, z: cz + lz }));
      }
    }
  }
  // flower pots by some doors
  for (const yaw of [-20, 5, -140, 140, 165]) {
    const p = dirYaw(yaw).multiplyScalar(17.2);
    b.add(mats.brick, cylG(0.35, 0.25, 0.55, 12, { x: p.x, y: 0.275, z: p.z }), 0xd08060);
    for (let k = 0; k < 6; k++) {
      const g = new THREE.IcosahedronGeometry(0.2, 1);
      g.translate(p.x + rng.sym(0.18), 0.65 + rng.range(0, 0.12), p.z + rng.sym(0.18));
      b.add(mats.canvas, g, rng.chance(0.5) ? 0x4d7a30 : rng.pick([0xd6314a, 0xe86a8e, 0xf2f0ea, 0xe8d23a]));
    }
  }
  // view toward the harbour at the end of the lane: quay edge and water
  {
    const d = dirYaw(LANE);
    const right = dirYaw(LANE + 90);
    const c = d.clone().multiplyScalar(56 + 150);
    const water = new THREE.Mesh(new THREE.PlaneGeometry(300, 300), new THREE.MeshStandardMaterial({ color: col(0x2f5f72), roughness: 0.12 }));
    water.rotation.x = -PI / 2;
    water.rotation.z = -LANE * DEG;
    water.position.set(c.x, 0.02, c.z);
    scene.add(water);
    const q = d.clone().multiplyScalar(56);
    b.add(mats.stoneLight, boxG(40, 0.3, 0.6, { x: q.x, y: 0.15, z: q.z, ry: facingYaw(LANE) }));
    for (const t of [-2.5, 2.8]) {
      const bp = d.clone().multiplyScalar(55.3).addScaledVector(right, t);
      b.add(mats.iron, cylG(0.18, 0.22, 0.6, 10, { x: bp.x, y: 0.3, z: bp.z }));
    }
    // a sailing boat
    const sp = d.clone().multiplyScalar(90).addScaledVector(right, 2);
    b.add(mats.stoneLight, boxG(2.2, 1.0, 7, { x: sp.x, y: 0.3, z: sp.z, ry: facingYaw(LANE + 80) }), 0xffffff);
    b.add(mats.trimWood, cylG(0.06, 0.08, 9, 6, { x: sp.x, y: 5, z: sp.z }));
    const sail = new THREE.BufferGeometry().setFromPoints([V3(0, 1.5, 0), V3(0, 9, 0), V3(0, 1.5, -3.5)]);
    sail.computeVertexNormals();
    xf(sail, { x: sp.x, z: sp.z, ry: facingYaw(LANE + 80) });
    b.add(mats.canvas, sail, 0xf6f1e6);
    // far shore
    const hill = new THREE.Mesh(new THREE.SphereGeometry(1, 32, 12, 0, 2 * PI, 0, PI / 2), stdMat({ color: col(0x6f8d5a) }));
    const hp = d.clone().multiplyScalar(330);
    hill.position.set(hp.x, -4, hp.z);
    hill.scale.set(160, 34, 60);
    hill.rotation.y = facingYaw(LANE);
    scene.add(hill);
  }
  // a church tower behind the houses
  {
    const p = dirYaw(-172).multiplyScalar(42);
    b.add(mats.stucco3, boxG(7, 26, 7, { x: p.x, y: 13, z: p.z, ry: facingYaw(8) }), 0xe9dcc3);
    b.add(mats.stoneLight, boxG(7.6, 0.6, 7.6, { x: p.x, y: 26, z: p.z, ry: facingYaw(8) }));
    const spire = new THREE.ConeGeometry(4.8, 14, 4, 1);
    xf(spire, { x: p.x, y: 33.3, z: p.z, ry: facingYaw(8) + PI / 4 });
    b.add(mats.slateB, spire, 0xffffff);
    const clock = new THREE.CircleGeometry(1.3, 24);
    const dn = dirYaw(8);
    xf(clock, { x: p.x + dn.x * 3.52, y: 21, z: p.z + dn.z * 3.52, ry: facingYaw(8) });
    b.add(mats.stoneLight, clock, 0xf2efe6);
    for (let k = 0; k < 4; k++) {
      const side = dirYaw(8 + k * 90);
      b.add(mats.glassDark, boxG(1.2, 3, 0.1, { x: p.x + side.x * 3.51, y: 24, z: p.z + side.z * 3.51, ry: facingYaw(8 + k * 90) }));
    }
  }
  b.flush(scene);
  for (const m of b.extra) {
    m.castShadow = m.material !== mats.jet && m.material !== mats.water;
    m.receiveShadow = true;
    scene.add(m);
  }
  return { scene, exposure: 1.0 };
}
