// The page's one WebGL renderer (SwiftShader in headless Chromium): sRGB output, PCF shadows.
import * as THREE from 'three';

export const renderer = new THREE.WebGLRenderer({
  antialias: false,
  preserveDrawingBuffer: true,
  alpha: false,
  powerPreference: 'high-performance',
});
renderer.setPixelRatio(1);
renderer.outputColorSpace = THREE.SRGBColorSpace;
renderer.shadowMap.enabled = true;
renderer.shadowMap.type = THREE.PCFShadowMap;
export const MAX_ANISO = Math.min(8, renderer.capabilities.getMaxAnisotropy());
