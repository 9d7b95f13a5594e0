import { use, useEffect, useLayoutEffect, useMemo } from 'react';
import { CanvasTexture, LinearMipmapLinearFilter, SRGBColorSpace } from 'three';

/**
 * World-space text drawn by the browser on a canvas: the fallback for text the self-hosted font
 * cannot draw (Northern Sámi ŋ ŧ, Arabic, Cyrillic, CJK, emoji). The browser shapes it, lays it out
 * right to left where needed and falls back to the reader's system fonts; nothing is downloaded.
 * Arabic and Malayalam are drawn in the self-hosted Noto Sans faces (src/ui/scriptFonts.css), loaded
 * before drawing, so they shape the same offline on every headset; other scripts use system fonts.
 * Sharp enough at reading distance; troika's SDF text stays the default for Latin text.
 */
const FONT = '"Atkinson Hyperlegible", "Noto Sans Arabic", "Noto Sans Malayalam", system-ui, sans-serif';
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]/;
/** Canvas pixels per metre (a 0.078 m font is drawn 78 px high), lowered for very long text. */
const PX_PER_M = 1000;
const MAX_SIDE = 4096;

/** Characters of the scripts with a self-hosted face (one sample each, to load that face). */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/, '\u0639'],
  [/[\u0D00-\u0D7F]/, '\u0D2E'],
];

const fontsReady = new Map<string, Promise<void>>();
/**
 * Waits (at most 2 s) until the faces the text needs are loaded: Atkinson Hyperlegible, and the
 * Noto face of each self-hosted script in it (unicode-range means a face loads only when asked
 * for with its own characters).
 */
export function fontReady(weight: number, text = ''): Promise<void> {
  const sample = 'A' + SCRIPTS.filter(([re]) => re.test(text)).map(([, ch]) => ch).join('');
  const key = `${weight}:${sample}`;
  let p = fontsReady.get(key);
  if (!p) {
    const load = typeof document !== 'undefined' && document.fonts ? document.fonts.load(`${weight} 40px ${FONT}`, sample) : Promise.resolve([]);
    p = Promise.race([load.then(() => undefined, () => undefined), new Promise<void>((ok) => setTimeout(ok, 2000))]);
    fontsReady.set(key, p);
  }
  return p;
}

export function isRtl(text: string): boolean {
  const first = STRONG.exec(text);
  return !!first && RTL.test(first[0]);
}

/** Greedy wrapping by words (by characters when one word is too long), keeping line breaks. */
export function wrapLines(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    const words = para.split(/(\s+)/).filter((w) => w.length);
    let line = '';
    for (const w of words) {
      const next = line + w;
      if (!line.trim() || measure(next.trimEnd()) <= maxWidth) line = next;
      else {
        out.push(line.trimEnd());
        line = w.trim() ? w : '';
      }
      // A word longer than the line is cut where it fills it.
      while (measure(line.trimEnd()) > maxWidth && line.trim().length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--;
        out.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

export interface CanvasTextProps {
  children: string;
  bold?: boolean;
  fontSize?: number;
  lineHeight?: number | string;
  color?: unknown;
  maxWidth?: number;
  anchorX?: number | 'left' | 'center' | 'right';
  anchorY?: number | 'top' | 'top-baseline' | 'middle' | 'bottom-baseline' | 'bottom';
  textAlign?: 'left' | 'right' | 'center' | 'justify';
  clipRect?: [number, number, number, number];
  position?: [number, number, number];
  renderOrder?: number;
  name?: string;
  raycast?: unknown;
  onSync?: (t: { textRenderInfo: { blockBounds: [number, number, number, number] } }) => void;
}

/** Text on a canvas texture, laid out like troika's <Text> (anchors, wrapping, clipping, onSync). */
export function CanvasText(p: CanvasTextProps) {
  const weight = p.bold ? 700 : 400;
  const text = p.children.replace(/^\s+/, '');
  use(fontReady(weight, text));
  const fontSize = p.fontSize ?? 0.1;
  const lineHeight = typeof p.lineHeight === 'number' ? p.lineHeight : 1.25;
  const maxWidth = p.maxWidth ?? Infinity;
  const colour = typeof p.color === 'string' ? p.color : '#ffffff';

  const drawn = useMemo(() => {
    const rtl = isRtl(text);
    const probe = document.createElement('canvas').getContext('2d')!;
    const fontAt = (px: number) => `${weight} ${px}px ${FONT}`;
    probe.font = fontAt(100);
    const measure = (s: string) => (probe.measureText(s).width / 100) * fontSize; // metres
    const lines = wrapLines(text, maxWidth, measure);
    const width = Math.max(1e-3, ...lines.map(measure));
    const height = lines.length * fontSize * lineHeight;
    const density = Math.min(PX_PER_M, MAX_SIDE / Math.max(width, height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.ceil(width * density));
    canvas.height = Math.max(1, Math.ceil(height * density));
    const g = canvas.getContext('2d')!;
    g.font = fontAt(fontSize * density);
    g.fillStyle = colour;
    g.textBaseline = 'middle';
    g.direction = rtl ? 'rtl' : 'ltr';
    const align = p.textAlign === 'center' ? 'center' : p.textAlign === 'right' ? 'right' : p.textAlign === 'left' ? 'left' : rtl ? 'right' : 'left';
    const start = rtl && p.textAlign !== 'center' ? 'right' : align;
    g.textAlign = start;
    const x = start === 'center' ? canvas.width / 2 : start === 'right' ? canvas.width : 0;
    lines.forEach((l, i) => g.fillText(l, x, (i + 0.5) * fontSize * lineHeight * density));
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    texture.minFilter = LinearMipmapLinearFilter;
    texture.anisotropy = 4;
    texture.name = 'xr-canvas-text';
    return { texture, width, height };
  }, [text, weight, fontSize, lineHeight, maxWidth, colour, p.textAlign]);
  useEffect(() => () => drawn.texture.dispose(), [drawn]);

  // Block bounds in troika's local coordinates for the anchors in use.
  const { width, height } = drawn;
  const minX = p.anchorX === 'left' ? 0 : p.anchorX === 'right' ? -width : typeof p.anchorX === 'number' ? -p.anchorX : -width / 2;
  const maxY = p.anchorY === 'top' || p.anchorY === 'top-baseline' ? 0 : p.anchorY === 'bottom' || p.anchorY === 'bottom-baseline' ? height : typeof p.anchorY === 'number' ? -p.anchorY : height / 2;
  const bounds: [number, number, number, number] = [minX, maxY - height, minX + width, maxY];

  const { onSync } = p;
  useLayoutEffect(() => onSync?.({ textRenderInfo: { blockBounds: bounds } }), [onSync, bounds[0], bounds[1], bounds[2], bounds[3]]); // eslint-disable-line react-hooks/exhaustive-deps

  // Clipping (pages of long text): show only the part of the block inside clipRect.
  const [cx0, cy0, cx1, cy1] = p.clipRect ?? [-Infinity, -Infinity, Infinity, Infinity];
  const x0 = Math.max(bounds[0], cx0);
  const x1 = Math.min(bounds[2], cx1);
  const y0 = Math.max(bounds[1], cy0);
  const y1 = Math.min(bounds[3], cy1);
  const visible = x1 > x0 && y1 > y0;
  const uv = useMemo(() => {
    const u0 = (x0 - bounds[0]) / width;
    const u1 = (x1 - bounds[0]) / width;
    const v0 = (y0 - bounds[1]) / height;
    const v1 = (y1 - bounds[1]) / height;
    return { offset: [u0, v0] as const, repeat: [u1 - u0, v1 - v0] as const };
  }, [x0, x1, y0, y1, bounds[0], bounds[1], width, height]); // eslint-disable-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    drawn.texture.offset.set(uv.offset[0], uv.offset[1]);
    drawn.texture.repeat.set(uv.repeat[0], uv.repeat[1]);
  }, [drawn, uv]);

  if (!visible) return null;
  return (
    <group position={p.position} name={p.name} userData={{ text }}>
      <mesh position={[(x0 + x1) / 2, (y0 + y1) / 2, 0]} renderOrder={p.renderOrder} raycast={typeof p.raycast === 'function' ? (p.raycast as () => null) : undefined}>
        <planeGeometry args={[x1 - x0, y1 - y0]} />
        <meshBasicMaterial map={drawn.texture} transparent toneMapped={false} />
      </mesh>
    </group>
  );
}
