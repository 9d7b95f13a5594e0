// Rooms and what is in them: chairs, café tables and cups, pot plants, bookshelves full of books,
// pendant lamps, windows with a view, wooden floors and the room shell (floor, walls, ceiling).
import * as THREE from 'three';
import { canvasTex } from './canvas.js';
import { box, boxGeo, cyl, mesh, plane, std } from './low-poly.js';
import { col, PI } from './maths.js';
import { makeRng } from './noise.js';

export const WOOD = '#b98452';
export function chair(parent, x, z, ry, color) {
  const g = new THREE.Group();
  const m = std(color);
  box(0.44, 0.05, 0.44, m, 0, 0.44, 0, g);
  box(0.44, 0.45, 0.05, m, 0, 0.49, 0.2, g);
  const leg = std('#3b3b3b', { metalness: 0.4, roughness: 0.5 });
  for (const [lx, lz] of [[-0.19, -0.19], [0.19, -0.19], [-0.19, 0.19], [0.19, 0.19]]) cyl(0.018, 0.018, 0.44, leg, lx, 0, lz, g, 8);
  g.position.set(x, 0, z);
  g.rotation.y = ry;
  parent.add(g);
  return g;
}
export function cup(parent, x, y, z, color = '#ffffff', drink = '#5a3a22') {
  cyl(0.045, 0.036, 0.09, std(color, { roughness: 0.35 }), x, y, z, parent, 20);
  cyl(0.041, 0.041, 0.005, std(drink, { roughness: 0.2 }), x, y + 0.08, z, parent, 20);
  cyl(0.075, 0.07, 0.01, std(color, { roughness: 0.35 }), x, y - 0.005, z, parent, 24);
  const handle = mesh(new THREE.TorusGeometry(0.025, 0.008, 8, 16), std(color, { roughness: 0.35 }), x + 0.055, y + 0.05, z, parent);
  handle.rotation.y = 0;
}
export function roundTable(parent, x, z, top = '#d9b48a') {
  cyl(0.5, 0.5, 0.04, std(top, { roughness: 0.6 }), x, 0.72, z, parent, 40);
  cyl(0.04, 0.04, 0.72, std('#333333', { metalness: 0.5, roughness: 0.4 }), x, 0, z, parent, 12);
  cyl(0.25, 0.28, 0.03, std('#333333', { metalness: 0.5, roughness: 0.4 }), x, 0, z, parent, 24);
}
export function plant(parent, x, z, h, R, pot = '#c8643c') {
  cyl(0.22, 0.16, 0.4, std(pot), x, 0, z, parent, 20);
  const leaves = [std('#4e9a4b'), std('#3d7f3e'), std('#66b35a')];
  for (let i = 0; i < 9; i++) {
    const r = R.range(0.16, 0.28) * h;
    const b = mesh(new THREE.IcosahedronGeometry(r, 1), R.pick(leaves), x + R.range(-0.2, 0.2) * h, 0.4 + R.range(0.2, 0.9) * h, z + R.range(-0.2, 0.2) * h, parent);
    b.scale.set(1, 1.3, 1);
  }
}
export const BOOK_COLOURS = ['#c0392b', '#e67e22', '#f1c40f', '#27ae60', '#16a085', '#2980b9', '#8e44ad', '#2c3e50', '#d35400', '#7f8c8d', '#e84393', '#f5f0e1', '#1e6f5c', '#a0522d'];
/** A shelf unit along local X (width w), books facing +Z. */
export function shelfUnit(parent, x, z, ry, w, h, levels, R, frame = '#8b5a2b') {
  const g = new THREE.Group();
  const fm = std(frame);
  const depth = 0.34;
  box(0.04, h, depth, fm, -w / 2, 0, 0, g);
  box(0.04, h, depth, fm, w / 2, 0, 0, g);
  box(w, h, 0.02, fm, 0, 0, -depth / 2, g);
  const step = (h - 0.1) / levels;
  const books = [];
  for (let i = 0; i <= levels; i++) {
    const y = 0.05 + i * step;
    box(w, 0.03, depth, fm, 0, y - 0.03, 0, g);
    if (i === levels) break;
    let bx = -w / 2 + 0.04;
    while (bx < w / 2 - 0.08) {
      const bw = R.range(0.025, 0.06);
      const bh = Math.min(step - 0.05, R.range(0.17, 0.3));
      if (R.chance(0.06)) {
        bx += R.range(0.05, 0.15);
        continue;
      }
      books.push([bx + bw / 2, y + bh / 2, R.range(0.01, 0.05), bw, bh, R.pick(BOOK_COLOURS), R.chance(0.08) ? R.range(-0.2, 0.2) : 0]);
      bx += bw + 0.003;
    }
  }
  const inst = new THREE.InstancedMesh(boxGeo(1, 1, 1), std('#ffffff', { roughness: 0.7 }), books.length);
  const m4 = new THREE.Matrix4();
  const q = new THREE.Quaternion();
  const e = new THREE.Euler();
  books.forEach(([bx, by, bz, bw, bh, c, tilt], i) => {
    e.set(0, 0, tilt);
    q.setFromEuler(e);
    m4.compose(new THREE.Vector3(bx, by, bz), q, new THREE.Vector3(bw, bh, 0.24));
    inst.setMatrixAt(i, m4);
    inst.setColorAt(i, col(c));
  });
  inst.castShadow = true;
  inst.receiveShadow = true;
  g.add(inst);
  g.position.set(x, 0, z);
  g.rotation.y = ry;
  parent.add(g);
  return g;
}
export function pendant(parent, x, z, ceiling, drop, color, light = 6) {
  cyl(0.006, 0.006, drop, std('#222222'), x, ceiling - drop, z, parent, 6, { shadow: false });
  const shade = mesh(new THREE.ConeGeometry(0.24, 0.22, 28, 1, true), std(color, { side: THREE.DoubleSide }), x, ceiling - drop - 0.08, z, parent, { shadow: false });
  shade.castShadow = false;
  mesh(new THREE.SphereGeometry(0.07, 16, 12), new THREE.MeshBasicMaterial({ color: col('#fff2c4').multiplyScalar(4) }), x, ceiling - drop - 0.17, z, parent, { shadow: false, receive: false });
  const p = new THREE.PointLight(col('#ffd9a0'), light, 0, 2);
  p.position.set(x, ceiling - drop - 0.25, z);
  parent.add(p);
}
/** What you see through a window: sky, a hill, trees, a roof. */
export function outsideTex(seed) {
  const R = makeRng(seed);
  return canvasTex(512, 512, (g, w, h) => {
    const sky = g.createLinearGradient(0, 0, 0, h);
    sky.addColorStop(0, '#7fb8e6');
    sky.addColorStop(0.7, '#d9ecf7');
    g.fillStyle = sky;
    g.fillRect(0, 0, w, h);
    g.fillStyle = '#a9cf8f';
    g.beginPath();
    g.moveTo(0, h * 0.72);
    for (let x = 0; x <= w; x += 16) g.lineTo(x, h * (0.66 + 0.05 * Math.sin(x / 70 + seed)));
    g.lineTo(w, h);
    g.lineTo(0, h);
    g.fill();
    for (let i = 0; i < 7; i++) {
      g.fillStyle = R.pick(['#5f9e55', '#4d8a48', '#79b064']);
      g.beginPath();
      g.arc(R.range(0, w), h * R.range(0.6, 0.75), R.range(30, 70), 0, 2 * PI);
      g.fill();
    }
    g.fillStyle = '#c9d6c2';
    g.fillRect(0, h * 0.86, w, h * 0.14);
  });
}
export function windowPane(parent, x, y, z, ry, w, h, seed) {
  const g = new THREE.Group();
  const glass = new THREE.MeshBasicMaterial({ map: outsideTex(seed) });
  glass.color = col('#ffffff').multiplyScalar(1.6);
  const p = new THREE.Mesh(new THREE.PlaneGeometry(w, h), glass);
  g.add(p);
  const fm = std('#f7f4ee');
  const t = 0.07;
  box(w + 2 * t, t, 0.1, fm, 0, -h / 2 - t, 0.02, g);
  box(w + 2 * t, t, 0.1, fm, 0, h / 2, 0.02, g);
  box(t, h, 0.1, fm, -w / 2 - t / 2, -h / 2, 0.02, g);
  box(t, h, 0.1, fm, w / 2 + t / 2, -h / 2, 0.02, g);
  box(0.04, h, 0.06, fm, 0, -h / 2, 0.02, g);
  box(w, 0.04, 0.06, fm, 0, -0.02, 0.02, g);
  box(w + 0.3, 0.04, 0.22, fm, 0, -h / 2 - t - 0.04, 0.1, g);
  g.position.set(x, y, z);
  g.rotation.y = ry;
  parent.add(g);
  return g;
}
export function woodFloorTex(seed, base = [186, 140, 96]) {
  const R = makeRng(seed);
  return canvasTex(1024, 1024, (g, w, h) => {
    const rows = 8;
    const rh = h / rows;
    for (let r = 0; r < rows; r++) {
      let x = -R.range(0, 300);
      while (x < w) {
        const len = R.range(220, 420);
        const k = R.range(0.82, 1.1);
        g.fillStyle = `rgb(${base[0] * k},${base[1] * k},${base[2] * k})`;
        g.fillRect(x, r * rh, len, rh);
        g.globalAlpha = 0.08;
        for (let i = 0; i < 6; i++) {
          g.fillStyle = '#5a3a1e';
          g.fillRect(x, r * rh + R.range(0, rh), len, 1.5);
        }
        g.globalAlpha = 1;
        g.fillStyle = 'rgba(70,45,25,0.55)';
        g.fillRect(x, r * rh, 2, rh);
        x += len;
      }
      g.fillStyle = 'rgba(70,45,25,0.5)';
      g.fillRect(0, r * rh, w, 2);
    }
  }, { repeat: [1, 1] });
}

export function roomShell(scene, { x0, x1, z0, z1, height, floor, walls, ceiling = '#fbf8f2' }) {
  const fw = x1 - x0;
  const fd = z1 - z0;
  if (floor.map) floor.map.repeat.set(fw / 1.8, fd / 1.8);
  const fl = plane(fw, fd, floor, scene);
  fl.rotation.x = -PI / 2;
  fl.position.set((x0 + x1) / 2, 0, (z0 + z1) / 2);
  const ce = plane(fw, fd, std(ceiling), scene);
  ce.rotation.x = PI / 2;
  ce.position.set((x0 + x1) / 2, height, (z0 + z1) / 2);
  const mk = (w, color, x, z, ry) => {
    const p = plane(w, height, std(color), scene);
    p.position.set(x, height / 2, z);
    p.rotation.y = ry;
    // a skirting board
    const sk = box(w, 0.12, 0.02, std('#ffffff'), 0, 0, 0.01, null);
    sk.position.y = 0.06 - height / 2;
    p.add(sk);
    return p;
  };
  mk(fw, walls.front, (x0 + x1) / 2, z0, 0);
  mk(fw, walls.back, (x0 + x1) / 2, z1, PI);
  mk(fd, walls.left, x0, (z0 + z1) / 2, PI / 2);
  mk(fd, walls.right, x1, (z0 + z1) / 2, -PI / 2);
}
