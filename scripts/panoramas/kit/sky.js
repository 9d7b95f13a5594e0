// Sky dome (gradient, sun glow, procedural clouds), sun and hemisphere light, shadows, fog and an
// environment map from the sky, configured per place.
import * as THREE from 'three';
import { dirYaw, V3 } from './geometry.js';
import { col, DEG, PI } from './maths.js';
import { renderer } from './renderer.js';

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
export function setupEnvironment(scene, cfg) {
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
