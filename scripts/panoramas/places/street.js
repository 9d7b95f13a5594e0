// language-cafe: the sunny street outside the library: wooden houses across the road, the bus stop
// and its shelter, a red bus coming, and the library behind.
import * as THREE from 'three';
import { canvasTex, FONT, roundRect, signTex } from '../kit/canvas.js';
import { box, cloud, cyl, mesh, plane, skyDome, std, sunLight, tree } from '../kit/low-poly.js';
import { col, PI } from '../kit/maths.js';
import { makeRng } from '../kit/noise.js';

function house(parent, x, z, w, d, h, wall, roof, R, ry = 0) {
  const g = new THREE.Group();
  box(w, h, d, std(wall, { roughness: 0.9 }), 0, 0, 0, g);
  // pitched roof along x
  const roofH = d * 0.45;
  const shape = new THREE.Shape();
  shape.moveTo(-d / 2 - 0.3, 0);
  shape.lineTo(0, roofH);
  shape.lineTo(d / 2 + 0.3, 0);
  shape.lineTo(-d / 2 - 0.3, 0);
  const rg = new THREE.ExtrudeGeometry(shape, { depth: w + 0.4, bevelEnabled: false });
  const rm = mesh(rg, std(roof, { roughness: 0.8 }), -w / 2 - 0.2, h, 0, g);
  rm.rotation.y = PI / 2;
  // windows and a door on the +z face
  const fr = std('#ffffff');
  const gl = std('#2f4858', { roughness: 0.2, metalness: 0.3 });
  const floors = Math.max(1, Math.round(h / 2.8));
  const cols = Math.max(2, Math.round(w / 2.2));
  for (let f = 0; f < floors; f++) {
    for (let c = 0; c < cols; c++) {
      const wx = -w / 2 + (c + 0.5) * (w / cols);
      if (f === 0 && c === Math.floor(cols / 2)) {
        box(1.0, 2.1, 0.08, std(R.pick(['#2a6f7f', '#6d4c41', '#1d3557'])), wx, 0, d / 2, g);
        continue;
      }
      box(1.0, 1.3, 0.06, fr, wx, 0.9 + f * 2.8, d / 2, g);
      box(0.84, 1.14, 0.08, gl, wx, 0.98 + f * 2.8, d / 2, g);
      box(0.05, 1.14, 0.1, fr, wx, 0.98 + f * 2.8, d / 2, g);
    }
  }
  g.position.set(x, 0, z);
  g.rotation.y = ry;
  parent.add(g);
}

function bench(parent, x, z, ry) {
  const g = new THREE.Group();
  const w = std('#a0522d');
  const iron = std('#2d3436', { metalness: 0.5, roughness: 0.5 });
  for (let i = 0; i < 3; i++) box(1.6, 0.04, 0.12, w, 0, 0.45, -0.16 + i * 0.14, g);
  for (let i = 0; i < 2; i++) {
    const b = box(1.6, 0.04, 0.1, w, 0, 0.62 + i * 0.16, 0.3, g);
    b.rotation.x = -0.2;
  }
  for (const lx of [-0.7, 0.7]) {
    box(0.05, 0.45, 0.5, iron, lx, 0, 0, g);
    box(0.05, 0.5, 0.05, iron, lx, 0.45, 0.28, g);
  }
  g.position.set(x, 0, z);
  g.rotation.y = ry;
  parent.add(g);
}
export function buildStreet() {
  const scene = new THREE.Scene();
  const R = makeRng(5);
  const sunDir = [-0.55, 0.62, 0.56];
  skyDome(scene, { top: '#3f86c9', horizon: '#cfe6f5', below: '#9fb59a', sun: sunDir });
  scene.fog = new THREE.Fog(col('#cfe3ef'), 90, 520);
  sunLight(scene, sunDir, 3.2, [0, 0, -4], 38);
  scene.add(new THREE.HemisphereLight(col('#cfe6ff'), col('#7d8b6a'), 1.2));
  const ground = plane(600, 600, std('#7fae5d', { roughness: 1 }), scene);
  ground.rotation.x = -PI / 2;
  ground.position.y = -0.02;
  // road along x, in front of the camera
  const road = plane(400, 7, std('#54585e', { roughness: 0.95 }), scene);
  road.rotation.x = -PI / 2;
  road.position.set(0, 0.0, -5.5);
  for (let x = -120; x < 120; x += 6) {
    const l = plane(3, 0.15, std('#f4f1e8'), scene);
    l.rotation.x = -PI / 2;
    l.position.set(x, 0.01, -5.5);
  }
  // pavements (the camera stands on the near one)
  const paving = canvasTex(256, 256, (g, w, h) => {
    g.fillStyle = '#bdb8ae';
    g.fillRect(0, 0, w, h);
    const R2 = makeRng(9);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) {
      const k = R2.range(0.93, 1.05);
      g.fillStyle = `rgb(${189 * k},${184 * k},${174 * k})`;
      g.fillRect(i * 64 + 2, j * 64 + 2, 60, 60);
    }
  }, { repeat: [400 / 1.0, 4] });
  for (const [z, w] of [[0.25, 4.5], [-10.6, 3.2]]) {
    box(400, 0.14, w, std('#ffffff', { roughness: 0.95, map: z > 0 ? paving : null, color: z > 0 ? '#ffffff' : '#b9b4aa' }), 0, 0, z, scene);
    box(400, 0.16, 0.2, std('#d9d4ca'), 0, 0, z + (z > 0 ? -w / 2 : w / 2), scene);
  }
  // the bus shelter, to the right
  const shelter = new THREE.Group();
  const frame = std('#2a6f7f', { metalness: 0.3, roughness: 0.5 });
  for (const [px, pz] of [[-1.6, 0.6], [1.6, 0.6], [-1.6, -0.5], [1.6, -0.5]]) box(0.08, 2.4, 0.08, frame, px, 0, pz, shelter);
  box(3.5, 0.1, 1.5, frame, 0, 2.4, 0.05, shelter);
  const glassM = new THREE.MeshPhysicalMaterial({ color: '#dff4ff', transparent: true, opacity: 0.28, roughness: 0.05 });
  box(3.2, 2.0, 0.03, glassM, 0, 0.3, 0.62, shelter, { shadow: false });
  box(0.03, 2.0, 1.0, glassM, 1.6, 0.3, 0.05, shelter, { shadow: false });
  box(2.4, 0.05, 0.4, std('#a0522d'), 0, 0.5, 0.38, shelter);
  box(0.06, 0.5, 0.4, frame, -1.1, 0, 0.38, shelter);
  box(0.06, 0.5, 0.4, frame, 1.1, 0, 0.38, shelter);
  const ad = plane(1.0, 1.5, new THREE.MeshStandardMaterial({
    map: signTex(400, 600, '#ffd166', [
      { text: 'Språkkafé', size: 62, y: 0.2, color: '#1d3557' },
      { text: 'Language café', size: 46, y: 0.32, color: '#1f7a8c' },
      { text: 'Hei! · Hi!', size: 64, y: 0.55, color: '#ef6f51' },
      { text: 'Biblioteket', size: 52, y: 0.78, color: '#1d3557' },
      { text: 'The library', size: 42, y: 0.88, color: '#1f7a8c', weight: 400 },
    ]), roughness: 0.7 }), shelter);
  ad.position.set(-1.1, 1.4, 0.6);
  ad.rotation.y = PI;
  shelter.position.set(3.4, 0.14, 0.7);
  scene.add(shelter);
  // the bus stop sign, front left
  const SX = -2.4;
  const SZ = -1.6;
  cyl(0.04, 0.04, 2.6, std('#8a8f94', { metalness: 0.6, roughness: 0.4 }), SX, 0.14, SZ, scene, 10);
  const stopTex = canvasTex(512, 640, (g, w, h) => {
    g.fillStyle = '#ffd166';
    roundRect(g, 0, 0, w, h, 60);
    g.fill();
    g.lineWidth = 16;
    g.strokeStyle = '#1d3557';
    roundRect(g, 8, 8, w - 16, h - 16, 54);
    g.stroke();
    // a bus pictogram
    g.fillStyle = '#1d3557';
    roundRect(g, 116, 70, 280, 250, 40);
    g.fill();
    g.fillStyle = '#ffd166';
    roundRect(g, 146, 105, 220, 110, 16);
    g.fill();
    g.fillStyle = '#1d3557';
    g.fillRect(252, 105, 8, 110);
    g.fillStyle = '#ffffff';
    for (const x of [160, 352]) {
      g.beginPath();
      g.arc(x, 270, 18, 0, 2 * PI);
      g.fill();
    }
    g.fillStyle = '#1d3557';
    g.fillRect(140, 320, 50, 40);
    g.fillRect(322, 320, 50, 40);
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    g.font = `700 130px ${FONT}`;
    g.fillText('Buss', w / 2, 450);
    g.font = `400 96px ${FONT}`;
    g.fillText('Bus', w / 2, 565);
  });
  const stop = box(0.64, 0.8, 0.04, std('#1d3557'), SX, 2.1, SZ, scene);
  stop.material = [std('#1d3557'), std('#1d3557'), std('#1d3557'), std('#1d3557'), new THREE.MeshStandardMaterial({ map: stopTex }), new THREE.MeshStandardMaterial({ map: stopTex })];
  stop.rotation.y = 0.98;
  const table = plane(0.4, 0.55, new THREE.MeshStandardMaterial({ map: signTex(400, 550, '#ffffff', [
    { text: 'Rutetabell', size: 50, y: 0.09, color: '#1d3557' },
    { text: 'Timetable', size: 40, y: 0.18, color: '#1f7a8c', weight: 400 },
    ...[0.32, 0.42, 0.52, 0.62, 0.72, 0.82].map((y, i) => ({ text: `— ${['07', '08', '09', '10', '11', '12'][i]}:15  ${['07', '08', '09', '10', '11', '12'][i]}:45 —`, size: 36, y, color: '#333', weight: 400 })),
  ]) }), scene);
  table.position.set(SX + 0.05 * Math.sin(0.98), 1.3, SZ + 0.05 * Math.cos(0.98));
  table.rotation.y = 0.98;
  // houses across the road (yaw 0)
  const walls = ['#c0392b', '#f4d35e', '#f7f3e8', '#8ab17d', '#e07a5f', '#f2e8cf', '#3d5a80', '#d68c45'];
  let hx = -70;
  while (hx < 70) {
    const w = R.range(6, 10);
    const h = R.pick([5.6, 5.6, 8.4]);
    house(scene, hx + w / 2, -16, w, 7, h, R.pick(walls), R.pick(['#3b3b3b', '#5a3e36', '#2f3e46']), R);
    hx += w + R.range(1.5, 4);
  }
  // the library behind (yaw 180)
  const lib = new THREE.Group();
  box(26, 7, 10, std('#e8e0d2', { roughness: 0.9 }), 0, 0, 0, lib);
  box(27, 0.5, 11, std('#9c6644'), 0, 7, 0, lib);
  for (let i = 0; i < 9; i++) {
    if (i === 4) continue;
    const wx = -11 + i * 2.75;
    const gw = box(2.1, 4.6, 0.1, std('#6fa8c9', { roughness: 0.15, metalness: 0.2, emissive: col('#ffe8b0'), emissiveIntensity: 0.15 }), wx, 1.0, -5.0, lib);
    gw.castShadow = false;
    box(0.12, 4.6, 0.16, std('#9c6644'), wx + 1.1, 1.0, -5.02, lib);
  }
  box(3.2, 3.2, 0.1, std('#2f4858', { roughness: 0.2 }), 0, 0, -5.0, lib);
  box(3.6, 0.3, 1.6, std('#9c6644'), 0, 3.2, -5.6, lib);
  const libSign = plane(8, 1.2, new THREE.MeshStandardMaterial({ map: signTex(1600, 240, '#1f7a8c', [{ text: 'BIBLIOTEK · LIBRARY', size: 150, y: 0.54 }]) }), lib);
  libSign.position.set(0, 5.9, -5.06);
  libSign.rotation.y = PI;
  lib.position.set(0, 0, 14);
  scene.add(lib);
  // trees, benches, lamp posts, a bike stand
  for (const tx of [-16, -8, 9, 17]) tree(scene, tx, 2.0, 1.1, R);
  for (const tx of [-24, -12, 12, 24]) tree(scene, tx, -11.5, 0.9, R);
  bench(scene, -4.0, 1.9, PI);
  for (const lx of [-10, 10]) {
    cyl(0.06, 0.08, 4.5, std('#2d3436', { metalness: 0.5 }), lx, 0.14, -1.3, scene, 10);
    box(0.6, 0.15, 0.3, std('#2d3436'), lx, 4.6, -1.3, scene);
  }
  // the bus, arriving from the left
  const bus = new THREE.Group();
  box(11, 2.6, 2.5, std('#c0392b', { roughness: 0.5 }), 0, 0.4, 0, bus);
  box(10.6, 0.9, 2.52, std('#2f3e46', { roughness: 0.15, metalness: 0.3 }), -0.2, 1.6, 0, bus);
  box(0.06, 1.4, 2.2, std('#2f3e46', { roughness: 0.15, metalness: 0.3 }), 5.5, 1.3, 0, bus);
  const dest = plane(1.8, 0.35, new THREE.MeshBasicMaterial({ map: signTex(720, 140, '#111', [{ text: '12  Sentrum', size: 90, y: 0.55, color: '#ffb627' }]) }), bus);
  dest.position.set(5.54, 2.75, 0);
  dest.rotation.y = PI / 2;
  for (const wx of [-3.6, 3.4]) for (const wz of [-1.2, 1.2]) {
    const wh = mesh(new THREE.CylinderGeometry(0.5, 0.5, 0.3, 20), std('#222'), wx, 0.5, wz, bus);
    wh.rotation.x = PI / 2;
  }
  bus.position.set(-22, 0, -4.0);
  scene.add(bus);
  // hills and clouds
  for (let i = 0; i < 28; i++) {
    const a = (i / 28) * 2 * PI + R.range(-0.05, 0.05);
    const r = R.range(200, 260);
    const hill = mesh(new THREE.SphereGeometry(R.range(40, 70), 24, 12), std(R.pick(['#6f9c57', '#7aa663', '#5f8b4e'])), Math.sin(a) * r, -R.range(15, 28), -Math.cos(a) * r, scene, { shadow: false });
    hill.scale.y = 0.6;
  }
  for (let i = 0; i < 14; i++) {
    const a = R.range(0, 2 * PI);
    cloud(scene, Math.sin(a) * 260, R.range(70, 120), -Math.cos(a) * 260, R.range(14, 24), R);
  }
  return { scene, exposure: 1.0, eye: [0, 1.74, 0.2], heading: 0 };
}
