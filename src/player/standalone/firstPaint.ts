/**
 * The first picture on screen before the player itself has loaded.
 *
 * A published story's first script (standalone.tsx) is tiny; React, three.js and the rest of the
 * player come after it. Instead of leaving the reader in front of an empty page until all of that
 * has arrived, this draws the start scene's panorama, at the scene's starting view, with a few
 * lines of plain WebGL (a sphere and a texture lookup) as soon as the picture is decoded. When the player draws its own
 * first frame (performance mark `story:first-frame`), this canvas goes away on the next frame:
 * the reader sees the same view throughout, then the player's buttons appear on it.
 *
 * It never blocks or breaks anything: without WebGL 2, or if the picture fails, nothing is drawn
 * and the player carries on as before. The canvas ignores the pointer and is hidden from screen
 * readers (the player describes the scene in words once it is there).
 */

import type { EarlyScreen } from '../view/textures/earlyScreen.ts';
import { prepare, toCamera, type Prepared } from './firstPaintGl.ts';

/** Where the reader looks on arrival (document degrees; fov is vertical). */
export interface StartView {
  yaw: number;
  pitch: number;
  fov: number;
}

/** Marked when the early picture is on screen (the player's own first frame is `story:first-frame`). */
export const FIRST_PAINT_MARK = 'story:first-paint';
/** Marked when the full picture is on screen (after the preview, when the site has one). */
export const FULL_PAINT_MARK = 'story:first-paint-full';
/** Marked when a scene chosen before the player was up is on screen here (showInstead). */
export const CHOSEN_PAINT_MARK = 'story:early-choice-shown';
/** Marked when a chosen scene's preview stands in for it here (its picture is still decoding). */
export const CHOSEN_SOFT_MARK = 'story:early-choice-soft';

/** A chosen scene's picture, when decoded, waits at most this long for its preview to be drawn first. */
const SOFT_WAIT_MS = 150;

/** If the player has not drawn by then (it is showing a problem, say), the early picture steps aside. */
const GIVE_UP_MS = 20_000;

/**
 * How many times the early picture is halved: while its half still has at least one picture pixel
 * per screen pixel around the horizon at the start view. An 8192-wide picture on a 720-pixel-high
 * screen at fov 75 looks the same at 4096 (3456 are needed), and uploads and draws far faster on
 * slow GPUs. The player's own texture (which zooming in and headsets need) is the full picture.
 */
export function screenHalvings(pictureWidth: number, screenHeight: number, fovDeg: number): number {
  const needed = (360 / fovDeg) * screenHeight;
  let n = 0;
  for (let w = pictureWidth; w / 2 >= needed && w >= 2; w /= 2) n++;
  return n;
}

/** The picture scaled down by screenHalvings (the same bitmap if none). */
async function screenSized(bitmap: ImageBitmap, screenHeight: number, fovDeg: number): Promise<ImageBitmap> {
  const n = screenHalvings(bitmap.width, screenHeight, fovDeg);
  if (n === 0) return bitmap;
  const k = 2 ** n;
  // One step, bilinear: for the few seconds before the player's own picture this is sharp enough.
  return createImageBitmap(bitmap, { resizeWidth: Math.max(1, Math.round(bitmap.width / k)), resizeHeight: Math.max(1, Math.round(bitmap.height / k)), resizeQuality: 'low' });
}

export interface FirstPaint {
  /** Takes the early picture away now (the player failed, or has its own picture up). */
  dispose(): void;
  /**
   * Resolves once the early picture has been handed to the screen, or when there will be none.
   * The player uploads the same picture to its own context only then: both uploads in one task
   * would hold the early frame back until the player's is done (seen with 8192-wide pictures).
   */
  settled: Promise<void>;
  /**
   * Gives the canvas, its context and the start picture's texture to the player (once it is drawn
   * there in full, at its own size): the player draws on them instead of making its own and
   * uploading the same picture again. Null when there is nothing to give; this one is then done.
   */
  handOver(): Omit<EarlyScreen, 'assetId'> | null;
  /**
   * A scene chosen before the player is up: its picture (`assetId`, decoded early) replaces the start
   * picture on this canvas as soon as it is decoded, at that scene's view, and is what `handOver` gives.
   * Its site's small preview (`preview`), when given, stands in for it until then (on screen soft,
   * never handed over), as the player shows a scene chosen cold.
   */
  showInstead(assetId: string, picture: Promise<ImageBitmap | null>, view: StartView, preview?: Promise<ImageBitmap | null>): void;
  /** The picture on the canvas when it is not the start picture (showInstead), else null. */
  shownInstead(): string | null;
  /** Resolves when the early picture is taken away (not when it is handed over: the player then draws on it). */
  gone: Promise<void>;
}

/**
 * Draws `picture` (once decoded) full-window at `view`, until the player's first frame or
 * `dispose()`. Returns at once. The canvas, WebGL context, shaders and sphere are set up as soon
 * as `start` resolves (the GPU connection is warm, see gpuWarmup.ts, and the picture is on its
 * way), while it downloads and decodes, so only the upload and one draw are left for when it is here.
 */
export function paintFirstPicture(
  picture: Promise<ImageBitmap | null> | undefined,
  view: StartView | Promise<StartView | null>,
  start: Promise<unknown> = Promise.resolve(),
  preview?: Promise<ImageBitmap | null>,
): FirstPaint {
  let prepared: Prepared | null = null;
  let done = false;
  /** The full picture is on the canvas (a late preview must not replace it). */
  let full = false;
  let texture: WebGLTexture | null = null;
  /** The full picture is on the texture at its own size (not halved): the player can take it. */
  let fullSize: { width: number; height: number } | null = null;
  let settle = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  let leave = () => {};
  const gone = new Promise<void>((resolve) => (leave = resolve));
  const cleanups: (() => void)[] = [];
  /** The chosen scene's picture asked for by showInstead (the start picture then no longer draws). */
  let wanted: string | null = null;
  /** The chosen picture once it is drawn in full (handOver gives it; null: the start picture). */
  let instead: string | null = null;
  /** The chosen picture's preview is on the canvas (the start picture must not come back over it). */
  let softInstead: string | null = null;

  const dispose = () => {
    settle();
    leave();
    if (done) return;
    done = true;
    for (const fn of cleanups) fn();
    prepared?.canvas.remove();
    // Frees the picture's GPU memory soon rather than whenever the canvas is collected, but not
    // in the frame the player takes over: losing a context waits for the GPU (hundreds of ms on
    // a software GPU), just when a reader may make a first choice.
    const gl = prepared?.gl;
    if (gl) later(() => gl.getExtension('WEBGL_lose_context')?.loseContext());
    prepared = null;
  };

  const handOver = (): Omit<EarlyScreen, 'assetId'> | null => {
    if (done || !prepared || !texture || !fullSize || prepared.gl.isContextLost()) return null;
    const { canvas, gl: g, program, buffers } = prepared;
    // Leave the context as a new renderer expects it: three.js tracks the GL state from the defaults.
    g.useProgram(null);
    g.deleteProgram(program);
    g.disableVertexAttribArray(0);
    g.disableVertexAttribArray(1);
    g.bindBuffer(g.ARRAY_BUFFER, null);
    g.bindBuffer(g.ELEMENT_ARRAY_BUFFER, null);
    for (const b of buffers) g.deleteBuffer(b);
    g.bindTexture(g.TEXTURE_2D, null);
    g.pixelStorei(g.UNPACK_COLORSPACE_CONVERSION_WEBGL, g.BROWSER_DEFAULT_WEBGL);
    const given = { canvas, gl: g, texture, ...fullSize };
    done = true;
    prepared = null;
    texture = null;
    for (const fn of cleanups) fn();
    settle();
    return given;
  };

  const showInstead = (assetId: string, chosen: Promise<ImageBitmap | null>, at: StartView, preview?: Promise<ImageBitmap | null>) => {
    if (done) return;
    wanted = assetId;
    /** The preview is on screen (a frame has been made with it), or will not be. */
    const soft = (preview ?? Promise.resolve(null)).then(
      (bitmap) => {
        try {
          const p = bitmap && !done && wanted === assetId && instead !== assetId && !playerDrawn() ? ready() : null;
          // (When the picture itself was drawn first, its preview is not shown after it.)
          if (!p || !bitmap) return;
          fullSize = null; // the texture holds a preview now: nothing to hand over until the picture is drawn
          softInstead = assetId;
          draw(p, bitmap, at, false, true);
          return new Promise<void>((framed) =>
            requestAnimationFrame(() => {
              if (!done) performance.mark(CHOSEN_SOFT_MARK, { detail: { assetId } });
              setTimeout(framed, 0);
            }),
          );
        } catch {
          // The picture itself still comes (or the player shows it).
        } finally {
          bitmap?.close();
        }
      },
      () => {},
    );
    // The picture's upload (hundreds of ms for a full 4096 px picture on a software GPU) waits until
    // the preview has made its frame, but not long for a preview still on its way.
    const softOrLate = Promise.race([soft, new Promise((ok) => setTimeout(ok, SOFT_WAIT_MS))]);
    void Promise.all([chosen, softOrLate]).then(async ([bitmap]) => {
      if (done || wanted !== assetId) return;
      const p = bitmap && !playerDrawn() ? ready() : null;
      // Not shown here (its decode failed): the player shows it when it is up.
      if (!p || !bitmap) return;
      let shown: ImageBitmap | null = null;
      try {
        shown = await screenSized(bitmap, p.canvas.height, at.fov);
        if (done || wanted !== assetId) return;
        fullSize = null;
        draw(p, shown, at, true, true);
        instead = assetId;
        if (shown === bitmap) fullSize = { width: bitmap.width, height: bitmap.height };
      } catch {
        dispose();
      } finally {
        if (shown && shown !== bitmap) shown.close(); // the player takes the original (EarlyDecodes)
      }
    }, dispose);
  };
  const shownInstead = () => instead;

  if (!picture || typeof document === 'undefined' || typeof PerformanceObserver === 'undefined') {
    settle();
    void preview?.then((b) => b?.close(), () => {});
    leave();
    return { dispose, settled, handOver, showInstead: () => {}, shownInstead, gone };
  }

  // The player's own first frame replaces this one; a problem anywhere makes way for its message.
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('story:first-frame').length > 0) requestAnimationFrame(dispose);
  });
  observer.observe({ type: 'mark', buffered: true });
  cleanups.push(() => observer.disconnect());
  const timer = setTimeout(dispose, GIVE_UP_MS);
  cleanups.push(() => clearTimeout(timer));
  const onProblem = () => dispose();
  addEventListener('error', onProblem);
  addEventListener('unhandledrejection', onProblem);
  cleanups.push(() => {
    removeEventListener('error', onProblem);
    removeEventListener('unhandledrejection', onProblem);
  });

  /** The WebGL side, once (null: no WebGL 2, or an odd GPU or driver: the player draws it its own way). */
  let tried = false;
  const ready = (): Prepared | null => {
    if (!tried && !done) {
      tried = true;
      try {
        prepared = prepare();
      } catch {
        prepared = null;
      }
      if (!prepared) dispose();
    }
    return prepared;
  };
  // In a task of its own, after the download has been asked for: creating a context takes a while.
  void start.then(() => setTimeout(ready, 0), dispose);
  const playerDrawn = () => performance.getEntriesByName('story:first-frame').length > 0;

  // The small preview (src/publish/preview.ts), drawn while the full picture still decodes. Not after
  // the GPU warm-up: making the context at once was faster (first frame 2830 against 3291 ms, median of
  // 3 each, load 5-7), though it may cut the warm-up worker short.
  void Promise.all([preview, view]).then(([bitmap, at]) => {
    const p = bitmap && at && !done && !full && !wanted && !playerDrawn() ? ready() : null;
    try {
      if (p && bitmap && at && !full) draw(p, bitmap, at, false);
    } catch {
      // The full picture still comes (or the player draws it).
    } finally {
      bitmap?.close();
    }
  }, () => {});

  void Promise.all([picture, view]).then(async ([bitmap, at]) => {
    const p = bitmap && at && !done && !playerDrawn() ? ready() : null;
    if (!p || !bitmap || !at) return dispose();
    let shown: ImageBitmap | null = null;
    try {
      shown = await screenSized(bitmap, p.canvas.height, at.fov);
      // Drawn even when another scene was chosen meanwhile, until that one (or its preview) is on screen.
      if (!done && !instead && !softInstead) draw(p, shown, at, true);
      else settle(); // never drawn now: the player need not wait for it
      if (!done && !instead && !softInstead && shown === bitmap) fullSize = { width: bitmap.width, height: bitmap.height };
    } catch {
      dispose();
    } finally {
      if (shown && shown !== bitmap) shown.close(); // the GPU has its copy; the player takes the original
    }
  }, dispose);

  /** Draws `bitmap` (the preview, or the full picture: `isFull`) at the view; marks the first time it shows. */
  function draw({ canvas, gl: g, program, indexCount }: Prepared, bitmap: ImageBitmap, at: StartView, isFull: boolean, newView = false) {
    if (!g.getProgramParameter(program, g.LINK_STATUS)) throw new Error(g.getProgramInfoLog(program) ?? 'the first-picture shader did not link');
    const maxSize = g.getParameter(g.MAX_TEXTURE_SIZE) as number;
    if (bitmap.width > maxSize || bitmap.height > maxSize) {
      if (isFull) dispose(); // the player scales it down itself
      return;
    }
    const first = texture === null;
    if (isFull) full = true;
    if (first) {
      document.body.append(canvas); // drawn while in the page, so the picture is shown at the next composite
      texture = g.createTexture();
      g.bindTexture(g.TEXTURE_2D, texture);
      g.pixelStorei(g.UNPACK_FLIP_Y_WEBGL, false);
      g.pixelStorei(g.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
      g.pixelStorei(g.UNPACK_COLORSPACE_CONVERSION_WEBGL, g.NONE);
    }
    g.texImage2D(g.TEXTURE_2D, 0, g.RGBA8, g.RGBA, g.UNSIGNED_BYTE, bitmap);
    if (first) {
      g.texParameteri(g.TEXTURE_2D, g.TEXTURE_MIN_FILTER, g.LINEAR); // no mipmaps, as the player's panoramas
      g.texParameteri(g.TEXTURE_2D, g.TEXTURE_MAG_FILTER, g.LINEAR);
      g.texParameteri(g.TEXTURE_2D, g.TEXTURE_WRAP_S, g.CLAMP_TO_EDGE);
      g.texParameteri(g.TEXTURE_2D, g.TEXTURE_WRAP_T, g.CLAMP_TO_EDGE);
    }
    if (first || newView) {
      const f = 1 / Math.tan((at.fov * Math.PI) / 360);
      g.uniformMatrix3fv(g.getUniformLocation(program, 'toCamera'), false, toCamera(at.yaw, at.pitch));
      g.uniform2f(g.getUniformLocation(program, 'focal'), f / (canvas.width / canvas.height), f);
      g.uniform1i(g.getUniformLocation(program, 'picture'), 0);
      g.viewport(0, 0, canvas.width, canvas.height);
    }
    g.drawElements(g.TRIANGLES, indexCount, g.UNSIGNED_SHORT, 0);
    requestAnimationFrame(() => {
      if (!done && first) performance.mark(FIRST_PAINT_MARK);
      if (!done && isFull) performance.mark(newView ? CHOSEN_PAINT_MARK : FULL_PAINT_MARK);
      if (isFull) settle();
    });
  }

  return { dispose, settled, handOver, showInstead, shownInstead, gone };
}

/** Runs `f` when the page has a quiet moment (within a few seconds anyway). */
function later(f: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 5000 });
  else setTimeout(f, 1000);
}
