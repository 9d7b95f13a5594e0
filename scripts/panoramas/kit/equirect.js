// From a built place to the panorama: render a cube map at eye height, resample it into the
// equirectangular image (2x2 supersampled, tone mapped, sRGB). Also the direction-coloured check
// sphere that proves the resampling is neither mirrored nor turned, and thumbnail downscaling.
//
// Panorama convention (shared with the player): image centre (u = 0.5) = yaw 0 = three.js -Z,
// u = 0.75 = yaw +90 = +X, top row = pitch +90 = +Y.
import * as THREE from 'three';
import { DEG } from './maths.js';
import { renderer } from './renderer.js';

/** The check sphere: coloured by direction as seen from the eye (quarters.png's colours). */
export function quartersScene() {
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
}

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

/** Where the cube camera stands, and its clipping range, unless a place says otherwise (built.camera). */
const EYE_CAMERA = { y: 1.6, near: 0.1, far: 12000 };

/**
 * Renders `built` ({ scene, exposure?, raw?, camera? }) into the page's canvas as a width x height
 * equirectangular image, through a cube map of `cube` pixels a side.
 */
export function renderEquirect(built, { cube, width, height }) {
  const { scene } = built;
  const camera = built.camera ?? EYE_CAMERA;
  renderer.toneMapping = built.raw ? THREE.NoToneMapping : THREE.ACESFilmicToneMapping;
  renderer.toneMappingExposure = built.exposure ?? 1;
  const rt = new THREE.WebGLCubeRenderTarget(cube, {
    type: built.raw ? THREE.UnsignedByteType : THREE.HalfFloatType,
    generateMipmaps: false,
    minFilter: THREE.LinearFilter,
    magFilter: THREE.LinearFilter,
  });
  const cc = new THREE.CubeCamera(camera.near, camera.far, rt);
  cc.position.set(0, camera.y, 0);
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

/**
 * Moves a storybook world so that its eye (built.eye, metres) is at the origin and built.heading
 * (world yaw, degrees) is the image centre, and sets the close-up camera its pictures were made with.
 */
export function fromEye(built) {
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
  return { ...built, camera: { y: 0, near: 0.05, far: 2000 } };
}

export function disposeScene(scene) {
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

/** A smaller copy of a canvas, halving step by step (smooth thumbnails). */
export function downscaleToCanvas(src, w, h) {
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
