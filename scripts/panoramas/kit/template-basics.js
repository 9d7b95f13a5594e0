// The template script's own copies of the basics (seeded randomness, noise, the renderer, the
// orientation check scene and the cube -> equirect pass), moved here as they were from
// scripts/make-template-panoramas.mjs.
import * as THREE from 'three';

export const PI = Math.PI;
export const DEG = PI / 180;

export function rng(seed) {
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
export const lerp = (a, b, t) => a + (b - a) * t;
const clamp = (x, lo = 0, hi = 1) => (x < lo ? lo : x > hi ? hi : x);
export const smoothstep = (lo, hi, x) => smooth(clamp((x - lo) / (hi - lo)));
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
export function fbm(x, y, seed, oct = 4) {
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

export const renderer = new THREE.WebGLRenderer({ antialias: false, preserveDrawingBuffer: true, alpha: false });
renderer.setPixelRatio(1);
renderer.outputColorSpace = THREE.SRGBColorSpace;
renderer.shadowMap.enabled = true;
renderer.shadowMap.type = THREE.PCFShadowMap;
export const ANISO = Math.min(8, renderer.capabilities.getMaxAnisotropy());

export const col = (hex) => new THREE.Color(hex);

export function buildCheck() {
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

export function renderEquirect(built, { cube, width, height }) {
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
