// legend-retold: the low-poly storybook world of "The Troll Under the Bridge" (a dry valley, a
// river with a wooden bridge, a green hillside of flowers across it), seen from five places: valley,
// bridge, under (the bridge), meadow and meadow-shared, with the goats and the troll where the story
// needs them.
import * as THREE from 'three';
import { box, boxGeo, cloud, cyl, flat, mesh, skyDome, std, sunLight, tree } from '../kit/low-poly.js';
import { col, lerp, PI, smoothstep } from '../kit/maths.js';
import { fbm as kitFbm, makeRng } from '../kit/noise.js';

/**
 * The terrain's noise: never wrapping round (a period of 2^32 lattice cells: hash2 works modulo
 * 2^32, so that is the same as no period at all), four octaves, seeds 31 apart.
 */
const fbm = (x, y, seed, oct = 4) => kitFbm(x, y, seed, 2 ** 32, oct, 0.5, 31);

/** Rotation about y that turns a model facing -z at (x, z) toward (tx, tz). */
const faceRy = (x, z, tx, tz) => Math.atan2(-(tx - x), -(tz - z));
const WATER_Y = -0.9;
const SHADOW_RANGE = 48;
const SHADOW_Z = -4;
/** Where the legend's cameras stand (x, z): nothing small is placed right in front of the lens. */
const EYES = [[-0.8, 14], [0, 0.7], [-1.7, 1.0], [3, -20]];
const RIVER_HALF = 3.6;
/** The river's centre line: straight at the bridge, winding further away. */
const riverZ = (x) => 2.2 * Math.sin(x * 0.045) * smoothstep(10, 40, Math.abs(x));
function terrainHeight(x, z0) {
  const n = fbm(x * 0.05, z0 * 0.05, 7) - 0.5;
  const z = z0 - riverZ(x);
  const az = Math.abs(z);
  const wide = 1 - smoothstep(35, 95, Math.abs(x));
  // banks and river bed
  let h = 0.25 + n * 0.6;
  if (z < 0) h += Math.max(0, -z - RIVER_HALF) * 0.13 * wide * (1 + 0.4 * (fbm(x * 0.02, 3, 9) - 0.5)); // the green hillside rises north
  else h += Math.max(0, z - 20) * 0.05 * wide + n * 0.8 * smoothstep(8, 25, z); // the dry valley, gently rolling
  const bed = -1.7 + 0.2 * n;
  // (the river fades into the ground before the mountains, so it never cuts a notch through them)
  const bank = Math.max(smoothstep(RIVER_HALF - 1.2, RIVER_HALF + 1.4, az), smoothstep(55, 80, Math.abs(x)));
  h = lerp(bed, h, bank);
  // a gravel bar under the bridge, where the troll lives
  const bar = (1 - smoothstep(2.5, 4.5, Math.hypot((x - 1.4) * 0.5, z * 1.0))) * (1 - bank);
  h = lerp(h, -0.72 + 0.06 * n, bar);
  // mountains all around, far away
  const d = Math.hypot(x, z);
  const a = Math.atan2(x, z);
  const ridge = 0.55 + 0.45 * Math.abs(Math.sin(a * 3.0 + 1.3)) * (0.6 + 0.8 * fbm(a * 4 + 10, 1, 21, 3));
  // (they rise from 70 m, peak around 115 m and fall away before the terrain's edge at 160 m, so the
  // edge of the ground is never seen, whatever the direction)
  h += smoothstep(62, 120, d) * (1 - smoothstep(130, 152, d)) * ridge * 55 * (0.6 + 0.8 * fbm(x * 0.02, z * 0.02, 33));
  h = lerp(h, -40, smoothstep(146, 158, d));
  return h;
}
function terrainColour(x, z0, h, slope, R) {
  const n = fbm(x * 0.15, z0 * 0.15, 99);
  const z = z0 - riverZ(x);
  if (h > 24 + n * 10) return col('#f4f6f8');
  if (h > 12 + n * 8) return col('#a3a6a9').lerp(col('#8c9094'), n);
  if (h > 6 + n * 6 && Math.hypot(x, z0) > 60) return col('#6f8f5a').lerp(col('#5d7d4c'), n);
  if (h < WATER_Y + 0.15) return col('#7b7a72').lerp(col('#9a968a'), n);
  if (z < -RIVER_HALF + 0.4) return col('#5f9e45').lerp(col('#7cbc52'), n).lerp(col('#4c8a3c'), R.next() * 0.3);
  if (z > RIVER_HALF - 0.4) return col('#b39a5b').lerp(col('#c9ad6a'), n).lerp(col('#97804c'), R.next() * 0.3);
  return col('#8d8a7c').lerp(col('#a7a08a'), n);
}
function buildLegendWorld(opts) {
  const scene = new THREE.Scene();
  const R = makeRng(1814);
  const sunDir = [-0.42, 0.78, 0.46];
  skyDome(scene, { top: '#4a8fd1', horizon: '#d7ecf7', below: '#6e8b5e', sun: sunDir, glow: 0.5 });
  scene.fog = new THREE.Fog(col('#d3e6f2'), 70, 460);
  // terrain
  const HAZE = col('#c8dcea');
  const SIZE = 320;
  const SEG = 320;
  const geo = new THREE.PlaneGeometry(SIZE, SIZE, SEG, SEG);
  geo.rotateX(-PI / 2);
  const pos = geo.attributes.position;
  for (let i = 0; i < pos.count; i++) pos.setY(i, terrainHeight(pos.getX(i), pos.getZ(i)));
  const tg = geo.toNonIndexed();
  tg.computeVertexNormals();
  const tp = tg.attributes.position;
  const colours = new Float32Array(tp.count * 3);
  for (let i = 0; i < tp.count; i += 3) {
    const cx = (tp.getX(i) + tp.getX(i + 1) + tp.getX(i + 2)) / 3;
    const cy = (tp.getY(i) + tp.getY(i + 1) + tp.getY(i + 2)) / 3;
    const cz = (tp.getZ(i) + tp.getZ(i + 1) + tp.getZ(i + 2)) / 3;
    const ny = tg.attributes.normal.getY(i);
    // aerial perspective, baked in: far slopes fade towards the colour of the sky at the horizon
    const c = terrainColour(cx, cz, cy, 1 - ny, R).lerp(HAZE, 0.55 * smoothstep(55, 150, Math.hypot(cx, cz)));
    for (let k = 0; k < 3; k++) colours.set([c.r, c.g, c.b], (i + k) * 3);
  }
  tg.setAttribute('color', new THREE.BufferAttribute(colours, 3));
  // Only the terrain near the story's places takes shadows (the shadow map covers SHADOW_RANGE around them).
  // Faceted look from per-face normals (the geometry is non-indexed), not from flatShading: its
  // screen-space normals go wrong on triangles that reach under the camera.
  const tMat = new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.95 });
  const near = [];
  const far = [];
  for (let i = 0; i < tp.count; i += 3) {
    const cx = (tp.getX(i) + tp.getX(i + 1) + tp.getX(i + 2)) / 3;
    const cz = (tp.getZ(i) + tp.getZ(i + 1) + tp.getZ(i + 2)) / 3;
    (Math.abs(cx) < SHADOW_RANGE - 4 && Math.abs(cz - SHADOW_Z) < SHADOW_RANGE - 4 ? near : far).push(i);
  }
  for (const [list, receive] of [[near, true], [far, false]]) {
    const g2 = new THREE.BufferGeometry();
    const P = new Float32Array(list.length * 9);
    const N = new Float32Array(list.length * 9);
    const C = new Float32Array(list.length * 9);
    list.forEach((i, k) => {
      for (let v = 0; v < 3; v++) {
        for (let a = 0; a < 3; a++) {
          P[k * 9 + v * 3 + a] = tp.array[(i + v) * 3 + a];
          N[k * 9 + v * 3 + a] = tg.attributes.normal.array[(i + v) * 3 + a];
          C[k * 9 + v * 3 + a] = colours[(i + v) * 3 + a];
        }
      }
    });
    g2.setAttribute('position', new THREE.BufferAttribute(P, 3));
    g2.setAttribute('normal', new THREE.BufferAttribute(N, 3));
    g2.setAttribute('color', new THREE.BufferAttribute(C, 3));
    const t = new THREE.Mesh(g2, tMat);
    t.receiveShadow = receive;
    t.castShadow = receive;
    scene.add(t);
  }
  // the river
  const water = new THREE.Mesh(new THREE.PlaneGeometry(170, RIVER_HALF * 2 + 10, 100, 12), new THREE.MeshStandardMaterial({ color: '#3f8fb8', roughness: 0.25, metalness: 0.1, flatShading: true }));
  water.rotation.x = -PI / 2;
  const wp = water.geometry.attributes.position;
  for (let i = 0; i < wp.count; i++) wp.setZ(i, 0.04 * Math.sin(wp.getX(i) * 0.9 + wp.getY(i) * 2.1));
  water.geometry.computeVertexNormals();
  water.position.y = WATER_Y;
  water.receiveShadow = true;
  scene.add(water);
  // foam and stones along the river
  for (let i = 0; i < 140; i++) {
    const x = R.range(-60, 60);
    const z = (R.chance(0.5) ? 1 : -1) * R.range(RIVER_HALF - 1.4, RIVER_HALF + 0.6);
    const s = R.range(0.15, 0.5);
    mesh(new THREE.DodecahedronGeometry(s, 0), flat(R.pick(['#8d8f8f', '#a3a39b', '#7b7d7a'])), x, terrainHeight(x, z) + s * 0.3, z, scene);
  }
  // the bridge, along z at x = 0
  const plankM = [flat('#9b6b43'), flat('#8a5d38'), flat('#a8774c')];
  const deckY = (z) => 1.6 - 0.018 * z * z;
  for (let z = -7.2; z <= 7.2; z += 0.32) {
    const p = box(3.0, 0.1, 0.29, R.pick(plankM), R.range(-0.04, 0.04), deckY(z) - 0.1, z, scene);
    p.rotation.x = Math.atan(0.036 * z);
  }
  const beamM = flat('#6f4a2c');
  for (const x of [-1.35, 1.35]) {
    for (let z = -7.0; z <= 7.01; z += 1.4) {
      box(0.14, 1.0, 0.14, beamM, x, deckY(z) - 0.05, z, scene);
    }
    for (let z = -7.0; z < 7.0; z += 1.4) {
      const z2 = z + 1.4;
      const y1 = deckY(z) + 0.9;
      const y2 = deckY(z2) + 0.9;
      const len = Math.hypot(1.4, y2 - y1);
      const rail = mesh(boxGeo(0.1, 0.1, len), beamM, x, (y1 + y2) / 2, (z + z2) / 2, scene);
      rail.rotation.x = -Math.atan2(y2 - y1, 1.4);
    }
    // under-structure
    // a long beam under each edge of the deck, following its curve
    for (let z = -7.0; z < 7.0; z += 1.4) {
      const z2 = z + 1.4;
      const y1 = deckY(z) - 0.22;
      const y2 = deckY(z2) - 0.22;
      const b = mesh(boxGeo(0.2, 0.24, Math.hypot(1.4, y2 - y1) + 0.05), flat('#5d3d24'), x * 0.85, (y1 + y2) / 2, (z + z2) / 2, scene);
      b.rotation.x = -Math.atan2(y2 - y1, 1.4);
    }
  }
  for (const z of [-2.6, 2.6]) {
    for (const x of [-1.15, 1.15]) {
      const post = cyl(0.14, 0.16, deckY(z) - 0.3 + 2.0, beamM, x, -2.0, z, scene, 8);
      post.castShadow = true;
    }
    const cross = mesh(boxGeo(2.6, 0.16, 0.16), beamM, 0, deckY(z) - 0.45, z, scene);
    cross.castShadow = true;
    const diag = mesh(boxGeo(0.12, 2.9, 0.12), beamM, 0, -0.15, z, scene);
    diag.rotation.z = 0.7;
  }
  // trees: spruce and birch on the green side, bare trees and rocks on the dry side
  for (let i = 0; i < 170; i++) {
    const x = R.range(-90, 90);
    const z = R.range(-90, -8);
    if (Math.abs(x) < 6 && z > -40) continue;
    if (opts.clearing && Math.hypot(x - opts.clearing[0], z - opts.clearing[1]) < 12) continue;
    const h = terrainHeight(x, z);
    if (h > 14) continue;
    const kind = z > -25 && R.chance(0.5) ? 'birch' : 'spruce';
    const t = new THREE.Group();
    tree(t, 0, 0, R.range(0.9, 1.6), R, kind);
    t.position.set(x, h - 0.1, z);
    scene.add(t);
  }
  for (let i = 0; i < 35; i++) {
    const x = R.range(-70, 70);
    const z = R.range(7, 70);
    if (Math.abs(x) < 5 && z < 30) continue;
    const t = new THREE.Group();
    if (R.chance(0.35)) tree(t, 0, 0, R.range(0.8, 1.3), R, 'bare');
    else mesh(new THREE.DodecahedronGeometry(R.range(0.4, 1.4), 0), flat(R.pick(['#8d8f8f', '#a09a8c'])), 0, 0.2, 0, t);
    t.position.set(x, terrainHeight(x, z) - 0.1, z);
    scene.add(t);
  }
  // grass tufts on the dry side, flowers on the green side
  const clearOfEyes = (x, z) => EYES.every(([ex, ez]) => Math.hypot(x - ex, z - ez) > 2.2);
  const dryTuft = flat('#a68f52');
  for (let i = 0; i < 500; i++) {
    const x = R.range(-30, 30);
    const z = R.range(5, 40);
    if (!clearOfEyes(x, z)) continue;
    const m = mesh(new THREE.ConeGeometry(0.08, R.range(0.2, 0.4), 4), dryTuft, x, terrainHeight(x, z) + 0.1, z, scene, { shadow: false });
    m.rotation.z = R.range(-0.3, 0.3);
  }
  const flowerM = ['#ffd166', '#ffffff', '#ef476f', '#b388eb', '#ffadad'].map((c) => std(c, { roughness: 0.7 }));
  const stemM = flat('#4f8f3a');
  for (let i = 0; i < 1400; i++) {
    const x = R.range(-35, 35);
    const z = R.range(-45, -5);
    if (!clearOfEyes(x, z)) continue;
    const y = terrainHeight(x, z);
    if (R.chance(0.6)) {
      const m = mesh(new THREE.ConeGeometry(0.07, R.range(0.25, 0.5), 4), stemM, x, y + 0.12, z, scene, { shadow: false });
      m.rotation.z = R.range(-0.3, 0.3);
    } else mesh(new THREE.IcosahedronGeometry(R.range(0.05, 0.09), 0), R.pick(flowerM), x, y + R.range(0.15, 0.3), z, scene, { shadow: false });
  }
  // clouds
  for (let i = 0; i < 16; i++) {
    const a = R.range(0, 2 * PI);
    cloud(scene, Math.sin(a) * 300, R.range(80, 130), -Math.cos(a) * 300, R.range(16, 28), R);
  }
  scene.add(new THREE.HemisphereLight(col('#d4e8ff'), col('#8a7a55'), 1.1));
  return { scene, R, sunDir };
}

// goats and the troll
function goat(parent, x, z, ry, s, coat, { grazing = false } = {}) {
  const g = new THREE.Group();
  const m = flat(coat);
  const dark = flat('#3a3128');
  const horn = flat('#d8cbb0');
  const body = mesh(new THREE.IcosahedronGeometry(0.5, 1), m, 0, 0.78, 0, g);
  body.scale.set(0.75, 0.72, 1.2);
  for (const [lx, lz] of [[-0.2, -0.38], [0.2, -0.38], [-0.2, 0.38], [0.2, 0.38]]) cyl(0.055, 0.045, 0.6, m, lx, 0, lz, g, 6);
  for (const [lx, lz] of [[-0.2, -0.38], [0.2, -0.38], [-0.2, 0.38], [0.2, 0.38]]) cyl(0.05, 0.05, 0.08, dark, lx, 0, lz, g, 6);
  const head = new THREE.Group();
  const skull = mesh(new THREE.IcosahedronGeometry(0.2, 1), m, 0, 0, 0, head);
  skull.scale.set(0.85, 0.95, 1.4);
  mesh(new THREE.SphereGeometry(0.035, 8, 6), dark, -0.13, 0.05, -0.08, head);
  mesh(new THREE.SphereGeometry(0.035, 8, 6), dark, 0.13, 0.05, -0.08, head);
  mesh(new THREE.SphereGeometry(0.04, 8, 6), dark, 0, -0.05, -0.28, head);
  const beard = mesh(new THREE.ConeGeometry(0.06, 0.22, 5), m, 0, -0.22, -0.12, head);
  beard.rotation.x = PI;
  for (const sx of [-1, 1]) {
    const ear = mesh(new THREE.ConeGeometry(0.05, 0.2, 5), m, sx * 0.2, 0.05, 0.04, head);
    ear.rotation.z = sx * 1.9;
    const hn = mesh(new THREE.ConeGeometry(0.045 * s, 0.34 * s, 6), horn, sx * 0.08, 0.22, 0.08, head);
    hn.rotation.set(-0.7, 0, -sx * 0.25);
  }
  if (grazing) {
    head.position.set(0, 0.35, -0.72);
    head.rotation.x = 0.9;
  } else {
    head.position.set(0, 1.2, -0.62);
    head.rotation.x = -0.15;
  }
  const neck = mesh(new THREE.CylinderGeometry(0.12, 0.16, 0.5, 6), m, 0, grazing ? 0.6 : 1.0, -0.48, g);
  neck.rotation.x = grazing ? 1.1 : 0.5;
  g.add(head);
  const tail = mesh(new THREE.ConeGeometry(0.05, 0.18, 5), m, 0, 0.95, 0.6, g);
  tail.rotation.x = -0.8;
  g.scale.setScalar(s);
  g.position.set(x, terrainHeight(x, z), z);
  g.rotation.y = ry;
  parent.add(g);
  return g;
}
function troll(parent, { x, y, z, ry, s = 1, pose = 'stand' }) {
  const g = new THREE.Group();
  const skin = flat('#7f8f62');
  const nose = flat('#9a8462');
  const moss = flat('#46693a');
  const dark = flat('#2b2620');
  const white = flat('#f5f2e8');
  const seat = pose === 'sit';
  const body = mesh(new THREE.IcosahedronGeometry(0.8, 1), skin, 0, seat ? 0.85 : 1.35, 0, g);
  body.scale.set(1.05, 1.15, 0.9);
  // a patched tunic
  const tunic = mesh(new THREE.IcosahedronGeometry(0.82, 1), flat('#8a5a3c'), 0, seat ? 0.7 : 1.2, 0, g);
  tunic.scale.set(1.07, 0.75, 0.93);
  const headY = seat ? 1.95 : 2.45;
  const head = mesh(new THREE.IcosahedronGeometry(0.55, 1), skin, 0, headY, -0.05, g);
  head.scale.set(1, 0.95, 0.95);
  const n = mesh(new THREE.IcosahedronGeometry(0.17, 1), nose, 0, headY - 0.1, -0.62, g);
  n.scale.set(1, 1, 2.2);
  for (const sx of [-1, 1]) {
    mesh(new THREE.IcosahedronGeometry(0.11, 1), white, sx * 0.2, headY + 0.12, -0.44, g);
    mesh(new THREE.IcosahedronGeometry(0.055, 1), dark, sx * 0.2, headY + 0.12, -0.54, g);
    const brow = box(0.22, 0.06, 0.08, moss, sx * 0.21, headY + 0.26, -0.44, g);
    brow.rotation.z = sx * (pose === 'peek' ? -0.35 : 0.2);
    const ear = mesh(new THREE.IcosahedronGeometry(0.16, 0), skin, sx * 0.56, headY + 0.05, 0, g);
    ear.scale.set(0.5, 1.1, 0.8);
    const arm = mesh(new THREE.CapsuleGeometry(0.16, 0.8, 4, 8), skin, sx * 0.95, seat ? 0.95 : 1.4, -0.1, g);
    arm.rotation.z = sx * 0.35;
    if (pose === 'peek') {
      // arms reaching up and forward, hands gripping the railing either side of the face
      arm.position.set(sx * 0.86, headY - 0.42, -0.38);
      arm.rotation.set(-0.67, 0, sx * 0.05);
    }
    const hand = mesh(new THREE.IcosahedronGeometry(0.2, 1), skin, sx * 1.12, seat ? 0.45 : 0.95, -0.15, g);
    if (pose === 'peek') {
      hand.position.set(sx * 0.84, headY - 0.02, -0.68);
      hand.scale.set(1.1, 0.8, 1.2);
    }
    const leg = mesh(new THREE.CapsuleGeometry(0.2, seat ? 0.5 : 0.7, 4, 8), skin, sx * 0.38, seat ? 0.25 : 0.45, seat ? -0.45 : 0, g);
    if (seat) leg.rotation.x = PI / 2;
    mesh(new THREE.IcosahedronGeometry(0.24, 0), dark, sx * 0.38, 0.12, seat ? -0.85 : -0.1, g).scale.set(1, 0.6, 1.4);
  }
  const mouth = box(0.3, 0.05, 0.06, dark, 0, headY - 0.33, -0.47, g);
  if (pose !== 'peek') mouth.rotation.z = 0; // a calm mouth
  for (let i = 0; i < 7; i++) {
    const tuft = mesh(new THREE.ConeGeometry(0.09, 0.35, 5), moss, Math.sin(i * 0.9) * 0.3, headY + 0.5, Math.cos(i * 1.7) * 0.2, g);
    tuft.rotation.set(Math.cos(i) * 0.4, 0, Math.sin(i * 1.3) * 0.5);
  }
  g.scale.setScalar(s);
  g.position.set(x, y, z);
  g.rotation.y = ry;
  parent.add(g);
  return g;
}
function campfire(parent, x, y, z) {
  for (let i = 0; i < 8; i++) {
    const a = (i / 8) * 2 * PI;
    mesh(new THREE.DodecahedronGeometry(0.12, 0), flat('#6d6a66'), x + Math.cos(a) * 0.35, y + 0.05, z + Math.sin(a) * 0.35, parent);
  }
  for (let i = 0; i < 3; i++) {
    const l = cyl(0.05, 0.05, 0.6, flat('#5b3a21'), 0, 0, 0, null, 6);
    l.position.set(x, y + 0.1, z);
    l.rotation.set(PI / 2, i * 1.05, 0.2);
    parent.add(l);
  }
  const fl = new THREE.MeshBasicMaterial({ color: col('#ffb347').multiplyScalar(2.5) });
  mesh(new THREE.ConeGeometry(0.16, 0.5, 6), fl, x, y + 0.35, z, parent, { shadow: false });
  mesh(new THREE.ConeGeometry(0.1, 0.35, 6), new THREE.MeshBasicMaterial({ color: col('#ffe066').multiplyScalar(3) }), x + 0.05, y + 0.3, z + 0.04, parent, { shadow: false });
  const p = new THREE.PointLight(col('#ffa64d'), 6, 0, 2);
  p.position.set(x, y + 0.6, z);
  parent.add(p);
}

export function buildLegend(place) {
  const clearing = place === 'meadow' || place === 'meadow-shared' ? [3, -21] : null;
  const { scene, R, sunDir } = buildLegendWorld({ clearing });
  let eye;
  let heading = 0;
  let focus;
  if (place === 'valley') {
    eye = [-0.8, terrainHeight(-0.8, 14) + 1.1, 14];
    focus = [0, 0, 2];
    // the three goats, turned half toward the reader, the bridge behind them
    const E = [-0.8, 14];
    const gs = [[-3.0, 10.8, 0.8, '#f3efe4', 0.9], [-4.6, 12.4, 1.05, '#b3a594', 0.7], [2.4, 11.0, 1.4, '#6b5443', -0.8]];
    for (const [x, z, sc, c, turn] of gs) goat(scene, x, z, faceRy(x, z, E[0], E[1]) + turn, sc, c);
  } else if (place === 'bridge') {
    eye = [0, deckYOf(0.7) + 0.95, 0.7];
    focus = [0, 0, -4];
    troll(scene, { x: 2.25, y: WATER_Y - 0.3, z: -0.9, ry: faceRy(2.25, -0.9, 0, 0.7), s: 1.45, pose: 'peek' });
  } else if (place === 'under') {
    eye = [-1.7, -0.72 + 1.05, 1.0];
    heading = 80;
    focus = [0, 0, 0];
    troll(scene, { x: 1.0, y: -0.72, z: -0.2, ry: faceRy(1.0, -0.2, -1.7, 1.0), s: 0.95, pose: 'sit' });
    campfire(scene, -0.3, -0.72, 0.35);
    for (let i = 0; i < 60; i++) {
      const px = R.range(-3.5, 4.5);
      const pz = R.range(-1.6, 1.8);
      if (Math.hypot(px + 1.7, pz - 1.0) < 0.8) continue;
      mesh(new THREE.DodecahedronGeometry(R.range(0.03, 0.09), 0), flat(R.pick(['#8d8f8f', '#a3a39b', '#6f6f6a', '#b7ae9a'])), px, terrainHeight(px, pz) + 0.02, pz, scene);
    }
    // a fishing rod leaning on the post, and a pot by the fire
    const rod = cyl(0.015, 0.02, 2.6, flat('#8a6a3a'), 0, 0, 0, null, 5);
    rod.position.set(1.0, 0.5, 2.45);
    rod.rotation.z = 0.35;
    scene.add(rod);
    cyl(0.18, 0.14, 0.22, flat('#2f2f2f'), 0.15, -0.72, 0.75, scene, 10);
    const blanket = box(1.4, 0.06, 1.0, flat('#b5484b'), 2.0, -0.72, 1.3, scene);
    blanket.rotation.y = 0.3;
    cyl(0.22, 0.18, 0.3, flat('#3b3b3b'), 0.4, -0.72, 1.4, scene, 10);
    for (let i = 0; i < 4; i++) box(0.3, 0.22, 0.25, flat(R.pick(['#8a5a3c', '#6f4a2c', '#a9744f'])), 2.6, -0.72 + i * 0.22, -1.2, scene);
  } else {
    // on the green hillside, looking uphill (north-east) with the sun behind; the bridge is behind the reader
    eye = [3, terrainHeight(3, -20) + 1.15, -20];
    heading = 15;
    focus = [3, 0, -24];
    const E = [3, -20];
    goat(scene, 1.6, -24.0, faceRy(1.6, -24.0, E[0], E[1]) + 1.3, 0.8, '#f3efe4', { grazing: true });
    goat(scene, 6.6, -23.6, faceRy(6.6, -23.6, E[0], E[1]) - 1.2, 1.05, '#b3a594', { grazing: true });
    goat(scene, -0.4, -21.4, faceRy(-0.4, -21.4, E[0], E[1]) + 0.5, 1.4, '#6b5443');
    if (place === 'meadow-shared') {
      const tx = 4.6;
      const tz = -25.2;
      troll(scene, { x: tx, y: terrainHeight(tx, tz) - 0.05, z: tz, ry: faceRy(tx, tz, E[0], E[1]), s: 1.0, pose: 'sit' });
    }
  }
  const sun = sunLight(scene, sunDir, 3.0, [0, 0, SHADOW_Z], SHADOW_RANGE);
  sun.shadow.camera.far = 260;
  void focus;
  return { scene, exposure: 1.0, eye, heading };
}
function deckYOf(z) {
  return 1.6 - 0.018 * z * z;
}
