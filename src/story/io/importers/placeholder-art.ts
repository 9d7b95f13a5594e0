/**
 * The design of a Twine passage's "your 360° photo goes here" picture, shared by the app (canvas,
 * src/editor/import/titled-placeholder.ts) and the CLI (pure JS, placeholder-raster.ts): the designed
 * background (assets/import/placeholder-background.jpg, made by scripts/make-template-panoramas.mjs
 * like the templates' photo slots) with a card showing the passage's title, repeated at yaw 0, 90,
 * -90 and 180 so it is in view wherever the reader turns. The card is drawn flat and projected onto
 * the sphere, so it looks flat (not stretched) in the 360° view.
 */
export const PANO_WIDTH = 2048;
export const PANO_HEIGHT = 1024;
export const CARD_WIDTH = 800;
export const CARD_HEIGHT = 460;
export const CARD_YAWS = [0, 90, -90, 180] as const;
const CARD_PITCH = 6;
const CARD_HALF_WIDTH = 27;

export const INK = '#1d3557';
export const TEAL = '#1f7a8c';
const CORAL = '#ef6f51';
const SUN = '#ffd166';

export type Weight = 400 | 700;
/** One thing to draw on the card, in card pixels. Text is centred on x, y is its baseline. */
export type CardOp =
  | { kind: 'rrect'; x: number; y: number; w: number; h: number; r: number; fill: string }
  | { kind: 'circle'; x: number; y: number; r: number; fill: string }
  | { kind: 'text'; text: string; x: number; y: number; size: number; weight: Weight; fill: string };

/** Width of `text` in pixels at `size`, in the font of `weight`. */
export type Measure = (text: string, size: number, weight: Weight) => number;

const TITLE_MAX_WIDTH = CARD_WIDTH - 90;

/** The title broken into at most `max` lines that fit, trying big letters first. */
export function fitTitle(title: string, measure: Measure): { size: number; lines: string[] } {
  const clean = title.replace(/\s+/g, ' ').trim() || '…';
  for (const [size, max] of [[92, 1], [80, 2], [66, 2], [54, 3], [44, 3]] as const) {
    const lines = wrap(clean, size, measure);
    if (lines.length <= max) return { size, lines };
  }
  const lines = wrap(clean, 44, measure).slice(0, 3);
  let last = lines[2]!;
  while (last.length > 1 && measure(`${last}…`, 44, 700) > TITLE_MAX_WIDTH) last = Array.from(last).slice(0, -1).join('').trimEnd();
  lines[2] = `${last}…`;
  return { size: 44, lines };
}

/** Greedy line breaking at spaces; a word too long for a line (or a script without spaces) is broken between letters. */
function wrap(text: string, size: number, measure: Measure): string[] {
  const fits = (s: string) => measure(s, size, 700) <= TITLE_MAX_WIDTH;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const ch of fits(word) ? [word] : Array.from(word)) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** What the card shows: a small camera, the title, and "Your 360° photo goes here" in English and Bokmål. */
export function cardOps(title: string, measure: Measure): CardOp[] {
  const W = CARD_WIDTH;
  const H = CARD_HEIGHT;
  const cx = W / 2;
  const ops: CardOp[] = [
    { kind: 'rrect', x: 0, y: 0, w: W, h: H, r: 44, fill: TEAL },
    { kind: 'rrect', x: 9, y: 9, w: W - 18, h: H - 18, r: 36, fill: '#fdfdfb' },
    // camera
    { kind: 'rrect', x: cx - 34, y: 28, w: 68, h: 26, r: 9, fill: CORAL },
    { kind: 'rrect', x: cx - 74, y: 40, w: 148, h: 88, r: 20, fill: CORAL },
    { kind: 'rrect', x: cx + 36, y: 52, w: 24, h: 14, r: 4, fill: SUN },
    { kind: 'circle', x: cx, y: 86, r: 36, fill: '#ffffff' },
    { kind: 'circle', x: cx, y: 86, r: 27, fill: INK },
    { kind: 'circle', x: cx, y: 86, r: 17, fill: TEAL },
  ];
  const { size, lines } = fitTitle(title, measure);
  const lineHeight = size * 1.12;
  const top = 150;
  const bottom = H - 112;
  let y = top + (bottom - top - lineHeight * lines.length) / 2 + size * 0.86;
  for (const line of lines) {
    ops.push({ kind: 'text', text: line, x: cx, y, size, weight: 700, fill: INK });
    y += lineHeight;
  }
  ops.push({ kind: 'rrect', x: cx - 250, y: H - 106, w: 500, h: 4, r: 2, fill: '#c9d1dc' });
  ops.push({ kind: 'text', text: 'Your 360° photo goes here', x: cx, y: H - 62, size: 34, weight: 400, fill: INK });
  ops.push({ kind: 'text', text: 'Ditt 360°-bilde kommer her', x: cx, y: H - 24, size: 30, weight: 400, fill: TEAL });
  return ops;
}

/** RGBA pixels, 8 bits a channel, row by row (ImageData and jpeg-js both look like this). */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** Projects the card onto the panorama at every CARD_YAWS. */
export function placeCards(pano: Pixels, card: Pixels): void {
  for (const yaw of CARD_YAWS) projectCard(pano, card, yaw, CARD_PITCH, CARD_HALF_WIDTH);
}

const DEG = Math.PI / 180;
const dirOf = (yaw: number, pitch: number) => [Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), -Math.cos(yaw) * Math.cos(pitch)] as const;

/**
 * Lays `card` on the sphere as a flat (rectilinear) panel centred at yaw0/pitch0 (degrees, our
 * convention: u = 0.5 + yaw/360), halfWidth degrees each side; 4 samples a pixel, bilinear, alpha blended.
 * The same projection as the templates' message cards in scripts/make-template-panoramas.mjs.
 */
export function projectCard(pano: Pixels, card: Pixels, yaw0: number, pitch0: number, halfWidth: number): void {
  const { width: W, height: H, data: px } = pano;
  const { width: cw, height: ch, data: cd } = card;
  const y0 = yaw0 * DEG;
  const p0 = pitch0 * DEG;
  const f = dirOf(y0, p0);
  const r = [Math.cos(y0), 0, Math.sin(y0)] as const;
  const u = [-Math.sin(y0) * Math.sin(p0), Math.cos(p0), Math.cos(y0) * Math.sin(p0)] as const;
  const tx = Math.tan(halfWidth * DEG);
  const ty = (tx * ch) / cw;
  const halfHeight = Math.atan(ty) / DEG;
  const yStart = Math.max(0, Math.floor((0.5 - (pitch0 + halfHeight + 8) / 180) * H));
  const yEnd = Math.min(H, Math.ceil((0.5 - (pitch0 - halfHeight - 8) / 180) * H));
  const xSpan = Math.ceil(((halfWidth + 8) / 360) * W);
  const xc = Math.round((0.5 + yaw0 / 360) * W);
  const acc = [0, 0, 0, 0];
  for (let yy = yStart; yy < yEnd; yy++) {
    for (let dx = -xSpan; dx <= xSpan; dx++) {
      acc[0] = acc[1] = acc[2] = acc[3] = 0;
      for (let s = 0; s < 4; s++) {
        const d = dirOf(((xc + dx + (s & 1 ? 0.75 : 0.25)) / W - 0.5) * 2 * Math.PI, (0.5 - (yy + (s & 2 ? 0.75 : 0.25)) / H) * Math.PI);
        const t = d[0] * f[0] + d[1] * f[1] + d[2] * f[2];
        if (t <= 0.05) continue;
        const X = (d[0] * r[0] + d[1] * r[1] + d[2] * r[2]) / t;
        const Y = (d[0] * u[0] + d[1] * u[1] + d[2] * u[2]) / t;
        if (Math.abs(X) > tx * 1.01 || Math.abs(Y) > ty * 1.01) continue;
        const fx = ((X / tx + 1) / 2) * cw - 0.5;
        const fy = ((1 - Y / ty) / 2) * ch - 0.5;
        const ix = Math.floor(fx);
        const iy = Math.floor(fy);
        for (let j = 0; j < 2; j++) {
          for (let i = 0; i < 2; i++) {
            const sx = ix + i;
            const sy = iy + j;
            if (sx < 0 || sy < 0 || sx >= cw || sy >= ch) continue;
            const w = (i ? fx - ix : 1 - fx + ix) * (j ? fy - iy : 1 - fy + iy) * 0.25;
            const o = (sy * cw + sx) * 4;
            const a = (cd[o + 3]! / 255) * w;
            acc[0] += cd[o]! * a;
            acc[1] += cd[o + 1]! * a;
            acc[2] += cd[o + 2]! * a;
            acc[3] += a;
          }
        }
      }
      if (acc[3]! <= 0) continue;
      const o = (yy * W + ((((xc + dx) % W) + W) % W)) * 4;
      const a = Math.min(1, acc[3]!);
      px[o] = acc[0]! + px[o]! * (1 - a);
      px[o + 1] = acc[1]! + px[o + 1]! * (1 - a);
      px[o + 2] = acc[2]! + px[o + 2]! * (1 - a);
    }
  }
}
