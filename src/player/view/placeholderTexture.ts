import { DataTexture, LinearFilter, NoColorSpace, RGBAFormat } from 'three';

/** A calm dark vertical gradient shown while a picture loads or when a scene has none. */
export function createPlaceholderTexture(): DataTexture {
  const h = 64;
  const data = new Uint8Array(h * 4);
  const top = [44, 66, 88];
  const bottom = [10, 16, 24];
  for (let i = 0; i < h; i++) {
    const t = i / (h - 1);
    for (let c = 0; c < 3; c++) data[i * 4 + c] = Math.round(top[c]! * (1 - t) + bottom[c]! * t);
    data[i * 4 + 3] = 255;
  }
  const tex = new DataTexture(data, 1, h, RGBAFormat);
  tex.colorSpace = NoColorSpace; // sRGB values, drawn as they are by the panorama material
  tex.magFilter = LinearFilter;
  tex.minFilter = LinearFilter;
  tex.name = 'panorama:placeholder';
  tex.needsUpdate = true;
  return tex;
}
