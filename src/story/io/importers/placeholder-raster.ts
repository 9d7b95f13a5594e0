import opentype from 'opentype.js';
import jpeg from 'jpeg-js';
import { CARD_HEIGHT, CARD_WIDTH, PANO_HEIGHT, PANO_WIDTH, cardOps, placeCards, type CardOp, type Weight } from './placeholder-art.ts';

/**
 * The passage placeholder picture without a browser (the CLI): the same design as the app's canvas
 * (placeholder-art.ts), drawn in plain JavaScript. Letters come from the app's own font files
 * (Atkinson Hyperlegible, read with opentype.js), filled with anti-aliasing by a small scanline
 * rasteriser; the background JPEG is decoded and the result encoded with jpeg-js. opentype.js does
 * no complex shaping, and the font has Latin letters only, so a title with other letters gets null:
 * the caller keeps the shared picture for it and says so.
 */
export interface RasterFonts {
  /** Font files (TTF/OTF/WOFF) per weight, tried in order for each letter (e.g. latin, then latin-ext). */
  400: Uint8Array[];
  700: Uint8Array[];
}

type Font = opentype.Font;
type Poly = number[];

export function placeholderRasteriser(backgroundJpeg: Uint8Array, fontFiles: RasterFonts): (title: string) => Uint8Array | null {
  const parse = (b: Uint8Array) => opentype.parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
  const fonts: Record<Weight, Font[]> = { 400: fontFiles[400].map(parse), 700: fontFiles[700].map(parse) };
  const bg = jpeg.decode(backgroundJpeg, { useTArray: true, formatAsRGBA: true });
  if (bg.width !== PANO_WIDTH || bg.height !== PANO_HEIGHT) throw new Error(`the placeholder background is ${bg.width}×${bg.height}, not ${PANO_WIDTH}×${PANO_HEIGHT}`);

  /** Each letter with the first font that has it; null when none does. */
  const glyphs = (text: string, weight: Weight) => {
    const out: { font: Font; glyph: opentype.Glyph }[] = [];
    for (const ch of Array.from(text)) {
      const font = fonts[weight].find((f) => f.charToGlyphIndex(ch) > 0);
      if (!font) return null;
      out.push({ font, glyph: font.charToGlyph(ch) });
    }
    return out;
  };
  const measure = (text: string, size: number, weight: Weight) => (glyphs(text, weight) ?? []).reduce((w, g) => w + ((g.glyph.advanceWidth ?? 0) * size) / g.font.unitsPerEm, 0);

  return (title) => {
    if (!glyphs(title.replace(/\s+/g, ' ').trim(), 700)) return null;
    const card = { width: CARD_WIDTH, height: CARD_HEIGHT, data: new Uint8Array(CARD_WIDTH * CARD_HEIGHT * 4) };
    for (const op of cardOps(title, measure)) {
      const polys = op.kind === 'text' ? textPolys(op, glyphs(op.text, op.weight) ?? [], measure) : shapePolys(op);
      paint(card, polys, op.fill);
    }
    const pano = { width: PANO_WIDTH, height: PANO_HEIGHT, data: new Uint8Array(bg.data) };
    placeCards(pano, card);
    return new Uint8Array(jpeg.encode(pano, 82).data);
  };
}

function shapePolys(op: Exclude<CardOp, { kind: 'text' }>): Poly[] {
  const poly: Poly = [];
  const arc = (cx: number, cy: number, r: number, from: number) => {
    for (let k = 0; k <= 12; k++) {
      const a = from + (k / 12) * (Math.PI / 2);
      poly.push(cx + r * Math.cos(a), cy + r * Math.sin(a));
    }
  };
  if (op.kind === 'circle') {
    for (let k = 0; k < 64; k++) poly.push(op.x + op.r * Math.cos((k / 64) * 2 * Math.PI), op.y + op.r * Math.sin((k / 64) * 2 * Math.PI));
    return [poly];
  }
  const { x, y, w, h } = op;
  const r = Math.min(op.r, w / 2, h / 2);
  arc(x + w - r, y + r, r, -Math.PI / 2);
  arc(x + w - r, y + h - r, r, 0);
  arc(x + r, y + h - r, r, Math.PI / 2);
  arc(x + r, y + r, r, Math.PI);
  return [poly];
}

/** Glyph outlines, centred on op.x, curves flattened into polygons. */
function textPolys(op: Extract<CardOp, { kind: 'text' }>, letters: { font: Font; glyph: opentype.Glyph }[], measure: (t: string, s: number, w: Weight) => number): Poly[] {
  let x = op.x - measure(op.text, op.size, op.weight) / 2;
  const polys: Poly[] = [];
  for (const { font, glyph } of letters) {
    let poly: Poly = [];
    let px = 0;
    let py = 0;
    for (const c of glyph.getPath(x, op.y, op.size).commands) {
      if (c.type === 'M') {
        if (poly.length) polys.push(poly);
        poly = [c.x, c.y];
      } else if (c.type === 'L') poly.push(c.x, c.y);
      else if (c.type === 'Q') {
        for (let k = 1; k <= 8; k++) {
          const t = k / 8;
          const s = 1 - t;
          poly.push(s * s * px + 2 * s * t * c.x1 + t * t * c.x, s * s * py + 2 * s * t * c.y1 + t * t * c.y);
        }
      } else if (c.type === 'C') {
        for (let k = 1; k <= 10; k++) {
          const t = k / 10;
          const s = 1 - t;
          poly.push(s * s * s * px + 3 * s * s * t * c.x1 + 3 * s * t * t * c.x2 + t * t * t * c.x, s * s * s * py + 3 * s * s * t * c.y1 + 3 * s * t * t * c.y2 + t * t * t * c.y);
        }
      }
      if (c.type !== 'Z') [px, py] = [c.x, c.y];
    }
    if (poly.length) polys.push(poly);
    x += ((glyph.advanceWidth ?? 0) * op.size) / font.unitsPerEm;
  }
  return polys;
}

const SUB = 4;

/** Fills polygons (non-zero winding) with `hex`, anti-aliased: 4 sub-rows a pixel, exact coverage across. */
function paint(img: { width: number; height: number; data: Uint8Array }, polys: Poly[], hex: string): void {
  const { width: W, height: H } = img;
  const edges: [number, number, number, number, number][] = [];
  let top = H;
  let bottom = 0;
  for (const p of polys) {
    for (let i = 0; i < p.length; i += 2) {
      const j = (i + 2) % p.length;
      const [x0, y0, x1, y1] = [p[i]!, p[i + 1]!, p[j]!, p[j + 1]!];
      if (y0 === y1) continue;
      edges.push(y0 < y1 ? [x0, y0, x1, y1, 1] : [x1, y1, x0, y0, -1]);
      top = Math.min(top, y0, y1);
      bottom = Math.max(bottom, y0, y1);
    }
  }
  const cov = new Float32Array(W);
  const [r, g, b] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)) as [number, number, number];
  for (let row = Math.max(0, Math.floor(top)); row < Math.min(H, Math.ceil(bottom)); row++) {
    cov.fill(0);
    for (let s = 0; s < SUB; s++) {
      const y = row + (s + 0.5) / SUB;
      const hits: [number, number][] = [];
      for (const [x0, y0, x1, y1, dir] of edges) if (y >= y0 && y < y1) hits.push([x0 + ((y - y0) / (y1 - y0)) * (x1 - x0), dir]);
      hits.sort((a, c) => a[0] - c[0]);
      let winding = 0;
      for (let k = 0; k < hits.length - 1; k++) {
        winding += hits[k]![1];
        if (winding !== 0) span(cov, hits[k]![0], hits[k + 1]![0], 1 / SUB);
      }
    }
    for (let x = 0; x < W; x++) {
      const a = Math.min(1, cov[x]!);
      if (a <= 0) continue;
      const o = (row * W + x) * 4;
      const d = img.data;
      const da = d[o + 3]! / 255;
      const oa = a + da * (1 - a);
      d[o] = Math.round((r * a + d[o]! * da * (1 - a)) / oa);
      d[o + 1] = Math.round((g * a + d[o + 1]! * da * (1 - a)) / oa);
      d[o + 2] = Math.round((b * a + d[o + 2]! * da * (1 - a)) / oa);
      d[o + 3] = Math.round(oa * 255);
    }
  }
}

function span(cov: Float32Array, xa: number, xb: number, weight: number): void {
  const a = Math.max(0, xa);
  const b = Math.min(cov.length, xb);
  if (b <= a) return;
  const ia = Math.floor(a);
  const ib = Math.floor(b);
  if (ia === ib) {
    cov[ia]! += (b - a) * weight;
    return;
  }
  cov[ia]! += (ia + 1 - a) * weight;
  for (let k = ia + 1; k < ib; k++) cov[k]! += weight;
  if (ib < cov.length) cov[ib]! += (b - ib) * weight;
}
