#!/usr/bin/env node
// Renders the workshop templates' panoramas in headless Chromium and writes them as 4096x2048
// equirectangular JPEGs (quality 0.8) into workshops/templates/<template>/media/:
//
//   placeholder   "Your 360° photo goes here": a 2D-canvas picture with a camera icon, instructions in
//                 English and Norwegian Bokmål (readable from the centre view, yaw 0, and repeated at
//                 yaw ±120), a soft grid and the horizon. Same bytes in every template that uses it.
//   import-background
//                 the same design without the message cards, 2048x1024, for the importers: each Twine
//                 passage's placeholder is this picture with the passage's title drawn on it
//                 (src/editor/import/titled-placeholder.ts in the app, src/cli/placeholder-art.ts in the CLI).
//   cafe, books, street
//                 language-cafe: a library café, the library's bookshelves, the bus stop outside
//   valley, bridge, under, meadow, meadow-shared
//                 legend-retold: a low-poly storybook world for "The Troll Under the Bridge"
//
// Everything is procedural (three.js primitives, canvas textures, a seeded PRNG), so the pictures are
// reproducible. Text is drawn in Atkinson Hyperlegible (the app's font, from node_modules).
//
// Panorama convention (src/story/schema/common.ts): image centre (u = 0.5) = yaw 0 = three.js -Z,
// u = 0.75 = yaw +90 = +X, top row = pitch +90. Each 3D place is rendered into a cube map and
// resampled into the equirectangular image, as scripts/make-sample-panoramas.mjs does; a quick
// direction check runs first and stops the script if the resampling is mirrored or turned.
//
// Usage:
//   node scripts/make-template-panoramas.mjs                     render everything
//   node scripts/make-template-panoramas.mjs --only=placeholder,cafe
//   node scripts/make-template-panoramas.mjs --preview --out=/tmp/p   quick 1024x512 renders into one folder
// Then run `node scripts/make-template-stories.mjs` to rewrite the templates' story.json files.

import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATES = join(ROOT, 'workshops/templates');
const THREE_DIR = join(ROOT, 'node_modules/three');
const FONT_DIR = join(ROOT, 'node_modules/@fontsource/atkinson-hyperlegible/files');

/** Picture -> the template files it is written to (the placeholder goes to every template that needs it). */
export const OUTPUTS = {
  placeholder: ['my-place/media/your-360-photo-here.jpg', 'local-history-walk/media/your-360-photo-here.jpg'],
  'import-background': ['../../assets/import/placeholder-background.jpg'],
  cafe: ['language-cafe/media/cafe.jpg'],
  books: ['language-cafe/media/books.jpg'],
  street: ['language-cafe/media/street.jpg'],
  valley: ['legend-retold/media/valley.jpg'],
  bridge: ['legend-retold/media/bridge.jpg'],
  under: ['legend-retold/media/under.jpg'],
  meadow: ['legend-retold/media/meadow.jpg'],
  'meadow-shared': ['legend-retold/media/meadow-shared.jpg'],
};

// ---------------------------------------------------------------------------------------------
// Browser side: serialised with toString() and run in the page with the three.js namespace.
// ---------------------------------------------------------------------------------------------
function pageMain(THREE) {
  const PI = Math.PI;
  const DEG = PI / 180;
  const FONT = '"Atkinson Hyperlegible", "DejaVu Sans", sans-serif';

  // ----- randomness and noise ----------------------------------------------------------------
  function rng(seed) {
    let a = seed >>> 0;
    const next = () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
      next,
      range: (lo, hi) => lo + (hi - lo) * next(),
      pick: (arr) => arr[Math.floor(next() * arr.length)],
      chance: (p) => next() < p,
    };
  }
  function hash2(ix, iy, seed) {
    let h = (Math.imul(ix, 374761393) + Math.imul(iy, 668265263) + Math.imul(seed, 144665)) | 0;
    h = Math.imul(h ^ (h >>> 13), 1274126177);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  }
  const smooth = (t) => t * t * (3 - 2 * t);
  const lerp = (a, b, t) => a + (b - a) * t;
  const clamp = (x, lo = 0, hi = 1) => (x < lo ? lo : x > hi ? hi : x);
  const smoothstep = (lo, hi, x) => smooth(clamp((x - lo) / (hi - lo)));
  function vnoise(x, y, seed) {
    const ix = Math.floor(x);
    const iy = Math.floor(y);
    const fx = smooth(x - ix);
    const fy = smooth(y - iy);
    return lerp(
      lerp(hash2(ix, iy, seed), hash2(ix + 1, iy, seed), fx),
      lerp(hash2(ix, iy + 1, seed), hash2(ix + 1, iy + 1, seed), fx),
      fy,
    );
  }
  function fbm(x, y, seed, oct = 4) {
    let s = 0;
    let amp = 1;
    let n = 0;
    let f = 1;
    for (let i = 0; i < oct; i++) {
      s += amp * vnoise(x * f, y * f, seed + i * 31);
      n += amp;
      amp *= 0.5;
      f *= 2;
    }
    return s / n;
  }

  // ===========================================================================================
  // 1. The placeholder: plain 2D canvas, drawn straight into the equirectangular image
  // ===========================================================================================
  const INK = '#1d3557';
  const TEAL = '#1f7a8c';
  const CORAL = '#ef6f51';
  const SUN = '#ffd166';

  function roundRect(g, x, y, w, h, r) {
    g.beginPath();
    g.moveTo(x + r, y);
    g.arcTo(x + w, y, x + w, y + h, r);
    g.arcTo(x + w, y + h, x, y + h, r);
    g.arcTo(x, y + h, x, y, r);
    g.arcTo(x, y, x + w, y, r);
    g.closePath();
  }

  /** The message card, drawn flat; it is then projected onto the sphere so it looks flat in the viewer. */
  function drawCard() {
    const W = 1800;
    const H = 1300;
    const c = document.createElement('canvas');
    c.width = W;
    c.height = H;
    const g = c.getContext('2d');
    roundRect(g, 12, 12, W - 24, H - 24, 70);
    g.fillStyle = 'rgba(255,255,255,0.94)';
    g.fill();
    g.lineWidth = 14;
    g.strokeStyle = TEAL;
    g.stroke();

    // camera icon inside a circular "turn around" arrow
    const cx = W / 2;
    const cy = 250;
    g.lineCap = 'round';
    g.lineWidth = 22;
    g.strokeStyle = TEAL;
    g.beginPath();
    g.ellipse(cx, cy, 300, 175, 0, -0.35 * PI, 1.2 * PI);
    g.stroke();
    const tip = { x: cx + 300 * Math.cos(-0.35 * PI), y: cy + 175 * Math.sin(-0.35 * PI) };
    g.fillStyle = TEAL;
    g.beginPath();
    g.moveTo(tip.x + 62, tip.y + 8);
    g.lineTo(tip.x - 26, tip.y - 46);
    g.lineTo(tip.x - 8, tip.y + 60);
    g.closePath();
    g.fill();
    // body
    roundRect(g, cx - 190, cy - 95, 380, 240, 46);
    g.fillStyle = CORAL;
    g.fill();
    roundRect(g, cx - 80, cy - 145, 160, 70, 22);
    g.fill();
    g.fillStyle = SUN;
    roundRect(g, cx + 95, cy - 70, 60, 36, 10);
    g.fill();
    // lens
    g.fillStyle = '#ffffff';
    g.beginPath();
    g.arc(cx, cy + 30, 92, 0, 2 * PI);
    g.fill();
    g.fillStyle = INK;
    g.beginPath();
    g.arc(cx, cy + 30, 70, 0, 2 * PI);
    g.fill();
    g.fillStyle = TEAL;
    g.beginPath();
    g.arc(cx, cy + 30, 44, 0, 2 * PI);
    g.fill();
    g.fillStyle = 'rgba(255,255,255,0.85)';
    g.beginPath();
    g.arc(cx - 18, cy + 12, 14, 0, 2 * PI);
    g.fill();

    g.textAlign = 'center';
    g.textBaseline = 'alphabetic';
    g.fillStyle = INK;
    g.font = `700 124px ${FONT}`;
    g.fillText('Your 360° photo goes here', cx, 580);
    g.fillStyle = TEAL;
    g.font = `700 108px ${FONT}`;
    g.fillText('Ditt 360°-bilde kommer her', cx, 715);
    g.fillStyle = 'rgba(29,53,87,0.25)';
    g.fillRect(cx - 600, 772, 1200, 6);
    g.fillStyle = INK;
    g.font = `400 76px ${FONT}`;
    g.fillText('Take a 360° photo of your place,', cx, 880);
    g.fillText('then make it this scene’s picture.', cx, 968);
    g.fillStyle = TEAL;
    g.fillText('Ta et 360°-bilde av stedet ditt,', cx, 1100);
    g.fillText('og gjør det til bildet i denne scenen.', cx, 1188);
    return g.getImageData(0, 0, W, H);
  }

  const dirOf = (yaw, pitch) => [Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), -Math.cos(yaw) * Math.cos(pitch)];

  /** Projects `card` onto the sphere as a flat (rectilinear) panel centred at (yaw0, pitch0), halfWidth in degrees. */
  function projectCard(img, W, H, card, yaw0Deg, pitch0Deg, halfWidthDeg) {
    const y0 = yaw0Deg * DEG;
    const p0 = pitch0Deg * DEG;
    const f = dirOf(y0, p0);
    const r = [Math.cos(y0), 0, Math.sin(y0)];
    const u = [-Math.sin(y0) * Math.sin(p0), Math.cos(p0), Math.cos(y0) * Math.sin(p0)];
    const tx = Math.tan(halfWidthDeg * DEG);
    const ty = (tx * card.height) / card.width;
    const halfHeightDeg = Math.atan(ty) / DEG;
    const yawSpan = halfWidthDeg + 12;
    const pitchLo = pitch0Deg - halfHeightDeg - 12;
    const pitchHi = pitch0Deg + halfHeightDeg + 12;
    const px = img.data;
    const cd = card.data;
    const cw = card.width;
    const ch = card.height;
    const sample = (X, Y, out) => {
      // bilinear, premultiplied
      const fx = ((X / tx + 1) / 2) * cw - 0.5;
      const fy = ((1 - Y / ty) / 2) * ch - 0.5;
      const ix = Math.floor(fx);
      const iy = Math.floor(fy);
      const ax = fx - ix;
      const ay = fy - iy;
      for (let k = 0; k < 4; k++) out[k] = 0;
      for (let j = 0; j < 2; j++) {
        for (let i = 0; i < 2; i++) {
          const sx = ix + i;
          const sy = iy + j;
          if (sx < 0 || sy < 0 || sx >= cw || sy >= ch) continue;
          const w = (i ? ax : 1 - ax) * (j ? ay : 1 - ay);
          const o = (sy * cw + sx) * 4;
          const a = (cd[o + 3] / 255) * w;
          out[0] += cd[o] * a;
          out[1] += cd[o + 1] * a;
          out[2] += cd[o + 2] * a;
          out[3] += a;
        }
      }
    };
    const acc = [0, 0, 0, 0];
    const tap = [0, 0, 0, 0];
    const yStart = Math.max(0, Math.floor((0.5 - pitchHi / 180) * H));
    const yEnd = Math.min(H, Math.ceil((0.5 - pitchLo / 180) * H));
    const xSpan = Math.ceil((yawSpan / 360) * W);
    const xc = Math.round((0.5 + yaw0Deg / 360) * W);
    for (let yy = yStart; yy < yEnd; yy++) {
      for (let dx = -xSpan; dx <= xSpan; dx++) {
        const xx = (((xc + dx) % W) + W) % W;
        for (let k = 0; k < 4; k++) acc[k] = 0;
        for (let s = 0; s < 4; s++) {
          const uu = (xc + dx + (s & 1 ? 0.75 : 0.25)) / W;
          const vv = (yy + (s & 2 ? 0.75 : 0.25)) / H;
          const d = dirOf((uu - 0.5) * 2 * PI, (0.5 - vv) * PI);
          const t = d[0] * f[0] + d[1] * f[1] + d[2] * f[2];
          if (t <= 0.05) continue;
          const X = (d[0] * r[0] + d[1] * r[1] + d[2] * r[2]) / t;
          const Y = (d[0] * u[0] + d[1] * u[1] + d[2] * u[2]) / t;
          if (Math.abs(X) > tx * 1.01 || Math.abs(Y) > ty * 1.01) continue;
          sample(X, Y, tap);
          for (let k = 0; k < 4; k++) acc[k] += tap[k] / 4;
        }
        if (acc[3] <= 0) continue;
        const o = (yy * W + xx) * 4;
        const a = acc[3];
        px[o] = acc[0] + px[o] * (1 - a);
        px[o + 1] = acc[1] + px[o + 1] * (1 - a);
        px[o + 2] = acc[2] + px[o + 2] * (1 - a);
      }
    }
  }

  function renderPlaceholder(W, H, cards = true) {
    const c = document.createElement('canvas');
    c.width = W;
    c.height = H;
    const g = c.getContext('2d');
    const s = W / 4096;
    // sky above, warm ground below, a bright band at the horizon
    const grad = g.createLinearGradient(0, 0, 0, H);
    grad.addColorStop(0, '#7cc6de');
    grad.addColorStop(0.38, '#cdebf3');
    grad.addColorStop(0.5, '#fff6df');
    grad.addColorStop(0.62, '#ffd9b8');
    grad.addColorStop(1, '#ee9f82');
    g.fillStyle = grad;
    g.fillRect(0, 0, W, H);
    // soft polka dots, so turning around feels like movement
    const R = rng(360);
    for (let i = 0; i < 420; i++) {
      const x = R.next() * W;
      const yv = R.next();
      const y = (0.08 + 0.84 * yv) * H;
      if (Math.abs(yv - 0.5) < 0.06) continue;
      g.fillStyle = yv < 0.5 ? 'rgba(255,255,255,0.35)' : 'rgba(255,255,255,0.28)';
      g.beginPath();
      g.arc(x, y, (6 + R.next() * 16) * s, 0, 2 * PI);
      g.fill();
    }
    // grid: every 30 degrees of yaw, every 30 degrees of pitch
    g.strokeStyle = 'rgba(255,255,255,0.7)';
    g.lineWidth = 3 * s;
    for (let k = 0; k < 12; k++) {
      const x = (k / 12) * W;
      g.beginPath();
      g.moveTo(x, 0);
      g.lineTo(x, H);
      g.stroke();
    }
    for (const p of [-60, -30, 30, 60]) {
      const y = (0.5 - p / 180) * H;
      g.beginPath();
      g.moveTo(0, y);
      g.lineTo(W, y);
      g.stroke();
    }
    // the horizon: a stronger dashed line, with its name between the message cards
    g.strokeStyle = 'rgba(29,53,87,0.45)';
    g.lineWidth = 6 * s;
    g.setLineDash([40 * s, 24 * s]);
    g.beginPath();
    g.moveTo(0, H / 2);
    g.lineTo(W, H / 2);
    g.stroke();
    g.setLineDash([]);
    g.fillStyle = 'rgba(29,53,87,0.7)';
    g.font = `700 ${Math.round(40 * s)}px ${FONT}`;
    g.textAlign = 'center';
    for (const yaw of [-60, 60, 180]) {
      const x = (0.5 + yaw / 360) * W;
      for (const xx of yaw === 180 ? [0, W] : [x]) {
        g.fillText('horizon · horisont', xx, H / 2 - 22 * s);
        g.fillText('eye level · øyehøyde', xx, H / 2 + 58 * s);
      }
    }
    // little sun at the top, "ground" ring at the bottom
    g.fillStyle = 'rgba(255,209,102,0.9)';
    g.fillRect(0, 0, W, 26 * s);
    g.fillStyle = 'rgba(239,111,81,0.5)';
    g.fillRect(0, H - 26 * s, W, 26 * s);

    if (!cards) return c;
    const img = g.getImageData(0, 0, W, H);
    const card = drawCard();
    for (const yaw of [0, 120, -120]) projectCard(img, W, H, card, yaw, 4, 33);
    g.putImageData(img, 0, 0);
    return c;
  }

  // ===========================================================================================
  // 2. 3D places with three.js
  // ===========================================================================================
  const renderer = new THREE.WebGLRenderer({ antialias: false, preserveDrawingBuffer: true, alpha: false });
  renderer.setPixelRatio(1);
  renderer.outputColorSpace = THREE.SRGBColorSpace;
  renderer.shadowMap.enabled = true;
  renderer.shadowMap.type = THREE.PCFShadowMap;
  const ANISO = Math.min(8, renderer.capabilities.getMaxAnisotropy());

  const col = (hex) => new THREE.Color(hex);
  function std(color, opts = {}) {
    return new THREE.MeshStandardMaterial({ color, roughness: 0.8, metalness: 0, ...opts });
  }
  function flat(color, opts = {}) {
    return new THREE.MeshStandardMaterial({ color, roughness: 0.9, metalness: 0, flatShading: true, ...opts });
  }
  function mesh(geo, mat, x = 0, y = 0, z = 0, parent = null, { shadow = true, receive = true } = {}) {
    const m = new THREE.Mesh(geo, mat);
    m.position.set(x, y, z);
    m.castShadow = shadow;
    m.receiveShadow = receive;
    if (parent) parent.add(m);
    return m;
  }
  const boxGeo = (w, h, d) => new THREE.BoxGeometry(w, h, d);
  /** A box whose base sits at y. */
  function box(w, h, d, mat, x, y, z, parent, opts) {
    return mesh(boxGeo(w, h, d), mat, x, y + h / 2, z, parent, opts);
  }
  function cyl(rt, rb, h, mat, x, y, z, parent, seg = 24, opts) {
    return mesh(new THREE.CylinderGeometry(rt, rb, h, seg), mat, x, y + h / 2, z, parent, opts);
  }
  function canvasTex(w, h, draw, { repeat = null, srgb = true } = {}) {
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    draw(c.getContext('2d'), w, h);
    const t = new THREE.CanvasTexture(c);
    t.colorSpace = srgb ? THREE.SRGBColorSpace : THREE.NoColorSpace;
    t.anisotropy = ANISO;
    if (repeat) {
      t.wrapS = t.wrapT = THREE.RepeatWrapping;
      t.repeat.set(repeat[0], repeat[1]);
    }
    return t;
  }
  /** A sign: text lines on a coloured board, as a texture. lines: [{text, size, color, weight}] */
  function signTex(w, h, bg, lines, { border = null, radius = 0 } = {}) {
    return canvasTex(w, h, (g) => {
      g.fillStyle = bg;
      if (radius) {
        roundRect(g, 0, 0, w, h, radius);
        g.fill();
      } else g.fillRect(0, 0, w, h);
      if (border) {
        g.strokeStyle = border;
        g.lineWidth = Math.max(4, h * 0.03);
        g.strokeRect(g.lineWidth, g.lineWidth, w - 2 * g.lineWidth, h - 2 * g.lineWidth);
      }
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      for (const l of lines) {
        g.fillStyle = l.color ?? '#fff';
        g.font = `${l.weight ?? 700} ${l.size}px ${FONT}`;
        g.fillText(l.text, w * (l.x ?? 0.5), h * l.y);
      }
    });
  }
  function plane(w, h, mat, parent) {
    const m = new THREE.Mesh(new THREE.PlaneGeometry(w, h), mat);
    m.receiveShadow = true;
    if (parent) parent.add(m);
    return m;
  }

  function skyDome(scene, { top, horizon, below, sun, sunColor = '#fff3d0', glow = 0.6 }) {
    const mat = new THREE.ShaderMaterial({
      side: THREE.BackSide,
      depthWrite: false,
      uniforms: {
        top: { value: col(top) },
        horizon: { value: col(horizon) },
        below: { value: col(below) },
        sunDir: { value: new THREE.Vector3(...sun).normalize() },
        sunColor: { value: col(sunColor) },
        glow: { value: glow },
      },
      vertexShader: `varying vec3 vDir; void main(){ vDir = normalize((modelMatrix * vec4(position, 0.0)).xyz); gl_Position = projectionMatrix * viewMatrix * modelMatrix * vec4(position, 1.0); }`,
      fragmentShader: `uniform vec3 top; uniform vec3 horizon; uniform vec3 below; uniform vec3 sunDir; uniform vec3 sunColor; uniform float glow; varying vec3 vDir;
        void main(){ vec3 d = normalize(vDir); float h = d.y;
          vec3 c = h > 0.0 ? mix(horizon, top, pow(clamp(h, 0.0, 1.0), 0.55)) : mix(horizon, below, clamp(-h * 6.0, 0.0, 1.0));
          float s = max(dot(d, sunDir), 0.0);
          c += sunColor * (pow(s, 900.0) * 18.0 + pow(s, 12.0) * 0.35 * glow);
          gl_FragColor = vec4(c, 1.0); }`,
    });
    const m = new THREE.Mesh(new THREE.SphereGeometry(900, 48, 24), mat);
    m.frustumCulled = false;
    scene.add(m);
    return m;
  }
  function cloud(parent, x, y, z, s, R) {
    const g = new THREE.Group();
    const m = std('#ffffff', { roughness: 1, emissive: col('#ffffff'), emissiveIntensity: 0.25 });
    for (let i = 0; i < 7; i++) {
      const r = s * R.range(0.5, 1);
      const b = mesh(new THREE.IcosahedronGeometry(r, 2), m, R.range(-1.6, 1.6) * s, R.range(0, 0.5) * s, R.range(-0.6, 0.6) * s, g, { shadow: false, receive: false });
      b.scale.y = 0.6;
    }
    g.position.set(x, y, z);
    g.lookAt(0, y, 0);
    parent.add(g);
  }
  function sunLight(parent, dir, intensity, target, range = 40, size = 4096) {
    const l = new THREE.DirectionalLight(col('#fff1dc'), intensity);
    l.position.set(target[0] + dir[0] * 80, target[1] + dir[1] * 80, target[2] + dir[2] * 80);
    l.target.position.set(...target);
    l.castShadow = true;
    l.shadow.mapSize.set(size, size);
    const c = l.shadow.camera;
    c.left = c.bottom = -range;
    c.right = c.top = range;
    c.near = 1;
    c.far = 220;
    l.shadow.bias = -0.0004;
    l.shadow.normalBias = 0.03;
    parent.add(l, l.target);
    return l;
  }

  // ----- furniture and props ------------------------------------------------------------------
  const WOOD = '#b98452';
  function chair(parent, x, z, ry, color) {
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
  function cup(parent, x, y, z, color = '#ffffff', drink = '#5a3a22') {
    cyl(0.045, 0.036, 0.09, std(color, { roughness: 0.35 }), x, y, z, parent, 20);
    cyl(0.041, 0.041, 0.005, std(drink, { roughness: 0.2 }), x, y + 0.08, z, parent, 20);
    cyl(0.075, 0.07, 0.01, std(color, { roughness: 0.35 }), x, y - 0.005, z, parent, 24);
    const handle = mesh(new THREE.TorusGeometry(0.025, 0.008, 8, 16), std(color, { roughness: 0.35 }), x + 0.055, y + 0.05, z, parent);
    handle.rotation.y = 0;
  }
  function roundTable(parent, x, z, top = '#d9b48a') {
    cyl(0.5, 0.5, 0.04, std(top, { roughness: 0.6 }), x, 0.72, z, parent, 40);
    cyl(0.04, 0.04, 0.72, std('#333333', { metalness: 0.5, roughness: 0.4 }), x, 0, z, parent, 12);
    cyl(0.25, 0.28, 0.03, std('#333333', { metalness: 0.5, roughness: 0.4 }), x, 0, z, parent, 24);
  }
  function plant(parent, x, z, h, R, pot = '#c8643c') {
    cyl(0.22, 0.16, 0.4, std(pot), x, 0, z, parent, 20);
    const leaves = [std('#4e9a4b'), std('#3d7f3e'), std('#66b35a')];
    for (let i = 0; i < 9; i++) {
      const r = R.range(0.16, 0.28) * h;
      const b = mesh(new THREE.IcosahedronGeometry(r, 1), R.pick(leaves), x + R.range(-0.2, 0.2) * h, 0.4 + R.range(0.2, 0.9) * h, z + R.range(-0.2, 0.2) * h, parent);
      b.scale.set(1, 1.3, 1);
    }
  }
  const BOOK_COLOURS = ['#c0392b', '#e67e22', '#f1c40f', '#27ae60', '#16a085', '#2980b9', '#8e44ad', '#2c3e50', '#d35400', '#7f8c8d', '#e84393', '#f5f0e1', '#1e6f5c', '#a0522d'];
  /** A shelf unit along local X (width w), books facing +Z. */
  function shelfUnit(parent, x, z, ry, w, h, levels, R, frame = '#8b5a2b') {
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
  function pendant(parent, x, z, ceiling, drop, color, light = 6) {
    cyl(0.006, 0.006, drop, std('#222222'), x, ceiling - drop, z, parent, 6, { shadow: false });
    const shade = mesh(new THREE.ConeGeometry(0.24, 0.22, 28, 1, true), std(color, { side: THREE.DoubleSide }), x, ceiling - drop - 0.08, z, parent, { shadow: false });
    shade.castShadow = false;
    mesh(new THREE.SphereGeometry(0.07, 16, 12), new THREE.MeshBasicMaterial({ color: col('#fff2c4').multiplyScalar(4) }), x, ceiling - drop - 0.17, z, parent, { shadow: false, receive: false });
    const p = new THREE.PointLight(col('#ffd9a0'), light, 0, 2);
    p.position.set(x, ceiling - drop - 0.25, z);
    parent.add(p);
  }
  /** What you see through a window: sky, a hill, trees, a roof. */
  function outsideTex(seed) {
    const R = rng(seed);
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
  function windowPane(parent, x, y, z, ry, w, h, seed) {
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
  function woodFloorTex(seed, base = [186, 140, 96]) {
    const R = rng(seed);
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

  // ----- the language café --------------------------------------------------------------------
  function roomShell(scene, { x0, x1, z0, z1, height, floor, walls, ceiling = '#fbf8f2' }) {
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

  function buildCafe() {
    const scene = new THREE.Scene();
    const R = rng(11);
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

  // ----- the library's bookshelves ------------------------------------------------------------
  function buildBooks() {
    const scene = new THREE.Scene();
    const R = rng(23);
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

  // ----- the street and bus stop --------------------------------------------------------------
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
  function tree(parent, x, z, s, R, kind = 'leafy') {
    const trunk = std('#6d4c35');
    if (kind === 'spruce') {
      cyl(0.12 * s, 0.18 * s, 1.2 * s, trunk, x, 0, z, parent, 8);
      const m = flat(R.pick(['#2f5d3a', '#36683f', '#2a5234']));
      for (let i = 0; i < 4; i++) {
        mesh(new THREE.ConeGeometry((1.5 - i * 0.3) * s, 1.8 * s, 9), m, x, (1.6 + i * 1.0) * s, z, parent);
      }
      return;
    }
    if (kind === 'birch') {
      cyl(0.09 * s, 0.13 * s, 3.2 * s, std('#efefe8'), x, 0, z, parent, 8);
      const m = flat(R.pick(['#8cc26a', '#9ccf70', '#7fb85e']));
      for (let i = 0; i < 6; i++) mesh(new THREE.IcosahedronGeometry(R.range(0.6, 0.9) * s, 0), m, x + R.range(-0.6, 0.6) * s, (3.0 + R.range(0, 1.6)) * s, z + R.range(-0.6, 0.6) * s, parent);
      return;
    }
    if (kind === 'bare') {
      cyl(0.08 * s, 0.16 * s, 2.6 * s, std('#7a6650'), x, 0, z, parent, 6);
      for (let i = 0; i < 4; i++) {
        const b = cyl(0.02 * s, 0.05 * s, 1.2 * s, std('#7a6650'), 0, 0, 0, null, 5);
        b.position.set(x, (1.6 + i * 0.3) * s, z);
        b.rotation.set(R.range(-0.9, 0.9), R.range(0, PI * 2), R.range(-0.9, 0.9));
        b.castShadow = true;
        parent.add(b);
      }
      return;
    }
    cyl(0.14 * s, 0.2 * s, 2.2 * s, trunk, x, 0, z, parent, 10);
    const m = std(R.pick(['#5a9e4b', '#4e8f43', '#6aae55']), { roughness: 0.9 });
    for (let i = 0; i < 7; i++) mesh(new THREE.IcosahedronGeometry(R.range(0.8, 1.2) * s, 1), m, x + R.range(-0.8, 0.8) * s, (2.6 + R.range(0, 1.6)) * s, z + R.range(-0.8, 0.8) * s, parent);
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
  function buildStreet() {
    const scene = new THREE.Scene();
    const R = rng(5);
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
      const R2 = rng(9);
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

  // ----- the legend's world -------------------------------------------------------------------
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
    const R = rng(1814);
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

  function buildLegend(place) {
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

  // ----- orientation check scene --------------------------------------------------------------
  function buildCheck() {
    const scene = new THREE.Scene();
    const mat = new THREE.ShaderMaterial({
      side: THREE.BackSide,
      vertexShader: 'varying vec3 vP; void main(){ vP = position; gl_Position = projectionMatrix * modelViewMatrix * vec4(position,1.0); }',
      fragmentShader: `varying vec3 vP; void main(){ vec3 d = normalize(vP); vec3 c;
        if (abs(d.x) > abs(d.z)) c = d.x > 0.0 ? vec3(0.0,1.0,0.0) : vec3(1.0,1.0,0.0);
        else c = d.z < 0.0 ? vec3(1.0,0.0,0.0) : vec3(0.0,0.0,1.0);
        gl_FragColor = vec4(c,1.0); }`,
    });
    const s = new THREE.Mesh(new THREE.SphereGeometry(50, 32, 16), mat);
    scene.add(s);
    return { scene, exposure: 1, eye: [0, 0, 0], heading: 0, raw: true };
  }

  // ----- cube -> equirect ---------------------------------------------------------------------
  const EQ_FRAG = `
    uniform samplerCube tCube; uniform vec2 uRes; uniform float uFlipX;
    vec3 dirAt(vec2 px) {
      float yaw = (px.x / uRes.x - 0.5) * 6.283185307179586;
      float pitch = (0.5 - px.y / uRes.y) * 3.141592653589793;
      return vec3(sin(yaw) * cos(pitch), sin(pitch), -cos(yaw) * cos(pitch));
    }
    vec3 tap(vec2 px) { vec3 d = dirAt(px); d.x *= uFlipX; return textureCube(tCube, d).rgb; }
    void main() {
      vec2 p = vec2(gl_FragCoord.x, uRes.y - gl_FragCoord.y);
      vec3 c = tap(p + vec2(-0.25, -0.25)) + tap(p + vec2(0.25, -0.25)) + tap(p + vec2(-0.25, 0.25)) + tap(p + vec2(0.25, 0.25));
      gl_FragColor = vec4(c * 0.25, 1.0);
      #include <tonemapping_fragment>
      #include <colorspace_fragment>
    }`;
  const CUBE_FLIP_X = 1; // sample the cube as rendered (no mirroring); checked by checkOrientation()

  function renderEquirect(built, { cube, width, height }) {
    renderer.toneMapping = built.raw ? THREE.NoToneMapping : THREE.ACESFilmicToneMapping;
    renderer.toneMappingExposure = built.exposure ?? 1;
    // Move the world so that the eye is at (0, 0, 0) and `heading` (world yaw, degrees) is image centre.
    const outer = new THREE.Group();
    const inner = new THREE.Group();
    while (built.scene.children.length) inner.add(built.scene.children[0]);
    const [ex, ey, ez] = built.eye;
    inner.position.set(-ex, -ey, -ez);
    outer.rotation.y = (built.heading ?? 0) * DEG;
    outer.add(inner);
    built.scene.add(outer);
    // the sky dome follows the eye
    inner.traverse((o) => {
      if (o.material && o.material.uniforms && o.material.uniforms.sunDir) o.position.set(ex, ey, ez);
    });
    built.scene.updateMatrixWorld(true);
    const rt = new THREE.WebGLCubeRenderTarget(cube, {
      type: built.raw ? THREE.UnsignedByteType : THREE.HalfFloatType,
      generateMipmaps: false,
      minFilter: THREE.LinearFilter,
      magFilter: THREE.LinearFilter,
    });
    const cc = new THREE.CubeCamera(0.05, 2000, rt);
    cc.position.set(0, 0, 0);
    cc.updateMatrixWorld(true);
    renderer.shadowMap.autoUpdate = false;
    renderer.shadowMap.needsUpdate = true;
    cc.update(renderer, built.scene);
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
    rt.dispose();
    mat.dispose();
    tri.dispose();
    built.scene.traverse((o) => {
      if (o.geometry) o.geometry.dispose();
      const ms = Array.isArray(o.material) ? o.material : o.material ? [o.material] : [];
      for (const m of ms) {
        for (const v of Object.values(m)) if (v && v.isTexture) v.dispose();
        m.dispose();
      }
    });
    renderer.renderLists.dispose();
    return renderer.domElement;
  }

  const BUILDERS = {
    cafe: buildCafe,
    books: buildBooks,
    street: buildStreet,
    valley: () => buildLegend('valley'),
    bridge: () => buildLegend('bridge'),
    under: () => buildLegend('under'),
    meadow: () => buildLegend('meadow'),
    'meadow-shared': () => buildLegend('meadow-shared'),
  };

  window.checkOrientation = function () {
    const canvas = renderEquirect(buildCheck(), { cube: 128, width: 256, height: 128 });
    const gl = renderer.getContext();
    const at = (u, v) => {
      const px = new Uint8Array(4);
      gl.readPixels(Math.floor(u * 256), Math.floor((1 - v) * 128), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      return [px[0], px[1], px[2]];
    };
    void canvas;
    return { front: at(0.5, 0.5), right: at(0.75, 0.5), left: at(0.25, 0.5), back: at(0.02, 0.5) };
  };

  window.renderPicture = async function (name, { width, height, cube, quality }) {
    await document.fonts.load(`700 40px "Atkinson Hyperlegible"`);
    await document.fonts.load(`400 40px "Atkinson Hyperlegible"`);
    const canvas =
      name === 'placeholder' ? renderPlaceholder(width, height) : name === 'import-background' ? renderPlaceholder(width / 2, height / 2, false) : renderEquirect(BUILDERS[name](), { cube, width, height });
    return canvas.toDataURL('image/jpeg', quality).split(',')[1];
  };
  window.pageReady = true;
}

// ---------------------------------------------------------------------------------------------
// Node side
// ---------------------------------------------------------------------------------------------
const PAGE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>template panoramas</title>
<style>
@font-face { font-family: "Atkinson Hyperlegible"; font-weight: 400; src: url(/fonts/atkinson-hyperlegible-latin-400-normal.woff2) format("woff2"); }
@font-face { font-family: "Atkinson Hyperlegible"; font-weight: 700; src: url(/fonts/atkinson-hyperlegible-latin-700-normal.woff2) format("woff2"); }
</style>
<script type="importmap">{"imports":{"three":"/three/build/three.module.js"}}</script>
</head><body><script type="module">
import * as THREE from 'three';
(${pageMain.toString()})(THREE);
</script></body></html>`;

function startServer() {
  const types = { '.js': 'text/javascript', '.woff2': 'font/woff2' };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE_HTML);
      return;
    }
    for (const [prefix, dir] of [['/three/', THREE_DIR], ['/fonts/', FONT_DIR]]) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = normalize(join(dir, url.pathname.slice(prefix.length)));
      if (file.startsWith(dir) && types[extname(file)]) {
        try {
          const body = readFileSync(file);
          res.writeHead(200, { 'content-type': types[extname(file)] });
          res.end(body);
          return;
        } catch {
          // 404 below
        }
      }
    }
    res.writeHead(404);
    res.end('not found');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

function parseArgs(argv) {
  const opts = { only: Object.keys(OUTPUTS), preview: false, out: null, cube: 2048 };
  for (const a of argv) {
    const [k, v] = a.replace(/^--/, '').split('=');
    if (k === 'only') opts.only = v.split(',').filter(Boolean);
    else if (k === 'preview') opts.preview = true;
    else if (k === 'out') opts.out = resolve(v);
    else if (k === 'cube') opts.cube = Number(v);
    else throw new Error(`unknown option ${a}`);
  }
  for (const p of opts.only) if (!OUTPUTS[p]) throw new Error(`unknown picture ${p} (known: ${Object.keys(OUTPUTS).join(', ')})`);
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const width = opts.preview ? 1024 : 4096;
  const height = width / 2;
  const cube = opts.preview ? 512 : opts.cube;
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--no-sandbox', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.error(`[page ${m.type()}]`, m.text());
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.pageReady === true, null, { timeout: 60_000 });
    const o = await page.evaluate(() => window.checkOrientation());
    const near = (c, want) => c.every((v, i) => Math.abs(v - want[i]) < 20);
    if (!near(o.front, [255, 0, 0]) || !near(o.right, [0, 255, 0]) || !near(o.left, [255, 255, 0]) || !near(o.back, [0, 0, 255])) {
      throw new Error(`orientation check failed: ${JSON.stringify(o)}`);
    }
    for (const name of opts.only) {
      const t0 = Date.now();
      const b64 = await page.evaluate(([n, o2]) => window.renderPicture(n, o2), [name, { width, height, cube, quality: 0.8 }]);
      const bytes = Buffer.from(b64, 'base64');
      const targets = opts.out ? [join(opts.out, `${name}.jpg`)] : OUTPUTS[name].map((f) => join(TEMPLATES, f));
      for (const t of targets) {
        mkdirSync(dirname(t), { recursive: true });
        writeFileSync(t, bytes);
      }
      console.log(`${name}: ${(bytes.length / 1024).toFixed(0)} KiB in ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${targets.map((t) => t.replace(ROOT + '/', '')).join(', ')}`);
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
