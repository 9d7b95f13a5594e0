// language-cafe: an aisle between tall bookshelves in the library, a reading corner by a big window
// and the borrowing desk.
import * as THREE from 'three';
import { signTex } from '../kit/canvas.js';
import { BOOK_COLOURS, chair, plant, roomShell, shelfUnit, windowPane, woodFloorTex } from '../kit/interiors.js';
import { box, cyl, mesh, plane, std } from '../kit/low-poly.js';
import { col, PI } from '../kit/maths.js';
import { makeRng } from '../kit/noise.js';

export function buildBooks() {
  const scene = new THREE.Scene();
  const R = makeRng(23);
  const H = 3.6;
  roomShell(scene, {
    x0: -7, x1: 7, z0: -9, z1: 5, height: H,
    floor: std('#ffffff', { map: woodFloorTex(8, [200, 160, 118]), roughness: 0.6 }),
    walls: { front: '#f3ece0', back: '#e9d8c0', left: '#bcd4e6', right: '#f4d8c4' },
  });
  // the aisle (yaw 0): shelves on both sides, a big window at the end
  for (const side of [-1, 1]) {
    for (let i = 0; i < 3; i++) {
      shelfUnit(scene, side * 1.25, -1.6 - i * 2.05, side * -PI / 2, 2.0, 2.1, 6, R, side < 0 ? '#7a5230' : '#8b5a2b');
      shelfUnit(scene, side * 1.65, -1.6 - i * 2.05, side * PI / 2, 2.0, 2.1, 6, R, '#8b5a2b');
    }
  }
  windowPane(scene, 0, 1.1, -8.95, 0, 2.6, 2.2, 91);
  // reading corner under the window
  const rug = plane(3, 2, std('#e76f51', { roughness: 1 }), scene);
  rug.rotation.x = -PI / 2;
  rug.position.set(0, 0.005, -7.8);
  for (const [ax, c] of [[-0.9, '#2a9d8f'], [0.9, '#e9c46a']]) {
    const g = new THREE.Group();
    box(0.8, 0.4, 0.8, std(c), 0, 0, 0, g);
    box(0.8, 0.55, 0.2, std(c), 0, 0.4, 0.3, g);
    box(0.15, 0.25, 0.8, std(c), -0.38, 0.4, 0, g);
    box(0.15, 0.25, 0.8, std(c), 0.38, 0.4, 0, g);
    g.position.set(ax, 0, -7.6);
    g.rotation.y = ax < 0 ? -0.5 : 0.5;
    scene.add(g);
  }
  plant(scene, -2.6, -8.4, 1.5, R);
  plant(scene, 2.6, -8.4, 1.2, R, '#2a9d8f');
  // hanging signs over the aisle
  const hang = (x, z, ry, a, b, bg) => {
    const p = plane(2.4, 0.6, new THREE.MeshStandardMaterial({
      map: signTex(1440, 360, bg, [{ text: a, size: 112, y: 0.36 }, { text: b, size: 84, y: 0.74, weight: 400 }]),
      side: THREE.DoubleSide, roughness: 0.8 }), scene);
    p.position.set(x, 2.7, z);
    p.rotation.y = ry;
    for (const dx of [-1.0, 1.0]) cyl(0.005, 0.005, H - 2.97, std('#333'), x + dx * Math.cos(ry), 2.97, z - dx * Math.sin(ry), scene, 6, { shadow: false });
  };
  hang(0, -2.6, 0, 'Bøker på mange språk', 'Books in many languages', '#1f7a8c');
  hang(0, -5.5, 0, 'Lydbøker', 'Audiobooks', '#8e44ad');
  // open area behind (yaw 180): the borrowing desk and a self-service machine
  const desk = std('#e9e2d6', { roughness: 0.5 });
  box(3.2, 1.0, 0.8, desk, 0.3, 0, 3.4, scene);
  box(3.4, 0.05, 0.9, std('#2a6f7f'), 0.3, 1.0, 3.4, scene);
  box(0.5, 0.4, 0.05, std('#222831'), -0.6, 1.05, 3.5, scene);
  const screen = plane(0.44, 0.3, new THREE.MeshBasicMaterial({ map: signTex(440, 300, '#bde0fe', [{ text: 'Lån · Borrow', size: 56, y: 0.4, color: '#1d3557' }, { text: '▶', size: 60, y: 0.75, color: '#1f7a8c' }]) }), scene);
  screen.position.set(-0.6, 1.25, 3.47);
  screen.rotation.y = PI;
  for (let i = 0; i < 4; i++) box(0.16, 0.24, 0.03, std(R.pick(BOOK_COLOURS)), 0.5 + i * 0.2, 1.05, 3.3, scene);
  const deskSign = plane(2.0, 0.6, new THREE.MeshStandardMaterial({ map: signTex(1000, 300, '#2a6f7f', [{ text: 'Utlån · Borrowing', size: 110, y: 0.52 }]) }), scene);
  deskSign.position.set(0.3, 2.7, 4.95);
  deskSign.rotation.y = PI;
  // beanbags and a low shelf on the sides behind
  for (const [bx, bz, c] of [[-4.2, 2.8, '#e9c46a'], [-5.2, 1.8, '#e76f51'], [4.6, 2.6, '#2a9d8f']]) {
    const b = mesh(new THREE.SphereGeometry(0.45, 20, 14), std(c, { roughness: 1 }), bx, 0.3, bz, scene);
    b.scale.y = 0.65;
  }
  shelfUnit(scene, -6.8, -3.2, PI / 2, 3.0, 2.2, 6, R);
  shelfUnit(scene, -6.8, -6.4, PI / 2, 3.0, 2.2, 6, R);
  shelfUnit(scene, 6.8, -3.2, -PI / 2, 3.0, 2.2, 6, R);
  shelfUnit(scene, 6.8, -6.4, -PI / 2, 3.0, 2.2, 6, R);
  // reading tables on both sides of the aisle
  for (const side of [-1, 1]) {
    const tx = side * 4.3;
    box(2.2, 0.05, 1.0, std('#d9b48a', { roughness: 0.6 }), tx, 0.72, -3.5, scene);
    for (const [lx, lz] of [[-1, -0.45], [1, -0.45], [-1, 0.45], [1, 0.45]]) box(0.06, 0.72, 0.06, std('#8b5a2b'), tx + lx, 0, -3.5 + lz, scene);
    for (const dx of [-0.55, 0.55]) {
      chair(scene, tx + dx, -4.3, 0, side < 0 ? '#e76f51' : '#2a9d8f');
      chair(scene, tx + dx, -2.7, PI, side < 0 ? '#e9c46a' : '#e76f51');
    }
    cyl(0.08, 0.1, 0.02, std('#2d3436'), tx, 0.77, -3.5, scene, 12);
    cyl(0.012, 0.012, 0.4, std('#2d3436'), tx, 0.78, -3.5, scene, 6);
    mesh(new THREE.ConeGeometry(0.14, 0.14, 20, 1, true), std('#ffd166', { side: THREE.DoubleSide, emissive: col('#ffd166'), emissiveIntensity: 0.4 }), tx, 1.22, -3.5, scene);
    for (let i = 0; i < 3; i++) {
      const b = box(0.2, 0.04, 0.28, std(R.pick(BOOK_COLOURS)), tx + R.range(-0.8, 0.8), 0.77, -3.5 + R.range(-0.25, 0.25), scene);
      b.rotation.y = R.range(-0.6, 0.6);
    }
  }
  plant(scene, -6.3, 4.3, 1.5, R);
  plant(scene, 6.3, 4.3, 1.3, R, '#2a9d8f');
  // the doorway back to the café (left wall, behind), with a sign
  const doorway = new THREE.Group();
  box(1.5, 2.3, 0.08, std('#f7f4ee'), 0, 0, 0, doorway);
  const cafeGlow = plane(1.3, 2.15, new THREE.MeshBasicMaterial({ color: col('#ffe1b0').multiplyScalar(1.1) }), doorway);
  cafeGlow.position.set(0, 1.075, 0.05);
  const cafeSign = plane(1.3, 0.4, new THREE.MeshStandardMaterial({ map: signTex(780, 240, '#e76f51', [{ text: 'Kafé · Café', size: 120, y: 0.54 }]) }), doorway);
  cafeSign.position.set(0, 2.62, 0.05);
  doorway.position.set(-6.96, 0, 3.1);
  doorway.rotation.y = PI / 2;
  scene.add(doorway);
  windowPane(scene, -6.97, 2.3, 0.2, PI / 2, 1.8, 1.2, 17);
  windowPane(scene, 6.97, 2.3, 1.6, -PI / 2, 1.8, 1.2, 18);
  // long lights
  for (const z of [-7, -4, -1, 2]) {
    box(0.3, 0.06, 1.6, new THREE.MeshBasicMaterial({ color: col('#fff8e8').multiplyScalar(1.3) }), 0, H - 0.06, z, scene, { shadow: false });
    const p = new THREE.PointLight(col('#ffe8c8'), 6, 0, 2);
    p.position.set(0, H - 0.4, z);
    scene.add(p);
  }
  scene.add(new THREE.HemisphereLight(col('#fff6ea'), col('#a88a6c'), 1.6));
  const d = new THREE.DirectionalLight(col('#ffffff'), 0.8);
  d.position.set(2, 5, -10);
  scene.add(d);
  return { scene, exposure: 1.0, eye: [0, 1.55, 0.4], heading: 0 };
}
