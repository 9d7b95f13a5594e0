import { Mesh, MeshBasicMaterial, OrthographicCamera, PlaneGeometry, Scene, WebGLRenderTarget, type Texture, type WebGLRenderer } from 'three';

/**
 * Makes the GPU really take in a texture ahead of need. `initTexture` hands the pixels over, but
 * the browser's GPU layer (ANGLE) may only stage them and copy them into the texture the first
 * time a draw reads it: for a 4k panorama on a software GPU that copy is hundreds of ms, paid in
 * the frame of a switch. One tiny draw that samples the texture into a 1×1 target, done while
 * nothing is waiting for it, moves that copy out of the switch.
 */
export function createTextureWarmer(renderer: WebGLRenderer): { warm(texture: Texture): void; dispose(): void } {
  const target = new WebGLRenderTarget(1, 1, { depthBuffer: false });
  const material = new MeshBasicMaterial({ toneMapped: false, depthTest: false, depthWrite: false });
  const geometry = new PlaneGeometry(2, 2);
  const mesh = new Mesh(geometry, material);
  mesh.frustumCulled = false;
  const scene = new Scene();
  scene.add(mesh);
  const camera = new OrthographicCamera(-1, 1, 1, -1, -1, 1);
  return {
    warm(texture) {
      if (renderer.xr?.isPresenting) return; // the headset's frames own the renderer then
      const before = renderer.getRenderTarget();
      material.map = texture;
      try {
        renderer.setRenderTarget(target);
        renderer.render(scene, camera);
      } finally {
        renderer.setRenderTarget(before);
        material.map = null;
      }
    },
    dispose() {
      target.dispose();
      material.dispose();
      geometry.dispose();
    },
  };
}
