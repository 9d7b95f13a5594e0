import { ExternalTexture, LinearFilter, type WebGLRenderer } from 'three';

/**
 * About 2 MB of pixels per band: on a software GPU under load one band takes tens of ms, where a
 * whole 4096×2048 picture at once held the page for about a second.
 */
const BAND_BYTES = 2 * 1024 * 1024;

let live = 0;

/** GPU textures made here and not yet disposed (three.js does not count them: the debug handle adds them). */
export function liveBandedTextures(): number {
  return live;
}

/** Rows per band for a picture `width` pixels wide. */
export function bandRows(width: number, height: number, bandBytes = BAND_BYTES): number {
  return Math.max(1, Math.min(height, Math.floor(bandBytes / (Math.max(1, width) * 4))));
}

export interface BandedUpload {
  /** Drawable once `done` (a three.js texture wrapping our own WebGL texture). */
  texture: ExternalTexture;
  readonly done: boolean;
  /** Uploads the next band; true once every band is on the GPU. */
  step(): boolean;
  /** Uploads every band left, now. */
  finish(): void;
  /** Frees the GPU texture (and stops uploading). */
  dispose(): void;
}

/**
 * A panorama put on the GPU in bands of rows (texSubImage2D with UNPACK_SKIP_ROWS from the
 * decoded ImageBitmap), so a caller can spread the upload over idle moments and no single task
 * holds the page for long. The GPU memory is allocated once, up front (texStorage2D), at the
 * bitmap's size. The bitmap is the caller's: it must stay open until `done` or `dispose()`.
 */
export function startBandedUpload(renderer: WebGLRenderer, bitmap: ImageBitmap): BandedUpload {
  const gl = renderer.getContext() as WebGL2RenderingContext;
  const { width, height } = bitmap;
  const rows = bandRows(width, height);
  const handle = gl.createTexture();
  if (!handle) throw new Error('the graphics card could not take another picture');
  const state = renderer.state;
  state.bindTexture(gl.TEXTURE_2D, handle); // through three's state, so its cache stays right
  gl.texStorage2D(gl.TEXTURE_2D, 1, gl.RGBA8, width, height);
  // No mipmaps (see PanoramaTextures.ts): plain bilinear filtering, edges clamped.
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);

  const texture = wrap(handle);
  let y = 0;
  let disposed = false;

  const step = () => {
    if (disposed || y >= height) return y >= height;
    const h = Math.min(rows, height - y);
    state.bindTexture(gl.TEXTURE_2D, handle);
    gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    gl.pixelStorei(gl.UNPACK_COLORSPACE_CONVERSION_WEBGL, gl.NONE);
    gl.pixelStorei(gl.UNPACK_SKIP_ROWS, y);
    try {
      gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, y, width, h, gl.RGBA, gl.UNSIGNED_BYTE, bitmap);
    } finally {
      gl.pixelStorei(gl.UNPACK_SKIP_ROWS, 0); // three.js expects the defaults
    }
    y += h;
    return y >= height;
  };

  return {
    texture,
    get done() {
      return y >= height;
    },
    step,
    finish() {
      while (!disposed && !step());
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      live--;
      texture.dispose();
      gl.deleteTexture(handle);
    },
  };
}

/**
 * A picture already on the GPU in the renderer's own context (the early picture's texture, when
 * the player took over the early canvas: see earlyScreen.ts), as an upload that is done.
 */
export function adoptedUpload(renderer: WebGLRenderer, handle: WebGLTexture): BandedUpload {
  const texture = wrap(handle);
  let disposed = false;
  return {
    texture,
    done: true,
    step: () => true,
    finish() {},
    dispose() {
      if (disposed) return;
      disposed = true;
      live--;
      texture.dispose();
      renderer.getContext().deleteTexture(handle);
    },
  };
}

/** Our WebGL texture as a three.js texture (counted in liveBandedTextures until disposed). */
function wrap(handle: WebGLTexture): ExternalTexture {
  live++;
  const texture = new ExternalTexture(handle);
  texture.flipY = false;
  texture.generateMipmaps = false;
  texture.minFilter = LinearFilter;
  texture.magFilter = LinearFilter;
  return texture;
}
