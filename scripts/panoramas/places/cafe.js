// language-cafe: the library café: round tables with cups, colourful chairs, a counter with a coffee
// machine and cakes under chalkboard menus, windows, shelves of books and a poster.
import * as THREE from 'three';
import { signTex } from '../kit/canvas.js';
import { chair, cup, outsideTex, pendant, plant, roomShell, roundTable, shelfUnit, windowPane, WOOD, woodFloorTex } from '../kit/interiors.js';
import { box, cyl, mesh, plane, std } from '../kit/low-poly.js';
import { col, PI } from '../kit/maths.js';
import { makeRng } from '../kit/noise.js';

export function buildCafe() {
  const scene = new THREE.Scene();
  const R = makeRng(11);
  const H = 3.2;
  roomShell(scene, {
    x0: -6, x1: 6, z0: -5, z1: 4.5, height: H,
    floor: std('#ffffff', { map: woodFloorTex(3), roughness: 0.55 }),
    walls: { front: '#f2dfc1', back: '#f2dfc1', left: '#f6ecdc', right: '#a9c4a5' },
  });
  // wainscot on the front and back walls
  box(12, 1.0, 0.03, std('#6f9a86'), 0, 0, -4.985, scene);
  box(12, 1.0, 0.03, std('#6f9a86'), 0, 0, 4.485, scene);
  // counter (yaw 0)
  const wood = std(WOOD, { roughness: 0.6 });
  box(5.2, 1.0, 0.7, wood, -0.6, 0, -4.0, scene);
  box(5.4, 0.06, 0.8, std('#efe6d8', { roughness: 0.4 }), -0.6, 1.0, -4.0, scene);
  for (let i = 0; i < 9; i++) box(0.04, 0.9, 0.02, std('#9c6a3c'), -3.0 + i * 0.6, 0.05, -3.64, scene);
  // coffee machine
  const steel = std('#c9ccd1', { metalness: 0.7, roughness: 0.3 });
  box(0.7, 0.5, 0.5, steel, -2.2, 1.06, -4.15, scene);
  box(0.7, 0.08, 0.5, std('#2d2d2d'), -2.2, 1.56, -4.15, scene);
  for (const dx of [-0.15, 0.15]) cyl(0.03, 0.03, 0.12, std('#2d2d2d'), -2.2 + dx, 1.2, -3.88, scene, 10);
  cup(scene, -2.35, 1.1, -3.86);
  // cake display
  box(1.1, 0.05, 0.55, std('#ffffff'), 0.2, 1.06, -4.05, scene);
  const glass = new THREE.MeshPhysicalMaterial({ color: '#e8f4ff', transparent: true, opacity: 0.22, roughness: 0.05 });
  box(1.1, 0.42, 0.55, glass, 0.2, 1.11, -4.05, scene, { shadow: false });
  const cakes = [['#f6d6e4', '#e84393'], ['#f3e0b5', '#8b4513'], ['#fff3d1', '#f1c40f'], ['#e9d3b0', '#c0392b']];
  cakes.forEach(([c1, c2], i) => {
    cyl(0.12, 0.12, 0.1, std(c1), -0.2 + i * 0.27, 1.13, -4.05, scene, 24);
    cyl(0.12, 0.12, 0.02, std(c2), -0.2 + i * 0.27, 1.23, -4.05, scene, 24);
  });
  // waffle plate, cups, a till
  cyl(0.16, 0.14, 0.02, std('#ffffff'), 1.1, 1.06, -3.95, scene, 24);
  const waffle = std('#e0a548', { roughness: 0.7 });
  for (let i = 0; i < 5; i++) {
    const h = mesh(new THREE.CylinderGeometry(0.06, 0.06, 0.02, 3), waffle, 1.1 + 0.07 * Math.cos(i * 1.2566), 1.09, -3.95 + 0.07 * Math.sin(i * 1.2566), scene);
    h.rotation.y = -i * 1.2566;
  }
  for (let i = 0; i < 4; i++) cup(scene, 1.5 + (i % 2) * 0.1, 1.07 + Math.floor(i / 2) * 0.1, -4.15, '#f5f5f5', '#ffffff');
  box(0.35, 0.25, 0.3, std('#3d4451'), 1.75, 1.06, -3.95, scene);
  // shelves behind the counter
  for (const y of [1.55, 1.95]) {
    box(3.6, 0.04, 0.28, wood, -0.6, y, -4.86, scene);
    for (let i = 0; i < 10; i++) {
      const c = R.pick(['#ffffff', '#e76f51', '#2a9d8f', '#e9c46a', '#f4a261']);
      if (i % 3 === 0) cyl(0.07, 0.07, 0.22, std(c, { roughness: 0.3 }), -2.2 + i * 0.36, y + 0.04, -4.86, scene, 16);
      else cup(scene, -2.2 + i * 0.36, y + 0.05, -4.86, c, c);
    }
  }
  // menu boards (chalk)
  const chalk = (title, rows) =>
    signTex(1024, 640, '#26332f', [
      { text: title, size: 92, y: 0.17, color: '#ffe9a8' },
      ...rows.map((r, i) => ({ text: r, size: 64, y: 0.38 + i * 0.145, color: '#f4f4ee', weight: 400 })),
    ], { border: '#8b5a2b' });
  const menu1 = plane(1.6, 1.0, new THREE.MeshStandardMaterial({ map: chalk('KAFÉ · CAFÉ', ['kaffe · coffee', 'te · tea', 'kakao · hot chocolate', 'vafler · waffles']), roughness: 0.9 }), scene);
  menu1.position.set(-1.4, 2.55, -4.97);
  const menu2 = plane(1.6, 1.0, new THREE.MeshStandardMaterial({ map: chalk('I DAG · TODAY', ['Språkkafé', 'Language café', 'Alle er velkomne!', 'Everyone is welcome!']), roughness: 0.9 }), scene);
  menu2.position.set(0.6, 2.55, -4.97);
  pendant(scene, -1.8, -3.8, H, 0.9, '#e9c46a', 5);
  pendant(scene, -0.4, -3.8, H, 0.9, '#e76f51', 5);
  pendant(scene, 1.0, -3.8, H, 0.9, '#2a9d8f', 5);
  // the reader's own table, with two cups and a conversation card
  roundTable(scene, 0, -0.95);
  cup(scene, -0.18, 0.77, -1.1);
  cup(scene, 0.22, 0.77, -0.78, '#e9c46a', '#c98f5a');
  const cardTex = signTex(512, 320, '#ffffff', [
    { text: 'Hei! Hva heter du?', size: 50, y: 0.34, color: '#1d3557' },
    { text: 'Hi! What’s your name?', size: 42, y: 0.66, color: '#1f7a8c', weight: 400 },
  ], { radius: 30 });
  const card = box(0.32, 0.004, 0.2, new THREE.MeshStandardMaterial({ map: cardTex, roughness: 0.8 }), 0.02, 0.76, -0.98, scene);
  card.material = [std('#ffffff'), std('#ffffff'), new THREE.MeshStandardMaterial({ map: cardTex }), std('#ffffff'), std('#ffffff'), std('#ffffff')];
  card.rotation.y = 0.12;
  chair(scene, 0, -1.75, 0, '#e76f51');
  chair(scene, 0.9, -1.45, -PI / 2 - 0.5, '#2a9d8f');
  // ceiling beams
  for (let x = -5.25; x <= 5.3; x += 1.5) box(0.16, 0.22, 9.5, std('#c89a68'), x, H - 0.22, -0.25, scene, { shadow: false });
  // other tables
  const tables = [[-3.4, -1.6, '#e9c46a'], [3.3, -2.2, '#2a9d8f'], [-3.2, 2.2, '#e76f51'], [2.8, 2.3, '#e9c46a']];
  for (const [tx, tz, c] of tables) {
    roundTable(scene, tx, tz);
    for (let k = 0; k < 3; k++) {
      const a = k * 2.1 + R.range(0, 0.5);
      chair(scene, tx + 0.78 * Math.sin(a), tz + 0.78 * Math.cos(a), a + PI, c);
    }
    cup(scene, tx + R.range(-0.2, 0.2), 0.77, tz + R.range(-0.2, 0.2));
    pendant(scene, tx, tz, H, 0.8, c, 4);
  }
  // windows on the left wall (yaw -90)
  for (const z of [-3.0, -0.3, 2.4]) windowPane(scene, -5.97, 1.95, z, PI / 2, 1.7, 1.7, Math.round(z * 10) + 40);
  plant(scene, -5.4, -4.4, 1.6, R);
  plant(scene, -5.4, 1.05, 1.1, R, '#2a9d8f');
  plant(scene, 5.4, 3.9, 1.4, R);
  // right wall (yaw +90): shelves of books and games, a poster
  shelfUnit(scene, 5.8, -1.2, -PI / 2, 2.4, 2.0, 5, R);
  shelfUnit(scene, 5.8, 1.4, -PI / 2, 2.0, 2.0, 5, R);
  const poster = plane(1.4, 0.9, new THREE.MeshStandardMaterial({
    map: signTex(700, 450, '#ffd166', [
      { text: 'Snakk med meg!', size: 74, y: 0.3, color: '#1d3557' },
      { text: 'Talk to me!', size: 62, y: 0.55, color: '#1f7a8c' },
      { text: 'norsk · English · ?', size: 44, y: 0.8, color: '#1d3557', weight: 400 },
    ]), roughness: 0.9 }), scene);
  poster.position.set(5.97, 2.5, -1.2);
  poster.rotation.y = -PI / 2;
  // back wall (yaw 180): door, coats, noticeboard
  box(1.1, 2.2, 0.06, std('#2a6f7f'), 0, 0, 4.46, scene);
  const door = plane(0.7, 1.1, new THREE.MeshBasicMaterial({ map: outsideTex(77), color: col('#ffffff').multiplyScalar(1.3) }), scene);
  door.position.set(0, 1.45, 4.42);
  door.rotation.y = PI;
  box(0.2, 0.03, 0.06, std('#d4af37', { metalness: 0.8, roughness: 0.3 }), -0.38, 1.05, 4.4, scene);
  box(1.2, 0.9, 0.03, std('#c9a27a'), -2.6, 1.3, 4.47, scene);
  for (let i = 0; i < 6; i++) {
    const p = plane(0.28, 0.34, std(R.pick(['#ffffff', '#ffd166', '#bde0fe', '#ffc8dd'])), scene);
    p.position.set(-3.0 + (i % 3) * 0.38, 1.55 + Math.floor(i / 3) * 0.42, 4.44);
    p.rotation.set(0, PI, R.range(-0.08, 0.08));
  }
  box(1.4, 0.05, 0.1, wood, 2.4, 1.75, 4.42, scene);
  for (let i = 0; i < 3; i++) {
    const coat = mesh(new THREE.CapsuleGeometry(0.16, 0.6, 4, 10), std(['#e76f51', '#264653', '#e9c46a'][i]), 1.95 + i * 0.45, 1.3, 4.3, scene);
    coat.scale.z = 0.5;
  }
  scene.add(new THREE.HemisphereLight(col('#fff4e6'), col('#b08a68'), 1.5));
  const win = new THREE.DirectionalLight(col('#eaf4ff'), 1.4);
  win.position.set(-10, 6, 1);
  scene.add(win);
  return { scene, exposure: 1.05, eye: [0, 1.25, 0], heading: 0 };
}
