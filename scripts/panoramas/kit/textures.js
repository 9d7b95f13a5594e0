// Procedural textures: fill a DataTexture pixel by pixel (texFromFn, texPairFromFn for colour +
// bump), or paint one with the tiny raster Painter (rects, gradients, ellipses, noise).
import * as THREE from 'three';
import { clamp, mixRgb } from './maths.js';
import { fbm } from './noise.js';
import { MAX_ANISO } from './renderer.js';

export function finishTexture(tex, { srgb = true, repeat = null, mips = true } = {}) {
  tex.colorSpace = srgb ? THREE.SRGBColorSpace : THREE.NoColorSpace;
  tex.wrapS = tex.wrapT = THREE.RepeatWrapping;
  if (repeat) tex.repeat.set(repeat[0], repeat[1]);
  tex.magFilter = THREE.LinearFilter;
  tex.minFilter = mips ? THREE.LinearMipmapLinearFilter : THREE.LinearFilter;
  tex.generateMipmaps = mips;
  tex.anisotropy = MAX_ANISO;
  tex.needsUpdate = true;
  return tex;
}
// Fills a w x h RGBA texture from fn(x, y, out) where out = [r, g, b, a] (0..255).
// Row 0 is v = 0 (the bottom of the texture in three's UV space).
export function texFromFn(w, h, fn, opts = {}) {
  const data = new Uint8Array(w * h * 4);
  const out = [0, 0, 0, 255];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      out[3] = 255;
      fn(x, y, out);
      const i = (y * w + x) * 4;
      data[i] = clamp(out[0], 0, 255);
      data[i + 1] = clamp(out[1], 0, 255);
      data[i + 2] = clamp(out[2], 0, 255);
      data[i + 3] = clamp(out[3], 0, 255);
    }
  }
  return finishTexture(new THREE.DataTexture(data, w, h, THREE.RGBAFormat), opts);
}
// Two textures at once (colour + height for bump mapping) from fn(x, y, rgb) -> height 0..1.
export function texPairFromFn(w, h, fn, opts = {}) {
  const c = new Uint8Array(w * h * 4);
  const b = new Uint8Array(w * h * 4);
  const rgb = [0, 0, 0];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const ht = fn(x, y, rgb);
      const i = (y * w + x) * 4;
      c[i] = clamp(rgb[0], 0, 255);
      c[i + 1] = clamp(rgb[1], 0, 255);
      c[i + 2] = clamp(rgb[2], 0, 255);
      c[i + 3] = 255;
      b[i] = b[i + 1] = b[i + 2] = clamp(ht * 255, 0, 255);
      b[i + 3] = 255;
    }
  }
  return {
    map: finishTexture(new THREE.DataTexture(c, w, h, THREE.RGBAFormat), opts),
    bump: finishTexture(new THREE.DataTexture(b, w, h, THREE.RGBAFormat), { ...opts, srgb: false }),
  };
}

// A tiny raster painter for facades and foliage cards. Coordinates in pixels,
// y up from the bottom row (three's v = 0).
export class Painter {
  constructor(w, h, bg = [128, 128, 128], alpha = 255) {
    this.w = w;
    this.h = h;
    this.d = new Float32Array(w * h * 4);
    for (let i = 0; i < w * h; i++) {
      this.d[i * 4] = bg[0];
      this.d[i * 4 + 1] = bg[1];
      this.d[i * 4 + 2] = bg[2];
      this.d[i * 4 + 3] = alpha;
    }
  }
  rect(x0, y0, x1, y1, c, a = 1) {
    const xa = Math.max(0, Math.round(Math.min(x0, x1)));
    const xb = Math.min(this.w, Math.round(Math.max(x0, x1)));
    const ya = Math.max(0, Math.round(Math.min(y0, y1)));
    const yb = Math.min(this.h, Math.round(Math.max(y0, y1)));
    for (let y = ya; y < yb; y++) {
      for (let x = xa; x < xb; x++) this.blend(x, y, c, a);
    }
  }
  blend(x, y, c, a = 1) {
    const i = (y * this.w + x) * 4;
    const d = this.d;
    d[i] += (c[0] - d[i]) * a;
    d[i + 1] += (c[1] - d[i + 1]) * a;
    d[i + 2] += (c[2] - d[i + 2]) * a;
    if (c.length > 3) d[i + 3] += (c[3] - d[i + 3]) * a;
  }
  // vertical gradient rect
  grad(x0, y0, x1, y1, cBottom, cTop) {
    const ya = Math.round(y0);
    const yb = Math.round(y1);
    for (let y = ya; y < yb; y++) {
      const t = (y - ya) / Math.max(1, yb - ya - 1);
      this.rect(x0, y, x1, y + 1, mixRgb(cBottom, cTop, t));
    }
  }
  // filled rotated ellipse
  ellipse(cx, cy, rx, ry, rot, c, a = 1) {
    const r = Math.max(rx, ry);
    const cs = Math.cos(rot);
    const sn = Math.sin(rot);
    for (let y = Math.max(0, Math.floor(cy - r)); y <= Math.min(this.h - 1, Math.ceil(cy + r)); y++) {
      for (let x = Math.max(0, Math.floor(cx - r)); x <= Math.min(this.w - 1, Math.ceil(cx + r)); x++) {
        const dx = x + 0.5 - cx;
        const dy = y + 0.5 - cy;
        const u = (dx * cs + dy * sn) / rx;
        const v = (-dx * sn + dy * cs) / ry;
        const q = u * u + v * v;
        if (q <= 1) this.blend(x, y, c, a * clamp((1 - q) * 4));
      }
    }
  }
  // multiplicative noise over the whole image (or a region)
  noise(seed, scale, amount, x0 = 0, y0 = 0, x1 = this.w, y1 = this.h) {
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const n = fbm(x / scale, y / scale, seed, 1 << 20, 4) - 0.5;
        const k = 1 + n * 2 * amount;
        const i = (y * this.w + x) * 4;
        this.d[i] *= k;
        this.d[i + 1] *= k;
        this.d[i + 2] *= k;
      }
    }
  }
  texture(opts = {}) {
    const u8 = new Uint8Array(this.w * this.h * 4);
    for (let i = 0; i < u8.length; i++) u8[i] = clamp(Math.round(this.d[i]), 0, 255);
    return finishTexture(new THREE.DataTexture(u8, this.w, this.h, THREE.RGBAFormat), opts);
  }
}
