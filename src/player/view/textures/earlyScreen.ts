/**
 * The early picture's WebGL canvas (src/player/standalone/firstPaint.ts), handed to the player:
 * its context becomes the player's renderer's, and the start picture already on it becomes the
 * player's texture. Without this the player made a second context and uploaded the same picture
 * again (2.2 s of main thread for a 4096×2048 picture on a software GPU under load, seen in a
 * trace), while the reader's buttons and choices waited.
 */
export interface EarlyScreen {
  canvas: HTMLCanvasElement;
  gl: WebGL2RenderingContext;
  /** The start scene's picture on that context: RGBA8, no mipmaps, linear, clamped, flipY false. */
  assetId: string;
  texture: WebGLTexture;
  width: number;
  height: number;
}
