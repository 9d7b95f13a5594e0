#!/usr/bin/env node
// Renders the five sample panoramas of Storyscape's built-in story
// ("The Town Square", "The Park Path", "The Harbour", "The Forest Clearing",
// "The Lookout Hill") with three.js inside headless Chromium and writes them as
// 4096x2048 equirectangular JPEGs (plus 512x256 thumbnails) to assets/sample/.
//
// Everything is procedural: geometry is built from three.js primitives,
// textures are painted into DataTextures from a seeded PRNG (mulberry32), and
// no external image is used, so the output is reproducible.
//
// Panorama convention (shared with the player and scripts/make-orientation-panorama.mjs):
//   image centre (u = 0.5) = yaw 0 = looking toward three.js -Z ("forward"),
//   u = 0.75 = yaw +90 = +X ("right"), top row = pitch +90 = +Y ("up").
//   dir(yaw, pitch) = (sin(yaw) cos(pitch), sin(pitch), -cos(yaw) cos(pitch))
//
// How: each place is rendered once into a cube map (CubeCamera at eye height
// 1.6 m above the origin), then a full-screen shader resamples the cube into the
// equirectangular image (2x2 supersampled, ACES tone mapping, sRGB) which the
// browser encodes as JPEG; the bytes come back to Node via page.evaluate.
//
// Usage:
//   node scripts/make-sample-panoramas.mjs            render all five
//   node scripts/make-sample-panoramas.mjs --only=square,hill
//   node scripts/make-sample-panoramas.mjs --check    also write
//        tests/fixtures/generated/quarters.png and verify the cube->equirect
//        pipeline against it at full size
//   --preview      quick low-resolution render (1024x512) into --out
//   --out=DIR      output directory (default assets/sample)
//   --cube=N       cube face size (default 2048)
//   --debug=LIST   development aids, comma-separated: cpu (print the browser's
//                  CPU seconds per place), noshadow, nocards, noinst, nograss
//
// Every run first renders a small direction-coloured sphere through the same
// cube->equirect pass and aborts if left/right/front/back come out wrong.
// SwiftShader renders on the CPU: all five take roughly 350 CPU seconds
// (about 3-4 minutes on two idle cores). Chromium comes from CHROMIUM_PATH or
// /usr/bin/chromium.

import { createServer } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import {
  QUARTER_COLOURS,
  quartersPixels,
  writeQuartersPng,
  DEFAULT_OUT as QUARTERS_OUT,
} from './make-orientation-panorama.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const THREE_DIR = join(ROOT, 'node_modules/three');

export const PLACES = ['square', 'park', 'harbour', 'forest', 'hill'];

// ---------------------------------------------------------------------------
// Browser side. This function is serialised with toString() and runs in the
// page, with the three.js module namespace and BufferGeometryUtils passed in.
// ---------------------------------------------------------------------------
function pageMain(THREE, BGU) {
  const PI = Math.PI;
  const DEG = PI / 180;
  const { mergeGeometries } = BGU;

  // ----- seeded randomness ------------------------------------------------
  function mulberry32(seed) {
    let a = seed >>> 0;
    return function () {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  function makeRng(seed) {
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
  function hash2(ix, iy, seed) {
    let h = (Math.imul(ix, 374761393) + Math.imul(iy, 668265263) + Math.imul(seed, 144665)) | 0;
    h = Math.imul(h ^ (h >>> 13), 1274126177);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  }
  function hash3(ix, iy, iz, seed) {
    return hash2(ix + Math.imul(iz, 9176), iy - Math.imul(iz, 3371), seed);
  }
  const smooth = (t) => t * t * (3 - 2 * t);
  const lerp = (a, b, t) => a + (b - a) * t;
  const clamp = (x, a = 0, b = 1) => (x < a ? a : x > b ? b : x);
  const smoothstep = (a, b, x) => smooth(clamp((x - a) / (b - a)));
  // periodic 2D value noise: period p (integer) in lattice units
  function vnoise(x, y, seed, p = 1 << 20) {
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
  function fbm(x, y, seed, p = 1 << 20, oct = 5, gain = 0.5) {
    let s = 0;
    let a = 1;
    let n = 0;
    let f = 1;
    for (let i = 0; i < oct; i++) {
      s += a * vnoise(x * f, y * f, seed + i * 101, p * f);
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
  function fbm3(x, y, z, seed, oct = 3) {
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

  // ----- renderer -----------------------------------------------------------
  const renderer = new THREE.WebGLRenderer({
    antialias: false,
    preserveDrawingBuffer: true,
    alpha: false,
    powerPreference: 'high-performance',
  });
  renderer.setPixelRatio(1);
  renderer.outputColorSpace = THREE.SRGBColorSpace;
  renderer.shadowMap.enabled = true;
  renderer.shadowMap.type = THREE.PCFShadowMap;
  const MAX_ANISO = Math.min(8, renderer.capabilities.getMaxAnisotropy());

  // ----- colours & textures -------------------------------------------------
  const hexRgb = (h) => [(h >> 16) & 255, (h >> 8) & 255, h & 255];
  const mixRgb = (a, b, t) => [lerp(a[0], b[0], t), lerp(a[1], b[1], t), lerp(a[2], b[2], t)];
  const mulRgb = (a, k) => [a[0] * k, a[1] * k, a[2] * k];
  const col = (h) => new THREE.Color(h);

  function finishTexture(tex, { srgb = true, repeat = null, mips = true } = {}) {
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
  function texFromFn(w, h, fn, opts = {}) {
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
  function texPairFromFn(w, h, fn, opts = {}) {
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
  class Painter {
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

  // ----- geometry helpers ---------------------------------------------------
  const V3 = (x, y, z) => new THREE.Vector3(x, y, z);
  // direction for a yaw/pitch in degrees, in the panorama convention
  const dirYaw = (yawDeg, pitchDeg = 0) =>
    V3(
      Math.sin(yawDeg * DEG) * Math.cos(pitchDeg * DEG),
      Math.sin(pitchDeg * DEG),
      -Math.cos(yawDeg * DEG) * Math.cos(pitchDeg * DEG),
    );
  // rotation.y that turns an object's local +Z toward the given yaw
  const facingYaw = (yawDeg) => PI - yawDeg * DEG;
  const yawOf = (x, z) => Math.atan2(x, -z) / DEG;

  function xf(geo, { x = 0, y = 0, z = 0, rx = 0, ry = 0, rz = 0, sx = 1, sy = 1, sz = 1 } = {}) {
    const m = new THREE.Matrix4().compose(
      V3(x, y, z),
      new THREE.Quaternion().setFromEuler(new THREE.Euler(rx, ry, rz, 'YXZ')),
      V3(sx, sy, sz),
    );
    geo.applyMatrix4(m);
    return geo;
  }
  const boxG = (w, h, d, o) => xf(new THREE.BoxGeometry(w, h, d), o);
  const cylG = (rt, rb, h, seg, o, open = false) => xf(new THREE.CylinderGeometry(rt, rb, h, seg, 1, open), o);
  // Vertex colours for merged geometry (all batched geometry carries them).
  function paint(geo, c, jitter = 0, rng = null) {
    const n = geo.attributes.position.count;
    const cc = c instanceof THREE.Color ? c : col(c);
    const arr = new Float32Array(n * 3);
    let k = 1;
    if (jitter && rng) k = 1 + rng.sym(jitter);
    for (let i = 0; i < n; i++) {
      arr[i * 3] = cc.r * k;
      arr[i * 3 + 1] = cc.g * k;
      arr[i * 3 + 2] = cc.b * k;
    }
    geo.setAttribute('color', new THREE.BufferAttribute(arr, 3));
    return geo;
  }
  // Builds a flat-shaded geometry from polygons {p: [Vector3...], uv: [[u, v]...]}.
  function polyGeom(polys) {
    const pos = [];
    const uvs = [];
    for (const poly of polys) {
      for (let i = 1; i + 1 < poly.p.length; i++) {
        for (const k of [0, i, i + 1]) {
          pos.push(poly.p[k].x, poly.p[k].y, poly.p[k].z);
          uvs.push(poly.uv[k][0], poly.uv[k][1]);
        }
      }
    }
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
    g.setAttribute('uv', new THREE.Float32BufferAttribute(uvs, 2));
    g.computeVertexNormals();
    return g;
  }
  // Collects geometry per material and merges it into one mesh each.
  class Batch {
    constructor() {
      this.groups = new Map();
    }
    add(material, geo, color = 0xffffff) {
      let g = geo.index ? geo.toNonIndexed() : geo;
      if (!g.attributes.uv) {
        g.setAttribute('uv', new THREE.Float32BufferAttribute(new Float32Array(g.attributes.position.count * 2), 2));
      }
      if (!g.attributes.color) paint(g, color);
      for (const k of Object.keys(g.attributes)) {
        if (!['position', 'normal', 'uv', 'color'].includes(k)) g.deleteAttribute(k);
      }
      g.morphAttributes = {};
      if (!this.groups.has(material)) this.groups.set(material, []);
      this.groups.get(material).push(g);
      return g;
    }
    flush(parent, { cast = true, receive = true } = {}) {
      for (const [material, geos] of this.groups) {
        material.vertexColors = true;
        const merged = mergeGeometries(geos, false);
        const mesh = new THREE.Mesh(merged, material);
        mesh.castShadow = material.userData.noCast ? false : cast;
        mesh.receiveShadow = receive;
        parent.add(mesh);
      }
      this.groups.clear();
    }
  }
  function stdMat(params) {
    return new THREE.MeshStandardMaterial({ roughness: 0.85, metalness: 0, ...params });
  }

  // ----- sky, light, fog ---------------------------------------------------
  const SKY_VERT = `
    varying vec3 vDir;
    void main() {
      vDir = normalize((modelMatrix * vec4(position, 0.0)).xyz);
      gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
    }`;
  const SKY_FRAG = `
    uniform vec3 sunDir, zenith, horizon, groundCol, sunCol, cloudCol, cloudShade;
    uniform float sunDisc, sunSize, glowAmt, hazeAmt, cloudCover, cloudScale, cloudSeed, cloudAmt;
    varying vec3 vDir;
    float h21(vec2 p) { vec3 p3 = fract(vec3(p.xyx) * 0.1031); p3 += dot(p3, p3.yzx + 33.33); return fract((p3.x + p3.y) * p3.z); }
    float vn(vec2 p) { vec2 i = floor(p); vec2 f = fract(p); vec2 u = f * f * (3.0 - 2.0 * f);
      return mix(mix(h21(i), h21(i + vec2(1.0, 0.0)), u.x), mix(h21(i + vec2(0.0, 1.0)), h21(i + vec2(1.0, 1.0)), u.x), u.y); }
    float fbm(vec2 p) { float s = 0.0; float a = 0.5; for (int i = 0; i < 6; i++) { s += a * vn(p); p = p * 2.03 + vec2(17.1, -3.7); a *= 0.5; } return s; }
    void main() {
      vec3 d = normalize(vDir);
      float h = d.y;
      float mu = dot(d, sunDir);
      float hz = max(h, 0.0);
      vec3 col = mix(horizon, zenith, pow(hz, 0.55));
      col = mix(col, horizon * 1.08, exp(-hz * 14.0) * hazeAmt);
      float m = max(mu, 0.0);
      col += sunCol * (pow(m, 5.0) * 0.22 + pow(m, 48.0) * 0.6 + pow(m, 900.0) * 2.0) * glowAmt;
      if (h < 0.0) col = mix(col, groundCol, smoothstep(0.0, 0.1, -h));
      float cov = 0.0;
      if (h > 0.0 && cloudAmt > 0.0) {
        vec2 p = d.xz / (h + 0.1) * cloudScale + cloudSeed;
        float n = fbm(p);
        cov = smoothstep(cloudCover, cloudCover + 0.28, n) * smoothstep(0.0, 0.16, h) * cloudAmt;
        float dens = fbm(p * 1.9 + 11.0);
        float lit = clamp(0.55 + 0.45 * mu - (dens - 0.5) * 0.9 - (n - cloudCover) * 0.6, 0.0, 1.0);
        vec3 cc = mix(cloudShade, cloudCol, lit);
        cc += sunCol * pow(m, 10.0) * 0.8 * (1.0 - cov);
        col = mix(col, cc, cov * 0.95);
      }
      float disc = smoothstep(cos(sunSize * 1.15), cos(sunSize * 0.85), mu);
      col += sunCol * disc * sunDisc * (1.0 - cov * 0.85);
      gl_FragColor = vec4(col, 1.0);
    }`;

  // Sets up sky dome, sun + hemisphere light, fog and the sky environment map.
  function setupEnvironment(scene, cfg) {
    const sunDir = dirYaw(cfg.sunYaw, cfg.sunElev);
    const uniforms = {
      sunDir: { value: sunDir },
      zenith: { value: col(cfg.zenith) },
      horizon: { value: col(cfg.horizon) },
      groundCol: { value: col(cfg.groundFar ?? cfg.horizon) },
      sunCol: { value: col(cfg.sunGlow ?? cfg.sunColor) },
      cloudCol: { value: col(cfg.cloudColor ?? 0xffffff) },
      cloudShade: { value: col(cfg.cloudShade ?? 0xaab4c4) },
      sunDisc: { value: cfg.sunDisc ?? 40 },
      sunSize: { value: (cfg.sunSize ?? 1.1) * DEG },
      glowAmt: { value: cfg.glow ?? 1 },
      hazeAmt: { value: cfg.haze ?? 0.6 },
      cloudCover: { value: cfg.cloudCover ?? 0.55 },
      cloudScale: { value: cfg.cloudScale ?? 1.6 },
      cloudSeed: { value: cfg.cloudSeed ?? 3.0 },
      cloudAmt: { value: cfg.clouds ?? 1 },
    };
    const skyMat = new THREE.ShaderMaterial({
      uniforms,
      vertexShader: SKY_VERT,
      fragmentShader: SKY_FRAG,
      side: THREE.BackSide,
      depthWrite: false,
      fog: false,
      toneMapped: false,
    });
    // drawn after everything opaque, so the (noise-heavy) sky shader only runs
    // where it is actually visible
    const sky = new THREE.Mesh(new THREE.SphereGeometry(9000, 64, 32), skyMat);
    sky.renderOrder = 10;
    sky.frustumCulled = false;
    scene.add(sky);

    // environment map from the sky alone (without the sun disc)
    const envScene = new THREE.Scene();
    const envMat = skyMat.clone();
    envMat.uniforms.sunDisc.value = 0;
    envMat.uniforms.sunDir.value = sunDir;
    const envSky = new THREE.Mesh(new THREE.SphereGeometry(50, 32, 16), envMat);
    envScene.add(envSky);
    if (cfg.envGround) {
      const g = new THREE.Mesh(
        new THREE.CircleGeometry(49, 32),
        new THREE.MeshBasicMaterial({ color: col(cfg.envGround) }),
      );
      g.rotation.x = -PI / 2;
      g.position.y = -2;
      envScene.add(g);
    }
    const pmrem = new THREE.PMREMGenerator(renderer);
    const envRT = pmrem.fromScene(envScene, 0.02, 0.1, 200);
    scene.environment = envRT.texture;
    scene.environmentIntensity = cfg.envIntensity ?? 0.6;
    pmrem.dispose();

    const hemi = new THREE.HemisphereLight(col(cfg.hemiSky ?? cfg.zenith), col(cfg.hemiGround ?? 0x6b5a45), cfg.hemi ?? 0.8);
    scene.add(hemi);

    const sun = new THREE.DirectionalLight(col(cfg.sunColor), cfg.sunIntensity ?? 3);
    const target = cfg.shadowCenter ?? V3(0, 0, 0);
    sun.position.copy(target).addScaledVector(sunDir, 400);
    sun.target.position.copy(target);
    scene.add(sun, sun.target);
    sun.castShadow = true;
    const L = cfg.shadowExtent ?? 60;
    sun.shadow.mapSize.set(cfg.shadowMap ?? 4096, cfg.shadowMap ?? 4096);
    Object.assign(sun.shadow.camera, { left: -L, right: L, top: L, bottom: -L, near: 200, far: 700 });
    sun.shadow.camera.updateProjectionMatrix();
    sun.shadow.bias = cfg.shadowBias ?? -0.0004;
    sun.shadow.normalBias = cfg.normalBias ?? 0.04;
    sun.shadow.radius = cfg.shadowRadius ?? 2.5;

    scene.fog = new THREE.FogExp2(col(cfg.fogColor ?? cfg.horizon), cfg.fogDensity ?? 0.004);
    scene.background = null;
    return { sunDir, sun, hemi, sky };
  }

  // ----- shared procedural textures -----------------------------------------
  function leafCardTexture(seed, palette, { size = 256, leaves = 70, leafLen = [16, 30], needle = false } = {}) {
    const rng = makeRng(seed);
    const avg = palette.reduce((a, c) => [a[0] + c[0] / palette.length, a[1] + c[1] / palette.length, a[2] + c[2] / palette.length], [0, 0, 0]);
    const p = new Painter(size, size, avg, 0);
    const cx = size / 2;
    const cy = size / 2;
    // twigs
    for (let i = 0; i < 5; i++) {
      const a = rng.range(0, 2 * PI);
      for (let t = 0; t < size * 0.42; t += 1) {
        p.ellipse(cx + Math.cos(a) * t, cy + Math.sin(a) * t, 1.6, 1.6, 0, [70, 55, 40, 255], 1);
      }
    }
    for (let i = 0; i < leaves; i++) {
      const r = Math.sqrt(rng.next()) * size * 0.42;
      const a = rng.range(0, 2 * PI);
      const x = cx + Math.cos(a) * r;
      const y = cy + Math.sin(a) * r;
      const len = rng.range(leafLen[0], leafLen[1]);
      const c = mulRgb(rng.pick(palette), rng.range(0.8, 1.15));
      const rot = a + rng.sym(0.9);
      if (needle) {
        p.ellipse(x, y, len, 2.2, rot, [...c, 255]);
      } else {
        p.ellipse(x, y, len * 0.5, len * 0.26, rot, [...c, 255]);
        p.ellipse(x + Math.cos(rot) * len * 0.1, y + Math.sin(rot) * len * 0.1, len * 0.32, len * 0.05, rot, [...mulRgb(c, 1.25), 255], 0.5);
      }
    }
    return p.texture();
  }

  function grassTuftTexture(seed, palette, size = 128) {
    const rng = makeRng(seed);
    const p = new Painter(size, size, palette[0], 0);
    for (let i = 0; i < 46; i++) {
      const x0 = rng.range(size * 0.15, size * 0.85);
      const lean = rng.sym(0.55);
      const hgt = rng.range(0.45, 0.98) * size;
      const w = rng.range(2.0, 3.8);
      const c = mulRgb(rng.pick(palette), rng.range(0.8, 1.15));
      for (let y = 0; y < hgt; y++) {
        const t = y / hgt;
        const x = x0 + lean * y * t;
        const ww = w * (1 - t * 0.9);
        p.rect(x - ww / 2, y, x + ww / 2 + 0.5, y + 1, [...mixRgb(mulRgb(c, 0.72), c, Math.min(1, t * 1.6)), 255]);
      }
    }
    return p.texture();
  }

  // ----- vegetation -----------------------------------------------------------
  // A broadleaf tree prototype: trunk+branches, inner blobs and leaf cards.
  function broadleafProto(seed, { height = 12, crown = 4.2, trunkR = 0.3, cards = 420, cardSize = 1.5, blobs = 8, squash = 0.8 } = {}) {
    const rng = makeRng(seed);
    const trunkParts = [];
    const crownY = height - crown * squash;
    const trunkH = crownY + crown * 0.3;
    trunkParts.push(cylG(trunkR * 0.6, trunkR, trunkH, 9, { y: trunkH / 2 }));
    trunkParts.push(cylG(trunkR * 1.05, trunkR * 1.5, 0.5, 9, { y: 0.2 }));
    const centres = [{ c: V3(0, crownY + crown * 0.22 * squash, 0), r: crown * 0.68 }];
    for (let i = 1; i < blobs; i++) {
      const a = ((i - 1) / (blobs - 1)) * 2 * PI + rng.sym(0.5);
      const r = crown * rng.range(0.45, 0.8);
      centres.push({
        c: V3(Math.cos(a) * r, crownY + rng.range(-0.5, 0.35) * crown * squash, Math.sin(a) * r),
        r: crown * rng.range(0.36, 0.55),
      });
    }
    for (const { c } of centres.slice(1)) {
      const base = V3(0, crownY - crown * squash * rng.range(0.2, 0.6), 0);
      const len = c.distanceTo(base);
      const g = cylG(trunkR * 0.2, trunkR * 0.45, len, 6, { y: len / 2 });
      const q = new THREE.Quaternion().setFromUnitVectors(V3(0, 1, 0), c.clone().sub(base).normalize());
      g.applyQuaternion(q);
      g.translate(base.x, base.y, base.z);
      trunkParts.push(g);
    }
    const trunk = mergeGeometries(trunkParts.map((g) => g.toNonIndexed()));
    const centre = V3(0, crownY, 0);
    // blobs
    const blobParts = [];
    for (const { c, r } of centres) {
      const g = new THREE.IcosahedronGeometry(r * 0.74, 2);
      const pos = g.attributes.position;
      for (let i = 0; i < pos.count; i++) {
        const v = V3(pos.getX(i), pos.getY(i), pos.getZ(i));
        const n = fbm3(v.x * 0.9 + c.x, v.y * 0.9 + c.y, v.z * 0.9 + seed, seed);
        v.multiplyScalar(0.8 + n * 0.45);
        v.y *= squash;
        pos.setXYZ(i, v.x + c.x, v.y + c.y, v.z + c.z);
      }
      const ng = g.index ? g.toNonIndexed() : g;
      const np = ng.attributes.position;
      const nrm = new Float32Array(np.count * 3);
      for (let i = 0; i < np.count; i++) {
        const v = V3(np.getX(i), np.getY(i), np.getZ(i)).sub(centre).normalize();
        nrm.set([v.x, v.y, v.z], i * 3);
      }
      ng.setAttribute('normal', new THREE.BufferAttribute(nrm, 3));
      blobParts.push(ng);
    }
    const blob = mergeGeometries(blobParts);
    // cards
    const pos = [];
    const nrm = [];
    const uv = [];
    const q = new THREE.Quaternion();
    for (let i = 0; i < cards; i++) {
      const { c, r } = rng.pick(centres);
      const dir = V3(rng.sym(1), rng.sym(1), rng.sym(1)).normalize();
      const p = c.clone().addScaledVector(dir, r * Math.pow(rng.next(), 0.35));
      p.y = c.y + (p.y - c.y) * squash;
      const s = cardSize * rng.range(0.75, 1.25);
      q.setFromEuler(new THREE.Euler(rng.range(0, PI), rng.range(0, 2 * PI), rng.range(0, PI)));
      const corners = [V3(-s, -s, 0), V3(s, -s, 0), V3(s, s, 0), V3(-s, s, 0)].map((v) => v.multiplyScalar(0.5).applyQuaternion(q).add(p));
      const n = p.clone().sub(centre);
      n.y += crown * 0.4;
      n.normalize();
      const uvs = [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ];
      for (const k of [0, 1, 2, 0, 2, 3]) {
        pos.push(corners[k].x, corners[k].y, corners[k].z);
        nrm.push(n.x, n.y, n.z);
        uv.push(uvs[k][0], uvs[k][1]);
      }
    }
    const card = new THREE.BufferGeometry();
    card.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
    card.setAttribute('normal', new THREE.Float32BufferAttribute(nrm, 3));
    card.setAttribute('uv', new THREE.Float32BufferAttribute(uv, 2));
    return { trunk, blob, card };
  }

  // Conifer prototype: trunk, stacked jagged cones and needle cards.
  function coniferProto(seed, { height = 14, radius = 2.6, layers = 7, cards = 220, cardSize = 1.3 } = {}) {
    const rng = makeRng(seed);
    const trunk = mergeGeometries([cylG(0.08, 0.3, height * 0.95, 8, { y: height * 0.475 }).toNonIndexed()]);
    const parts = [];
    const pos = [];
    const nrm = [];
    const uv = [];
    const base = height * 0.18;
    for (let i = 0; i < layers; i++) {
      const t = i / (layers - 1);
      const y0 = base + (height - base) * t * 0.82;
      const r = radius * (1 - t * 0.85) * rng.range(0.9, 1.1);
      const h = (height - base) * 0.32 * (1 - t * 0.4);
      const g = new THREE.ConeGeometry(r, h, 12, 3, true);
      const p = g.attributes.position;
      for (let k = 0; k < p.count; k++) {
        const x = p.getX(k);
        const z = p.getZ(k);
        const y = p.getY(k);
        const rr = Math.hypot(x, z);
        if (rr > 0.01) {
          const a = Math.atan2(z, x);
          const jag = 1 + (hash2(Math.round(a * 20), i, seed) - 0.5) * 0.35;
          p.setXYZ(k, x * jag, y - (rr / r) * h * 0.15 * (hash2(k, i, seed) * 0.8 + 0.2), z * jag);
        }
      }
      g.translate(0, y0 + h / 2, 0);
      g.computeVertexNormals();
      parts.push(g.index ? g.toNonIndexed() : g);
    }
    const blob = mergeGeometries(parts);
    const q = new THREE.Quaternion();
    for (let i = 0; i < cards; i++) {
      const t = Math.pow(rng.next(), 0.8);
      const y = base + (height - base) * t * 0.95;
      const r = radius * (1 - t * 0.9) * rng.range(0.6, 1.05);
      const a = rng.range(0, 2 * PI);
      const p = V3(Math.cos(a) * r, y, Math.sin(a) * r);
      const s = cardSize * rng.range(0.7, 1.2) * (1 - t * 0.4);
      q.setFromEuler(new THREE.Euler(rng.range(0, PI), rng.range(0, 2 * PI), rng.range(0, PI)));
      const corners = [V3(-s, -s, 0), V3(s, -s, 0), V3(s, s, 0), V3(-s, s, 0)].map((v) => v.multiplyScalar(0.5).applyQuaternion(q).add(p));
      const n = V3(Math.cos(a), 0.6, Math.sin(a)).normalize();
      const uvs = [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ];
      for (const k of [0, 1, 2, 0, 2, 3]) {
        pos.push(corners[k].x, corners[k].y, corners[k].z);
        nrm.push(n.x, n.y, n.z);
        uv.push(uvs[k][0], uvs[k][1]);
      }
    }
    const card = new THREE.BufferGeometry();
    card.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
    card.setAttribute('normal', new THREE.Float32BufferAttribute(nrm, 3));
    card.setAttribute('uv', new THREE.Float32BufferAttribute(uv, 2));
    return { trunk, blob, card };
  }

  function barkTexture(seed, base = [92, 74, 58]) {
    return texFromFn(128, 256, (x, y, o) => {
      const n = fbm(x / 10, y / 40, seed, 12.8 * 1, 4);
      const s = 0.65 + n * 0.6 + (vnoise(x / 3, y / 20, seed + 5, 128 / 3) - 0.5) * 0.3;
      o[0] = base[0] * s;
      o[1] = base[1] * s;
      o[2] = base[2] * s;
    });
  }

  // Materials for a tree prototype: bark, leafy inner volume and alpha-tested leaf cards.
  function foliageMats(palette, seed, { trunkMap = null, blobTint = 0.6, needle = false } = {}) {
    const leaves = leafCardTexture(seed, palette.map(hexRgb), needle ? { leaves: 160, leafLen: [10, 22], needle: true } : { leaves: 120, leafLen: [11, 21] });
    const blobMap = leaves.clone();
    blobMap.repeat.set(3, 3);
    blobMap.needsUpdate = true;
    return {
      trunk: new THREE.MeshStandardMaterial({ map: trunkMap ?? barkTexture(seed + 1), roughness: 0.95 }),
      blob: new THREE.MeshLambertMaterial({ map: blobMap, color: new THREE.Color(blobTint, blobTint, blobTint) }),
      card: new THREE.MeshLambertMaterial({ map: leaves, alphaTest: 0.5, side: THREE.DoubleSide }),
    };
  }

  // Plants instances of tree prototypes. items: [{x, z, s, ry, tint}]
  function plantTrees(scene, protos, items, mats) {
    const byProto = protos.map(() => []);
    for (const it of items) byProto[it.proto % protos.length].push(it);
    protos.forEach((proto, pi) => {
      // front to back from the viewer, so hidden leaves fail the depth test early
      const list = byProto[pi].slice().sort((p, q) => Math.hypot(p.x, p.z) - Math.hypot(q.x, q.z));
      if (!list.length) return;
      const parts = [
        [proto.trunk, mats.trunk, 0],
        [proto.blob, mats.blob, 0],
        [proto.card, mats.card, 1],
      ];
      for (const [geo, m, order] of parts) {
        const im = new THREE.InstancedMesh(geo, m, list.length);
        im.renderOrder = order;
        const mtx = new THREE.Matrix4();
        list.forEach((it, i) => {
          mtx.compose(V3(it.x, it.y ?? 0, it.z), new THREE.Quaternion().setFromEuler(new THREE.Euler(0, it.ry ?? 0, it.lean ?? 0)), V3(it.s, it.s * (it.sy ?? 1), it.s));
          im.setMatrixAt(i, mtx);
          const t = it.tint ?? 1;
          im.setColorAt(i, new THREE.Color(t, t * (it.tintG ?? 1), t * (it.tintB ?? 1)));
        });
        im.castShadow = true;
        im.receiveShadow = true;
        im.computeBoundingSphere();
        scene.add(im);
      }
    });
  }

  // Grass tufts (crossed alpha-tested cards), only near the viewer.
  function plantGrass(scene, rng, tex, { count = 2500, rMin = 0.6, rMax = 18, size = [0.25, 0.5], accept = () => true, color = 0xffffff, y = 0 } = {}) {
    const pos = [];
    const nrm = [];
    const uv = [];
    let placed = 0;
    let tries = 0;
    while (placed < count && tries < count * 20) {
      tries++;
      const r = rMin + (rMax - rMin) * Math.pow(rng.next(), 1.6);
      const a = rng.range(0, 2 * PI);
      const x = Math.cos(a) * r;
      const z = Math.sin(a) * r;
      if (!accept(x, z)) continue;
      placed++;
      const h = rng.range(size[0], size[1]);
      const w = h * rng.range(1.0, 1.5);
      const yy = typeof y === 'function' ? y(x, z) : y;
      for (let k = 0; k < 2; k++) {
        const ang = rng.range(0, PI) + k * PI * 0.5;
        const dx = (Math.cos(ang) * w) / 2;
        const dz = (Math.sin(ang) * w) / 2;
        const c = [V3(x - dx, yy - 0.02, z - dz), V3(x + dx, yy - 0.02, z + dz), V3(x + dx, yy + h, z + dz), V3(x - dx, yy + h, z - dz)];
        const uvs = [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ];
        for (const i of [0, 1, 2, 0, 2, 3]) {
          pos.push(c[i].x, c[i].y, c[i].z);
          nrm.push(0, 1, 0);
          uv.push(uvs[i][0], uvs[i][1]);
        }
      }
    }
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
    g.setAttribute('normal', new THREE.Float32BufferAttribute(nrm, 3));
    g.setAttribute('uv', new THREE.Float32BufferAttribute(uv, 2));
    const m = new THREE.MeshLambertMaterial({ map: tex, alphaTest: 0.45, side: THREE.DoubleSide, color: col(color) });
    const mesh = new THREE.Mesh(g, m);
    mesh.name = 'grass';
    mesh.renderOrder = 2;
    mesh.receiveShadow = true;
    mesh.castShadow = false;
    scene.add(mesh);
    return mesh;
  }

  // ----- props -----------------------------------------------------------------
  // Park bench at (x, z) facing yaw `face` (the direction a sitter looks).
  function bench(b, mats, x, z, face, { length = 1.8, y = 0 } = {}) {
    const ry = facingYaw(face);
    const parts = [];
    const wood = [];
    for (let i = 0; i < 3; i++) wood.push(boxG(length, 0.04, 0.11, { y: 0.45, z: 0.06 - i * 0.13 }));
    for (let i = 0; i < 2; i++) wood.push(boxG(length, 0.1, 0.035, { y: 0.62 + i * 0.15, z: -0.27, rx: -0.18 }));
    for (const sx of [-1, 1]) {
      parts.push(boxG(0.06, 0.45, 0.06, { x: sx * length * 0.42, y: 0.225, z: 0.08 }));
      parts.push(boxG(0.06, 0.85, 0.06, { x: sx * length * 0.42, y: 0.42, z: -0.26, rx: -0.15 }));
      parts.push(boxG(0.05, 0.05, 0.45, { x: sx * length * 0.42, y: 0.42, z: -0.08 }));
      parts.push(boxG(0.05, 0.05, 0.3, { x: sx * length * 0.42, y: 0.62, z: -0.05 }));
    }
    const m = new THREE.Matrix4().compose(V3(x, y, z), new THREE.Quaternion().setFromEuler(new THREE.Euler(0, ry, 0)), V3(1, 1, 1));
    for (const g of wood) b.add(mats.wood, g.applyMatrix4(m), 0xffffff);
    for (const g of parts) b.add(mats.iron, g.applyMatrix4(m), 0xffffff);
  }

  function streetLamp(b, mats, x, z, { h = 4.2 } = {}) {
    b.add(mats.iron, cylG(0.16, 0.2, 0.5, 10, { x, y: 0.25, z }));
    b.add(mats.iron, cylG(0.06, 0.085, h, 8, { x, y: h / 2, z }));
    b.add(mats.iron, cylG(0.09, 0.09, 0.08, 8, { x, y: h * 0.6, z }));
    b.add(mats.iron, cylG(0.2, 0.08, 0.15, 8, { x, y: h + 0.05, z }));
    b.add(mats.glass, cylG(0.17, 0.12, 0.45, 6, { x, y: h + 0.35, z }));
    b.add(mats.iron, cylG(0.02, 0.24, 0.22, 6, { x, y: h + 0.68, z }));
    b.add(mats.iron, cylG(0.0, 0.04, 0.18, 6, { x, y: h + 0.86, z }));
  }

  // ----- landscape helpers ---------------------------------------------------
  // Grass / meadow texture (colour + bump), periodic.
  function grassTexture(seed, { size = 1024, base = [86, 122, 52], dry = [140, 140, 70], dark = [46, 78, 32], strokes = 9000 } = {}) {
    const rng = makeRng(seed);
    const p = new Painter(size, size, base);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const n1 = fbm(x / 64, y / 64, seed, size / 64, 4);
        const n2 = fbm(x / 9, y / 9, seed + 5, size / 9, 3);
        let c = mixRgb(base, dry, smoothstep(0.55, 0.8, n1) * 0.6);
        c = mixRgb(c, dark, smoothstep(0.5, 0.2, n2) * 0.55);
        const i = (y * size + x) * 4;
        p.d[i] = c[0];
        p.d[i + 1] = c[1];
        p.d[i + 2] = c[2];
      }
    }
    // blade strokes
    for (let i = 0; i < strokes; i++) {
      const x = rng.range(0, size);
      const y = rng.range(0, size);
      const len = rng.range(4, 11);
      const a = PI / 2 + rng.sym(0.7);
      const light = rng.next();
      const c = light > 0.5 ? mulRgb(mixRgb(base, dry, rng.next() * 0.5), 1.25) : mulRgb(dark, 0.85);
      for (let t = 0; t < len; t += 0.7) {
        const xx = Math.floor((((x + Math.cos(a) * t) % size) + size) % size);
        const yy = Math.floor((((y + Math.sin(a) * t) % size) + size) % size);
        p.blend(xx, yy, c, 0.55);
      }
    }
    const map = p.texture();
    const bumpData = new Uint8Array(size * size * 4);
    for (let i = 0; i < size * size; i++) {
      const l = (p.d[i * 4] * 0.3 + p.d[i * 4 + 1] * 0.6 + p.d[i * 4 + 2] * 0.1) * 1.4;
      bumpData[i * 4] = bumpData[i * 4 + 1] = bumpData[i * 4 + 2] = clamp(l, 0, 255);
      bumpData[i * 4 + 3] = 255;
    }
    const bump = finishTexture(new THREE.DataTexture(bumpData, size, size, THREE.RGBAFormat), { srgb: false });
    return { map, bump };
  }

  // Water normal map from a sum of periodic waves + noise.
  function waterNormalTexture(seed, size = 512, { chop = 1 } = {}) {
    const rng = makeRng(seed);
    const waves = [];
    for (let i = 0; i < 14; i++) {
      const kx = rng.int(-6, 6);
      const ky = rng.int(2, 10);
      waves.push({ kx, ky, a: 1 / Math.hypot(kx, ky), ph: rng.range(0, 2 * PI) });
    }
    const H = new Float32Array(size * size);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        let h = 0;
        for (const w of waves) h += w.a * Math.sin(((w.kx * x + w.ky * y) / size) * 2 * PI + w.ph);
        h += (fbm(x / 16, y / 16, seed, size / 16, 4) - 0.5) * 3;
        H[y * size + x] = h;
      }
    }
    const data = new Uint8Array(size * size * 4);
    const s = 6 * chop;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const hx = H[y * size + ((x + 1) % size)] - H[y * size + ((x - 1 + size) % size)];
        const hy = H[((y + 1) % size) * size + x] - H[((y - 1 + size) % size) * size + x];
        const n = V3(-hx * s * 0.05, -hy * s * 0.05, 1).normalize();
        const i = (y * size + x) * 4;
        data[i] = (n.x * 0.5 + 0.5) * 255;
        data[i + 1] = (n.y * 0.5 + 0.5) * 255;
        data[i + 2] = (n.z * 0.5 + 0.5) * 255;
        data[i + 3] = 255;
      }
    }
    return finishTexture(new THREE.DataTexture(data, size, size, THREE.RGBAFormat), { srgb: false });
  }

  function waterMaterial(seed, { color = 0x2c5a66, repeat = 60, rough = 0.08, normalScale = 0.6 } = {}) {
    const n = waterNormalTexture(seed);
    n.repeat.set(repeat, repeat);
    return new THREE.MeshStandardMaterial({ color: col(color), roughness: rough, metalness: 0.0, normalMap: n, normalScale: new THREE.Vector2(normalScale, normalScale), envMapIntensity: 1.2 });
  }

  // Terrain on a polar grid (fine near the viewer, coarse far away).
  // heightFn(x, z) -> y, colorFn(x, z, y, slope) -> THREE.Color (linear)
  function polarTerrain({ rMax = 2500, rings = 140, segs = 256, r0 = 0.5, heightFn, colorFn, material }) {
    const pos = [];
    const colArr = [];
    const uv = [];
    const radii = [0];
    for (let i = 0; i < rings; i++) radii.push(r0 * Math.pow(rMax / r0, i / (rings - 1)));
    for (const r of radii) {
      for (let j = 0; j <= segs; j++) {
        const a = (j / segs) * 2 * PI;
        const x = Math.sin(a) * r;
        const z = -Math.cos(a) * r;
        const y = heightFn(x, z);
        pos.push(x, y, z);
        uv.push(x / 4, z / 4);
      }
    }
    const idx = [];
    const row = segs + 1;
    for (let i = 0; i < radii.length - 1; i++) {
      for (let j = 0; j < segs; j++) {
        const a = i * row + j;
        const b = a + 1;
        const c = a + row;
        const d = c + 1;
        idx.push(a, b, c, b, d, c);
      }
    }
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
    g.setAttribute('uv', new THREE.Float32BufferAttribute(uv, 2));
    g.setIndex(idx);
    g.computeVertexNormals();
    const nrm = g.attributes.normal;
    for (let k = 0; k < nrm.count; k++) {
      const c = colorFn(pos[k * 3], pos[k * 3 + 2], pos[k * 3 + 1], 1 - nrm.getY(k));
      colArr.push(c.r, c.g, c.b);
    }
    g.setAttribute('color', new THREE.Float32BufferAttribute(colArr, 3));
    material.vertexColors = true;
    const mesh = new THREE.Mesh(g, material);
    mesh.receiveShadow = true;
    return mesh;
  }

  // A flat ribbon following a curve on the ground (paths). UV: u across 0..1, v along in metres.
  function ribbon(curve, width, { samples = 300, y = 0.02, heightFn = null, widthFn = null } = {}) {
    const pos = [];
    const uv = [];
    const idx = [];
    const len = curve.getLength();
    for (let i = 0; i <= samples; i++) {
      const t = i / samples;
      const p = curve.getPointAt(t);
      const tan = curve.getTangentAt(t);
      const side = V3(-tan.z, 0, tan.x).normalize();
      const w = (widthFn ? widthFn(t) : 1) * width;
      for (const s of [-0.5, 0.5]) {
        const q = p.clone().addScaledVector(side, s * w);
        q.y = (heightFn ? heightFn(q.x, q.z) : 0) + y;
        pos.push(q.x, q.y, q.z);
        uv.push(s + 0.5, t * len);
      }
      if (i < samples) {
        const a = i * 2;
        idx.push(a, a + 1, a + 2, a + 1, a + 3, a + 2);
      }
    }
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
    g.setAttribute('uv', new THREE.Float32BufferAttribute(uv, 2));
    g.setIndex(idx);
    g.computeVertexNormals();
    // make sure normals point up
    const n = g.attributes.normal;
    let flip = false;
    if (n.getY(0) < 0) flip = true;
    if (flip) {
      const ix = g.index.array;
      for (let k = 0; k < ix.length; k += 3) {
        const tmp = ix[k + 1];
        ix[k + 1] = ix[k + 2];
        ix[k + 2] = tmp;
      }
      g.computeVertexNormals();
    }
    return g;
  }
  // alpha map for ribbons: opaque centre, noisy ragged edges (u across, tiles along v)
  function edgeAlphaTexture(seed, soft = 0.12) {
    return texFromFn(
      64,
      256,
      (x, y, o) => {
        const u = (x + 0.5) / 64;
        const e = Math.min(u, 1 - u);
        const n = (fbm(x / 6, y / 6, seed, 1 << 20, 3) - 0.5) * soft * 1.6;
        const a = smoothstep(0.0, soft, e + n);
        o[0] = o[1] = o[2] = a * 255;
      },
      { srgb: false },
    );
  }
  function pointsDistance(samples) {
    return (x, z) => {
      let m = 1e9;
      for (const p of samples) {
        const d = (p.x - x) * (p.x - x) + (p.z - z) * (p.z - z);
        if (d < m) m = d;
      }
      return Math.sqrt(m);
    };
  }

  function rockGeom(seed, r, { flat = 0.7, moss = 0.5, base = 0x8a8780, mossCol = 0x5d7a36 } = {}) {
    const g = new THREE.IcosahedronGeometry(r, 2);
    const p = g.attributes.position;
    for (let i = 0; i < p.count; i++) {
      const v = V3(p.getX(i), p.getY(i), p.getZ(i));
      const k = 0.75 + fbm3(v.x / r * 1.3, v.y / r * 1.3, v.z / r * 1.3, seed, 3) * 0.6;
      v.multiplyScalar(k);
      v.y *= flat;
      p.setXYZ(i, v.x, v.y, v.z);
    }
    g.computeVertexNormals();
    const n = g.attributes.normal;
    const c = new Float32Array(p.count * 3);
    const cb = col(base);
    const cm = col(mossCol);
    for (let i = 0; i < p.count; i++) {
      const t = smoothstep(0.35, 0.8, n.getY(i)) * moss * (0.6 + hash2(i, 1, seed) * 0.4);
      const k = 0.85 + hash2(i, 2, seed) * 0.3;
      c[i * 3] = lerp(cb.r, cm.r, t) * k;
      c[i * 3 + 1] = lerp(cb.g, cm.g, t) * k;
      c[i * 3 + 2] = lerp(cb.b, cm.b, t) * k;
    }
    g.setAttribute('color', new THREE.BufferAttribute(c, 3));
    return g;
  }

  function flowerBed(b, mat, rng, x, z, r, colors, n = 60, y = 0) {
    for (let i = 0; i < n; i++) {
      const a = rng.range(0, 2 * PI);
      const rr = Math.sqrt(rng.next()) * r;
      const g = new THREE.IcosahedronGeometry(rng.range(0.05, 0.09), 0);
      g.translate(x + Math.cos(a) * rr, y + rng.range(0.12, 0.35), z + Math.sin(a) * rr);
      b.add(mat, g, rng.pick(colors));
    }
  }

  function lampPost(b, mats, x, z, y = 0) {
    b.add(mats.iron, cylG(0.12, 0.16, 0.4, 8, { x, y: y + 0.2, z }));
    b.add(mats.iron, cylG(0.05, 0.07, 3.4, 8, { x, y: y + 1.7, z }));
    b.add(mats.glass, new THREE.SphereGeometry(0.2, 12, 8).translate(x, y + 3.65, z));
    b.add(mats.iron, cylG(0.02, 0.2, 0.14, 8, { x, y: y + 3.9, z }));
  }

  // ==========================================================================
  // Scenes
  // ==========================================================================
  const SCENES = {};

  // ----- The Town Square ----------------------------------------------------
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

  function roofTexture(seed, kind) {
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

  function cobbleTexture(seed, { size = 1024, cells = 20, palette, mortar = [70, 66, 60], dome = 0.35, jitter = 0.8 } = {}) {
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
  function settTexture(seed, { size = 1024, rows = 22, palette, mortar = [92, 86, 78] } = {}) {
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

  function plainTexture(seed, scale = 24, amount = 0.12, size = 256) {
    return texFromFn(size, size, (x, y, o) => {
      const n = fbm(x / scale, y / scale, seed, size / scale, 4);
      const m = fbm(x / 3, y / 3, seed + 1, size / 3, 2);
      const k = 255 * (1 - amount + n * amount * 2 + (m - 0.5) * 0.06);
      o[0] = o[1] = o[2] = k;
    });
  }

  // Gable roof over a w x d footprint (front at z = 0, body to z = -d), walls h high.
  function gableRoofGeoms(w, d, h, pitch, over = 0.45, side = 0.3) {
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
  function townHouse(group, batch, mats, rng, { w, d = 10, floors, roofKind }) {
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

  function fountain(b, mats, x, z) {
    const lathe = (pts, seg = 40) => xf(new THREE.LatheGeometry(pts.map(([r, y]) => new THREE.Vector2(r, y)), seg), { x, z });
    // basin wall
    b.add(mats.stoneLight, lathe([[2.6, 0], [2.75, 0.05], [2.75, 0.55], [2.85, 0.6], [2.85, 0.72], [2.45, 0.72], [2.45, 0.6], [2.4, 0.15], [0.1, 0.15]], 48));
    // pedestal, bowl, column, top
    b.add(mats.stoneLight, lathe([[0.0, 0.1], [0.55, 0.1], [0.55, 0.3], [0.38, 0.45], [0.3, 1.4], [0.36, 1.55], [0.0, 1.55]], 24));
    b.add(mats.stoneLight, lathe([[0.0, 1.5], [0.4, 1.52], [1.0, 1.62], [1.3, 1.78], [1.35, 1.9], [1.25, 1.9], [0.9, 1.75], [0.0, 1.72]], 36));
    b.add(mats.stoneLight, lathe([[0.0, 1.7], [0.2, 1.7], [0.15, 2.4], [0.25, 2.55], [0.45, 2.65], [0.5, 2.75], [0.1, 2.8], [0.14, 3.1], [0.0, 3.3]], 24));
    // water surfaces
    const w1 = new THREE.Mesh(new THREE.CircleGeometry(2.42, 48), mats.water);
    w1.rotation.x = -PI / 2;
    w1.position.set(x, 0.58, z);
    w1.receiveShadow = true;
    b.extra.push(w1);
    const w2 = new THREE.Mesh(new THREE.CircleGeometry(1.24, 36), mats.water);
    w2.rotation.x = -PI / 2;
    w2.position.set(x, 1.84, z);
    b.extra.push(w2);
    // jets: parabolic arcs
    for (let i = 0; i < 8; i++) {
      const a = (i / 8) * 2 * PI;
      const pts = [];
      for (let t = 0; t <= 1.0001; t += 0.1) {
        const r = 0.12 + t * 1.05;
        pts.push(V3(x + Math.cos(a) * r, 3.05 + t * 0.35 - t * t * 1.25, z + Math.sin(a) * r));
      }
      const tube = new THREE.Mesh(new THREE.TubeGeometry(new THREE.CatmullRomCurve3(pts), 12, 0.025, 5), mats.jet);
      b.extra.push(tube);
    }
    for (let i = 0; i < 16; i++) {
      const a = (i / 16) * 2 * PI;
      const pts = [];
      for (let t = 0; t <= 1.0001; t += 0.1) {
        const r = 1.3 + t * 0.7;
        pts.push(V3(x + Math.cos(a) * r, 1.85 - t * t * 1.25, z + Math.sin(a) * r));
      }
      b.extra.push(new THREE.Mesh(new THREE.TubeGeometry(new THREE.CatmullRomCurve3(pts), 10, 0.02, 4), mats.jet));
    }
  }

  SCENES.square = function buildSquare() {
    const rng = makeRng(20240501);
    const scene = new THREE.Scene();
    setupEnvironment(scene, {
      sunYaw: -150,
      sunElev: 38,
      zenith: 0x3f78c8,
      horizon: 0xcfe0ee,
      sunColor: 0xfff0d8,
      sunGlow: 0xffe6c0,
      sunIntensity: 3.2,
      hemi: 0.7,
      hemiSky: 0xbcd4f0,
      hemiGround: 0x9a8068,
      envIntensity: 0.55,
      fogDensity: 0.0035,
      cloudCover: 0.56,
      shadowExtent: 70,
      envGround: 0x8a7a66,
    });
    const b = new Batch();
    b.extra = [];
    const stucco = plainTexture(11, 20, 0.1);
    stucco.repeat.set(0.3, 0.3);
    const tiles = roofTexture(21, 'tile');
    const slate = roofTexture(22, 'slate');
    for (const t of [tiles.map, tiles.bump, slate.map, slate.bump]) t.repeat.set(0.25, 0.25);
    const bark = barkTexture(5);
    const mats = {
      stucco,
      tile: new THREE.MeshStandardMaterial({ map: tiles.map, bumpMap: tiles.bump, bumpScale: 2, roughness: 0.8, side: THREE.DoubleSide }),
      slate: new THREE.MeshStandardMaterial({ map: slate.map, bumpMap: slate.bump, bumpScale: 1.5, roughness: 0.6, side: THREE.DoubleSide }),
      tileB: stdMat({ color: col(0xa5563a) }),
      slateB: stdMat({ color: col(0x5a6270) }),
      stucco3: stdMat({ map: stucco }),
      trimWood: stdMat({ color: col(0x5b4636) }),
      brick: stdMat({ color: col(0x8c4a36) }),
      stone: stdMat({ color: col(0x9a948a) }),
      stoneLight: stdMat({ color: col(0xcfc6b4), roughness: 0.75 }),
      glassDark: stdMat({ color: col(0x283542), roughness: 0.15 }),
      iron: stdMat({ color: col(0x22282a), roughness: 0.5, metalness: 0.6 }),
      wood: stdMat({ color: col(0x8a5a35), roughness: 0.7 }),
      glass: stdMat({ color: col(0xfff4d6), emissive: col(0x332a18), roughness: 0.2 }),
      canvas: stdMat({ roughness: 0.9, side: THREE.DoubleSide }),
      planter: stdMat({ color: col(0xb9ab95) }),
      soil: stdMat({ color: col(0x4a3626) }),
      water: new THREE.MeshStandardMaterial({ color: col(0x3d6a6e), roughness: 0.06, metalness: 0.1 }),
      jet: new THREE.MeshStandardMaterial({ color: col(0xdff0f5), roughness: 0.1, transparent: true, opacity: 0.55, depthWrite: false }),
      ...foliageMats([0x4f7a2e, 0x628f35, 0x3f6626, 0x77a042], 31, { trunkMap: bark }),
    };
    mats.jet.userData.noCast = true;

    // ground: cobbles, with a ring of light slabs around the fountain
    const cob = settTexture(41, {
      rows: 24,
      palette: [0x8a8178, 0x978d80, 0x7f776e, 0x9a9388, 0x857a70, 0x746d65, 0xa39a8c, 0x8e8a84].map(hexRgb),
      mortar: [96, 90, 80],
    });
    for (const t of [cob.map, cob.bump]) t.repeat.set(400 / 2.6, 400 / 2.6);
    const ground = new THREE.Mesh(new THREE.PlaneGeometry(400, 400), new THREE.MeshStandardMaterial({ map: cob.map, bumpMap: cob.bump, bumpScale: 2, roughness: 0.9 }));
    ground.rotation.x = -PI / 2;
    ground.receiveShadow = true;
    scene.add(ground);
    const slab = texPairFromFn(512, 512, (x, y, o) => {
      const gx = x % 128;
      const gy = (y + (Math.floor(x / 128) % 2) * 64) % 128;
      const id = Math.floor(x / 128) * 7 + Math.floor((y + (Math.floor(x / 128) % 2) * 64) / 128);
      const edge = Math.min(gx, 127 - gx, gy, 127 - gy);
      const n = fbm(x / 10, y / 10, 77, 51.2, 4);
      const k = (0.85 + hash2(id, 1, 5) * 0.18) * (0.92 + n * 0.16) * (edge < 2 ? 0.6 : 1);
      o[0] = 196 * k;
      o[1] = 186 * k;
      o[2] = 170 * k;
      return edge < 2 ? 0 : 0.8 + n * 0.2;
    });
    for (const t of [slab.map, slab.bump]) t.repeat.set(4, 4);
    const fx = -1.2;
    const fz = -8.5;
    const ring = new THREE.Mesh(new THREE.CircleGeometry(6.5, 64), new THREE.MeshStandardMaterial({ map: slab.map, bumpMap: slab.bump, bumpScale: 1, roughness: 0.8, polygonOffset: true, polygonOffsetFactor: -2 }));
    ring.rotation.x = -PI / 2;
    ring.position.set(fx, 0.005, fz);
    ring.receiveShadow = true;
    scene.add(ring);
    b.add(mats.stoneLight, xf(new THREE.TorusGeometry(6.5, 0.08, 6, 96), { x: fx, z: fz, rx: -PI / 2, sz: 0.6 }));
    fountain(b, mats, fx, fz);

    // --- ring of houses with two openings ---
    const STREET = 60; // toward the park
    const LANE = -70; // toward the harbour
    const streetHalf = 5.0;
    const laneHalf = 2.3;
    const houses = new THREE.Group();
    scene.add(houses);
    const placeHouse = (x, z, faceYaw, opts) => {
      const g = new THREE.Group();
      g.position.set(x, 0, z);
      g.rotation.y = facingYaw(faceYaw);
      houses.add(g);
      const info = townHouse(g, b, mats, rng, opts);
      g.updateMatrixWorld(true);
      return { g, info };
    };
    const gapFor = (yaw, half, R) => Math.atan(half / R) / DEG + 1.5;
    const R0 = 19;
    const gaps = [
      [STREET - gapFor(STREET, streetHalf, R0), STREET + gapFor(STREET, streetHalf, R0)],
      [LANE - gapFor(LANE, laneHalf, R0), LANE + gapFor(LANE, laneHalf, R0)],
    ].sort((a, c) => a[0] - c[0]);
    // runs between the gaps (angles increase clockwise seen from above = yaw)
    const runs = [
      [gaps[0][1], gaps[1][0]],
      [gaps[1][1], gaps[0][0] + 360],
    ];
    const ringHouses = [];
    for (const [a0, a1] of runs) {
      let a = a0;
      while (a < a1 - 0.5) {
        const R = R0 + rng.range(-1.2, 1.6);
        let w = rng.range(7.5, 10.5);
        let da = (2 * Math.atan(w / 2 / R)) / DEG;
        if (a + da > a1 - 12) {
          da = a1 - a;
          w = 2 * R * Math.tan((da / 2) * DEG);
          if (w > 13) {
            da = da / 2;
            w = 2 * R * Math.tan((da / 2) * DEG);
          }
        }
        const mid = a + da / 2;
        const cR = R * Math.cos((da / 2) * DEG);
        const p = dirYaw(mid).multiplyScalar(cR);
        ringHouses.push(placeHouse(p.x, p.z, mid + 180, { w: w + 0.5, d: 11, floors: rng.int(2, 3), roofKind: rng.chance(0.75) ? 'tile' : 'slate' }));
        a += da;
      }
    }
    // streets: rows of houses along both sides
    const streetRow = (yaw, half, sFrom, sTo, dims) => {
      const d = dirYaw(yaw);
      const right = dirYaw(yaw + 90);
      for (const side of [-1, 1]) {
        let s = sFrom;
        while (s < sTo) {
          const w = rng.range(dims[0], dims[1]);
          const p = d.clone().multiplyScalar(s + w / 2).addScaledVector(right, side * half);
          placeHouse(p.x, p.z, yaw - side * 90, { w: w + 0.3, d: 9, floors: rng.int(2, 3), roofKind: rng.chance(0.8) ? 'tile' : 'slate' });
          s += w;
        }
      }
    };
    streetRow(STREET, streetHalf, R0 + 1.5, 72, [7, 10]);
    streetRow(LANE, laneHalf, R0 + 1.5, 52, [6, 9]);

    // sidewalk kerbs along the park street
    {
      const d = dirYaw(STREET);
      for (const side of [-1, 1]) {
        const right = dirYaw(STREET + 90);
        const c = d.clone().multiplyScalar(46).addScaledVector(right, side * (streetHalf - 1.3));
        b.add(mats.stoneLight, boxG(0.25, 0.14, 52, { x: c.x, y: 0.07, z: c.z, ry: facingYaw(STREET) }));
      }
    }

    // the park at the end of the street: trees and a gate
    const leafProtos = [broadleafProto(101, { height: 9, crown: 3.0 }), broadleafProto(102, { height: 7.5, crown: 2.6 }), broadleafProto(103, { height: 10, crown: 3.4 })];
    const treeItems = [];
    {
      const d = dirYaw(STREET);
      const right = dirYaw(STREET + 90);
      for (let i = 0; i < 26; i++) {
        const s = rng.range(80, 130);
        const l = rng.range(-22, 22);
        const p = d.clone().multiplyScalar(s).addScaledVector(right, l);
        treeItems.push({ x: p.x, z: p.z, s: rng.range(1.0, 1.4), ry: rng.range(0, 6.28), proto: i, tint: rng.range(0.85, 1.1) });
      }
      // grass of the park
      const park = new THREE.Mesh(new THREE.PlaneGeometry(80, 60), stdMat({ color: col(0x5f8a3a), roughness: 0.95, polygonOffset: true, polygonOffsetFactor: -2 }));
      park.rotation.x = -PI / 2;
      park.rotation.z = -STREET * DEG;
      const c = d.clone().multiplyScalar(105);
      park.position.set(c.x, 0.01, c.z);
      park.receiveShadow = true;
      scene.add(park);
      for (const side of [-1, 1]) {
        const gp = d.clone().multiplyScalar(76).addScaledVector(right, side * 3.2);
        b.add(mats.stoneLight, boxG(0.7, 2.8, 0.7, { x: gp.x, y: 1.4, z: gp.z, ry: facingYaw(STREET) }));
        b.add(mats.stoneLight, boxG(0.85, 0.2, 0.85, { x: gp.x, y: 2.9, z: gp.z, ry: facingYaw(STREET) }));
        b.add(mats.stoneLight, new THREE.SphereGeometry(0.3, 12, 8).translate(gp.x, 3.25, gp.z));
        const wp = d.clone().multiplyScalar(76).addScaledVector(right, side * 13);
        b.add(mats.stoneLight, boxG(19, 1.0, 0.45, { x: wp.x, y: 0.5, z: wp.z, ry: facingYaw(STREET + 90) }));
        for (let k = 0; k < 40; k++) {
          const t = -9 + (k / 39) * 18;
          const rp = wp.clone().addScaledVector(right, t);
          b.add(mats.iron, boxG(0.03, 0.9, 0.03, { x: rp.x, y: 1.45, z: rp.z }));
        }
      }
    }
    // planter trees and props in the square
    const squareTrees = [
      [128, 11.5],
      [-122, 12],
      [168, 12.5],
      [24, 13],
      [-38, 12.5],
    ];
    for (const [yaw, r] of squareTrees) {
      const p = dirYaw(yaw).multiplyScalar(r);
      b.add(mats.planter, boxG(1.6, 0.6, 1.6, { x: p.x, y: 0.3, z: p.z, ry: facingYaw(yaw) }));
      b.add(mats.planter, boxG(1.75, 0.08, 1.75, { x: p.x, y: 0.62, z: p.z, ry: facingYaw(yaw) }));
      b.add(mats.soil, boxG(1.45, 0.05, 1.45, { x: p.x, y: 0.63, z: p.z, ry: facingYaw(yaw) }));
      treeItems.push({ x: p.x, y: 0.6, z: p.z, s: rng.range(0.75, 0.9), ry: rng.range(0, 6.28), proto: treeItems.length, tint: rng.range(0.95, 1.1) });
    }
    plantTrees(scene, leafProtos, treeItems, mats);

    // benches around the fountain and along the houses
    for (const yaw of [-10, 35, 150, -160, 100]) {
      const p = dirYaw(yaw).multiplyScalar(yaw === -10 || yaw === 35 ? 0 : 1);
      if (yaw === -10 || yaw === 35) {
        const a = (yaw + 200) * DEG;
        bench(b, mats, fx + Math.sin(a) * 7.6, fz - Math.cos(a) * 7.6, yawOf(-Math.sin(a), Math.cos(a)));
      } else {
        p.copy(dirYaw(yaw).multiplyScalar(13.5));
        bench(b, mats, p.x, p.z, yaw + 180);
      }
    }
    for (const yaw of [-100, -45, 10, 45, 78, 115, 145, -150, 175]) {
      const p = dirYaw(yaw).multiplyScalar(14.8);
      streetLamp(b, mats, p.x, p.z);
    }
    {
      const d = dirYaw(STREET);
      const right = dirYaw(STREET + 90);
      for (let s = 28; s < 75; s += 14) {
        for (const side of [-1, 1]) {
          const p = d.clone().multiplyScalar(s + (side > 0 ? 7 : 0)).addScaledVector(right, side * (streetHalf - 1.0));
          streetLamp(b, mats, p.x, p.z);
        }
      }
    }
    // café tables with parasols near the houses on the right
    for (let i = 0; i < 4; i++) {
      const yaw = 95 + i * 11;
      const p = dirYaw(yaw).multiplyScalar(16);
      b.add(mats.iron, cylG(0.03, 0.03, 0.72, 6, { x: p.x, y: 0.36, z: p.z }));
      b.add(mats.stoneLight, cylG(0.4, 0.4, 0.04, 16, { x: p.x, y: 0.74, z: p.z }));
      b.add(mats.iron, cylG(0.025, 0.025, 2.3, 6, { x: p.x, y: 1.15, z: p.z }));
      const um = new THREE.ConeGeometry(1.5, 0.55, 8, 1, true);
      um.translate(p.x, 2.35, p.z);
      b.add(mats.canvas, um, i % 2 ? 0xb8322d : 0xefe6d2);
      for (let k = 0; k < 3; k++) {
        const a = k * 2.1 + i;
        const cx = p.x + Math.cos(a) * 0.75;
        const cz = p.z + Math.sin(a) * 0.75;
        b.add(mats.wood, boxG(0.42, 0.04, 0.42, { x: cx, y: 0.45, z: cz, ry: a }));
        b.add(mats.wood, boxG(0.42, 0.45, 0.04, { x: cx + Math.cos(a) * 0.2, y: 0.68, z: cz + Math.sin(a) * 0.2, ry: -a + PI / 2 }));
        for (const [lx, lz] of [
          [-0.17, -0.17],
          [0.17, -0.17],
          [-0.17, 0.17],
          [0.17, 0.17],
        ]) {
          b.add(mats.iron, boxG(0.03, 0.45, 0.03, { x: cx + lx, y: 0.225, z: cz + lz }));
        }
      }
    }
    // flower pots by some doors
    for (const yaw of [-20, 5, -140, 140, 165]) {
      const p = dirYaw(yaw).multiplyScalar(17.2);
      b.add(mats.brick, cylG(0.35, 0.25, 0.55, 12, { x: p.x, y: 0.275, z: p.z }), 0xd08060);
      for (let k = 0; k < 6; k++) {
        const g = new THREE.IcosahedronGeometry(0.2, 1);
        g.translate(p.x + rng.sym(0.18), 0.65 + rng.range(0, 0.12), p.z + rng.sym(0.18));
        b.add(mats.canvas, g, rng.chance(0.5) ? 0x4d7a30 : rng.pick([0xd6314a, 0xe86a8e, 0xf2f0ea, 0xe8d23a]));
      }
    }
    // view toward the harbour at the end of the lane: quay edge and water
    {
      const d = dirYaw(LANE);
      const right = dirYaw(LANE + 90);
      const c = d.clone().multiplyScalar(56 + 150);
      const water = new THREE.Mesh(new THREE.PlaneGeometry(300, 300), new THREE.MeshStandardMaterial({ color: col(0x2f5f72), roughness: 0.12 }));
      water.rotation.x = -PI / 2;
      water.rotation.z = -LANE * DEG;
      water.position.set(c.x, 0.02, c.z);
      scene.add(water);
      const q = d.clone().multiplyScalar(56);
      b.add(mats.stoneLight, boxG(40, 0.3, 0.6, { x: q.x, y: 0.15, z: q.z, ry: facingYaw(LANE) }));
      for (const t of [-2.5, 2.8]) {
        const bp = d.clone().multiplyScalar(55.3).addScaledVector(right, t);
        b.add(mats.iron, cylG(0.18, 0.22, 0.6, 10, { x: bp.x, y: 0.3, z: bp.z }));
      }
      // a sailing boat
      const sp = d.clone().multiplyScalar(90).addScaledVector(right, 2);
      b.add(mats.stoneLight, boxG(2.2, 1.0, 7, { x: sp.x, y: 0.3, z: sp.z, ry: facingYaw(LANE + 80) }), 0xffffff);
      b.add(mats.trimWood, cylG(0.06, 0.08, 9, 6, { x: sp.x, y: 5, z: sp.z }));
      const sail = new THREE.BufferGeometry().setFromPoints([V3(0, 1.5, 0), V3(0, 9, 0), V3(0, 1.5, -3.5)]);
      sail.computeVertexNormals();
      xf(sail, { x: sp.x, z: sp.z, ry: facingYaw(LANE + 80) });
      b.add(mats.canvas, sail, 0xf6f1e6);
      // far shore
      const hill = new THREE.Mesh(new THREE.SphereGeometry(1, 32, 12, 0, 2 * PI, 0, PI / 2), stdMat({ color: col(0x6f8d5a) }));
      const hp = d.clone().multiplyScalar(330);
      hill.position.set(hp.x, -4, hp.z);
      hill.scale.set(160, 34, 60);
      hill.rotation.y = facingYaw(LANE);
      scene.add(hill);
    }
    // a church tower behind the houses
    {
      const p = dirYaw(-172).multiplyScalar(42);
      b.add(mats.stucco3, boxG(7, 26, 7, { x: p.x, y: 13, z: p.z, ry: facingYaw(8) }), 0xe9dcc3);
      b.add(mats.stoneLight, boxG(7.6, 0.6, 7.6, { x: p.x, y: 26, z: p.z, ry: facingYaw(8) }));
      const spire = new THREE.ConeGeometry(4.8, 14, 4, 1);
      xf(spire, { x: p.x, y: 33.3, z: p.z, ry: facingYaw(8) + PI / 4 });
      b.add(mats.slateB, spire, 0xffffff);
      const clock = new THREE.CircleGeometry(1.3, 24);
      const dn = dirYaw(8);
      xf(clock, { x: p.x + dn.x * 3.52, y: 21, z: p.z + dn.z * 3.52, ry: facingYaw(8) });
      b.add(mats.stoneLight, clock, 0xf2efe6);
      for (let k = 0; k < 4; k++) {
        const side = dirYaw(8 + k * 90);
        b.add(mats.glassDark, boxG(1.2, 3, 0.1, { x: p.x + side.x * 3.51, y: 24, z: p.z + side.z * 3.51, ry: facingYaw(8 + k * 90) }));
      }
    }
    b.flush(scene);
    for (const m of b.extra) {
      m.castShadow = m.material !== mats.jet && m.material !== mats.water;
      m.receiveShadow = true;
      scene.add(m);
    }
    return { scene, exposure: 1.0 };
  };

  // ----- The Park Path -------------------------------------------------------
  SCENES.park = function buildPark() {
    const rng = makeRng(777);
    const scene = new THREE.Scene();
    setupEnvironment(scene, {
      sunYaw: 135,
      sunElev: 42,
      zenith: 0x4a86cf,
      horizon: 0xd6e6ee,
      sunColor: 0xfff2dc,
      sunGlow: 0xffeccc,
      sunIntensity: 2.9,
      hemi: 0.9,
      hemiSky: 0xc4dcf2,
      hemiGround: 0x5e6e3a,
      envIntensity: 0.6,
      fogColor: 0xcddfe6,
      fogDensity: 0.0055,
      cloudCover: 0.5,
      cloudScale: 1.3,
      cloudSeed: 21,
      shadowExtent: 75,
      shadowRadius: 3,
      envGround: 0x5b7a3a,
    });
    const b = new Batch();
    const bark = barkTexture(8);
    const birchBark = texFromFn(128, 256, (x, y, o) => {
      const n = fbm(x / 12, y / 6, 4, 128 / 12, 3);
      const mark = vnoise(x / 30, y / 5, 9, 128 / 30) > 0.72 ? 0.3 : 1;
      const k = (0.85 + n * 0.2) * mark;
      o[0] = 228 * k;
      o[1] = 224 * k;
      o[2] = 214 * k;
    });
    const mats = {
      iron: stdMat({ color: col(0x262b2c), roughness: 0.5, metalness: 0.6 }),
      wood: stdMat({ color: col(0x8a5a35), roughness: 0.75 }),
      glass: stdMat({ color: col(0xfff4d6), emissive: col(0x2a2212), roughness: 0.3 }),
      stone: stdMat({ color: col(0x9c978c) }),
      flower: stdMat({ roughness: 0.8 }),
      plant: stdMat({ roughness: 0.9 }),
      rock: stdMat({ roughness: 0.95 }),
    };

    // path
    const pathPts = [V3(1.5, 0, 16), V3(0.2, 0, 6), V3(0, 0, 0), V3(-1.0, 0, -9), V3(1.8, 0, -20), V3(6.5, 0, -32), V3(5.5, 0, -46), V3(-1.5, 0, -60), V3(-5, 0, -78), V3(-2, 0, -100), V3(4, 0, -125)];
    const curve = new THREE.CatmullRomCurve3(pathPts, false, 'centripetal');
    const pathSamples = curve.getSpacedPoints(300);
    const distPath = pointsDistance(pathSamples);
    // pond in a shallow hollow
    const pond = { x: 11, z: -13, rx: 9.5, rz: 6 };
    const pondD = (x, z) => Math.hypot((x - pond.x) / pond.rx, (z - pond.z) / pond.rz);
    const inPond = (x, z, m = 0) => Math.hypot((x - pond.x) / (pond.rx + m), (z - pond.z) / (pond.rz + m)) < 1;
    const WATER_Y = -0.75;
    // gently rolling ground; the path climbs a low rise ahead
    const heightFn = (x, z) => {
      const r = Math.hypot(x, z);
      let h = 0.075 * Math.max(0, -z - 14) * smoothstep(-14, -40, z) + 0.05 * Math.max(0, -z - 40);
      h += (fbm(x / 45, z / 45, 41, 1 << 20, 3) - 0.5) * 5 * smoothstep(8, 40, r);
      h -= 1.2 * smoothstep(1.9, 0.6, pondD(x, z));
      if (r > 200) h += (r - 200) * 0.03 * fbm(x / 300, z / 300, 3, 1 << 20, 3);
      return h;
    };

    // ground
    const grass = grassTexture(31, { base: [92, 130, 54], dry: [150, 150, 80], dark: [50, 84, 34] });
    for (const t of [grass.map, grass.bump]) t.repeat.set(1, 1); // terrain UVs are in 4 m units
    const groundMat = new THREE.MeshStandardMaterial({ map: grass.map, bumpMap: grass.bump, bumpScale: 1.2, roughness: 0.95 });
    const ground = polarTerrain({
      rMax: 3000,
      rings: 150,
      segs: 256,
      heightFn,
      colorFn: (x, z, y) => {
        const n = fbm(x / 25, z / 25, 5, 1 << 20, 4);
        const m = fbm(x / 6, z / 6, 6, 1 << 20, 2);
        const k = 0.82 + n * 0.35 + (m - 0.5) * 0.1;
        const d = distPath(x, z);
        const worn = smoothstep(2.6, 1.4, d) * 0.25;
        const mud = smoothstep(WATER_Y + 0.25, WATER_Y - 0.05, y);
        const c = new THREE.Color(k * (1 + worn * 0.6), k * (1 - worn * 0.1), k * (1 - worn * 0.3));
        return c.lerp(new THREE.Color(0.55, 0.42, 0.3), mud);
      },
      material: groundMat,
    });
    scene.add(ground);
    // gravel path
    const gravel = cobbleTexture(52, {
      size: 512,
      cells: 34,
      palette: [0xc9b89a, 0xb8a889, 0xd6c8ae, 0xa89a82, 0xbfb3a0, 0x9c9184].map(hexRgb),
      mortar: [150, 136, 112],
      dome: 0.5,
      jitter: 0.95,
    });
    for (const t of [gravel.map, gravel.bump]) t.repeat.set(2.6 / 1.2, 1 / 1.2);
    const alpha = edgeAlphaTexture(9, 0.16);
    alpha.repeat.set(1, 1 / 12);
    const pathMesh = new THREE.Mesh(
      ribbon(curve, 2.8, { samples: 600, y: 0.03, heightFn }),
      new THREE.MeshStandardMaterial({ map: gravel.map, bumpMap: gravel.bump, bumpScale: 1.5, alphaMap: alpha, alphaTest: 0.5, roughness: 0.95, polygonOffset: true, polygonOffsetFactor: -2 }),
    );
    pathMesh.receiveShadow = true;
    scene.add(pathMesh);

    // pond: water, stones, reeds and lily pads
    const pondShape = (m, seed) => {
      const pts = [];
      for (let i = 0; i < 64; i++) {
        const a = (i / 64) * 2 * PI;
        const k = 1 + (vnoise(Math.cos(a) * 2 + 5, Math.sin(a) * 2 + 5, seed) - 0.5) * 0.25;
        pts.push(new THREE.Vector2(pond.x + Math.cos(a) * (pond.rx + m) * k, -(pond.z + Math.sin(a) * (pond.rz + m) * k)));
      }
      const g = new THREE.ShapeGeometry(new THREE.Shape(pts), 1);
      g.rotateX(-PI / 2);
      return g;
    };
    const water = new THREE.Mesh(pondShape(3, 3), waterMaterial(12, { color: 0x2e5548, repeat: 3, normalScale: 0.12, rough: 0.04 }));
    water.position.y = WATER_Y;
    water.receiveShadow = true;
    scene.add(water);
    // the shoreline: where the hollow crosses the water level
    const shore = (a) => {
      let lo = 0.3;
      let hi = 2.0;
      for (let k = 0; k < 30; k++) {
        const mid = (lo + hi) / 2;
        const x = pond.x + Math.cos(a) * pond.rx * mid;
        const z = pond.z + Math.sin(a) * pond.rz * mid;
        if (heightFn(x, z) < WATER_Y) lo = mid;
        else hi = mid;
      }
      return lo;
    };
    for (let i = 0; i < 50; i++) {
      const a = rng.range(0, 2 * PI);
      const k = shore(a) * rng.range(0.97, 1.03);
      const x = pond.x + Math.cos(a) * pond.rx * k;
      const z = pond.z + Math.sin(a) * pond.rz * k;
      const g = rockGeom(i + 50, rng.range(0.18, 0.42), { flat: 0.55, moss: 0.4 });
      g.translate(x, WATER_Y + 0.02, z);
      b.add(mats.rock, g, null);
    }
    for (let i = 0; i < 18; i++) {
      const a = rng.range(0, 2 * PI);
      const rr = rng.range(0.2, 0.8) * shore(a);
      const g = new THREE.CircleGeometry(rng.range(0.18, 0.32), 12, 0.3, 2 * PI - 0.5);
      g.rotateX(-PI / 2);
      g.rotateY(rng.range(0, 6.3));
      g.translate(pond.x + Math.cos(a) * pond.rx * rr, WATER_Y + 0.015, pond.z + Math.sin(a) * pond.rz * rr);
      b.add(mats.plant, g, rng.pick([0x4c7a34, 0x5d8a3c, 0x44702e]));
      if (rng.chance(0.3)) b.add(mats.flower, new THREE.IcosahedronGeometry(0.07, 0).translate(pond.x + Math.cos(a) * pond.rx * rr, WATER_Y + 0.06, pond.z + Math.sin(a) * pond.rz * rr), 0xf4e8f0);
    }
    for (let i = 0; i < 24; i++) {
      const a = rng.range(-0.6, 2.4);
      const k0 = shore(a) * 0.96;
      const cx = pond.x + Math.cos(a) * pond.rx * k0;
      const cz = pond.z + Math.sin(a) * pond.rz * k0;
      for (let k = 0; k < 8; k++) {
        const h = rng.range(0.8, 1.7);
        const g = new THREE.ConeGeometry(0.025, h, 4);
        g.translate(0, h / 2, 0);
        g.rotateZ(rng.sym(0.15));
        g.rotateX(rng.sym(0.15));
        g.translate(cx + rng.sym(0.3), WATER_Y, cz + rng.sym(0.3));
        b.add(mats.plant, g, rng.pick([0x6b8a3a, 0x7f9a48, 0x5a7a30]));
        if (rng.chance(0.3)) b.add(mats.wood, cylG(0.04, 0.04, 0.22, 6, { x: cx + rng.sym(0.3), y: WATER_Y + h * 0.85, z: cz + rng.sym(0.3) }), 0x5a3a22);
      }
    }
    // ducks
    for (const [dx, dz, ry] of [
      [-3.5, 1.0, 0.6],
      [-2.6, 1.8, 1.2],
      [2.0, -0.8, -0.4],
    ]) {
      const x = pond.x + dx;
      const z = pond.z + dz;
      const y = WATER_Y;
      const body = new THREE.SphereGeometry(0.17, 12, 8);
      body.scale(1.5, 0.75, 1);
      b.add(mats.plant, xf(body, { x, y: y + 0.07, z, ry }), 0x8a7258);
      b.add(mats.plant, new THREE.SphereGeometry(0.085, 10, 8).translate(x + Math.cos(ry) * 0.2, y + 0.25, z - Math.sin(ry) * 0.2), 0x2f6a3a);
      b.add(mats.plant, xf(new THREE.ConeGeometry(0.03, 0.09, 6), { x: x + Math.cos(ry) * 0.3, y: y + 0.24, z: z - Math.sin(ry) * 0.3, rz: -PI / 2, ry }), 0xd8a030);
    }

    // trees
    const protos = [
      broadleafProto(201, { height: 13, crown: 4.6 }),
      broadleafProto(202, { height: 10, crown: 3.8, cards: 340, squash: 0.9 }),
      broadleafProto(203, { height: 15, crown: 5.2, cards: 520, cardSize: 1.7, blobs: 9 }),
      broadleafProto(204, { height: 9, crown: 3.6, cards: 320, squash: 1.0 }),
    ];
    const birch = [broadleafProto(205, { height: 14, crown: 2.8, trunkR: 0.16, cards: 300, cardSize: 1.1, squash: 1.5, blobs: 6 })];
    const conifer = [coniferProto(206, { height: 15, radius: 3.0 })];
    const items = [];
    const birchItems = [];
    const conItems = [];
    const occupied = [];
    const free = (x, z, r) => occupied.every((o) => Math.hypot(o[0] - x, o[1] - z) > r + o[2]);
    let tries = 0;
    while (items.length + birchItems.length + conItems.length < 80 && tries < 6000) {
      tries++;
      const r = 9 + Math.pow(rng.next(), 0.9) * 85;
      const a = rng.range(0, 2 * PI);
      const x = Math.sin(a) * r;
      const z = -Math.cos(a) * r;
      if (distPath(x, z) < 5 || inPond(x, z, 4)) continue;
      const s = rng.range(0.8, 1.15);
      if (!free(x, z, 4 * s)) continue;
      occupied.push([x, z, 3.5 * s]);
      const kind = rng.next();
      const it = { x, y: heightFn(x, z) - 0.1, z, s, ry: rng.range(0, 2 * PI), proto: rng.int(0, 3), tint: rng.range(0.82, 1.12), tintG: rng.range(0.95, 1.05), tintB: rng.range(0.85, 1.05) };
      if (kind < 0.12) birchItems.push(it);
      else if (kind < 0.22) conItems.push(it);
      else items.push(it);
    }
    // distant tree line
    for (let i = 0; i < 150; i++) {
      const a = (i / 150) * 2 * PI + rng.sym(0.02);
      const r = rng.range(110, 170);
      const x = Math.sin(a) * r;
      const z = -Math.cos(a) * r;
      if (distPath(x, z) < 6) continue;
      items.push({ x, y: heightFn(x, z) - 0.1, z, s: rng.range(0.9, 1.3), ry: rng.range(0, 6.3), proto: i, tint: rng.range(0.8, 1.05) });
    }
    plantTrees(scene, protos, items, foliageMats([0x4f7a2e, 0x628f35, 0x3f6626, 0x77a042], 301, { trunkMap: bark }));
    plantTrees(scene, birch, birchItems, foliageMats([0x7fa040, 0x93b04c, 0x6a8c36], 302, { trunkMap: birchBark }));
    plantTrees(scene, conifer, conItems, foliageMats([0x2f5a2a, 0x3a6630, 0x284e24], 303, { trunkMap: bark, needle: true, blobTint: 0.5 }));

    // benches, lamps, bin, flower beds
    const benchAt = (t, side) => {
      const p = curve.getPointAt(t);
      const tan = curve.getTangentAt(t);
      const n = V3(-tan.z, 0, tan.x).normalize().multiplyScalar(side);
      const pos = p.clone().addScaledVector(n, 2.3);
      bench(b, mats, pos.x, pos.z, yawOf(-n.x, -n.z), { y: heightFn(pos.x, pos.z) });
      return pos;
    };
    const pathLen = curve.getLength();
    const tAt = (dist) => clamp(dist / pathLen);
    benchAt(tAt(24), 1);
    benchAt(tAt(44), -1);
    benchAt(tAt(70), 1);
    for (const [d, side] of [
      [8, -1],
      [36, 1],
      [62, -1],
      [92, 1],
    ]) {
      const p = curve.getPointAt(tAt(d));
      const tan = curve.getTangentAt(tAt(d));
      const n = V3(-tan.z, 0, tan.x).normalize().multiplyScalar(side * 2.0);
      lampPost(b, mats, p.x + n.x, p.z + n.z, heightFn(p.x + n.x, p.z + n.z));
    }
    {
      const p = curve.getPointAt(tAt(27));
      const tan = curve.getTangentAt(tAt(27));
      const n = V3(-tan.z, 0, tan.x).normalize().multiplyScalar(2.1);
      const by = heightFn(p.x + n.x, p.z + n.z);
      b.add(mats.wood, cylG(0.25, 0.22, 0.75, 12, { x: p.x + n.x, y: by + 0.4, z: p.z + n.z }), 0x3d5a3a);
      b.add(mats.iron, cylG(0.03, 0.03, 0.4, 6, { x: p.x + n.x, y: by + 0.2, z: p.z + n.z }));
    }
    for (const [x, z, r, cs] of [
      [-7, -5, 1.6, [0xd6314a, 0xf2f0ea, 0xe86a8e]],
      [-6.5, 9, 1.3, [0xe8d23a, 0xf08a3c, 0xd6314a]],
      [8, 7, 1.5, [0xb55ab8, 0xf2f0ea, 0x7a6ad8]],
    ]) {
      const fy = heightFn(x, z);
      const g = new THREE.CylinderGeometry(r + 0.1, r + 0.15, 0.3, 28);
      g.translate(x, fy - 0.09, z);
      b.add(mats.stone, g, 0x6e5a40);
      for (let k = 0; k < 28; k++) {
        const a = (k / 28) * 2 * PI;
        b.add(mats.stone, xf(new THREE.BoxGeometry(0.3, 0.14, 0.14), { x: x + Math.cos(a) * (r + 0.12), y: fy + 0.07, z: z + Math.sin(a) * (r + 0.12), ry: -a }), 0xb0a898);
      }
      for (let k = 0; k < 14; k++) {
        const a = rng.range(0, 2 * PI);
        const rr = Math.sqrt(rng.next()) * r * 0.9;
        const g2 = new THREE.IcosahedronGeometry(rng.range(0.15, 0.25), 1);
        g2.scale(1, 0.7, 1);
        g2.translate(x + Math.cos(a) * rr, fy + 0.2, z + Math.sin(a) * rr);
        b.add(mats.plant, g2, rng.pick([0x44702e, 0x4f7a34]));
      }
      flowerBed(b, mats.flower, rng, x, z, r * 0.9, cs, 140, fy + 0.05);
    }
    // scattered wild flowers and grass tufts
    for (let i = 0; i < 500; i++) {
      const r = rng.range(2, 30);
      const a = rng.range(0, 2 * PI);
      const x = Math.sin(a) * r;
      const z = -Math.cos(a) * r;
      if (distPath(x, z) < 2 || heightFn(x, z) < WATER_Y + 0.1) continue;
      b.add(mats.flower, new THREE.IcosahedronGeometry(0.035, 0).translate(x, heightFn(x, z) + rng.range(0.08, 0.2), z), rng.pick([0xffffff, 0xf6e27a, 0xf2f0ea, 0xd9c4f0]));
    }
    const tuft = grassTuftTexture(55, [[92, 132, 52], [108, 146, 58], [126, 156, 66], [84, 122, 48]]);
    plantGrass(scene, rng, tuft, { count: 3000, rMax: 14, size: [0.08, 0.17], y: heightFn, accept: (x, z) => distPath(x, z) > 1.6 && heightFn(x, z) > WATER_Y + 0.05 });
    b.flush(scene);
    return { scene, exposure: 1.0 };
  };

  // ----- The Harbour -------------------------------------------------------------
  function plankTexture(seed, { size = 512, metres = 2, plank = 0.2, gap = 0.012, base = [128, 100, 72], grey = 0.35 } = {}) {
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

  function boardTexture(seed, { size = 256, metres = 2, board = 0.18 } = {}) {
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

  function blockWallTexture(seed, { size = 512, metres = 4, rowH = 0.5, base = [150, 142, 128] } = {}) {
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

  // Boat hull, bow toward local -Z, keel at y = 0. Vertex-coloured.
  function hullGeom(len, beam, depth, { transom = 0.6, sheer = 0.3, colour = 0xffffff, stripe = 0x1f4f8a, bottom = 0x7a2a22, waterline = 0.3, deck = false } = {}) {
    const NS = 20;
    const NP = 11;
    const grid = [];
    for (let i = 0; i <= NS; i++) {
      const s = i / NS;
      const z = len / 2 - s * len;
      const prof = s < 0.5 ? lerp(transom, 1, smooth(s / 0.5)) : Math.sqrt(Math.max(0, 1 - ((s - 0.5) / 0.5) ** 2));
      const halfW = (beam / 2) * Math.max(prof, 0.001);
      const top = depth + sheer * s * s;
      const keelY = s > 0.75 ? ((s - 0.75) / 0.25) ** 2 * depth * 0.7 : 0;
      const row = [];
      for (let j = 0; j < NP; j++) {
        const t = j / (NP - 1);
        const ang = (t - 0.5) * PI;
        const x = Math.sign(Math.sin(ang)) * Math.pow(Math.abs(Math.sin(ang)), 0.7) * halfW;
        const y = keelY + (top - keelY) * (1 - Math.cos(ang));
        row.push(V3(x, y, z));
      }
      grid.push(row);
    }
    const pos = [];
    const cols = [];
    const cc = col(colour);
    const cs = col(stripe);
    const cb = col(bottom);
    const push = (v, top) => {
      pos.push(v.x, v.y, v.z);
      const c = v.y < waterline ? cb : v.y > top - 0.12 ? cs : cc;
      cols.push(c.r, c.g, c.b);
    };
    for (let i = 0; i < NS; i++) {
      for (let j = 0; j < NP - 1; j++) {
        const a = grid[i][j];
        const b2 = grid[i + 1][j];
        const c2 = grid[i + 1][j + 1];
        const d = grid[i][j + 1];
        const topA = grid[i][0].y;
        const topB = grid[i + 1][0].y;
        push(a, topA);
        push(b2, topB);
        push(c2, topB);
        push(a, topA);
        push(c2, topB);
        push(d, topA);
      }
    }
    // transom
    const st = grid[0];
    for (let j = 1; j < NP - 1; j++) {
      push(st[0], st[0].y);
      push(st[j + 1], st[0].y);
      push(st[j], st[0].y);
    }
    if (deck) {
      for (let i = 0; i < NS; i++) {
        const a = grid[i][0];
        const b2 = grid[i][NP - 1];
        const c2 = grid[i + 1][NP - 1];
        const d = grid[i + 1][0];
        const cd = col(0xd9d2c0);
        for (const v of [a, b2, c2, a, c2, d]) {
          pos.push(v.x, v.y - 0.04, v.z);
          cols.push(cd.r, cd.g, cd.b);
        }
      }
    }
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
    g.setAttribute('color', new THREE.Float32BufferAttribute(cols, 3));
    g.setAttribute('uv', new THREE.Float32BufferAttribute(new Float32Array((pos.length / 3) * 2), 2));
    g.computeVertexNormals();
    return g;
  }

  // A boat as a list of [material key, geometry] in local space (bow toward -Z).
  function boat(b, mats, rng, { x, z, yaw, waterY, kind, colour, stripe }) {
    const m = new THREE.Matrix4().compose(V3(x, 0, z), new THREE.Quaternion().setFromEuler(new THREE.Euler(rng.sym(0.02), facingYaw(yaw) + PI, rng.sym(0.03))), V3(1, 1, 1));
    const add = (mat, g, c) => b.add(mat, g.applyMatrix4(m), c);
    if (kind === 'row') {
      const L = 4.2;
      const hull = hullGeom(L, 1.5, 0.65, { colour, stripe, transom: 0.55, sheer: 0.25, waterline: 0.25 });
      add(mats.hull, hull.translate(0, waterY - 0.25, 0));
      add(mats.wood, boxG(1.3, 0.05, 0.25, { y: waterY + 0.32, z: 0.2 }));
      add(mats.wood, boxG(1.0, 0.05, 0.3, { y: waterY + 0.32, z: 1.5 }));
      add(mats.wood, boxG(0.8, 0.03, 3.0, { y: waterY + 0.0, z: 0.2 }));
      add(mats.wood, boxG(0.06, 0.06, 2.6, { x: 0.35, y: waterY + 0.38, z: 0.3, ry: 0.08 }));
      add(mats.wood, boxG(0.06, 0.06, 2.6, { x: -0.35, y: waterY + 0.38, z: 0.3, ry: -0.08 }));
    } else if (kind === 'motor') {
      const L = 7.5;
      const hull = hullGeom(L, 2.6, 1.3, { colour, stripe, transom: 0.75, sheer: 0.45, waterline: 0.55, deck: true });
      add(mats.hull, hull.translate(0, waterY - 0.55, 0));
      add(mats.paint, boxG(1.9, 1.5, 2.4, { y: waterY + 1.45, z: 0.6 }), 0xf2efe6);
      add(mats.paint, boxG(2.1, 0.12, 2.8, { y: waterY + 2.25, z: 0.6 }), stripe);
      add(mats.glass, boxG(1.92, 0.55, 2.1, { y: waterY + 1.75, z: 0.6 }), 0x35505e);
      add(mats.iron, cylG(0.04, 0.04, 1.6, 6, { y: waterY + 3.0, z: 1.2 }));
      add(mats.paint, boxG(0.5, 0.35, 0.3, { y: waterY + 1.05, z: 3.0 }), 0xe8762e);
      for (const sx of [-1, 1]) add(mats.paint, xf(new THREE.TorusGeometry(0.3, 0.07, 6, 16), { x: sx * 1.02, y: waterY + 1.35, z: 0.6, ry: PI / 2 }), 0xf07030);
    } else if (kind === 'sail') {
      const L = 8.5;
      const hull = hullGeom(L, 2.7, 1.2, { colour, stripe, transom: 0.8, sheer: 0.35, waterline: 0.45, deck: true });
      add(mats.hull, hull.translate(0, waterY - 0.45, 0));
      add(mats.paint, boxG(1.6, 0.55, 2.6, { y: waterY + 1.0, z: 0.6 }), 0xf4f1ea);
      add(mats.glass, boxG(1.62, 0.2, 2.0, { y: waterY + 1.05, z: 0.6 }), 0x2b3a44);
      add(mats.metal, cylG(0.06, 0.08, 11, 8, { y: waterY + 6.2, z: -0.6 }), 0xd8dde0);
      add(mats.metal, cylG(0.05, 0.05, 3.8, 6, { y: waterY + 1.9, z: 1.3, rx: PI / 2 }), 0xd8dde0);
      add(mats.canvas, xf(new THREE.CylinderGeometry(0.16, 0.12, 3.6, 8), { y: waterY + 2.05, z: 1.3, rx: PI / 2 }), stripe);
      const stay = (a, c) => {
        const d = c.clone().sub(a);
        const g = cylG(0.012, 0.012, d.length(), 3, {});
        g.applyQuaternion(new THREE.Quaternion().setFromUnitVectors(V3(0, 1, 0), d.clone().normalize()));
        g.translate((a.x + c.x) / 2, (a.y + c.y) / 2, (a.z + c.z) / 2);
        add(mats.iron, g);
      };
      stay(V3(0, waterY + 11.5, -0.6), V3(0, waterY + 1.0, -L / 2 + 0.2));
      stay(V3(0, waterY + 11.5, -0.6), V3(0, waterY + 1.0, L / 2 - 0.2));
      for (const sx of [-1, 1]) stay(V3(0, waterY + 9, -0.6), V3(sx * 1.25, waterY + 0.9, 0));
    }
  }

  function bollard(b, mats, x, z, y = 0) {
    b.add(mats.iron, cylG(0.17, 0.2, 0.55, 12, { x, y: y + 0.275, z }));
    b.add(mats.iron, cylG(0.26, 0.22, 0.1, 12, { x, y: y + 0.6, z }));
  }
  function rope(b, mat, a, c, sag = 0.5, r = 0.025) {
    const pts = [];
    for (let i = 0; i <= 12; i++) {
      const t = i / 12;
      const p = a.clone().lerp(c, t);
      p.y -= Math.sin(t * PI) * sag;
      pts.push(p);
    }
    b.add(mat, new THREE.TubeGeometry(new THREE.CatmullRomCurve3(pts), 16, r, 5), 0xc9b48a);
  }

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

  SCENES.harbour = function buildHarbour() {
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
  };

  // ----- The Forest Clearing --------------------------------------------------------
  function fernTexture(seed, size = 256) {
    const rng = makeRng(seed);
    const p = new Painter(size, size, [70, 110, 45], 0);
    // one frond from the bottom centre, curving up
    const fronds = 1;
    for (let f = 0; f < fronds; f++) {
      const len = size * 0.95;
      for (let t = 0; t < 1; t += 0.004) {
        const x = size / 2 + Math.sin(t * 1.2) * size * 0.08;
        const y = t * len;
        p.ellipse(x, y, 1.5, 1.5, 0, [60, 90, 35, 255]);
        if (Math.floor(t * 250) % 9 === 0 && t > 0.06) {
          const w = size * 0.4 * Math.sin(Math.min(1, t * 1.1) * PI) * (1 - t * 0.3);
          for (const sdir of [-1, 1]) {
            const c = mulRgb([78, 124, 46], rng.range(0.85, 1.15));
            for (let k = 0; k < 14; k++) {
              const u = k / 14;
              p.ellipse(x + sdir * u * w, y + u * w * 0.25, w * 0.05 * (1 - u * 0.6), w * 0.035, sdir * 0.5, [...c, 255]);
            }
          }
        }
      }
    }
    return p.texture();
  }

  // Forest floor: moss and short grass with patches of leaf litter, needles and twigs.
  function forestFloorTexture(seed, size = 1024) {
    const rng = makeRng(seed);
    const p = new Painter(size, size, [74, 96, 42]);
    const mask = new Float32Array(size * size);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const m = smoothstep(0.5, 0.38, fbm(x / 110, y / 110, seed + 7, size / 110, 4) + (vnoise(x / 6, y / 6, seed + 8, size / 6) - 0.5) * 0.06);
        mask[y * size + x] = m;
        const n = fbm(x / 24, y / 24, seed, size / 24, 4);
        const moss = mixRgb([66, 88, 38], [104, 122, 54], n);
        const soil = mixRgb([78, 62, 44], [112, 88, 58], n);
        const c = mixRgb(moss, soil, m);
        const i = (y * size + x) * 4;
        p.d[i] = c[0];
        p.d[i + 1] = c[1];
        p.d[i + 2] = c[2];
      }
    }
    const at = (x, y) => mask[(Math.floor(y) & (size - 1)) * size + (Math.floor(x) & (size - 1))];
    // grass blades on the mossy parts
    for (let i = 0; i < 14000; i++) {
      const x = rng.range(0, size);
      const y = rng.range(0, size);
      if (at(x, y) > 0.5) continue;
      const len = rng.range(4, 10);
      const a = PI / 2 + rng.sym(0.8);
      const c = rng.chance(0.5) ? [118, 140, 60] : [52, 72, 32];
      for (let t = 0; t < len; t += 0.7) {
        p.blend(Math.floor((x + Math.cos(a) * t + size) % size), Math.floor((y + Math.sin(a) * t + size) % size), c, 0.5);
      }
    }
    // fallen leaves and needles on the litter patches
    for (let i = 0; i < 9000; i++) {
      const x = rng.range(0, size);
      const y = rng.range(0, size);
      if (rng.next() > at(x, y) * 0.9 + 0.05) continue;
      const c = rng.pick([[140, 96, 50], [122, 84, 44], [156, 118, 62], [98, 74, 46], [112, 100, 62]]);
      if (rng.chance(0.55)) p.ellipse(x, y, rng.range(3, 7), rng.range(1.6, 3.5), rng.range(0, PI), mulRgb(c, rng.range(0.8, 1.1)), 0.9);
      else p.ellipse(x, y, rng.range(4, 8), 0.7, rng.range(0, PI), [84, 64, 42], 0.8);
    }
    for (let i = 0; i < 30; i++) {
      const x = rng.range(0, size);
      const y = rng.range(0, size);
      const a = rng.range(0, PI);
      const len = rng.range(20, 60);
      for (let t = 0; t < len; t++) p.ellipse((x + Math.cos(a) * t) % size, (y + Math.sin(a) * t) % size, 1.4, 1.4, 0, [70, 52, 36], 0.9);
    }
    const map = p.texture();
    const bd = new Uint8Array(size * size * 4);
    for (let i = 0; i < size * size; i++) {
      const l = (p.d[i * 4] * 0.3 + p.d[i * 4 + 1] * 0.6 + p.d[i * 4 + 2] * 0.1) * 1.6;
      bd[i * 4] = bd[i * 4 + 1] = bd[i * 4 + 2] = clamp(l, 0, 255);
      bd[i * 4 + 3] = 255;
    }
    return { map, bump: finishTexture(new THREE.DataTexture(bd, size, size, THREE.RGBAFormat), { srgb: false }) };
  }

  function logWallTexture(seed, { size = 512, metres = 4, logD = 0.26 } = {}) {
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

  function shingleTexture(seed) {
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

  SCENES.forest = function buildForest() {
    const rng = makeRng(9090);
    const scene = new THREE.Scene();
    setupEnvironment(scene, {
      sunYaw: 150,
      sunElev: 62,
      zenith: 0x4c84c8,
      horizon: 0xc8dae0,
      sunColor: 0xfff0d2,
      sunGlow: 0xffeccc,
      sunIntensity: 3.4,
      hemi: 0.85,
      hemiSky: 0xb4cce0,
      hemiGround: 0x4a4a2a,
      envIntensity: 0.45,
      fogColor: 0x7d9486,
      fogDensity: 0.02,
      cloudCover: 0.6,
      cloudScale: 1.4,
      cloudSeed: 40,
      shadowExtent: 40,
      shadowMap: 2048,
      shadowRadius: 2,
      envGround: 0x3a4a2a,
    });
    const b = new Batch();
    const clearingR = (a) => 12 + (vnoise(Math.cos(a) * 2 + 3, Math.sin(a) * 2 + 3, 71) - 0.5) * 5;
    const heightFn = (x, z) => {
      const r = Math.hypot(x, z);
      return (fbm(x / 30, z / 30, 12, 1 << 20, 3) - 0.5) * 3.5 * smoothstep(4, 25, r) + r * 0.01;
    };
    const floor = forestFloorTexture(3);
    for (const t of [floor.map, floor.bump]) t.repeat.set(4 / 3, 4 / 3); // terrain UVs are in 4 m units
    // ground: vertex colours brighten the sunny clearing and darken the forest floor
    const groundMat = new THREE.MeshStandardMaterial({ map: floor.map, bumpMap: floor.bump, bumpScale: 1.2, roughness: 0.95 });
    const ground = polarTerrain({
      rMax: 3000,
      rings: 140,
      segs: 256,
      heightFn,
      colorFn: (x, z) => {
        const r = Math.hypot(x, z);
        const a = Math.atan2(z, x);
        const t = smoothstep(clearingR(a) - 2, clearingR(a) + 3, r);
        const n = fbm(x / 8, z / 8, 4, 1 << 20, 3);
        const g = new THREE.Color(1.1 + n * 0.2, 1.2 + n * 0.2, 0.95);
        const f = new THREE.Color(0.95 + n * 0.2, 0.82 + n * 0.15, 0.72);
        return g.lerp(f, t);
      },
      material: groundMat,
    });
    scene.add(ground);
    // trees: tall spruces and beeches around the clearing, young trees below,
    // cheaper prototypes (fewer leaf cards) further away
    const spruce = [
      coniferProto(601, { height: 22, radius: 3.6, layers: 10, cards: 200, cardSize: 1.6 }),
      coniferProto(602, { height: 17, radius: 3.0, layers: 9, cards: 160, cardSize: 1.5 }),
    ];
    const spruceFar = [coniferProto(605, { height: 20, radius: 3.4, layers: 9, cards: 40, cardSize: 2.0 })];
    const beech = [
      broadleafProto(603, { height: 19, crown: 6.0, trunkR: 0.38, cards: 320, cardSize: 1.8, squash: 0.9, blobs: 9 }),
      broadleafProto(604, { height: 15, crown: 5.0, trunkR: 0.32, cards: 260, cardSize: 1.6, squash: 0.95 }),
    ];
    const beechFar = [broadleafProto(606, { height: 18, crown: 5.8, trunkR: 0.36, cards: 60, cardSize: 2.4, squash: 0.95, blobs: 9 })];
    const young = [broadleafProto(607, { height: 6, crown: 2.2, trunkR: 0.1, cards: 160, cardSize: 1.0, squash: 1.1, blobs: 6 })];
    const lists = { s: [], sf: [], b: [], bf: [], y: [] };
    const occ = [];
    let tries = 0;
    let placed = 0;
    while (placed < 330 && tries < 30000) {
      tries++;
      const a = rng.range(0, 2 * PI);
      const cr = clearingR(a);
      const r = cr + 1.0 + Math.pow(rng.next(), 1.4) * 80;
      const x = Math.cos(a) * r;
      const z = -Math.sin(a) * r;
      const isSpruce = rng.chance(0.5);
      const s = rng.range(0.8, 1.2);
      const rad = isSpruce ? 2.6 * s : 3.6 * s;
      if (occ.some((o) => Math.hypot(o[0] - x, o[1] - z) < o[2] + rad * 0.6)) continue;
      occ.push([x, z, rad * 0.6]);
      placed++;
      const it = { x, y: heightFn(x, z) - 0.2, z, s, ry: rng.range(0, 2 * PI), proto: rng.int(0, 1), tint: rng.range(0.8, 1.1), tintB: rng.range(0.85, 1.0) };
      const far = r > cr + 22;
      (isSpruce ? (far ? lists.sf : lists.s) : far ? lists.bf : lists.b).push(it);
    }
    for (let i = 0; i < 70; i++) {
      const a = rng.range(0, 2 * PI);
      const r = clearingR(a) + rng.range(0.5, 25);
      const x = Math.cos(a) * r;
      const z = -Math.sin(a) * r;
      lists.y.push({ x, y: heightFn(x, z) - 0.1, z, s: rng.range(0.6, 1.2), ry: rng.range(0, 6.3), proto: 0, tint: rng.range(0.9, 1.15) });
    }
    const spruceMats = foliageMats([0x2a4f26, 0x335c2c, 0x223f1e, 0x3d6632], 611, { needle: true, blobTint: 0.45, trunkMap: barkTexture(612, [80, 64, 52]) });
    const beechMats = foliageMats([0x5a8a32, 0x6c9a3a, 0x4c7a2c, 0x82a84a], 614, { trunkMap: barkTexture(613, [120, 116, 104]) });
    plantTrees(scene, spruce, lists.s, spruceMats);
    plantTrees(scene, spruceFar, lists.sf, spruceMats);
    plantTrees(scene, beech, lists.b, beechMats);
    plantTrees(scene, beechFar, lists.bf, beechMats);
    plantTrees(scene, young, lists.y, foliageMats([0x6a9a3a, 0x7aa844, 0x5a8a32], 615, { trunkMap: barkTexture(616, [110, 100, 84]) }));

    const mats = {
      rock: stdMat({ roughness: 0.95 }),
      bark: new THREE.MeshStandardMaterial({ map: barkTexture(620, [96, 80, 62]), roughness: 0.95 }),
      wood: stdMat({ color: col(0x8a6a4a), roughness: 0.85 }),
      plant: stdMat({ roughness: 0.9 }),
      flower: stdMat({ roughness: 0.8 }),
      iron: stdMat({ color: col(0x2a2e30), roughness: 0.5, metalness: 0.5 }),
      glass: stdMat({ roughness: 0.15 }),
      stone: stdMat({ roughness: 0.9 }),
    };
    // rocks
    const rockSpots = [
      [-6.5, -7.5, 1.3],
      [8.5, 3.5, 0.9],
      [-9.5, 4, 1.8],
      [3.2, 8.5, 0.6],
      [-2.5, -11, 0.7],
      [10.5, -6.5, 0.8],
      [-4, 9.5, 0.5],
      [6, -10.5, 1.1],
    ];
    for (const [x, z, r] of rockSpots) {
      const g = rockGeom(rng.int(1, 1e6), r, { flat: 0.6, moss: 0.45, base: 0x8a877e, mossCol: 0x3f5a26 });
      g.rotateY(rng.range(0, 6.3));
      g.translate(x, heightFn(x, z) - r * 0.15, z);
      b.add(mats.rock, g, null);
    }
    // fallen log with branch stubs and mossy top
    {
      const L = 7.5;
      const R = 0.38;
      const cx = -3.2;
      const cz = -5.2;
      const ang = 0.5;
      const y = heightFn(cx, cz) + R * 0.8;
      const logG = new THREE.CylinderGeometry(R * 0.85, R, L, 16, 6);
      const lp = logG.attributes.position;
      for (let i = 0; i < lp.count; i++) {
        const n = fbm3(lp.getX(i) * 2, lp.getY(i) * 0.8, lp.getZ(i) * 2, 9, 2);
        const k = 0.9 + n * 0.2;
        lp.setX(i, lp.getX(i) * k);
        lp.setZ(i, lp.getZ(i) * k);
      }
      logG.computeVertexNormals();
      const m = new THREE.Matrix4().compose(V3(cx, y, cz), new THREE.Quaternion().setFromEuler(new THREE.Euler(0, ang, PI / 2 - 0.04, 'YXZ')), V3(1, 1, 1));
      const logMesh = new THREE.Mesh(logG.applyMatrix4(m), mats.bark);
      logMesh.castShadow = logMesh.receiveShadow = true;
      scene.add(logMesh);
      // moss on top
      const rings = texFromFn(128, 128, (x2, y2, o) => {
        const d = Math.hypot(x2 - 64, y2 - 64) / 64;
        const ring = 0.5 + 0.5 * Math.sin(d * 60 + fbm(x2 / 10, y2 / 10, 3, 12.8, 2) * 4);
        const k = d > 0.9 ? 0.45 : 0.75 + ring * 0.2;
        o[0] = 196 * k;
        o[1] = 160 * k;
        o[2] = 112 * k;
      });
      const dir = V3(Math.cos(ang), 0, -Math.sin(ang));
      const endG = new THREE.CircleGeometry(R * 0.98, 20);
      const end = new THREE.Mesh(endG, new THREE.MeshStandardMaterial({ map: rings, roughness: 0.9 }));
      end.position.set(cx + dir.x * (L / 2 + 0.01), y, cz + dir.z * (L / 2 + 0.01));
      end.lookAt(end.position.clone().add(dir));
      scene.add(end);
      for (const [t, a2, l2] of [
        [-0.25, 0.9, 0.7],
        [0.1, -1.2, 0.5],
        [0.3, 0.5, 0.9],
      ]) {
        const p = V3(cx, y, cz).addScaledVector(dir, t * L);
        const br = cylG(0.05, 0.1, l2, 6, { y: l2 / 2 });
        br.applyQuaternion(new THREE.Quaternion().setFromEuler(new THREE.Euler(a2, ang, 0.3)));
        br.translate(p.x, p.y + 0.2, p.z);
        b.add(mats.wood, br, 0x5e4a38);
      }
      // mushrooms near the log
      for (let i = 0; i < 9; i++) {
        const p = V3(cx, 0, cz).addScaledVector(dir, rng.range(-3, 3)).add(V3(rng.sym(0.9), 0, rng.sym(0.9)));
        const gy = heightFn(p.x, p.z);
        const h = rng.range(0.06, 0.14);
        b.add(mats.plant, cylG(0.015, 0.02, h, 6, { x: p.x, y: gy + h / 2, z: p.z }), 0xeee6d6);
        const cap = new THREE.SphereGeometry(rng.range(0.04, 0.07), 10, 6, 0, 2 * PI, 0, PI / 2);
        cap.scale(1, 0.6, 1);
        b.add(mats.plant, cap.translate(p.x, gy + h, p.z), rng.chance(0.6) ? 0xb8321e : 0xb88a52);
      }
    }
    // the hut: a small log cabin at the edge of the clearing
    {
      const yaw = 28;
      const dist = 10.5;
      const p = dirYaw(yaw).multiplyScalar(dist);
      const gy = heightFn(p.x, p.z);
      const g = new THREE.Group();
      g.position.set(p.x, gy - 0.1, p.z);
      g.rotation.y = facingYaw(yaw + 180 - 20);
      scene.add(g);
      g.updateMatrixWorld(true);
      const w = 4.6;
      const d = 3.8;
      const h = 2.5;
      const logs = logWallTexture(5);
      for (const t of [logs.map, logs.bump]) t.repeat.set(0.25, 0.25);
      const wallMat = new THREE.MeshStandardMaterial({ map: logs.map, bumpMap: logs.bump, bumpScale: 3, roughness: 0.9 });
      const bodyG = new THREE.BoxGeometry(w, h, d);
      {
        const uv = bodyG.attributes.uv;
        const pp = bodyG.attributes.position;
        const nn = bodyG.attributes.normal;
        for (let i = 0; i < uv.count; i++) {
          const horiz = Math.abs(nn.getX(i)) > 0.5 ? pp.getZ(i) : pp.getX(i);
          uv.setXY(i, horiz, pp.getY(i) + h / 2);
        }
      }
      const body = new THREE.Mesh(bodyG, wallMat);
      body.position.set(0, h / 2, -d / 2);
      body.castShadow = body.receiveShadow = true;
      g.add(body);
      const sh = shingleTexture(6);
      for (const t of [sh.map, sh.bump]) t.repeat.set(0.3, 0.3);
      const roofMat = new THREE.MeshStandardMaterial({ map: sh.map, bumpMap: sh.bump, bumpScale: 2, roughness: 0.9, side: THREE.DoubleSide });
      const { roof, gables, rise } = gableRoofGeoms(w, d, h, 40 * DEG, 0.7, 0.5);
      const rm = new THREE.Mesh(roof, roofMat);
      rm.castShadow = rm.receiveShadow = true;
      g.add(rm);
      const gm = new THREE.Mesh(gables, new THREE.MeshStandardMaterial({ color: col(0x7a5a3c), roughness: 0.9 }));
      gm.castShadow = true;
      g.add(gm);
      const M = g.matrixWorld;
      const add = (mat, geo, c) => b.add(mat, geo.applyMatrix4(M), c);
      // corner log ends
      for (const [sx, sz] of [
        [-1, 0],
        [1, 0],
        [-1, -1],
        [1, -1],
      ]) {
        for (let k = 0; k < 9; k++) {
          const yy = 0.13 + k * 0.26;
          add(mats.wood, xf(new THREE.CylinderGeometry(0.13, 0.13, 0.5, 8), { x: sx * (w / 2 + 0.05), y: yy, z: sz * d + 0.0 + (sz ? -0.05 : 0.05), rx: k % 2 ? PI / 2 : 0, rz: k % 2 ? 0 : PI / 2 }), 0x8a6644);
        }
      }
      // door, window with shutters, porch bench, chimney, woodpile
      add(mats.wood, boxG(0.95, 1.95, 0.08, { x: -0.9, y: 0.98, z: 0.03 }), 0x5a3e28);
      add(mats.iron, boxG(0.05, 0.05, 0.06, { x: -0.55, y: 1.0, z: 0.1 }));
      add(mats.glass, boxG(0.85, 0.7, 0.05, { x: 1.1, y: 1.45, z: 0.03 }), 0x2b3a40);
      add(mats.wood, boxG(0.08, 0.7, 0.06, { x: 1.1, y: 1.45, z: 0.06 }), 0xe8dcc0);
      add(mats.wood, boxG(0.85, 0.06, 0.06, { x: 1.1, y: 1.45, z: 0.06 }), 0xe8dcc0);
      for (const sx of [-1, 1]) add(mats.wood, boxG(0.45, 0.75, 0.05, { x: 1.1 + sx * 0.68, y: 1.45, z: 0.05 }), 0x3e5a3a);
      add(mats.wood, boxG(1.1, 0.08, 0.2, { x: 1.1, y: 1.05, z: 0.12 }), 0x6a4a30);
      for (let k = 0; k < 5; k++) add(mats.flower, new THREE.IcosahedronGeometry(0.07, 0).translate(0.7 + k * 0.2, 1.15, 0.12), k % 2 ? 0xd6314a : 0xf2f0ea);
      add(mats.stone, boxG(0.6, rise + 1.4, 0.6, { x: 1.3, y: h + (rise + 1.4) / 2 - 0.3, z: -d / 2 - 0.6 }), 0x8a8478);
      add(mats.wood, boxG(1.6, 0.06, 0.35, { x: 0.6, y: 0.45, z: 0.45 }), 0x7a5a3c);
      for (const sx of [-1, 1]) add(mats.wood, boxG(0.08, 0.45, 0.3, { x: 0.6 + sx * 0.65, y: 0.225, z: 0.45 }), 0x6a4a30);
      for (let row = 0; row < 4; row++) {
        for (let k = 0; k < 7 - row; k++) {
          add(mats.wood, xf(new THREE.CylinderGeometry(0.12, 0.12, 0.9, 8), { x: -w / 2 - 0.6, y: 0.13 + row * 0.22, z: -0.5 - (k + row * 0.5) * 0.25, rz: PI / 2 }), rng.pick([0xa07a52, 0x8e6a48, 0xb08a60]));
        }
      }
      add(mats.wood, cylG(0.3, 0.32, 0.5, 12, { x: -2.3, y: 0.25, z: 1.4 }), 0x8a6a48);
      add(mats.iron, boxG(0.04, 0.5, 0.04, { x: -2.3, y: 0.65, z: 1.4, rz: 0.4 }));
      add(mats.wood, boxG(0.04, 0.6, 0.04, { x: -2.23, y: 0.75, z: 1.4, rz: 0.4 }), 0x8a6a48);
    }
    // ferns and bushes around the edge of the clearing
    {
      const fern = fernTexture(8);
      const pos = [];
      const nrm = [];
      const uv = [];
      for (let i = 0; i < 420; i++) {
        const a = rng.range(0, 2 * PI);
        const r = clearingR(a) + rng.range(-1.5, 14);
        const x = Math.cos(a) * r;
        const z = -Math.sin(a) * r;
        const y = heightFn(x, z);
        const s = rng.range(0.5, 1.0);
        const fronds = 6;
        for (let k = 0; k < fronds; k++) {
          const fa = (k / fronds) * 2 * PI + rng.sym(0.3);
          const tilt = rng.range(0.6, 1.0);
          const dx = Math.cos(fa);
          const dz = Math.sin(fa);
          const side = V3(-dz, 0, dx).multiplyScalar(0.22 * s);
          const tip = V3(x + dx * s * tilt, y + s * 0.75, z + dz * s * tilt);
          const base = V3(x, y, z);
          const c = [base.clone().sub(side), base.clone().add(side), tip.clone().add(side), tip.clone().sub(side)];
          const uvs = [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ];
          for (const q of [0, 1, 2, 0, 2, 3]) {
            pos.push(c[q].x, c[q].y, c[q].z);
            nrm.push(0, 1, 0);
            uv.push(uvs[q][0], uvs[q][1]);
          }
        }
      }
      const fg = new THREE.BufferGeometry();
      fg.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
      fg.setAttribute('normal', new THREE.Float32BufferAttribute(nrm, 3));
      fg.setAttribute('uv', new THREE.Float32BufferAttribute(uv, 2));
      const fm = new THREE.Mesh(fg, new THREE.MeshLambertMaterial({ map: fern, alphaTest: 0.5, side: THREE.DoubleSide }));
      fm.castShadow = true;
      fm.receiveShadow = true;
      scene.add(fm);
    }
    // flowers in the clearing
    for (let i = 0; i < 400; i++) {
      const a = rng.range(0, 2 * PI);
      const r = Math.sqrt(rng.next()) * clearingR(a);
      const x = Math.cos(a) * r;
      const z = -Math.sin(a) * r;
      if (r < 1.2) continue;
      b.add(mats.flower, new THREE.IcosahedronGeometry(rng.range(0.025, 0.045), 0).translate(x, heightFn(x, z) + rng.range(0.1, 0.3), z), rng.pick([0xffffff, 0xf6e27a, 0xd9c4f0, 0xf2f0ea, 0xb9a0e8]));
    }
    const tuft = grassTuftTexture(56, [[84, 118, 46], [104, 136, 56], [126, 148, 66], [70, 98, 40]]);
    plantGrass(scene, rng, tuft, {
      count: 1300,
      rMax: 16,
      size: [0.2, 0.45],
      y: heightFn,
      accept: (x, z) => {
        const a = Math.atan2(-z, x);
        return Math.hypot(x, z) < clearingR(a) + 1;
      },
    });
    b.flush(scene);
    return { scene, exposure: 1.05 };
  };

  // ----- The Lookout Hill ---------------------------------------------------------
  SCENES.hill = function buildHill() {
    const rng = makeRng(31337);
    const scene = new THREE.Scene();
    const SEA_Y = -92;
    setupEnvironment(scene, {
      sunYaw: -40,
      sunElev: 6.5,
      zenith: 0x34508c,
      horizon: 0xf4b27a,
      groundFar: 0xc98a66,
      sunColor: 0xffb46a,
      sunGlow: 0xff9a50,
      sunDisc: 30,
      sunSize: 1.4,
      glow: 1.6,
      haze: 0.9,
      sunIntensity: 4.8,
      hemi: 1.0,
      hemiSky: 0x9a98c8,
      hemiGround: 0x6a5038,
      envIntensity: 0.7,
      fogColor: 0xe6a98a,
      fogDensity: 0.0006,
      cloudCover: 0.6,
      cloudScale: 1.0,
      cloudSeed: 55,
      cloudColor: 0xffc49a,
      cloudShade: 0x8a6c8c,
      shadowExtent: 40,
      shadowBias: -0.0006,
      envGround: 0x5a4a3a,
    });
    const b = new Batch();
    // terrain: we stand on a hilltop; it falls away steeply in front toward the
    // town on the coastal plain, and more gently behind
    const EDGE = 3.3;
    const heightFn = (x, z) => {
      const r = Math.hypot(x, z);
      const fwd = Math.max(0, -z - EDGE);
      const front = -(34 * (1 - Math.exp(-fwd / 10)) + 53 * smoothstep(0, 200, fwd));
      const back = -0.11 * Math.max(0, r - 6) - 0.0004 * r * r;
      const w = smoothstep(-0.2, 0.55, -z / Math.max(r, 1e-3));
      let h = lerp(back, front, w * smoothstep(2, EDGE + 1, -z + 3));
      h += (fbm(x / 60, z / 60, 4, 1 << 20, 4) - 0.5) * 10 * smoothstep(8, 60, r);
      // coastal plain with the town, then the shore
      const plain = -86 + (fbm(x / 150, z / 150, 8, 1 << 20, 3) - 0.5) * 4;
      h = Math.max(h, plain) * 1;
      const shoreD = -z - (760 + (fbm(x / 200, 0.5, 11, 1 << 20, 3) - 0.5) * 160);
      h = lerp(h, SEA_Y - 6, smoothstep(-20, 40, shoreD));
      // headlands left and right
      const head = smoothstep(380, 700, Math.abs(x)) * smoothstep(1500, 500, -z) * 140 * fbm(x / 260, z / 260, 19, 1 << 20, 4);
      h = Math.max(h, SEA_Y - 6 + head);
      const flatR = lerp(7, EDGE, smoothstep(-0.3, 0.4, -z / Math.max(r, 1e-3)));
      if (r < flatR + 1) h = lerp(0, h, smoothstep(flatR, flatR + 1, r));
      return h;
    };
    const grass = grassTexture(35, { base: [128, 140, 62], dry: [186, 160, 84], dark: [78, 96, 42] });
    for (const t of [grass.map, grass.bump]) t.repeat.set(4 / 3, 4 / 3); // terrain UVs are in 4 m units
    const ground = polarTerrain({
      rMax: 5000,
      rings: 170,
      segs: 320,
      r0: 0.4,
      heightFn,
      colorFn: (x, z, y, slope) => {
        const n = fbm(x / 30, z / 30, 6, 1 << 20, 4);
        const c = new THREE.Color(0.85 + n * 0.3, 0.85 + n * 0.25, 0.75 + n * 0.2);
        const rock = smoothstep(0.45, 0.75, slope + (n - 0.5) * 0.3);
        c.lerp(new THREE.Color(0.75, 0.68, 0.62), rock);
        const path = Math.abs(x - Math.sin(z / 9) * 1.5) < 0.9 && z > 1.5 ? 1 : 0;
        c.lerp(new THREE.Color(1.2, 0.95, 0.7), path * 0.7);
        if (y < -80) {
          const f = fbm(x / 90, z / 90, 7, 1 << 20, 3);
          c.setRGB(0.6 + f * 0.3, 0.68 + f * 0.2, 0.45);
        }
        if (y < SEA_Y + 1.5) c.setRGB(1.3, 1.15, 0.9);
        return c;
      },
      material: new THREE.MeshStandardMaterial({ map: grass.map, bumpMap: grass.bump, bumpScale: 1, roughness: 0.95 }),
    });
    scene.add(ground);
    const sea = new THREE.Mesh(new THREE.PlaneGeometry(20000, 20000), waterMaterial(91, { color: 0x24506a, repeat: 2400, normalScale: 0.5, rough: 0.12 }));
    sea.rotation.x = -PI / 2;
    sea.position.y = SEA_Y;
    scene.add(sea);

    const mats = {
      wood: stdMat({ color: col(0x8a6242), roughness: 0.8 }),
      iron: stdMat({ color: col(0x2a2e30), roughness: 0.5, metalness: 0.5 }),
      plant: stdMat({ roughness: 0.9 }),
      flower: stdMat({ roughness: 0.8 }),
      rock: stdMat({ roughness: 0.95 }),
    };
    // wooden railing along the edge, bench facing the view
    const railPts = [];
    for (let a = -84; a <= 84; a += 14) {
      const r = 3.15 + Math.abs(a) * 0.012;
      railPts.push(dirYaw(a).multiplyScalar(r));
    }
    railPts.forEach((p, i) => {
      const y = heightFn(p.x, p.z);
      b.add(mats.wood, boxG(0.11, 1.3, 0.11, { x: p.x, y: y + 0.4, z: p.z, ry: rng.sym(0.1) }), 0x8a6242);
      if (i + 1 < railPts.length) {
        const q = railPts[i + 1];
        const yq = heightFn(q.x, q.z);
        for (const hh of [0.5, 0.98]) {
          const a2 = V3(p.x, y + hh, p.z);
          const c2 = V3(q.x, yq + hh, q.z);
          const d = c2.clone().sub(a2);
          const g = boxG(0.08, 0.1, d.length() + 0.1, {});
          g.applyQuaternion(new THREE.Quaternion().setFromUnitVectors(V3(0, 0, 1), d.clone().normalize()));
          g.translate((a2.x + c2.x) / 2, (a2.y + c2.y) / 2, (a2.z + c2.z) / 2);
          b.add(mats.wood, g, 0x9a7050);
        }
      }
    });
    bench(b, mats, -2.3, -1.1, -18, { length: 2.0 });
    // a telescope / viewer on a post
    {
      const x = 1.5;
      const z = -2.2;
      b.add(mats.iron, cylG(0.06, 0.08, 1.1, 8, { x, y: 0.55, z }));
      b.add(mats.iron, xf(new THREE.CylinderGeometry(0.08, 0.11, 0.55, 10), { x, y: 1.25, z: z - 0.05, rx: PI / 2 - 0.2 }), 0x3e6a5a);
    }
    // a lonely pine on the hilltop and some shrubs
    const pine = [broadleafProto(701, { height: 9, crown: 3.4, trunkR: 0.24, cards: 380, cardSize: 1.5, squash: 0.5, blobs: 7 })];
    plantTrees(scene, pine, [{ x: 7.5, y: heightFn(7.5, 5.5) - 0.1, z: 5.5, s: 1.0, ry: 0.7, proto: 0, tint: 0.95 }], foliageMats([0x3e5a2a, 0x4a6a30, 0x33502a], 702, { needle: true, blobTint: 0.5, trunkMap: barkTexture(703, [120, 84, 60]) }));
    const shrubs = [broadleafProto(704, { height: 2.2, crown: 1.1, trunkR: 0.05, cards: 90, cardSize: 0.7, squash: 0.9, blobs: 5 })];
    const shrubItems = [];
    for (let i = 0; i < 40; i++) {
      const a = rng.range(100, 260);
      const r = rng.range(7, 45);
      const p = dirYaw(a).multiplyScalar(r);
      shrubItems.push({ x: p.x, y: heightFn(p.x, p.z) - 0.1, z: p.z, s: rng.range(0.7, 1.4), ry: rng.range(0, 6.3), proto: 0, tint: rng.range(0.85, 1.1) });
    }
    // trees on the slopes behind and in the town
    const trees = [broadleafProto(705, { height: 10, crown: 3.6, cards: 200, cardSize: 1.8 }), broadleafProto(706, { height: 8, crown: 3.0, cards: 160, cardSize: 1.7 })];
    const treeItems = [];
    for (let i = 0; i < 90; i++) {
      const a = rng.range(95, 265);
      const r = rng.range(25, 260);
      const p = dirYaw(a).multiplyScalar(r);
      treeItems.push({ x: p.x, y: heightFn(p.x, p.z) - 0.2, z: p.z, s: rng.range(0.8, 1.3), ry: rng.range(0, 6.3), proto: i, tint: rng.range(0.85, 1.1) });
    }
    const leafy = foliageMats([0x4f7a2e, 0x628f35, 0x3f6626], 707, { trunkMap: barkTexture(708) });
    plantTrees(scene, shrubs, shrubItems, leafy);
    plantTrees(scene, trees, treeItems, leafy);
    // rocks at the edge
    for (let i = 0; i < 12; i++) {
      const p = dirYaw(rng.range(-100, 100)).multiplyScalar(rng.range(5.5, 9));
      const g = rockGeom(rng.int(1, 1e6), rng.range(0.3, 0.9), { flat: 0.6, moss: 0.3, base: 0x9a9184, mossCol: 0x6a7a3a });
      g.translate(p.x, heightFn(p.x, p.z) - 0.1, p.z);
      b.add(mats.rock, g, null);
    }
    // the town on the plain: instanced houses and roofs
    {
      const n = 2400;
      const facade = new Painter(64, 64, [236, 226, 206]);
      for (let r = 0; r < 2; r++) {
        for (let c = 0; c < 3; c++) facade.rect(8 + c * 19, 12 + r * 26, 16 + c * 19, 26 + r * 26, [60, 58, 62]);
      }
      const body = new THREE.InstancedMesh(new THREE.BoxGeometry(1, 1, 1).translate(0, 0.5, 0), new THREE.MeshLambertMaterial({ map: facade.texture() }), n);
      const roofG = new THREE.CylinderGeometry(0.72, 0.72, 1, 3, 1).rotateZ(PI / 2).rotateY(PI / 2).scale(1, 0.8, 1.4).translate(0, 0.25, 0);
      const roofs = new THREE.InstancedMesh(roofG, new THREE.MeshLambertMaterial({ color: 0xffffff }), n);
      const m4 = new THREE.Matrix4();
      let k = 0;
      let guard = 0;
      const streetsYaw = 0.35;
      while (k < n && guard < 20000) {
        guard++;
        const x = rng.range(-650, 650);
        const z = -rng.range(190, 760);
        const y = heightFn(x, z);
        if (y > -80 || y < SEA_Y + 1) continue;
        // town density: denser near the centre by the harbour
        const cx = (x - 40) / 520;
        const cz = (z + 560) / 260;
        if (rng.next() > Math.exp(-(cx * cx + cz * cz)) * 1.5) continue;
        // align to a rough street grid
        const gx = x * Math.cos(streetsYaw) - z * Math.sin(streetsYaw);
        if (Math.abs((((gx % 22) + 22) % 22) - 11) < 2.2) continue;
        const w = rng.range(7, 12);
        const d = rng.range(7, 10);
        const h = rng.range(5, 11);
        const ry = streetsYaw + (rng.chance(0.5) ? PI / 2 : 0) + rng.sym(0.05);
        m4.compose(V3(x, y - 1.5, z), new THREE.Quaternion().setFromEuler(new THREE.Euler(0, ry, 0)), V3(w, h + 1.5, d));
        body.setMatrixAt(k, m4);
        body.setColorAt(k, col(rng.pick([0xf6efe2, 0xf0dcc0, 0xf4e6cc, 0xe8ccaa, 0xffffff, 0xe6d2b4])));
        m4.compose(V3(x, y + h, z), new THREE.Quaternion().setFromEuler(new THREE.Euler(0, ry, 0)), V3(w * 0.72, rng.range(3, 4.5), d * 0.74));
        roofs.setMatrixAt(k, m4);
        roofs.setColorAt(k, col(rng.pick([0xb0563c, 0xc0603e, 0x9a4a36, 0xa85a40, 0x7a6e6a, 0xc46e48])));
        k++;
      }
      body.count = roofs.count = k;
      for (const im of [body, roofs]) {
        im.computeBoundingSphere();
        scene.add(im);
      }
      // church and harbour walls
      const cx0 = 40;
      const cz0 = -520;
      const cy = heightFn(cx0, cz0);
      b.add(mats.plant, boxG(14, 36, 14, { x: cx0, y: cy + 18, z: cz0 }), 0xf0e4cc);
      b.add(mats.plant, xf(new THREE.ConeGeometry(10, 26, 4), { x: cx0, y: cy + 49, z: cz0, ry: PI / 4 }), 0x5a6a70);
      b.add(mats.plant, boxG(20, 16, 40, { x: cx0, y: cy + 8, z: cz0 - 26 }), 0xf0e4cc);
      b.add(mats.plant, xf(new THREE.CylinderGeometry(12, 12, 40, 3, 1), { x: cx0, y: cy + 20, z: cz0 - 26, rx: PI / 2, rz: PI / 2 }).scale(1, 1, 1), 0xa8503a);
      for (const [x0, z0, x1, z1] of [
        [-40, -790, 120, -840],
        [200, -800, 160, -860],
      ]) {
        const d = V3(x1 - x0, 0, z1 - z0);
        const g = boxG(8, 6, d.length(), {});
        g.rotateY(Math.atan2(d.x, d.z));
        g.translate((x0 + x1) / 2, SEA_Y + 2, (z0 + z1) / 2);
        b.add(mats.rock, g, 0x9a9284);
      }
      // boats in the bay (tiny)
      for (let i = 0; i < 14; i++) {
        const x = rng.range(-300, 400);
        const z = -rng.range(880, 1400);
        b.add(mats.plant, boxG(3, 1.5, 9, { x, y: SEA_Y + 0.5, z, ry: rng.range(0, PI) }), 0xf6f2ea);
        if (rng.chance(0.5)) b.add(mats.plant, xf(new THREE.ConeGeometry(3, 12, 3), { x, y: SEA_Y + 7, z }), 0xfff6ee);
      }
      // town trees
      const tItems = [];
      for (let i = 0; i < 160; i++) {
        const x = rng.range(-520, 520);
        const z = -rng.range(200, 720);
        const y = heightFn(x, z);
        if (y > -78 || y < SEA_Y + 2) continue;
        tItems.push({ x, y: y - 0.2, z, s: rng.range(0.9, 1.6), ry: rng.range(0, 6.3), proto: i, tint: rng.range(0.8, 1.0) });
      }
      plantTrees(scene, trees, tItems, leafy);
    }
    // wild flowers and grass tufts on the hilltop
    for (let i = 0; i < 700; i++) {
      const p = dirYaw(rng.range(-180, 180)).multiplyScalar(rng.range(1.5, 25));
      const y = heightFn(p.x, p.z);
      if (y < -6) continue;
      b.add(mats.flower, new THREE.IcosahedronGeometry(rng.range(0.03, 0.05), 0).translate(p.x, y + rng.range(0.08, 0.3), p.z), rng.pick([0xffffff, 0xf6e27a, 0xd9c4f0, 0xe86a8e, 0xf2f0ea]));
    }
    const tuft = grassTuftTexture(57, [[136, 142, 62], [156, 156, 72], [176, 160, 82], [112, 124, 52]]);
    plantGrass(scene, rng, tuft, { count: 2000, rMax: 20, size: [0.12, 0.3], y: heightFn, accept: (x, z) => !(Math.abs(x - Math.sin(z / 9) * 1.5) < 1.0 && z > 1.5) && Math.hypot(x, z) > 1.2 });
    b.flush(scene);
    return { scene, exposure: 1.2 };
  };

  // ==========================================================================
  // Orientation check scene: a sphere coloured by world direction (quarters)
  // ==========================================================================
  SCENES.__quarters = function () {
    const scene = new THREE.Scene();
    const m = new THREE.ShaderMaterial({
      side: THREE.BackSide,
      toneMapped: false,
      vertexShader: `varying vec3 vW; void main(){ vW = (modelMatrix * vec4(position, 1.0)).xyz; gl_Position = projectionMatrix * viewMatrix * vec4(vW, 1.0); }`,
      fragmentShader: `varying vec3 vW; void main(){
        vec3 d = normalize(vW - vec3(0.0, 1.6, 0.0));
        float yaw = degrees(atan(d.x, -d.z));
        float pitch = degrees(asin(clamp(d.y, -1.0, 1.0)));
        vec3 c;
        if (pitch > 63.0) c = vec3(1.0);
        else if (pitch < -63.0) c = vec3(0.0);
        else if (yaw >= -45.0 && yaw < 45.0) c = vec3(1.0, 0.0, 0.0);
        else if (yaw >= 45.0 && yaw < 135.0) c = vec3(0.0, 1.0, 0.0);
        else if (yaw >= -135.0 && yaw < -45.0) c = vec3(1.0, 1.0, 0.0);
        else c = vec3(0.0, 0.0, 1.0);
        gl_FragColor = vec4(c, 1.0);
      }`,
    });
    const s = new THREE.Mesh(new THREE.SphereGeometry(50, 128, 64), m);
    s.position.set(0, 1.6, 0);
    scene.add(s);
    return { scene, exposure: 1, raw: true };
  };

  // ==========================================================================
  // Cube -> equirect
  // ==========================================================================
  const EQ_FRAG = `
    uniform samplerCube tCube;
    uniform vec2 uRes;
    uniform float uFlipX;
    vec3 dirAt(vec2 px) {
      float u = px.x / uRes.x;
      float v = px.y / uRes.y;
      float yaw = (u - 0.5) * 6.283185307179586;
      float pitch = (0.5 - v) * 3.141592653589793;
      return vec3(sin(yaw) * cos(pitch), sin(pitch), -cos(yaw) * cos(pitch));
    }
    vec3 tap(vec2 px) { vec3 d = dirAt(px); d.x *= uFlipX; return textureCube(tCube, d).rgb; }
    void main() {
      // image coordinates: x right, y down from the top row
      vec2 p = vec2(gl_FragCoord.x, uRes.y - gl_FragCoord.y);
      vec3 c = tap(p + vec2(-0.25, -0.25)) + tap(p + vec2(0.25, -0.25)) + tap(p + vec2(-0.25, 0.25)) + tap(p + vec2(0.25, 0.25));
      gl_FragColor = vec4(c * 0.25, 1.0);
      #include <tonemapping_fragment>
      #include <colorspace_fragment>
    }`;
  // Cube render targets filled by CubeCamera are sampled directly with the world
  // direction (no x mirroring, unlike cube textures loaded from images); the
  // quarters check below fails loudly if this ever changes.
  const CUBE_FLIP_X = 1;

  function renderEquirect(built, { cube, width, height }) {
    const { scene } = built;
    renderer.toneMapping = built.raw ? THREE.NoToneMapping : THREE.ACESFilmicToneMapping;
    renderer.toneMappingExposure = built.exposure ?? 1;
    const rt = new THREE.WebGLCubeRenderTarget(cube, {
      type: built.raw ? THREE.UnsignedByteType : THREE.HalfFloatType,
      generateMipmaps: false,
      minFilter: THREE.LinearFilter,
      magFilter: THREE.LinearFilter,
    });
    const cc = new THREE.CubeCamera(0.1, 12000, rt);
    cc.position.set(0, 1.6, 0);
    cc.updateMatrixWorld(true);
    renderer.shadowMap.autoUpdate = false;
    renderer.shadowMap.needsUpdate = true;
    const t0 = performance.now();
    cc.update(renderer, scene);
    const t1 = performance.now();
    const mat = new THREE.ShaderMaterial({
      uniforms: { tCube: { value: rt.texture }, uRes: { value: new THREE.Vector2(width, height) }, uFlipX: { value: CUBE_FLIP_X } },
      vertexShader: 'void main(){ gl_Position = vec4(position.xy, 0.0, 1.0); }',
      fragmentShader: EQ_FRAG,
      depthTest: false,
      depthWrite: false,
      toneMapped: !built.raw,
    });
    const tri = new THREE.BufferGeometry();
    tri.setAttribute('position', new THREE.Float32BufferAttribute([-1, -1, 0, 3, -1, 0, -1, 3, 0], 3));
    const quad = new THREE.Mesh(tri, mat);
    quad.frustumCulled = false;
    const qs = new THREE.Scene();
    qs.add(quad);
    renderer.setSize(width, height, false);
    renderer.setRenderTarget(null);
    renderer.render(qs, new THREE.OrthographicCamera(-1, 1, 1, -1, 0, 1));
    const t2 = performance.now();
    rt.dispose();
    mat.dispose();
    tri.dispose();
    return { cubeMs: t1 - t0, equirectMs: t2 - t1 };
  }

  function disposeScene(scene) {
    scene.traverse((o) => {
      if (o.geometry) o.geometry.dispose();
      const ms = Array.isArray(o.material) ? o.material : o.material ? [o.material] : [];
      for (const m of ms) {
        for (const v of Object.values(m)) if (v && v.isTexture) v.dispose();
        m.dispose();
      }
    });
    if (scene.environment) scene.environment.dispose();
  }

  function downscaleToCanvas(src, w, h) {
    let cur = src;
    let cw = src.width;
    let ch = src.height;
    while (cw / 2 >= w) {
      cw = Math.round(cw / 2);
      ch = Math.round(ch / 2);
      const c = document.createElement('canvas');
      c.width = cw;
      c.height = ch;
      const g = c.getContext('2d');
      g.imageSmoothingEnabled = true;
      g.imageSmoothingQuality = 'high';
      g.drawImage(cur, 0, 0, cw, ch);
      cur = c;
    }
    if (cw !== w) {
      const c = document.createElement('canvas');
      c.width = w;
      c.height = h;
      const g = c.getContext('2d');
      g.imageSmoothingQuality = 'high';
      g.drawImage(cur, 0, 0, w, h);
      cur = c;
    }
    return cur;
  }

  window.renderPlace = async function (name, opts) {
    const t0 = performance.now();
    const built = SCENES[name]();
    if (opts.debug) window.applyDebug(built, opts.debug);
    const t1 = performance.now();
    const times = renderEquirect(built, opts);
    const canvas = renderer.domElement;
    const out = { buildMs: t1 - t0, ...times };
    if (opts.raw) {
      const gl = renderer.getContext();
      const px = new Uint8Array(opts.width * opts.height * 4);
      gl.readPixels(0, 0, opts.width, opts.height, gl.RGBA, gl.UNSIGNED_BYTE, px);
      // flip to top-row-first RGB, base64
      const rgb = new Uint8Array(opts.width * opts.height * 3);
      for (let y = 0; y < opts.height; y++) {
        const sy = opts.height - 1 - y;
        for (let x = 0; x < opts.width; x++) {
          const s = (sy * opts.width + x) * 4;
          const d = (y * opts.width + x) * 3;
          rgb[d] = px[s];
          rgb[d + 1] = px[s + 1];
          rgb[d + 2] = px[s + 2];
        }
      }
      let bin = '';
      for (let i = 0; i < rgb.length; i += 0x8000) bin += String.fromCharCode.apply(null, rgb.subarray(i, i + 0x8000));
      out.rgb = btoa(bin);
    } else {
      out.jpeg = canvas.toDataURL('image/jpeg', opts.quality).split(',')[1];
      if (opts.thumb) {
        const small = downscaleToCanvas(canvas, opts.thumb[0], opts.thumb[1]);
        out.thumb = small.toDataURL('image/jpeg', opts.quality).split(',')[1];
      }
    }
    out.encodeMs = performance.now() - t1 - times.cubeMs - times.equirectMs;
    disposeScene(built.scene);
    renderer.renderLists.dispose();
    return out;
  };
  window.applyDebug = function (built, dbg) {
    if (dbg.includes('noshadow')) renderer.shadowMap.enabled = false;
    else renderer.shadowMap.enabled = true;
    built.scene.traverse((o) => {
      if (dbg.includes('nocards') && o.material && o.material.alphaTest > 0) o.visible = false;
      if (dbg.includes('noinst') && o.isInstancedMesh) o.visible = false;
      if (dbg.includes('nograss') && o.name === 'grass') o.visible = false;
    });
  };
  window.pageReady = true;
}

// ---------------------------------------------------------------------------
// Node side
// ---------------------------------------------------------------------------
const PAGE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>panoramas</title>
<script type="importmap">{"imports":{"three":"/three/build/three.module.js","three/addons/":"/three/examples/jsm/"}}</script>
</head><body><script type="module">
import * as THREE from 'three';
import * as BGU from 'three/addons/utils/BufferGeometryUtils.js';
(${pageMain.toString()})(THREE, BGU);
</script></body></html>`;

function startServer() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE_HTML);
      return;
    }
    if (url.pathname.startsWith('/three/')) {
      const file = normalize(join(THREE_DIR, url.pathname.slice('/three/'.length)));
      if (file.startsWith(THREE_DIR) && extname(file) === '.js') {
        try {
          const body = readFileSync(file);
          res.writeHead(200, { 'content-type': 'text/javascript' });
          res.end(body);
          return;
        } catch {
          // fall through to 404
        }
      }
    }
    res.writeHead(404);
    res.end('not found');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

function parseArgs(argv) {
  const opts = { only: PLACES, check: false, preview: false, out: join(ROOT, 'assets/sample'), cube: 2048 };
  for (const a of argv) {
    const [k, v] = a.replace(/^--/, '').split('=');
    if (k === 'only') opts.only = v.split(',').filter(Boolean);
    else if (k === 'check') opts.check = true;
    else if (k === 'preview') opts.preview = true;
    else if (k === 'out') opts.out = resolve(v);
    else if (k === 'cube') opts.cube = Number(v);
    else if (k === 'debug') opts.debug = v;
    else throw new Error(`unknown option ${a}`);
  }
  for (const p of opts.only) if (!PLACES.includes(p)) throw new Error(`unknown place ${p} (known: ${PLACES.join(', ')})`);
  return opts;
}

// Renders the direction-coloured check sphere through the same cube->equirect
// pipeline and compares it with the quarters reference pixels.
async function orientationCheck(page, width, cube) {
  const height = width / 2;
  const r = await page.evaluate(([w, h, c]) => window.renderPlace('__quarters', { cube: c, width: w, height: h, raw: true }), [width, height, cube]);
  const got = Buffer.from(r.rgb, 'base64');
  const want = quartersPixels(width, height);
  let bad = 0;
  let total = 0;
  const border = Math.max(2, width / 512); // ignore pixels right at region borders
  const edgeU = [0.125, 0.375, 0.625, 0.875].map((u) => u * width);
  const edgeV = [0.15, 0.85].map((v) => v * height);
  for (let y = 0; y < height; y++) {
    if (edgeV.some((e) => Math.abs(y + 0.5 - e) < border)) continue;
    for (let x = 0; x < width; x++) {
      if (edgeU.some((e) => Math.abs(x + 0.5 - e) < border) || x < border || x > width - border) continue;
      total++;
      const i = (y * width + x) * 3;
      if (Math.abs(got[i] - want[i]) > 8 || Math.abs(got[i + 1] - want[i + 1]) > 8 || Math.abs(got[i + 2] - want[i + 2]) > 8) bad++;
    }
  }
  const at = (u, v) => {
    const i = (Math.floor(v * height) * width + Math.floor(u * width)) * 3;
    return [got[i], got[i + 1], got[i + 2]];
  };
  return {
    badFraction: bad / total,
    samples: { front: at(0.5, 0.5), right: at(0.75, 0.5), back: at(0.02, 0.5), left: at(0.25, 0.5), up: at(0.5, 0.02), down: at(0.5, 0.98) },
  };
}

// CPU seconds used so far by all descendants of this process (Linux /proc), for --debug=cpu.
function childCpuSeconds() {
  const tck = 100;
  const kids = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      kids.set(Number(d), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / tck });
    } catch {
      // process went away
    }
  }
  let sum = 0;
  const isMine = (pid) => {
    for (let p = pid, i = 0; p > 1 && i < 50; i++) {
      if (p === process.pid) return true;
      p = kids.get(p)?.ppid ?? 0;
    }
    return false;
  };
  for (const [pid, k] of kids) if (pid !== process.pid && isMine(pid)) sum += k.cpu;
  return sum;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const width = opts.preview ? 1024 : 4096;
  const height = width / 2;
  const cube = opts.preview ? Math.min(opts.cube, 512) : opts.cube;
  mkdirSync(opts.out, { recursive: true });

  const server = await startServer();
  const port = server.address().port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.error(`[page ${m.type()}]`, m.text());
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.pageReady === true, null, { timeout: 60000 });

    // Always: a quick check that the cube->equirect resampling honours the convention.
    const quick = await orientationCheck(page, 512, 256);
    if (quick.badFraction > 0.002) {
      throw new Error(`orientation self-check failed (${(quick.badFraction * 100).toFixed(2)} % wrong): ${JSON.stringify(quick.samples)}`);
    }
    if (opts.check) {
      const q = writeQuartersPng();
      console.log(`wrote ${q.out}`);
      const full = await orientationCheck(page, 2048, 1024);
      const ok = full.badFraction < 0.001;
      console.log(`orientation check (three.js cube -> equirect vs quarters.png): ${ok ? 'OK' : 'FAILED'}; ${(full.badFraction * 100).toFixed(3)} % pixels differ; samples ${JSON.stringify(full.samples)}`);
      console.log(`expected ${JSON.stringify(QUARTER_COLOURS)} (reference: ${QUARTERS_OUT})`);
      if (!ok) process.exitCode = 1;
    }

    for (const name of opts.only) {
      const t0 = Date.now();
      const cpu0 = opts.debug?.includes('cpu') ? childCpuSeconds() : 0;
      const r = await page.evaluate(
        ([n, o]) => window.renderPlace(n, o),
        [name, { cube, width, height, quality: 0.85, thumb: [512, 256], debug: opts.debug }],
      );
      writeFileSync(join(opts.out, `${name}.jpg`), Buffer.from(r.jpeg, 'base64'));
      writeFileSync(join(opts.out, `${name}.thumb.jpg`), Buffer.from(r.thumb, 'base64'));
      const s = ((Date.now() - t0) / 1000).toFixed(1);
      if (opts.debug?.includes('cpu')) console.log(`${name}: browser CPU ${(childCpuSeconds() - cpu0).toFixed(1)} s`);
      console.log(
        `${name}: ${s} s (build ${(r.buildMs / 1000).toFixed(1)} s, cube ${(r.cubeMs / 1000).toFixed(1)} s, equirect ${(r.equirectMs / 1000).toFixed(1)} s, encode ${(r.encodeMs / 1000).toFixed(1)} s) -> ${join(opts.out, name + '.jpg')}`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
