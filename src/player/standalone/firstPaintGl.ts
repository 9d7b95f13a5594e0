/**
 * The WebGL side of the early picture (firstPaint.ts): a canvas with a WebGL 2 context, one
 * shader program (a sphere seen from inside, a texture lookup per pixel) and the sphere's buffers,
 * made ready while the picture downloads; and the camera turn for a start view.
 */

/** A sphere seen from inside: each vertex is turned into the camera's frame and projected (w = depth). */
const VERTEX = `#version 300 es
layout(location = 0) in vec3 position;
layout(location = 1) in vec2 texel;
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
 * The panorama sphere: per vertex its direction (document yaw/pitch as in src/story/angles.ts:
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
export function toCamera(yawDeg: number, pitchDeg: number): Float32Array {
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

/** The WebGL side, made ready while the picture is still downloading and decoding. */
export interface Prepared {
  canvas: HTMLCanvasElement;
  gl: WebGL2RenderingContext;
  /** Linked without waiting for the result: asking would wait for the compiler (read at draw time). */
  program: WebGLProgram;
  buffers: WebGLBuffer[];
  indexCount: number;
}

/** Canvas (not yet in the page), WebGL 2 context, shader program and sphere buffers; null without WebGL 2. */
export function prepare(): Prepared | null {
  const c = document.createElement('canvas');
  c.setAttribute('aria-hidden', 'true');
  c.style.cssText = 'position:fixed;inset:0;width:100%;height:100%;pointer-events:none;z-index:2147483000;display:block';
  const dpr = Math.min(2, devicePixelRatio || 1);
  c.width = Math.max(1, Math.round(innerWidth * dpr));
  c.height = Math.max(1, Math.round(innerHeight * dpr));
  // The attributes the player's renderer asks for (PanoramaView.tsx, three's defaults): it may take this context over.
  const g = c.getContext('webgl2', { alpha: false, antialias: false, depth: true, stencil: false, preserveDrawingBuffer: false, powerPreference: 'high-performance' });
  if (!g) return null;
  const program = link(g);
  g.useProgram(program);
  const { vertices, indices } = sphere();
  const buffers = [g.createBuffer(), g.createBuffer()];
  g.bindBuffer(g.ARRAY_BUFFER, buffers[0]!);
  g.bufferData(g.ARRAY_BUFFER, vertices, g.STATIC_DRAW);
  g.bindBuffer(g.ELEMENT_ARRAY_BUFFER, buffers[1]!);
  g.bufferData(g.ELEMENT_ARRAY_BUFFER, indices, g.STATIC_DRAW);
  g.enableVertexAttribArray(0); // position (the shader's layout locations)
  g.vertexAttribPointer(0, 3, g.FLOAT, false, 20, 0);
  g.enableVertexAttribArray(1); // texel
  g.vertexAttribPointer(1, 2, g.FLOAT, false, 20, 12);
  return { canvas: c, gl: g, program, buffers, indexCount: indices.length };
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
  return program;
}
