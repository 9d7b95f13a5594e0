import { MeshBasicMaterial, type MeshBasicMaterialParameters, type Texture } from 'three';

/**
 * The panorama's material: draws the picture's sRGB bytes to the screen as they are.
 *
 * Panorama textures are uploaded without a colour space (NoColorSpace), so sampling returns the
 * stored sRGB values, and this material leaves out three's linear-to-sRGB output step. On screen
 * that is exactly the picture (the same as an sRGB texture decoded and encoded again), but it
 * saves an sRGB decode per texel fetch and a pow() per pixel: on software and low-end GPUs, which
 * pay for every pixel of a full-screen sphere, that roughly halves the cost of a frame.
 * (A crossfade then mixes sRGB values, as other 360° players do.)
 */
export function createPanoramaMaterial(params: MeshBasicMaterialParameters): MeshBasicMaterial {
  const m = new MeshBasicMaterial({ ...params, toneMapped: false });
  m.onBeforeCompile = (shader) => {
    shader.fragmentShader = shader.fragmentShader.replace('#include <colorspace_fragment>', '');
  };
  m.customProgramCacheKey = () => 'panorama:srgb-passthrough';
  return m;
}

/** A crossfade drawn in one pass: `map` is the new picture, `from` the old one under it. */
export interface CrossfadeMaterial extends MeshBasicMaterial {
  userData: {
    /** The old picture. */
    from: { value: Texture };
    /** How much of the new picture shows (0: only the old one, 1: only the new one). */
    mix: { value: number };
  };
}

/**
 * The panorama's material during a crossfade: one sphere, each pixel mixed from both pictures in
 * the fragment shader, opaque. Two transparent spheres over each other cost every pixel twice (and
 * a blend); this costs one more texel fetch. Same sRGB passthrough as createPanoramaMaterial.
 */
export function createCrossfadeMaterial(map: Texture, from: Texture): CrossfadeMaterial {
  const m = new MeshBasicMaterial({ map, depthWrite: false, toneMapped: false }) as CrossfadeMaterial;
  m.userData = { from: { value: from }, mix: { value: 1 } };
  m.onBeforeCompile = (shader) => {
    shader.uniforms.fadeFrom = m.userData.from;
    shader.uniforms.fadeMix = m.userData.mix;
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <colorspace_fragment>', '')
      .replace('void main() {', 'uniform sampler2D fadeFrom;\nuniform float fadeMix;\nvoid main() {')
      .replace('#include <map_fragment>', '#include <map_fragment>\n\tdiffuseColor.rgb = mix( texture2D( fadeFrom, vMapUv ).rgb, diffuseColor.rgb, fadeMix );');
  };
  m.customProgramCacheKey = () => 'panorama:crossfade';
  return m;
}
