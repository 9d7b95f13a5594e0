import { NoColorSpace, VideoTexture } from 'three';

/**
 * The texture of a scene's 360° video, uploaded like the pictures: sRGB bytes drawn as they are,
 * no mipmaps, and not flipped (the sphere's v runs top row first, panoramaGeometry.ts). With
 * three's default flipY the video showed upside down.
 */
export function createVideoTexture(element: HTMLVideoElement): VideoTexture {
  const texture = new VideoTexture(element);
  texture.colorSpace = NoColorSpace;
  texture.generateMipmaps = false;
  texture.flipY = false;
  return texture;
}
