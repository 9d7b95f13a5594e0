// Town houses: painted facades (windows, shutters, shops, doors), gable roofs and the house
// bodies behind them.
import * as THREE from 'three';
import { boxG, paint, polyGeom, V3 } from './geometry.js';
import { DEG, hexRgb, mixRgb, mulRgb } from './maths.js';
import { Painter } from './textures.js';

const WALL_PALETTE = [
  0xe8c9a0, 0xd98f5f, 0xf0dca8, 0xc96f4f, 0xe6b86a, 0xd4a276, 0xf2e3c6, 0xb9785a, 0xe3a77f, 0xcfb48a, 0xa9b79a, 0xd7c2a3,
].map(hexRgb);
const SHUTTER_PALETTE = [0x4f6e4a, 0x3e5f7a, 0x7a4b33, 0x6b7f5a, 0x35545e, 0x8a6a3c].map(hexRgb);
const FLOWER_PALETTE = [0xd6314a, 0xe86a8e, 0xf2f0ea, 0xb55ab8, 0xf08a3c, 0xe8d23a].map(hexRgb);

// Paints a facade texture of w x h metres. Returns {map, doorX}.
function facadeTexture(rng, w, h, { floors, groundH, floorH, wall, shop, shutters }) {
  const PPM = 40;
  const W = Math.round(w * PPM);
  const H = Math.round(h * PPM);
  const p = new Painter(W, H, wall);
  const M = (m) => m * PPM;
  const trim = mixRgb(wall, [245, 240, 228], 0.6);
  const stone = mixRgb(mulRgb(wall, 0.75), [150, 140, 130], 0.6);
  p.noise(rng.int(1, 1e6), 24, 0.1);
  p.noise(rng.int(1, 1e6), 4, 0.05);
  // grime toward the ground and under the roof
  for (let y = 0; y < H; y++) {
    const t = y / H;
    const k = 1 - 0.12 * Math.exp(-t * 9) - 0.08 * Math.exp(-(1 - t) * 30);
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4;
      p.d[i] *= k;
      p.d[i + 1] *= k;
      p.d[i + 2] *= k;
    }
  }
  // plinth
  p.rect(0, 0, W, M(0.55), stone);
  p.noise(rng.int(1, 1e6), 6, 0.12, 0, 0, W, M(0.55));
  // corner quoins
  if (rng.chance(0.5)) {
    for (let y = 0.55, i = 0; y < h - 0.6; y += 0.45, i++) {
      const qw = i % 2 ? 0.5 : 0.75;
      p.rect(0, M(y), M(qw), M(y + 0.4), trim);
      p.rect(W - M(qw), M(y), W, M(y + 0.4), trim);
    }
  }
  // floor bands and the top cornice
  for (let f = 0; f < floors; f++) {
    const y = groundH + f * floorH;
    p.rect(0, M(y - 0.1), W, M(y + 0.12), trim);
    p.rect(0, M(y - 0.16), W, M(y - 0.1), mulRgb(wall, 0.7), 0.5);
  }
  p.rect(0, H - M(0.55), W, H, trim);
  p.rect(0, H - M(0.62), W, H - M(0.55), mulRgb(wall, 0.6), 0.6);
  const bays = Math.max(2, Math.round(w / 2.5));
  const bw = w / bays;
  const glassTop = [150, 170, 190];
  const glassBot = [50, 62, 78];
  const frame = rng.chance(0.7) ? [238, 234, 224] : mulRgb(rng.pick(SHUTTER_PALETTE), 1.1);
  const shutterC = rng.pick(SHUTTER_PALETTE);
  const winW = Math.min(1.25, bw * 0.5);
  const winH = Math.min(1.7, floorH * 0.55);
  const flowerBoxes = rng.chance(0.6);
  function window(cx, y0, ww, wh, { shut = false, box = false, arch = false } = {}) {
    const x0 = cx - ww / 2;
    const x1 = cx + ww / 2;
    // surround
    p.rect(M(x0 - 0.12), M(y0 - 0.12), M(x1 + 0.12), M(y0 + wh + 0.15), trim);
    if (arch) p.rect(M(x0 - 0.12), M(y0 + wh + 0.15), M(x1 + 0.12), M(y0 + wh + 0.3), trim);
    // glass with sky reflection
    p.grad(M(x0), M(y0), M(x1), M(y0 + wh), glassBot, glassTop);
    for (let k = 0; k < 6; k++) {
      const t = (k + rng.next()) / 6;
      p.rect(M(x0 + t * ww * 0.5), M(y0 + wh * (0.35 + t * 0.4)), M(x0 + t * ww * 0.5 + ww * 0.3), M(y0 + wh * (0.38 + t * 0.4)), [200, 215, 225], 0.08);
    }
    // curtains
    if (rng.chance(0.5)) {
      const cc = rng.pick([[235, 230, 215], [200, 80, 70], [230, 210, 160]]);
      p.rect(M(x0), M(y0 + wh * 0.25), M(x0 + ww * 0.18), M(y0 + wh), cc, 0.55);
      p.rect(M(x1 - ww * 0.18), M(y0 + wh * 0.25), M(x1), M(y0 + wh), cc, 0.55);
    }
    // recess shadow (sun from upper left)
    p.rect(M(x0), M(y0 + wh - 0.1), M(x1), M(y0 + wh), [20, 20, 25], 0.45);
    p.rect(M(x0), M(y0), M(x0 + 0.07), M(y0 + wh), [20, 20, 25], 0.35);
    // frame & mullions
    const fw = 0.05;
    p.rect(M(x0), M(y0), M(x1), M(y0 + fw), frame);
    p.rect(M(x0), M(y0 + wh - fw), M(x1), M(y0 + wh), frame);
    p.rect(M(x0), M(y0), M(x0 + fw), M(y0 + wh), frame);
    p.rect(M(x1 - fw), M(y0), M(x1), M(y0 + wh), frame);
    p.rect(M(cx - fw / 2), M(y0), M(cx + fw / 2), M(y0 + wh), frame);
    p.rect(M(x0), M(y0 + wh * 0.68), M(x1), M(y0 + wh * 0.68 + fw), frame);
    // sill
    p.rect(M(x0 - 0.18), M(y0 - 0.14), M(x1 + 0.18), M(y0 - 0.02), mixRgb(trim, [255, 255, 255], 0.3));
    p.rect(M(x0 - 0.18), M(y0 - 0.22), M(x1 + 0.18), M(y0 - 0.14), mulRgb(wall, 0.6), 0.5);
    if (shut) {
      for (const sx of [-1, 1]) {
        const a = sx < 0 ? x0 - ww / 2 - 0.04 : x1 + 0.04;
        const b = a + ww / 2;
        p.rect(M(a), M(y0), M(b), M(y0 + wh), shutterC);
        for (let yy = y0 + 0.06; yy < y0 + wh; yy += 0.09) p.rect(M(a + 0.04), M(yy), M(b - 0.04), M(yy + 0.025), mulRgb(shutterC, 0.7));
        p.rect(M(a), M(y0), M(b), M(y0 + 0.04), mulRgb(shutterC, 0.6));
      }
    }
    if (box) {
      p.rect(M(x0 - 0.05), M(y0 - 0.02), M(x1 + 0.05), M(y0 + 0.22), [120, 70, 45]);
      for (let k = 0; k < 28; k++) {
        const fx = rng.range(x0, x1);
        const fy = y0 + 0.18 + rng.range(0, 0.22);
        const leaf = rng.chance(0.45);
        const c = leaf ? rng.pick([[60, 110, 45], [80, 130, 55]]) : rng.pick(FLOWER_PALETTE);
        p.ellipse(M(fx), M(fy), M(0.07), M(0.06), 0, c);
      }
    }
  }
  // upper floors
  for (let f = 0; f < floors; f++) {
    const y0 = groundH + f * floorH + 0.85;
    for (let b = 0; b < bays; b++) {
      window((b + 0.5) * bw, y0, winW, winH, { shut: shutters, box: flowerBoxes && rng.chance(0.55), arch: f === 0 });
    }
  }
  // ground floor
  const doorBay = rng.int(0, bays - 1);
  for (let b = 0; b < bays; b++) {
    const cx = (b + 0.5) * bw;
    if (b === doorBay) {
      const dw = 1.15;
      const dh = Math.min(2.5, groundH - 0.6);
      p.rect(M(cx - dw / 2 - 0.18), 0, M(cx + dw / 2 + 0.18), M(dh + 0.2), stone);
      const dc = rng.pick([[92, 58, 38], [60, 80, 70], [110, 45, 40], [55, 70, 95]]);
      p.rect(M(cx - dw / 2), 0, M(cx + dw / 2), M(dh), dc);
      p.noise(rng.int(1, 1e6), 3, 0.15, M(cx - dw / 2), 0, M(cx + dw / 2), M(dh));
      for (const px of [-0.27, 0.27]) {
        for (const [py0, py1] of [
          [0.2, 1.0],
          [1.2, dh - 0.2],
        ]) {
          p.rect(M(cx + px - 0.2), M(py0), M(cx + px + 0.2), M(py1), mulRgb(dc, 0.75));
          p.rect(M(cx + px - 0.2), M(py1 - 0.04), M(cx + px + 0.2), M(py1), mulRgb(dc, 0.5));
        }
      }
      p.rect(M(cx + 0.4), M(1.0), M(cx + 0.46), M(1.1), [200, 170, 80]);
      p.rect(M(cx - dw / 2 - 0.25), M(dh + 0.2), M(cx + dw / 2 + 0.25), M(dh + 0.4), trim);
    } else if (shop) {
      const sw = bw * 0.78;
      const sh = groundH - 1.3;
      p.rect(M(cx - sw / 2 - 0.1), M(0.45), M(cx + sw / 2 + 0.1), M(0.55 + sh + 0.1), mulRgb(frame, 0.8));
      p.grad(M(cx - sw / 2), M(0.55), M(cx + sw / 2), M(0.55 + sh), [45, 45, 50], [120, 130, 140]);
      // goods behind the glass
      for (let k = 0; k < 10; k++) {
        const gx = rng.range(cx - sw / 2 + 0.1, cx + sw / 2 - 0.3);
        const gy = rng.range(0.6, 1.2);
        p.rect(M(gx), M(gy), M(gx + rng.range(0.1, 0.3)), M(gy + rng.range(0.1, 0.45)), rng.pick(FLOWER_PALETTE.concat([[200, 180, 140]])), 0.5);
      }
      p.rect(M(cx - 0.03), M(0.55), M(cx + 0.03), M(0.55 + sh), mulRgb(frame, 0.8));
    } else {
      window(cx, 1.1, winW, Math.min(1.8, groundH - 1.6), {});
    }
  }
  if (shop) {
    // sign board
    const sc = rng.pick([[40, 60, 50], [90, 40, 35], [35, 50, 80], [70, 50, 30]]);
    p.rect(M(0.4), M(groundH - 0.65), W - M(0.4), M(groundH - 0.2), sc);
    for (let x = 0.9; x < w - 1.2; x += rng.range(0.18, 0.3)) {
      if (rng.chance(0.15)) continue;
      p.rect(M(x), M(groundH - 0.55), M(x + 0.12), M(groundH - 0.3), [230, 215, 170], 0.85);
    }
  }
  return { map: p.texture(), doorBay, bays, bw };
}

// Gable roof over a w x d footprint (front at z = 0, body to z = -d), walls h high.
export function gableRoofGeoms(w, d, h, pitch, over = 0.45, side = 0.3) {
  const rise = (d / 2) * Math.tan(pitch);
  const drop = over * Math.tan(pitch);
  const x0 = -w / 2 - side;
  const x1 = w / 2 + side;
  const slope = Math.hypot(d / 2 + over, rise + drop);
  const front = {
    p: [V3(x0, h - drop, over), V3(x1, h - drop, over), V3(x1, h + rise, -d / 2), V3(x0, h + rise, -d / 2)],
    uv: [
      [x0, 0],
      [x1, 0],
      [x1, slope],
      [x0, slope],
    ],
  };
  const back = {
    p: [V3(x1, h - drop, -d - over), V3(x0, h - drop, -d - over), V3(x0, h + rise, -d / 2), V3(x1, h + rise, -d / 2)],
    uv: [
      [x1, 0],
      [x0, 0],
      [x0, slope],
      [x1, slope],
    ],
  };
  const gables = [-1, 1].map((sx) => ({
    p:
      sx < 0
        ? [V3(-w / 2, h, -d), V3(-w / 2, h, 0), V3(-w / 2, h + rise, -d / 2)]
        : [V3(w / 2, h, 0), V3(w / 2, h, -d), V3(w / 2, h + rise, -d / 2)],
    uv: [
      [0, 0],
      [d / 4, 0],
      [d / 8, rise / 4],
    ],
  }));
  return { roof: polyGeom([front, back]), gables: polyGeom(gables), rise };
}

// A town house: facade at local z = 0 facing +Z, body toward -Z.
export function townHouse(group, batch, mats, rng, { w, d = 10, floors, roofKind }) {
  group.updateMatrixWorld(true);
  const b = { add: (m, g, c) => batch.add(m, g.applyMatrix4(group.matrixWorld), c) };
  const groundH = rng.range(3.6, 4.1);
  const floorH = rng.range(2.9, 3.2);
  const h = groundH + floors * floorH + 0.5;
  const wall = mixRgb(rng.pick(WALL_PALETTE), [255, 255, 255], rng.range(-0.05, 0.12));
  const shop = rng.chance(0.55);
  const fac = facadeTexture(rng, w, h, { floors, groundH, floorH, wall, shop, shutters: rng.chance(0.55) });
  const facadeMat = new THREE.MeshStandardMaterial({ map: fac.map, roughness: 0.9 });
  const sideMat = new THREE.MeshStandardMaterial({ map: mats.stucco, color: new THREE.Color().setRGB(...wall.map((c) => c / 255), THREE.SRGBColorSpace), roughness: 0.92 });
  sideMat.map = mats.stucco;
  const body = new THREE.Mesh(new THREE.BoxGeometry(w, h, d), [sideMat, sideMat, sideMat, sideMat, facadeMat, sideMat]);
  body.position.set(0, h / 2, -d / 2);
  body.castShadow = body.receiveShadow = true;
  group.add(body);
  const pitch = rng.range(32, 44) * DEG;
  const { roof, gables, rise } = gableRoofGeoms(w, d, h, pitch);
  const gm = new THREE.Mesh(gables, sideMat);
  gm.castShadow = gm.receiveShadow = true;
  group.add(gm);
  const rm = new THREE.Mesh(roof, roofKind === 'slate' ? mats.slate : mats.tile);
  rm.castShadow = rm.receiveShadow = true;
  group.add(rm);
  // eaves board
  b.add(mats.trimWood, boxG(w + 0.6, 0.18, 0.12, { y: h - 0.45 * Math.tan(pitch) - 0.05, z: 0.45 }), 0xffffff);
  // chimneys
  const nch = rng.int(1, 2);
  for (let i = 0; i < nch; i++) {
    const cx = rng.range(-w / 2 + 1, w / 2 - 1);
    const cz = -d / 2 + rng.range(-1.5, 1.5);
    const ch = rise + 1.2;
    b.add(mats.brick, boxG(0.7, ch, 0.6, { x: cx, y: h + ch / 2, z: cz }), 0xffffff);
    b.add(mats.stone, boxG(0.85, 0.12, 0.75, { x: cx, y: h + ch, z: cz }), 0xffffff);
  }
  // dormer
  if (rng.chance(0.4) && w > 6.5) {
    const dx = rng.range(-w / 4, w / 4);
    const dz = -d / 2 + 2.2;
    const yb = h + rise * 0.2;
    b.add(mats.stucco3, boxG(1.6, 1.6, 1.6, { x: dx, y: yb + 0.8, z: dz }), new THREE.Color().setRGB(...wall.map((c) => c / 255), THREE.SRGBColorSpace));
    b.add(mats.glassDark, boxG(0.8, 0.9, 0.05, { x: dx, y: yb + 0.8, z: dz + 0.81 }), 0xffffff);
    b.add(mats.trimWood, boxG(0.95, 0.08, 0.08, { x: dx, y: yb + 0.3, z: dz + 0.84 }), 0xffffff);
    b.add(roofKind === 'slate' ? mats.slateB : mats.tileB, boxG(1.9, 0.12, 2.0, { x: dx, y: yb + 1.75, z: dz + 0.1, rx: -0.35 }), 0xffffff);
  }
  // awning over a shop
  if (shop && rng.chance(0.8)) {
    const aw = w * 0.85;
    const stripe = rng.pick([
      [0xb8322d, 0xf2ebe0],
      [0x2f6b4a, 0xf2ebe0],
      [0x2d4f8a, 0xf0e6d0],
      [0xc07a2a, 0xf4ecd8],
    ]);
    // stripes as separate boxes so the colours stay crisp
    const parts = [];
    const n = Math.max(2, Math.round(aw / 0.5));
    for (let i = 0; i < n; i++) {
      const sg = boxG(aw / n, 0.05, 1.6, { x: -aw / 2 + (i + 0.5) * (aw / n), y: groundH - 0.45, z: 0.8, rx: 0.32 });
      paint(sg, i % 2 ? stripe[0] : stripe[1]);
      parts.push(sg);
      const vg = boxG(aw / n, 0.28, 0.03, { x: -aw / 2 + (i + 0.5) * (aw / n), y: groundH - 0.84, z: 1.55 });
      paint(vg, i % 2 ? stripe[0] : stripe[1]);
      parts.push(vg);
    }
    for (const pg of parts) b.add(mats.canvas, pg);
    for (const sx of [-1, 1]) b.add(mats.iron, boxG(0.04, 0.04, 1.6, { x: (sx * aw) / 2, y: groundH - 0.5, z: 0.8, rx: 0.32 }), 0xffffff);
  }
  return { h, rise, groundH, doorX: (fac.doorBay + 0.5) * fac.bw - w / 2 };
}
