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

/** A sphere seen from inside: each vertex is turned into the camera's frame and projected (w = depth). */
const VERTEX = `#version 300 es
in vec3 position;
in vec2 texel;
uniform mat3 toCamera;
uniform vec2 focal;
out vec2 uv;
void main() {
  vec3 d = toCamera * position;
  uv = texel;
  gl_Position = vec4(d.x * focal.x, d.y * focal.y, 0.0, -d.z);
}`;

/** Only a texture lookup per pixel: software renderers pay for every pixel of the screen. */
const FRAGMENT = `#version 300 es
precision mediump float;
in vec2 uv;
uniform sampler2D picture;
out vec4 colour;
void main() { colour = vec4(texture(picture, uv).rgb, 1.0); }`;

/** Sphere rows and columns: as smooth as the player's own sphere (64 x 32). */
const COLUMNS = 64;
const ROWS = 32;

/**
 * The panorama sphere: per vertex its direction (document yaw/pitch as in src/player/view/angles.ts:
 * yaw 0 toward -Z, +90 toward +X, pitch +90 up) and the picture's texel there (u 0.5 = yaw 0, first
 * row = straight up). Triangles as index pairs of rows.
 */
function sphere(): { vertices: Float32Array; indices: Uint16Array } {
  const vertices = new Float32Array((COLUMNS + 1) * (ROWS + 1) * 5);
  let k = 0;
  for (let r = 0; r <= ROWS; r++) {
    const v = r / ROWS;
    const pitch = (0.5 - v) * Math.PI;
    for (let c = 0; c <= COLUMNS; c++) {
      const u = c / COLUMNS;
      const yaw = (u - 0.5) * 2 * Math.PI;
      vertices.set([Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), -Math.cos(yaw) * Math.cos(pitch), u, v], k);
      k += 5;
    }
  }
  const indices = new Uint16Array(ROWS * COLUMNS * 6);
  k = 0;
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLUMNS; c++) {
      const a = r * (COLUMNS + 1) + c;
      const b = a + COLUMNS + 1;
      indices.set([a, b, a + 1, a + 1, b, b + 1], k);
      k += 6;
    }
  }
  return { vertices, indices };
}

/**
 * World -> camera for a camera turned by pitch (about X), then yaw (about Y, negative: yaw is to
 * the right), as the player's camera (Euler YXZ). Column-major for uniformMatrix3fv: the columns of
 * the inverse rotation are the rotation's rows.
 */
function toCamera(yawDeg: number, pitchDeg: number): Float32Array {
  const t = (-yawDeg * Math.PI) / 180;
  const p = (pitchDeg * Math.PI) / 180;
  const [ct, st, cp, sp] = [Math.cos(t), Math.sin(t), Math.cos(p), Math.sin(p)];
  // R = Ry(t) * Rx(p), row by row.
  const rows = [
    [ct, st * sp, st * cp],
    [0, cp, -sp],
    [-st, ct * sp, ct * cp],
  ];
  return new Float32Array(rows.flat());
}

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
    const { vertices, indices } = sphere();
    g.bindBuffer(g.ARRAY_BUFFER, g.createBuffer());
    g.bufferData(g.ARRAY_BUFFER, vertices, g.STATIC_DRAW);
    g.bindBuffer(g.ELEMENT_ARRAY_BUFFER, g.createBuffer());
    g.bufferData(g.ELEMENT_ARRAY_BUFFER, indices, g.STATIC_DRAW);
    const position = g.getAttribLocation(program, 'position');
    const texel = g.getAttribLocation(program, 'texel');
    g.enableVertexAttribArray(position);
    g.vertexAttribPointer(position, 3, g.FLOAT, false, 20, 0);
    g.enableVertexAttribArray(texel);
    g.vertexAttribPointer(texel, 2, g.FLOAT, false, 20, 12);

    g.bindTexture(g.TEXTURE_2D, g.createTexture());
    g.pixelStorei(g.UNPACK_FLIP_Y_WEBGL, false);
    g.pixelStorei(g.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    g.pixelStorei(g.UNPACK_COLORSPACE_CONVERSION_WEBGL, g.NONE);
    g.texImage2D(g.TEXTURE_2D, 0, g.RGBA8, g.RGBA, g.UNSIGNED_BYTE, bitmap);
    g.texParameteri(g.TEXTURE_2D, g.TEXTURE_MIN_FILTER, g.LINEAR); // no mipmaps, as the player's panoramas
    g.texParameteri(g.TEXTURE_2D, g.TEXTURE_MAG_FILTER, g.LINEAR);
    g.texParameteri(g.TEXTURE_2D, g.TEXTURE_WRAP_S, g.CLAMP_TO_EDGE);
    g.texParameteri(g.TEXTURE_2D, g.TEXTURE_WRAP_T, g.CLAMP_TO_EDGE);

    const f = 1 / Math.tan((at.fov * Math.PI) / 360);
    g.uniformMatrix3fv(g.getUniformLocation(program, 'toCamera'), false, toCamera(at.yaw, at.pitch));
    g.uniform2f(g.getUniformLocation(program, 'focal'), f / (c.width / c.height), f);
    g.uniform1i(g.getUniformLocation(program, 'picture'), 0);
    g.viewport(0, 0, c.width, c.height);
    g.drawElements(g.TRIANGLES, indices.length, g.UNSIGNED_SHORT, 0);
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
