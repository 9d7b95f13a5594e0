// The Harbour: a wooden pier with boats moored alongside, wooden boathouses on the stone quay,
// a breakwater with a lighthouse and green hills across the water.
import * as THREE from 'three';
import { boat, bollard, rope } from '../kit/boats.js';
import { Batch, boxG, cylG, dirYaw, facingYaw, stdMat, V3, xf } from '../kit/geometry.js';
import { polarTerrain, rockGeom, waterMaterial } from '../kit/landscape.js';
import { col, DEG, hexRgb, lerp, PI, smoothstep } from '../kit/maths.js';
import { fbm, hash2, makeRng } from '../kit/noise.js';
import { setupEnvironment } from '../kit/sky.js';
import { bench, lampPost } from '../kit/street-furniture.js';
import { blockWallTexture, boardTexture, plainTexture, plankTexture, roofTexture, settTexture } from '../kit/surfaces.js';
import { gableRoofGeoms, townHouse } from '../kit/town.js';

function shed(b, mats, scene, rng, { x, z, w, d, h, colour, roofMat, gableYaw = 0 }) {
  // gable end faces the given yaw; sheds are long along the facing direction
  const g = new THREE.Group();
  g.position.set(x, 0, z);
  g.rotation.y = facingYaw(gableYaw + 90);
  scene.add(g);
  g.updateMatrixWorld(true);
  const wallMat = new THREE.MeshStandardMaterial({ map: mats.boards, color: col(colour), roughness: 0.85 });
  const body = new THREE.Mesh(new THREE.BoxGeometry(w, h, d), wallMat);
  body.position.set(0, h / 2, -d / 2);
  body.castShadow = body.receiveShadow = true;
  g.add(body);
  const pitch = 38 * DEG;
  const { roof, gables, rise } = gableRoofGeoms(w, d, h, pitch, 0.4, 0.35);
  const gm = new THREE.Mesh(gables, wallMat);
  gm.castShadow = gm.receiveShadow = true;
  g.add(gm);
  const rm = new THREE.Mesh(roof, roofMat);
  rm.castShadow = rm.receiveShadow = true;
  g.add(rm);
  const M = g.matrixWorld;
  const add = (mat, geo, c) => b.add(mat, geo.applyMatrix4(M), c);
  // big doors + window on the gable end (local +x)
  const ex = w / 2 + 0.03;
  add(mats.paint, boxG(0.06, 2.6, 2.6, { x: ex, y: 1.3, z: -d / 2 }), 0x3c4a52);
  add(mats.paint, boxG(0.08, 2.75, 0.12, { x: ex + 0.01, y: 1.37, z: -d / 2 }), 0xf0ece2);
  for (const dz of [-1.36, 1.36]) add(mats.paint, boxG(0.08, 2.75, 0.12, { x: ex + 0.01, y: 1.37, z: -d / 2 + dz }), 0xf0ece2);
  add(mats.paint, boxG(0.08, 0.12, 2.84, { x: ex + 0.01, y: 2.7, z: -d / 2 }), 0xf0ece2);
  add(mats.paint, xf(new THREE.BoxGeometry(0.05, 0.1, 1.5), { x: ex + 0.01, y: 1.3, z: -d / 2 - 0.65, rx: 0.85 }), 0xf0ece2);
  add(mats.paint, xf(new THREE.BoxGeometry(0.05, 0.1, 1.5), { x: ex + 0.01, y: 1.3, z: -d / 2 + 0.65, rx: -0.85 }), 0xf0ece2);
  add(mats.glass, boxG(0.05, 0.7, 0.9, { x: ex, y: h + rise * 0.4, z: -d / 2 }), 0x2a3640);
  add(mats.paint, boxG(0.07, 0.85, 0.08, { x: ex + 0.01, y: h + rise * 0.4, z: -d / 2 }), 0xf0ece2);
  // side windows
  for (let k = 1; k < d / 3; k++) {
    add(mats.glass, boxG(0.9, 0.7, 0.05, { x: -w / 2 + k * 3, y: 1.7, z: 0.03 }), 0x2a3640);
    add(mats.paint, boxG(1.05, 0.85, 0.03, { x: -w / 2 + k * 3, y: 1.7, z: 0.015 }), 0xf0ece2);
  }
  // barge boards
  return { rise };
}

export function buildHarbour() {
  const rng = makeRng(4242);
  const scene = new THREE.Scene();
  const WATER_Y = -1.3;
  setupEnvironment(scene, {
    sunYaw: -38,
    sunElev: 24,
    zenith: 0x3a73c0,
    horizon: 0xd9e4ea,
    sunColor: 0xffe8c8,
    sunGlow: 0xffdcb0,
    sunIntensity: 3.0,
    hemi: 0.75,
    hemiSky: 0xbcd6f0,
    hemiGround: 0x6a7a80,
    envIntensity: 0.65,
    fogColor: 0xcfdde6,
    fogDensity: 0.0009,
    cloudCover: 0.58,
    cloudScale: 1.1,
    cloudSeed: 7,
    shadowExtent: 60,
    shadowCenter: V3(0, 0, -5),
    envGround: 0x3a5a68,
  });
  const b = new Batch();
  const boards = boardTexture(3);
  boards.repeat.set(0.5, 0.5);
  const planks = plankTexture(4, { base: [122, 96, 70], grey: 0.45 });
  for (const t of [planks.map, planks.bump]) t.repeat.set(0.5, 0.5);
  const block = blockWallTexture(5);
  for (const t of [block.map, block.bump]) t.repeat.set(0.25, 0.25);
  const sett = settTexture(6, { rows: 20, palette: [0x8e867c, 0x9a9186, 0x7e776f, 0xa29a8e, 0x888076].map(hexRgb), mortar: [100, 94, 84] });
  for (const t of [sett.map, sett.bump]) t.repeat.set(1 / 2.4, 1 / 2.4);
  const tiles = roofTexture(7, 'tile');
  const slate = roofTexture(8, 'slate');
  for (const t of [tiles.map, tiles.bump, slate.map, slate.bump]) t.repeat.set(0.25, 0.25);
  const mats = {
    boards,
    hull: stdMat({ roughness: 0.45, side: THREE.DoubleSide }),
    wood: stdMat({ color: col(0x8a6a4a), roughness: 0.8 }),
    post: stdMat({ roughness: 0.9 }),
    paint: stdMat({ roughness: 0.6 }),
    glass: stdMat({ roughness: 0.1 }),
    iron: stdMat({ color: col(0x2a2e30), roughness: 0.5, metalness: 0.5 }),
    metal: stdMat({ roughness: 0.35, metalness: 0.7 }),
    canvas: stdMat({ roughness: 0.9 }),
    rock: stdMat({ roughness: 0.95 }),
    stone: stdMat({ color: col(0xa09888) }),
    tile: new THREE.MeshStandardMaterial({ map: tiles.map, bumpMap: tiles.bump, bumpScale: 2, roughness: 0.8, side: THREE.DoubleSide }),
    slate: new THREE.MeshStandardMaterial({ map: slate.map, bumpMap: slate.bump, bumpScale: 1.5, roughness: 0.6, side: THREE.DoubleSide }),
    town: stdMat({ roughness: 0.9 }),
  };

  // water
  const water = new THREE.Mesh(new THREE.PlaneGeometry(9000, 9000), waterMaterial(77, { color: 0x1f4f5e, repeat: 900, normalScale: 0.55, rough: 0.1 }));
  water.rotation.x = -PI / 2;
  water.position.y = WATER_Y;
  water.receiveShadow = true;
  scene.add(water);

  // land: quay behind (z > 8), the bay in front, hills on the far shore
  const QUAY_Z = 8;
  const heightFn = (x, z) => {
    const e = Math.hypot(x / 520, (z - QUAY_Z) / 600);
    const hills = smoothstep(0.95, 1.7, e) * (25 + 130 * fbm(x / 420, z / 420, 9, 1 << 20, 5)) + smoothstep(1.1, 2.0, e) * 90 * fbm(x / 160, z / 160, 10, 1 << 20, 4);
    if (z > QUAY_Z + 0.5) {
      let h = 0;
      if (z > 40) h += Math.min(55, (z - 40) * 0.22 * (0.6 + fbm(x / 120, z / 120, 5, 1 << 20, 3) * 0.8));
      return Math.max(h, hills);
    }
    const h = -7 + smoothstep(0.8, 1.05, e) * 10;
    // open sea toward the front right
    const yaw = Math.atan2(x, -z) / DEG;
    const gap = smoothstep(-8, 24, yaw) * smoothstep(70, 38, yaw);
    return h * (1 - gap) + hills * (1 - gap) - 7 * gap;
  };
  const ground = polarTerrain({
    rMax: 4000,
    rings: 150,
    segs: 256,
    r0: 3,
    heightFn: (x, z) => (z > QUAY_Z + 0.5 && z < 60 && Math.abs(x) < 90 ? -0.05 : heightFn(x, z)),
    colorFn: (x, z, y, slope) => {
      const n = fbm(x / 60, z / 60, 3, 1 << 20, 4);
      if (y < 2.5 && z < QUAY_Z) return new THREE.Color(0.55, 0.5, 0.42);
      const forest = smoothstep(0.45, 0.6, n);
      const c = new THREE.Color(0.28 + n * 0.12, 0.38 + n * 0.12, 0.16).lerp(new THREE.Color(0.12, 0.2, 0.09), forest);
      return c.lerp(new THREE.Color(0.45, 0.42, 0.38), smoothstep(0.35, 0.7, slope));
    },
    material: new THREE.MeshStandardMaterial({ roughness: 0.95 }),
  });
  scene.add(ground);

  // quay: paved surface, block wall toward the water
  const quay = new THREE.Mesh(new THREE.PlaneGeometry(180, 52), new THREE.MeshStandardMaterial({ map: sett.map, bumpMap: sett.bump, bumpScale: 1.5, roughness: 0.9 }));
  quay.rotation.x = -PI / 2;
  quay.position.set(0, 0, QUAY_Z + 26);
  quay.receiveShadow = true;
  scene.add(quay);
  for (const t of [sett.map, sett.bump]) t.repeat.set(180 / 2.4, 52 / 2.4);
  const wallG = new THREE.PlaneGeometry(180, 3.2);
  const wallM = new THREE.MeshStandardMaterial({ map: block.map.clone(), bumpMap: block.bump.clone(), bumpScale: 2, roughness: 0.9 });
  wallM.map.repeat.set(45, 0.8);
  wallM.bumpMap.repeat.set(45, 0.8);
  wallM.map.needsUpdate = wallM.bumpMap.needsUpdate = true;
  const wall = new THREE.Mesh(wallG, wallM);
  wall.position.set(0, -1.6, QUAY_Z);
  wall.receiveShadow = true;
  scene.add(wall);
  b.add(mats.stone, boxG(180, 0.25, 0.6, { y: 0.02, z: QUAY_Z + 0.25 }), 0xb8b0a0);
  // algae band on the wall at the water line
  b.add(mats.rock, boxG(180, 0.5, 0.05, { y: WATER_Y + 0.15, z: QUAY_Z - 0.02 }), 0x3e4a2c);

  // the pier we stand on
  const PIER_END = -36;
  const deck = new THREE.Mesh(new THREE.BoxGeometry(3.2, 0.12, QUAY_Z - PIER_END), new THREE.MeshStandardMaterial({ map: planks.map, bumpMap: planks.bump, bumpScale: 1.5, roughness: 0.9 }));
  deck.position.set(0, -0.06, (QUAY_Z + PIER_END) / 2);
  deck.castShadow = deck.receiveShadow = true;
  scene.add(deck);
  {
    // planks run across the pier: rotate UV so rows go along z
    const uv = deck.geometry.attributes.uv;
    const p = deck.geometry.attributes.position;
    for (let i = 0; i < uv.count; i++) uv.setXY(i, p.getX(i) + 1.6, p.getZ(i));
  }
  const head = new THREE.Mesh(new THREE.BoxGeometry(10, 0.12, 5), deck.material);
  head.position.set(0, -0.06, PIER_END - 2.5);
  head.castShadow = head.receiveShadow = true;
  {
    const uv = head.geometry.attributes.uv;
    const p = head.geometry.attributes.position;
    for (let i = 0; i < uv.count; i++) uv.setXY(i, p.getX(i), p.getZ(i));
  }
  scene.add(head);
  const postCol = (g) => {
    const p = g.attributes.position;
    const c = new Float32Array(p.count * 3);
    for (let i = 0; i < p.count; i++) {
      const y = p.getY(i);
      const wet = smoothstep(WATER_Y + 0.6, WATER_Y - 0.1, y);
      const k = 0.85 + hash2(i, 3, 1) * 0.1;
      c.set([lerp(0.32, 0.12, wet) * k, lerp(0.24, 0.16, wet) * k, lerp(0.16, 0.08, wet) * k], i * 3);
    }
    g.setAttribute('color', new THREE.BufferAttribute(c, 3));
    return g;
  };
  for (let z = QUAY_Z - 1; z > PIER_END - 5; z -= 3) {
    for (const x of z < PIER_END ? [-4.9, -1.65, 1.65, 4.9] : [-1.65, 1.65]) {
      b.add(mats.post, postCol(cylG(0.15, 0.17, 4.2, 10, { x, y: -1.7, z })), null);
    }
    b.add(mats.wood, boxG(3.6, 0.22, 0.2, { y: -0.3, z }), 0x6a5038);
  }
  for (const x of [-1.5, 1.5]) b.add(mats.wood, boxG(0.22, 0.3, QUAY_Z - PIER_END, { x, y: -0.27, z: (QUAY_Z + PIER_END) / 2 }), 0x6a5038);
  // edge beams (kerbs) and cleats along the pier
  for (const x of [-1.58, 1.58]) b.add(mats.wood, boxG(0.14, 0.14, QUAY_Z - PIER_END, { x, y: 0.07, z: (QUAY_Z + PIER_END) / 2 }), 0x7a6048);
  for (let z = 2; z > PIER_END; z -= 8) {
    for (const x of [-1.45, 1.45]) {
      b.add(mats.iron, boxG(0.08, 0.08, 0.3, { x, y: 0.2, z }));
      b.add(mats.iron, boxG(0.06, 0.14, 0.06, { x, y: 0.1, z }));
    }
  }
  // lamp posts, bench and lifebuoy on the pier head
  lampPost(b, { iron: mats.iron, glass: stdMat({ color: col(0xfff4d6), emissive: col(0x2a2212) }) }, 4.3, PIER_END - 4.5);
  lampPost(b, { iron: mats.iron, glass: stdMat({ color: col(0xfff4d6), emissive: col(0x2a2212) }) }, -1.3, -14);
  bench(b, { wood: mats.wood, iron: mats.iron }, -3, PIER_END - 4.2, 180);
  b.add(mats.wood, boxG(0.1, 1.4, 0.1, { x: 1.35, y: 0.7, z: -6 }), 0x6a5038);
  b.add(mats.paint, xf(new THREE.TorusGeometry(0.33, 0.08, 8, 20), { x: 1.35, y: 0.95, z: -5.9 }), 0xe8542a);
  for (let k = 0; k < 4; k++) {
    b.add(mats.paint, xf(new THREE.TorusGeometry(0.33, 0.085, 8, 3, 0.35), { x: 1.35, y: 0.95, z: -5.9, rz: k * (PI / 2) + 0.2 }), 0xf2efe6);
  }
  // crates, barrels, rope coils on pier and quay
  const crate = (x, z, s, y = 0) => b.add(mats.wood, boxG(s, s, s, { x, y: y + s / 2, z, ry: rng.sym(0.3) }), rng.pick([0x9a7a52, 0x8a6a48, 0x7a5e40]));
  crate(-1.0, -22, 0.7);
  crate(-0.95, -22.8, 0.6);
  crate(-1.0, -22.4, 0.5, 0.7);
  for (const [x, z] of [
    [0.9, -28],
    [-1.0, 4.5],
  ]) {
    b.add(mats.canvas, xf(new THREE.TorusGeometry(0.28, 0.06, 6, 18), { x, y: 0.06, z, rx: PI / 2 }), 0xc9b48a);
    b.add(mats.canvas, xf(new THREE.TorusGeometry(0.2, 0.06, 6, 18), { x, y: 0.14, z, rx: PI / 2 }), 0xc9b48a);
  }
  for (const [x, z] of [
    [-6, 12],
    [-5.3, 12.4],
    [7, 11],
  ]) {
    b.add(mats.wood, cylG(0.3, 0.3, 0.9, 14, { x, y: 0.45, z }), 0x6e4a2e);
    b.add(mats.iron, cylG(0.31, 0.31, 0.06, 14, { x, y: 0.2, z }));
    b.add(mats.iron, cylG(0.31, 0.31, 0.06, 14, { x, y: 0.7, z }));
  }
  crate(8.2, 11.6, 0.9);
  crate(8.9, 12.5, 0.8);
  crate(8.4, 12.0, 0.7, 0.9);

  // bollards along the quay and ropes to boats
  const bollards = [];
  for (let x = -60; x <= 60; x += 7.5) {
    if (Math.abs(x) < 3) continue;
    bollard(b, mats, x, QUAY_Z + 0.7);
    bollards.push(V3(x, 0.5, QUAY_Z + 0.7));
  }
  // boats
  const boats = [
    { x: 3.6, z: -8, yaw: 178, kind: 'row', colour: 0x2f6e8e, stripe: 0xf2efe6 },
    { x: -3.5, z: -3, yaw: 184, kind: 'row', colour: 0xf2efe6, stripe: 0x2a6a4a },
    { x: -4.6, z: -19, yaw: 2, kind: 'motor', colour: 0xc8372d, stripe: 0x1d3e66 },
    { x: 5.4, z: -25, yaw: 184, kind: 'sail', colour: 0xf6f4ee, stripe: 0x1d4f8a },
    { x: 11, z: 1.8, yaw: 92, kind: 'motor', colour: 0x2c5e8a, stripe: 0xf2efe6 },
    { x: -14, z: 1.5, yaw: -88, kind: 'sail', colour: 0xe8e2d0, stripe: 0x8a2a22 },
    { x: -22, z: 2.2, yaw: -92, kind: 'row', colour: 0xd9a93a, stripe: 0x2a2a2a },
    { x: -40, z: -60, yaw: 40, kind: 'sail', colour: 0xf6f4ee, stripe: 0x1d4f8a },
    { x: 30, z: -95, yaw: -60, kind: 'motor', colour: 0xf2efe6, stripe: 0xc8372d },
  ];
  for (const bt of boats) boat(b, mats, rng, { ...bt, waterY: WATER_Y });
  rope(b, mats.canvas, V3(1.45, 0.2, -6), V3(3.5, WATER_Y + 0.6, -10), 0.5);
  rope(b, mats.canvas, V3(-1.45, 0.2, -2), V3(-3.4, WATER_Y + 0.6, -5), 0.4);
  rope(b, mats.canvas, V3(-1.45, 0.2, -14), V3(-4.5, WATER_Y + 1.2, -15.5), 0.5);
  rope(b, mats.canvas, V3(1.45, 0.2, -22), V3(5.3, WATER_Y + 1.0, -21.5), 0.6);
  rope(b, mats.canvas, bollards.find((p) => p.x === 7.5) ?? V3(7.5, 0.5, 8.7), V3(7.5, WATER_Y + 1.1, 2.4), 0.5);
  rope(b, mats.canvas, bollards.find((p) => p.x === -15) ?? V3(-15, 0.5, 8.7), V3(-12, WATER_Y + 1.0, 2.2), 0.5);

  // sheds and boathouses along the quay
  const shedDefs = [
    { x: -26, z: 16, w: 7, d: 12, h: 3.6, colour: 0xb8402f },
    { x: -16, z: 15, w: 6.5, d: 10, h: 3.2, colour: 0x5f7f94 },
    { x: 14, z: 15, w: 7, d: 11, h: 3.5, colour: 0xe9e2cf },
    { x: 24, z: 16, w: 8, d: 12, h: 3.8, colour: 0xc98f3e },
    { x: 34, z: 15, w: 6, d: 10, h: 3.0, colour: 0xb8402f },
    { x: -36, z: 15.5, w: 6.5, d: 10, h: 3.2, colour: 0x7d9a6e },
  ];
  for (const s2 of shedDefs) shed(b, mats, scene, rng, { ...s2, gableYaw: 0, roofMat: rng.chance(0.5) ? mats.tile : mats.slate });
  // a harbour-master house with tower behind the pier
  {
    const g = new THREE.Group();
    g.position.set(0, 0, 24);
    g.rotation.y = facingYaw(0);
    scene.add(g);
    townHouse(g, b, { ...mats, stucco: plainTexture(12), trimWood: mats.wood, brick: stdMat({ color: col(0x8c4a36) }), stone: mats.stone, stucco3: stdMat({ map: plainTexture(13) }), glassDark: mats.glass, tileB: stdMat({ color: col(0xa5563a) }), slateB: stdMat({ color: col(0x5a6270) }), canvas: mats.canvas }, rng, { w: 11, d: 9, floors: 2, roofKind: 'tile' });
  }
  // breakwater with a lighthouse on the left
  {
    const bw0 = V3(-48, 0, QUAY_Z);
    const bw1 = V3(-70, 0, -150);
    for (let i = 0; i < 170; i++) {
      const t = i / 169;
      const p = bw0.clone().lerp(bw1, t);
      const g = rockGeom(900 + i, rng.range(1.4, 2.4), { flat: 0.7, moss: 0.15, base: 0x8d877c, mossCol: 0x6e6a50 });
      g.translate(p.x + rng.sym(3), WATER_Y + rng.range(-0.4, 0.6), p.z + rng.sym(1));
      b.add(mats.rock, g, null);
    }
    const top = new THREE.Mesh(new THREE.BoxGeometry(3.2, 0.5, bw0.distanceTo(bw1)), mats.stone);
    const mid = bw0.clone().lerp(bw1, 0.5);
    top.position.set(mid.x, 0.7, mid.z);
    top.rotation.y = Math.atan2(bw1.x - bw0.x, bw1.z - bw0.z);
    b.add(mats.stone, top.geometry.clone().applyMatrix4(top.updateMatrix() || top.matrix), 0xb3ab9c);
    const L = bw1.clone();
    b.add(mats.stone, cylG(2.4, 2.8, 1.6, 20, { x: L.x, y: 0.5, z: L.z }), 0xb3ab9c);
    for (let k = 0; k < 5; k++) b.add(mats.paint, cylG(1.15 - k * 0.08, 1.2 - k * 0.08, 2.0, 16, { x: L.x, y: 2.3 + k * 2.0, z: L.z }), k % 2 ? 0xf2efe6 : 0xc8372d);
    b.add(mats.glass, cylG(0.8, 0.8, 1.2, 12, { x: L.x, y: 12.0, z: L.z }), 0xfff0c0);
    b.add(mats.iron, cylG(1.05, 1.05, 0.15, 16, { x: L.x, y: 11.3, z: L.z }));
    b.add(mats.paint, xf(new THREE.ConeGeometry(1.0, 1.1, 16), { x: L.x, y: 13.15, z: L.z }), 0xc8372d);
  }
  // villages on the far shore
  {
    const n = 120;
    const body = new THREE.InstancedMesh(new THREE.BoxGeometry(1, 1, 1).translate(0, 0.5, 0), stdMat({ roughness: 0.9 }), n);
    const roofG = new THREE.CylinderGeometry(0.72, 0.72, 1, 3, 1).rotateZ(PI / 2).rotateY(PI / 2).scale(1, 0.8, 1.4).translate(0, 0.25, 0);
    const roofs = new THREE.InstancedMesh(roofG, stdMat({ roughness: 0.8 }), n);
    const m4 = new THREE.Matrix4();
    let k = 0;
    const centres = [
      [-260, -430],
      [-120, -560],
      [200, -470],
      [320, -330],
      [-360, -260],
    ];
    let guard = 0;
    while (k < n && guard < 5000) {
      guard++;
      const c = rng.pick(centres);
      const x = c[0] + rng.sym(70);
      const z = c[1] + rng.sym(50);
      const y = heightFn(x, z);
      if (y < 1) continue;
      const w = rng.range(6, 10);
      const d = rng.range(6, 9);
      const h = rng.range(5, 8);
      const ry = rng.range(0, PI);
      m4.compose(V3(x, y - 1, z), new THREE.Quaternion().setFromEuler(new THREE.Euler(0, ry, 0)), V3(w, h + 1, d));
      body.setMatrixAt(k, m4);
      body.setColorAt(k, col(rng.pick([0xf2ede0, 0xe8d8b8, 0xf0e2c8, 0xd8c0a0, 0xffffff])));
      m4.compose(V3(x, y + h, z), new THREE.Quaternion().setFromEuler(new THREE.Euler(0, ry, 0)), V3(w * 0.7, h * 0.5, d * 0.72));
      roofs.setMatrixAt(k, m4);
      roofs.setColorAt(k, col(rng.pick([0xa8503a, 0xb85a3e, 0x8e4a3a, 0x6a6e78])));
      k++;
    }
    body.count = roofs.count = k;
    for (const im of [body, roofs]) {
      im.computeBoundingSphere();
      scene.add(im);
    }
  }
  // gulls
  for (let i = 0; i < 7; i++) {
    const p = dirYaw(rng.range(-120, 120), rng.range(12, 35)).multiplyScalar(rng.range(25, 60)).add(V3(0, 1.6, 0));
    const s = rng.range(0.5, 0.8);
    const g = new THREE.BufferGeometry();
    const v = [-1, 0.25, 0, -0.45, 0, 0.12, 0, 0, 0, 0, 0, 0, 0.45, 0, 0.12, 1, 0.25, 0];
    g.setAttribute('position', new THREE.Float32BufferAttribute([...v.slice(0, 9), ...v.slice(9, 18)], 3));
    g.computeVertexNormals();
    xf(g, { x: p.x, y: p.y, z: p.z, ry: rng.range(0, 2 * PI), sx: s, sy: s, sz: s });
    b.add(mats.canvas, g, 0xf4f4f4);
  }
  b.flush(scene);
  return { scene, exposure: 1.0 };
}
