// Seeded randomness and value noise. Everything in a panorama comes from these, seeded per place,
// so the same code always paints the same picture.
import { lerp, smooth } from './maths.js';

function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export function makeRng(seed) {
  const r = mulberry32(seed);
  const rng = {
    next: r,
    range: (a, b) => a + (b - a) * r(),
    int: (a, b) => Math.floor(a + (b - a + 1) * r()),
    pick: (arr) => arr[Math.floor(r() * arr.length)],
    chance: (p) => r() < p,
    sym: (a) => (r() * 2 - 1) * a,
  };
  return rng;
}
export function hash2(ix, iy, seed) {
  let h = (Math.imul(ix, 374761393) + Math.imul(iy, 668265263) + Math.imul(seed, 144665)) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
function hash3(ix, iy, iz, seed) {
  return hash2(ix + Math.imul(iz, 9176), iy - Math.imul(iz, 3371), seed);
}

// periodic 2D value noise: period p (integer) in lattice units
export function vnoise(x, y, seed, p = 1 << 20) {
  const ix = Math.floor(x);
  const iy = Math.floor(y);
  const fx = smooth(x - ix);
  const fy = smooth(y - iy);
  const x0 = ((ix % p) + p) % p;
  const y0 = ((iy % p) + p) % p;
  const x1 = (x0 + 1) % p;
  const y1 = (y0 + 1) % p;
  return lerp(
    lerp(hash2(x0, y0, seed), hash2(x1, y0, seed), fx),
    lerp(hash2(x0, y1, seed), hash2(x1, y1, seed), fx),
    fy,
  );
}
// fractal sum of `oct` octaves of vnoise, each twice as fine and `gain` times as strong, each with
// its own seed (seed + i * seedStep)
export function fbm(x, y, seed, p = 1 << 20, oct = 5, gain = 0.5, seedStep = 101) {
  let s = 0;
  let a = 1;
  let n = 0;
  let f = 1;
  for (let i = 0; i < oct; i++) {
    s += a * vnoise(x * f, y * f, seed + i * seedStep, p * f);
    n += a;
    a *= gain;
    f *= 2;
  }
  return s / n;
}
function vnoise3(x, y, z, seed) {
  const ix = Math.floor(x);
  const iy = Math.floor(y);
  const iz = Math.floor(z);
  const fx = smooth(x - ix);
  const fy = smooth(y - iy);
  const fz = smooth(z - iz);
  const c = (dx, dy, dz) => hash3(ix + dx, iy + dy, iz + dz, seed);
  return lerp(
    lerp(lerp(c(0, 0, 0), c(1, 0, 0), fx), lerp(c(0, 1, 0), c(1, 1, 0), fx), fy),
    lerp(lerp(c(0, 0, 1), c(1, 0, 1), fx), lerp(c(0, 1, 1), c(1, 1, 1), fx), fy),
    fz,
  );
}
export function fbm3(x, y, z, seed, oct = 3) {
  let s = 0;
  let a = 1;
  let n = 0;
  let f = 1;
  for (let i = 0; i < oct; i++) {
    s += a * vnoise3(x * f, y * f, z * f, seed + i * 57);
    n += a;
    a *= 0.5;
    f *= 2;
  }
  return s / n;
}
