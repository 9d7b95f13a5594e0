import { SphereGeometry } from 'three';

/**
 * A sphere seen from the inside, textured with an equirectangular image so that the image centre
 * (u = 0.5) lies toward -Z (yaw 0), u = 0.75 toward +X (yaw +90) and the top row straight up.
 *
 * Textures are uploaded with flipY = false (ImageBitmaps ignore UNPACK_FLIP_Y), so the image's
 * first row is at v = 0: the geometry's v is flipped here instead of flipping pixels while decoding.
 */
export function createPanoramaGeometry(radius: number, widthSegments = 64, heightSegments = 32): SphereGeometry {
  // phiStart = PI/2 and the x mirror put u = 0.5 at -Z and u = 0.75 at +X; the mirror also turns
  // the faces inward, so the default FrontSide material is drawn from inside.
  const g = new SphereGeometry(radius, widthSegments, heightSegments, Math.PI / 2, Math.PI * 2);
  g.scale(-1, 1, 1);
  const uv = g.getAttribute('uv');
  for (let i = 0; i < uv.count; i++) uv.setY(i, 1 - uv.getY(i));
  uv.needsUpdate = true;
  return g;
}
