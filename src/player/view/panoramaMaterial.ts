import { MeshBasicMaterial, type MeshBasicMaterialParameters } from 'three';

/**
 * The panorama's material: draws the picture's sRGB bytes to the screen as they are.
 *
 * Panorama textures are uploaded without a colour space (NoColorSpace), so sampling returns the
 * stored sRGB values, and this material leaves out three's linear-to-sRGB output step. On screen
 * that is exactly the picture (the same as an sRGB texture decoded and encoded again), but it
 * saves an sRGB decode per texel fetch and a pow() per pixel: on software and low-end GPUs, which
 * pay for every pixel of a full-screen sphere, that roughly halves the cost of a frame.
 * (Blending during a crossfade then mixes sRGB values, as other 360° players do.)
 */
export function createPanoramaMaterial(params: MeshBasicMaterialParameters): MeshBasicMaterial {
  const m = new MeshBasicMaterial({ ...params, toneMapped: false });
  m.onBeforeCompile = (shader) => {
    shader.fragmentShader = shader.fragmentShader.replace('#include <colorspace_fragment>', '');
  };
  m.customProgramCacheKey = () => 'panorama:srgb-passthrough';
  return m;
}
