// Textures of built surfaces: roofs, paving (cobbles, setts, plain stone), planks and boards,
// block walls, log walls and shingles.
import { clamp, lerp, mixRgb, mulRgb, PI, smoothstep } from './maths.js';
import { fbm, hash2, makeRng, vnoise } from './noise.js';
import { texFromFn, texPairFromFn } from './textures.js';

export function roofTexture(seed, kind) {
  const S = 512;
  const M = 4; // metres covered
  const rowH = kind === 'slate' ? 0.24 : 0.32;
  const tileW = kind === 'slate' ? 0.3 : 0.24;
  const base = kind === 'slate' ? [88, 96, 108] : [170, 82, 52];
  const rows = Math.round(M / rowH);
  const cols = Math.round(M / tileW);
  return texPairFromFn(S, S, (x, y, o) => {
    const fy = (y / S) * rows;
    const row = Math.floor(fy);
    const ty = fy - row;
    const fx = (x / S) * cols + (row % 2) * 0.5;
    const colI = Math.floor(fx);
    const tx = fx - colI;
    const h = hash2(((colI % cols) + cols) % cols, row, seed);
    let k = 0.78 + h * 0.35;
    // overlap shadow: the bottom of each row is darker (rows run uphill with v)
    const sh = 0.55 + 0.45 * smoothstep(0.0, 0.35, ty);
    let hgt = ty;
    if (kind !== 'slate') {
      const curve = Math.sin(tx * PI);
      k *= 0.8 + 0.25 * curve;
      hgt = ty * 0.6 + curve * 0.4;
    } else if (tx < 0.04) {
      k *= 0.6;
    }
    const n = 0.9 + fbm(x / 16, y / 16, seed + 9, S / 16, 3) * 0.2;
    const moss = kind === 'slate' ? 0 : clamp((fbm(x / 40, y / 40, seed + 3, S / 40, 3) - 0.62) * 3);
    const c = mixRgb(base, [96, 100, 60], moss * 0.5);
    o[0] = c[0] * k * sh * n;
    o[1] = c[1] * k * sh * n;
    o[2] = c[2] * k * sh * n;
    return hgt;
  });
}

export function cobbleTexture(seed, { size = 1024, cells = 20, palette, mortar = [70, 66, 60], dome = 0.35, jitter = 0.8 } = {}) {
  // jittered grid points (periodic)
  const pts = [];
  for (let j = 0; j < cells; j++) {
    for (let i = 0; i < cells; i++) {
      pts.push([i + 0.5 + (hash2(i, j, seed) - 0.5) * jitter, j + 0.5 + (hash2(i, j, seed + 1) - 0.5) * jitter]);
    }
  }
  return texPairFromFn(size, size, (x, y, o) => {
    const fx = (x / size) * cells;
    const fy = (y / size) * cells;
    const ci = Math.floor(fx);
    const cj = Math.floor(fy);
    let d1 = 9;
    let d2 = 9;
    let id = 0;
    for (let dj = -1; dj <= 1; dj++) {
      for (let di = -1; di <= 1; di++) {
        const ii = (((ci + di) % cells) + cells) % cells;
        const jj = (((cj + dj) % cells) + cells) % cells;
        const p = pts[jj * cells + ii];
        const px = ci + di + (p[0] - Math.floor(p[0]));
        const py = cj + dj + (p[1] - Math.floor(p[1]));
        const d = Math.hypot(fx - px, fy - py);
        if (d < d1) {
          d2 = d1;
          d1 = d;
          id = jj * cells + ii;
        } else if (d < d2) d2 = d;
      }
    }
    const edge = d2 - d1;
    const h = hash2(id, 7, seed);
    const stone = palette[Math.floor(h * palette.length)];
    const n = fbm(x / 6, y / 6, seed + 11, size / 6, 3);
    const body = smoothstep(0.03, 0.16, edge);
    const shade = 1 - dome * d1 * d1 + (n - 0.5) * 0.25;
    const k = shade * (0.9 + hash2(id, 3, seed) * 0.2);
    const m = mulRgb(mortar, 0.85 + n * 0.3);
    o[0] = lerp(m[0], stone[0] * k, body);
    o[1] = lerp(m[1], stone[1] * k, body);
    o[2] = lerp(m[2], stone[2] * k, body);
    return body * (1 - d1 * d1 * 0.6) * 0.9 + n * 0.1;
  });
}

// Granite setts laid in straight rows (periodic texture).
export function settTexture(seed, { size = 1024, rows = 22, palette, mortar = [92, 86, 78] } = {}) {
  const rng = makeRng(seed);
  const rowH = size / rows;
  const rowsStones = [];
  for (let r = 0; r < rows; r++) {
    const ws = [];
    let sum = 0;
    while (sum < size - rowH * 0.6) {
      const w = rowH * rng.range(0.85, 1.45);
      ws.push(w);
      sum += w;
    }
    const k = size / sum;
    const edges = [];
    let acc = rng.range(0, size);
    for (const w of ws) {
      edges.push(acc);
      acc += w * k;
    }
    rowsStones.push({ edges, off: edges[0] });
  }
  return texPairFromFn(size, size, (x, y, o) => {
    const r = Math.floor(y / rowH);
    const ty = (y - r * rowH) / rowH;
    const row = rowsStones[r];
    const xx = (((x - row.off) % size) + size) % size;
    let i;
    let start = 0;
    let end = 0;
    const n = row.edges.length;
    for (i = 0; i < n; i++) {
      start = row.edges[i] - row.off;
      end = i + 1 < n ? row.edges[i + 1] - row.off : size;
      if (xx >= start && xx < end) break;
    }
    const wpx = end - start;
    const tx = (xx - start) / wpx;
    // rounded-rectangle distance inside the stone, in pixels
    const dx = Math.min(tx, 1 - tx) * wpx;
    const dy = Math.min(ty, 1 - ty) * rowH;
    const corner = 6;
    const dd = dx < corner && dy < corner ? corner - Math.hypot(corner - dx, corner - dy) : Math.min(dx, dy);
    const id = r * 131 + i;
    const nse = fbm(x / 5, y / 5, seed + 11, size / 5, 3);
    const jag = (vnoise(x / 3, y / 3, seed + 17, size / 3) - 0.5) * 3;
    const body = smoothstep(1.5, 4.5, dd + jag);
    const stone = palette[Math.floor(hash2(id, 7, seed) * palette.length)];
    const cx = (tx - 0.5) * 2;
    const cy = (ty - 0.5) * 2;
    const domeK = 1 - 0.13 * (cx * cx + cy * cy) + 0.06 * (cy - cx) * 0.5;
    const k = domeK * (0.88 + hash2(id, 3, seed) * 0.2) * (0.86 + nse * 0.28);
    const m = mulRgb(mortar, 0.8 + nse * 0.35);
    o[0] = lerp(m[0], stone[0] * k, body);
    o[1] = lerp(m[1], stone[1] * k, body);
    o[2] = lerp(m[2], stone[2] * k, body);
    return body * (0.75 + 0.25 * (1 - (cx * cx + cy * cy) * 0.5)) * 0.92 + nse * 0.08;
  });
}

export function plainTexture(seed, scale = 24, amount = 0.12, size = 256) {
  return texFromFn(size, size, (x, y, o) => {
    const n = fbm(x / scale, y / scale, seed, size / scale, 4);
    const m = fbm(x / 3, y / 3, seed + 1, size / 3, 2);
    const k = 255 * (1 - amount + n * amount * 2 + (m - 0.5) * 0.06);
    o[0] = o[1] = o[2] = k;
  });
}

export function plankTexture(seed, { size = 512, metres = 2, plank = 0.2, gap = 0.012, base = [128, 100, 72], grey = 0.35 } = {}) {
  const ppm = size / metres;
  return texPairFromFn(size, size, (x, y, o) => {
    const fy = y / ppm / plank;
    const row = Math.floor(fy);
    const ty = fy - row;
    const segLen = 1.0 + hash2(row, 5, seed) * 1.5;
    const off = hash2(row, 9, seed) * 3;
    const fx = (x / ppm + off) / segLen;
    const seg = Math.floor(fx);
    const tx = fx - seg;
    const id = row * 37 + seg;
    const grain = fbm(x / 40, y / 2.5, seed + (id % 7), 1 << 20, 3);
    const k = (0.78 + hash2(id, 1, seed) * 0.3) * (0.82 + grain * 0.36);
    const g = grey * (0.6 + hash2(id, 2, seed) * 0.8);
    const c = mixRgb(base, [150, 146, 138], g);
    const gapPx = gap / plank;
    const inGap = ty < gapPx || ty > 1 - gapPx || tx * segLen * ppm < 1.5;
    const edge = smoothstep(0, 0.08, Math.min(ty, 1 - ty));
    const kk = inGap ? 0.25 : k * (0.8 + 0.2 * edge);
    o[0] = c[0] * kk;
    o[1] = c[1] * kk;
    o[2] = c[2] * kk;
    return inGap ? 0 : 0.6 + grain * 0.4;
  });
}

export function boardTexture(seed, { size = 256, metres = 2, board = 0.18 } = {}) {
  // light painted vertical boards; tinted with material colour
  const ppm = size / metres;
  return texFromFn(size, size, (x, y, o) => {
    const fx = x / ppm / board;
    const col2 = Math.floor(fx);
    const tx = fx - col2;
    const grain = fbm(x / 3, y / 30, seed + col2, 1 << 20, 3);
    let k = 0.86 + grain * 0.16 + (hash2(col2, 1, seed) - 0.5) * 0.08;
    if (tx < 0.06) k *= 0.55;
    else if (tx < 0.14) k *= 1.07;
    const peel = fbm(x / 10, y / 10, seed + 3, 1 << 20, 3) > 0.68 ? 0.82 : 1;
    o[0] = o[1] = o[2] = 240 * k * peel;
  });
}

export function blockWallTexture(seed, { size = 512, metres = 4, rowH = 0.5, base = [150, 142, 128] } = {}) {
  const ppm = size / metres;
  const rows = Math.round(metres / rowH);
  return texPairFromFn(size, size, (x, y, o) => {
    const fy = (y / size) * rows;
    const row = Math.floor(fy);
    const ty = fy - row;
    const blockW = 0.9;
    const cols = Math.round(metres / blockW);
    const fx = (x / size) * cols + (row % 2) * 0.5;
    const c2 = Math.floor(fx);
    const tx = fx - c2;
    const id = row * 31 + (((c2 % cols) + cols) % cols);
    const n = fbm(x / 12, y / 12, seed, size / 12, 4);
    const e = Math.min(tx * blockW * ppm, (1 - tx) * blockW * ppm, ty * rowH * ppm, (1 - ty) * rowH * ppm);
    const body = smoothstep(1, 4, e);
    const k = (0.8 + hash2(id, 1, seed) * 0.3) * (0.8 + n * 0.4);
    const c = mixRgb([70, 66, 60], mulRgb(base, k), body);
    o[0] = c[0];
    o[1] = c[1];
    o[2] = c[2];
    return body * (0.7 + n * 0.3);
  });
}

export function logWallTexture(seed, { size = 512, metres = 4, logD = 0.26 } = {}) {
  const ppm = size / metres;
  return texPairFromFn(size, size, (x, y, o) => {
    const fy = y / ppm / logD;
    const row = Math.floor(fy);
    const ty = fy - row;
    const round = Math.sin(ty * PI);
    const grain = fbm(x / 50, y / 3, seed + row, 1 << 20, 3);
    const k = (0.35 + 0.65 * Math.pow(round, 0.6)) * (0.8 + grain * 0.35) * (0.85 + hash2(row, 1, seed) * 0.25);
    const c = [128, 92, 60];
    const chink = ty < 0.06 || ty > 0.94;
    o[0] = chink ? 150 : c[0] * k;
    o[1] = chink ? 140 : c[1] * k;
    o[2] = chink ? 120 : c[2] * k;
    return chink ? 0.1 : round;
  });
}

export function shingleTexture(seed) {
  return texPairFromFn(512, 512, (x, y, o) => {
    const rows = 16;
    const fy = (y / 512) * rows;
    const row = Math.floor(fy);
    const ty = fy - row;
    const cols = 18;
    const fx = (x / 512) * cols + (row % 2) * 0.5 + hash2(row, 2, seed) * 0.3;
    const c2 = Math.floor(fx);
    const tx = fx - c2;
    const id = row * 41 + c2;
    const w = 0.8 + hash2(id, 5, seed) * 0.4;
    const k = (0.65 + hash2(id, 1, seed) * 0.35) * (0.5 + 0.5 * smoothstep(0, 0.4, ty)) * (tx < 0.05 * w ? 0.45 : 1) * (0.85 + fbm(x / 20, y / 3, seed, 512 / 20, 3) * 0.3);
    const base = mixRgb([110, 92, 72], [120, 124, 112], hash2(id, 3, seed) * 0.7);
    o[0] = base[0] * k;
    o[1] = base[1] * k;
    o[2] = base[2] * k;
    return ty;
  });
}
