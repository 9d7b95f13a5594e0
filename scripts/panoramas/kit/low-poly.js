// The storybook look of the workshop templates: flat-shaded low-poly meshes (boxes, cylinders,
// planes), a gradient sky dome with a sun, puffy clouds, a sun light with shadows, simple trees.
import * as THREE from 'three';
import { col, PI } from './maths.js';

export function std(color, opts = {}) {
  return new THREE.MeshStandardMaterial({ color, roughness: 0.8, metalness: 0, ...opts });
}
export function flat(color, opts = {}) {
  return new THREE.MeshStandardMaterial({ color, roughness: 0.9, metalness: 0, flatShading: true, ...opts });
}
export function mesh(geo, mat, x = 0, y = 0, z = 0, parent = null, { shadow = true, receive = true } = {}) {
  const m = new THREE.Mesh(geo, mat);
  m.position.set(x, y, z);
  m.castShadow = shadow;
  m.receiveShadow = receive;
  if (parent) parent.add(m);
  return m;
}
export const boxGeo = (w, h, d) => new THREE.BoxGeometry(w, h, d);
/** A box whose base sits at y. */
export function box(w, h, d, mat, x, y, z, parent, opts) {
  return mesh(boxGeo(w, h, d), mat, x, y + h / 2, z, parent, opts);
}
export function cyl(rt, rb, h, mat, x, y, z, parent, seg = 24, opts) {
  return mesh(new THREE.CylinderGeometry(rt, rb, h, seg), mat, x, y + h / 2, z, parent, opts);
}

export function plane(w, h, mat, parent) {
  const m = new THREE.Mesh(new THREE.PlaneGeometry(w, h), mat);
  m.receiveShadow = true;
  if (parent) parent.add(m);
  return m;
}

export function skyDome(scene, { top, horizon, below, sun, sunColor = '#fff3d0', glow = 0.6 }) {
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
export function cloud(parent, x, y, z, s, R) {
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
export function sunLight(parent, dir, intensity, target, range = 40, size = 4096) {
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

export function tree(parent, x, z, s, R, kind = 'leafy') {
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
