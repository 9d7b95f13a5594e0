import { describe, expect, it } from 'vitest';
import { createPanoramaGeometry } from '../../../src/player/view/panoramaGeometry.ts';
import { createVideoTexture } from '../../../src/player/view/videoTexture.ts';

describe("a video scene's texture on the panorama sphere", () => {
  it('puts the top row of the video at the top of the sphere (it showed upside down)', () => {
    const geometry = createPanoramaGeometry(10);
    const position = geometry.getAttribute('position');
    const uv = geometry.getAttribute('uv');
    let top = 0;
    for (let i = 1; i < position.count; i++) if (position.getY(i) > position.getY(top)) top = i;
    // The sphere's top has v = 0: the first row of the uploaded frame, which is the video's top
    // row only when the upload does not flip it.
    expect(uv.getY(top)).toBeCloseTo(0);
    const texture = createVideoTexture({} as HTMLVideoElement);
    expect(texture.flipY).toBe(false);
    expect(texture.generateMipmaps).toBe(false);
    texture.dispose();
  });
});
