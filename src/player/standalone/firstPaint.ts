/**
 * The first picture on screen before the player itself has loaded.
 *
 * A published story's first script (standalone.tsx) is tiny; React, three.js and the rest of the
 * player come after it. Instead of leaving the reader in front of an empty page until all of that
 * has arrived, this draws the start scene's panorama, at the scene's starting view, with a few
 * dozen lines of plain WebGL as soon as the picture is decoded. When the player draws its own
 * first frame (performance mark `story:first-frame`), this canvas goes away on the next frame:
 * the reader sees the same view throughout, then the player's buttons appear on it.
 *
 * It never blocks or breaks anything: without WebGL 2, or if the picture fails, nothing is drawn
 * and the player carries on as before. The canvas ignores the pointer and is hidden from screen
 * readers (the player describes the scene in words once it is there).
 */

/** Where the reader looks on arrival (document degrees; fov is vertical). */
export interface StartView {
  yaw: number;
  pitch: number;
  fov: number;
}

/** Marked when the early picture is on screen (the player's own first frame is `story:first-frame`). */
export const FIRST_PAINT_MARK = 'story:first-paint';

/** If the player has not drawn by then (it is showing a problem, say), the early picture steps aside. */
const GIVE_UP_MS = 20_000;

const VERTEX = `#version 300 es
in vec2 corner;
out vec2 ndc;
void main() { ndc = corner; gl_Position = vec4(corner, 0.0, 1.0); }`;

/**
 * Per pixel: the view ray (the camera turned by pitch, then yaw, as the player's camera is) as
 * document yaw/pitch, then the equirectangular picture's texel there (u 0.5 = yaw 0, first row = up).
 */
const FRAGMENT = `#version 300 es
precision highp float;
in vec2 ndc;
uniform sampler2D picture;
uniform vec2 halfTan;
uniform vec2 yawPitch;
out vec4 colour;
const float PI = 3.141592653589793;
void main() {
  vec3 d = vec3(ndc * halfTan, -1.0);
  float cp = cos(yawPitch.y), sp = sin(yawPitch.y);
  d = vec3(d.x, d.y * cp - d.z * sp, d.y * sp + d.z * cp);
  float cy = cos(-yawPitch.x), sy = sin(-yawPitch.x);
  d = vec3(d.x * cy + d.z * sy, d.y, -d.x * sy + d.z * cy);
  d = normalize(d);
  float yaw = atan(d.x, -d.z);
  float pitch = asin(clamp(d.y, -1.0, 1.0));
  colour = vec4(texture(picture, vec2(0.5 + yaw / (2.0 * PI), 0.5 - pitch / PI)).rgb, 1.0);
}`;

export interface FirstPaint {
  /** Takes the early picture away now (the player failed, or has its own picture up). */
  dispose(): void;
}

/**
 * Draws `picture` (once decoded) full-window at `view`, until the player's first frame or
 * `dispose()`. Returns at once.
 */
export function paintFirstPicture(picture: Promise<ImageBitmap | null> | undefined, view: StartView | Promise<StartView | null>): FirstPaint {
  let canvas: HTMLCanvasElement | null = null;
  let gl: WebGL2RenderingContext | null = null;
  let done = false;
  const cleanups: (() => void)[] = [];

  const dispose = () => {
    if (done) return;
    done = true;
    for (const fn of cleanups) fn();
    // Frees the picture's GPU memory now rather than whenever the canvas is collected.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    canvas?.remove();
    canvas = null;
    gl = null;
  };

  if (!picture || typeof document === 'undefined' || typeof PerformanceObserver === 'undefined') return { dispose };

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

  void Promise.all([picture, view]).then(([bitmap, at]) => {
    if (done || !bitmap || !at || performance.getEntriesByName('story:first-frame').length > 0) return;
    try {
      draw(bitmap, at);
    } catch {
      dispose(); // an odd GPU or driver: the player will draw it its own way
    }
  });

  function draw(bitmap: ImageBitmap, at: StartView) {
    const c = document.createElement('canvas');
    c.setAttribute('aria-hidden', 'true');
    c.style.cssText = 'position:fixed;inset:0;width:100%;height:100%;pointer-events:none;z-index:2147483000;display:block';
    const dpr = Math.min(2, devicePixelRatio || 1);
    c.width = Math.max(1, Math.round(innerWidth * dpr));
    c.height = Math.max(1, Math.round(innerHeight * dpr));
    document.body.append(c); // drawn while in the page, so the picture is shown at the next composite
    const g = c.getContext('webgl2', { alpha: false, antialias: false, depth: false, stencil: false, preserveDrawingBuffer: false, powerPreference: 'high-performance' });
    if (!g) return dispose();
    canvas = c;
    gl = g;
    const maxSize = g.getParameter(g.MAX_TEXTURE_SIZE) as number;
    if (bitmap.width > maxSize || bitmap.height > maxSize) return dispose(); // the player scales it down itself

    const program = link(g);
    g.useProgram(program);
    const buffer = g.createBuffer();
    g.bindBuffer(g.ARRAY_BUFFER, buffer);
    g.bufferData(g.ARRAY_BUFFER, new Float32Array([-1, -1, 3, -1, -1, 3]), g.STATIC_DRAW); // one triangle over the screen
    const corner = g.getAttribLocation(program, 'corner');
    g.enableVertexAttribArray(corner);
    g.vertexAttribPointer(corner, 2, g.FLOAT, false, 0, 0);

    const texture = g.createTexture();
    g.bindTexture(g.TEXTURE_2D, texture);
    g.pixelStorei(g.UNPACK_FLIP_Y_WEBGL, false);
    g.pixelStorei(g.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    g.pixelStorei(g.UNPACK_COLORSPACE_CONVERSION_WEBGL, g.NONE);
    g.texImage2D(g.TEXTURE_2D, 0, g.RGBA8, g.RGBA, g.UNSIGNED_BYTE, bitmap);
    g.texParameteri(g.TEXTURE_2D, g.TEXTURE_MIN_FILTER, g.LINEAR);
    g.texParameteri(g.TEXTURE_2D, g.TEXTURE_MAG_FILTER, g.LINEAR);
    g.texParameteri(g.TEXTURE_2D, g.TEXTURE_WRAP_S, g.REPEAT); // no seam behind the reader
    g.texParameteri(g.TEXTURE_2D, g.TEXTURE_WRAP_T, g.CLAMP_TO_EDGE);

    const DEG = Math.PI / 180;
    const halfV = Math.tan((at.fov * DEG) / 2);
    g.uniform2f(g.getUniformLocation(program, 'halfTan'), halfV * (c.width / c.height), halfV);
    g.uniform2f(g.getUniformLocation(program, 'yawPitch'), at.yaw * DEG, at.pitch * DEG);
    g.uniform1i(g.getUniformLocation(program, 'picture'), 0);
    g.viewport(0, 0, c.width, c.height);
    g.drawArrays(g.TRIANGLES, 0, 3);
    requestAnimationFrame(() => {
      if (!done) performance.mark(FIRST_PAINT_MARK);
    });
  }

  return { dispose };
}

function link(g: WebGL2RenderingContext): WebGLProgram {
  const program = g.createProgram();
  for (const [type, source] of [
    [g.VERTEX_SHADER, VERTEX],
    [g.FRAGMENT_SHADER, FRAGMENT],
  ] as const) {
    const shader = g.createShader(type)!;
    g.shaderSource(shader, source);
    g.compileShader(shader);
    g.attachShader(program, shader);
  }
  g.linkProgram(program);
  if (!g.getProgramParameter(program, g.LINK_STATUS)) throw new Error(g.getProgramInfoLog(program) ?? 'the first-picture shader did not link');
  return program;
}
